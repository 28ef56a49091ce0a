import { diagnose, diagnoseMany, diagnoseQbwcDocument, UnifiedErrorSchema } from '../../../src/main/diagnosis';
import type { Observation } from '../../../src/main/diagnosis';
import { now, readSample, sampleFiles } from './support/samples';

/**
 * 10,000 random and mutated bodies (from the samples) through every source: diagnose() must
 * never throw and must always return a schema-valid UnifiedError with a bounded message.
 * Deterministic: a seeded PRNG, so a failure reproduces with the printed iteration number.
 */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = mulberry32(0x1ed9e71);
const int = (n: number): number => Math.floor(rand() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;

const SAMPLES = [...sampleFiles('qbo').map((f) => readSample('qbo', f)), ...sampleFiles('qbd').map((f) => readSample('qbd', f))];
const NASTY = ['<', '>', '{', '}', '[', ']', '"', "'", '&', '&amp;', '&#x0;', '\u0000', '\uFEFF', '\uD800', '\n', 'é', '𝄞', 'statusCode="', 'code="', '</Error>', '<Fault>', ':', ','];
const KEYS = ['Fault', 'fault', 'Error', 'error', 'code', 'Message', 'Detail', 'message', 'detail', 'type', 'BatchItemResponse', 'bId', 'status', 'integrationCode', 'requestId', 'retryAfter', 'reference_id', 'access_token', 'x_error_reason', 'httpStatusCode', 'userFacingMessage'];
const STATUSES = [0, 200, 204, 302, 400, 401, 402, 403, 404, 408, 409, 422, 429, 500, 502, 503, 504, 520];
const SOURCES = ['qbo', 'oauth', 'conductor', 'nxus', 'gateway', 'qbwc', 'network', 'bogus'];

function randomJson(depth: number): unknown {
  const r = int(depth > 4 ? 5 : 9);
  switch (r) {
    case 0: return null;
    case 1: return rand() * 1e6 - 5e5;
    case 2: return pick([true, false]);
    case 3: return pick(['3200', '5010', 'invalid_grant', 'QBD_CONNECTION_ERROR', '0x80040420', 'message=ThrottleExceeded; errorCode=003001; statusCode=429', '', 'x'.repeat(int(300))]);
    case 4: return pick(KEYS);
    case 5:
    case 6: return Array.from({ length: int(4) }, () => randomJson(depth + 1));
    default: return Object.fromEntries(Array.from({ length: int(5) }, () => [pick(KEYS), randomJson(depth + 1)]));
  }
}

function mutate(body: string): string {
  switch (int(10)) {
    case 0: return body.slice(0, int(body.length + 1));
    case 1: {
      const chars = [...body];
      for (let i = 0, n = 1 + int(8); i < n && chars.length; i++) chars[int(chars.length)] = pick(NASTY);
      return chars.join('');
    }
    case 2: return `\uFEFF${body}`;
    case 3: {
      const at = int(body.length + 1);
      return body.slice(0, at) + pick(NASTY) + body.slice(at);
    }
    case 4: return body + pick(SAMPLES).slice(0, int(400));
    case 5: {
      const n = 50 + int(3000);
      return pick(['[', '{"Fault":', '<a>', '<Error code="1">', '{"error":']).repeat(n);
    }
    case 6: return int(3) === 0 ? 'A'.repeat(200_000 + int(50_000)) : `<IntuitResponse><Fault type="x"><Error code="6000"><Message>${'m'.repeat(int(100_000))}</Message><Detail>${'try again '.repeat(int(500))}`;
    case 7: return JSON.stringify(randomJson(0));
    case 8: return body.replace(/\d/g, () => String(int(10)));
    default: return body;
  }
}

function randomHeaders(): Record<string, unknown> | undefined {
  if (int(3) === 0) return undefined;
  const h: Record<string, unknown> = {};
  if (int(2)) h[pick(['intuit_tid', 'INTUIT_TID', 'Conductor-Request-Id', 'x-transaction-id'])] = pick(['1-abc', '', ['a', 'b'], 'x'.repeat(5000)]);
  if (int(2)) h[pick(['Retry-After', 'retry-after-ms'])] = pick(['5', '-1', 'NaN', 'Wed, 21 Oct 2015 07:28:00 GMT', '1e309', '', '99999999999', 'Fri, 31 Dec 9999 23:59:59 GMT']);
  return h;
}

function randomObservation(): unknown {
  const body = int(5) === 0 ? JSON.stringify(randomJson(0)) : mutate(pick(SAMPLES));
  const source = pick(SOURCES);
  switch (source) {
    case 'qbwc':
      return pick([
        { source, method: 'connectionError', hresult: pick(['0x80040408', '0x8004041d', '-2147220472', 'zz', '', body.slice(0, 20)]), message: body.slice(0, int(500)) },
        { source, method: 'receiveResponseXML', response: body, hresult: pick(['', '', '0x80040400', 'x']), message: '' },
        { source, method: 'authenticate-result', result: [pick(['', 't']), pick(['nvu', 'NONE', 'busy', '', 'C:\\x.qbw', body.slice(0, 50)]), pick(['30', '-5', 'x']), null] },
        { source, method: 'bogus' },
      ]);
    case 'network':
      return { source, code: pick(['ECONNRESET', 'CERT_HAS_EXPIRED', 'ERR_TLS_X', '', body.slice(0, 30)]), message: body.slice(0, int(300)), name: pick([undefined, 'AbortError', 'TimeoutError']) };
    default:
      return { source, httpStatus: int(8) === 0 ? int(1200) - 100 : pick(STATUSES), headers: randomHeaders(), body, endpoint: pick([undefined, 'token', 'revoke', 'x']) };
  }
}

describe('fuzz', () => {
  it('10,000 random and mutated observations never throw and always give a schema-valid error', () => {
    const failures: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const obs = randomObservation();
      try {
        const e = diagnose(obs as Observation, { now });
        const parsed = UnifiedErrorSchema.safeParse(e);
        if (!parsed.success) failures.push(`#${i}: schema: ${parsed.error.issues[0]?.message}`);
        else if (e.message.length > 2000) failures.push(`#${i}: message too long (${e.message.length})`);
        // The catch-all worked, but a parser threw: that is a bug to fix, not to hide.
        if (e.code === 'DIAGNOSIS_FAILED') failures.push(`#${i}: internal failure ${e.message.slice(0, 300)}`);
        if (i % 10 === 0) {
          for (const each of diagnoseMany(obs as Observation, { now })) if (!UnifiedErrorSchema.safeParse(each).success) failures.push(`#${i}: diagnoseMany schema`);
          const body = (obs as { body?: unknown; response?: unknown }).body ?? (obs as { response?: unknown }).response;
          if (typeof body === 'string' && !UnifiedErrorSchema.safeParse(diagnoseQbwcDocument(body, { now })).success) failures.push(`#${i}: document schema`);
        }
      } catch (err) {
        failures.push(`#${i}: threw ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    expect(failures.slice(0, 10)).toEqual([]);
  }, 60_000);
});
