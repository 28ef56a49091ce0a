import type { Observation } from '@shared/diagnosis/observation';
import { ObservationSchema } from '@shared/diagnosis/observation';
import type { ErrorSource, UnifiedError } from '@shared/diagnosis/unified-error';
import { ErrorSourceSchema } from '@shared/diagnosis/unified-error';
import { DIAGNOSIS_FAILED, OBSERVATION_INVALID } from './catalog/generic';
import type { CatalogEntry } from './catalog/types';
import { safeExcerpt } from './body/redact';
import type { Classification } from './classify/candidate';
import { candidate } from './classify/candidate';
import { classifyGateway } from './classify/gateway';
import { classifyMiddleware } from './classify/middleware';
import { classifyNetwork } from './classify/network';
import { classifyOAuth } from './classify/oauth';
import { classifyQbo } from './classify/qbo';
import { classifyQbwc } from './classify/qbwc';
import { buildEach, buildPrimary } from './build';

export interface DiagnoseOptions {
  /** Clock for `occurredAt` and HTTP-date Retry-After; injectable for tests. */
  now?: () => Date;
}

/**
 * The one entry point: whatever failed (QBO, Intuit OAuth, Conductor, nXus, the seed-002
 * gateway, the Web Connector, QuickBooks Desktop, the network), one UnifiedError comes back —
 * what happened, what the bookkeeper should do, and whether waiting can help.
 *
 * It NEVER throws: an unusable observation or a bug in a parser still yields a schema-valid
 * INTERNAL_ERROR carrying the raw detail, because the callers (request engine, health
 * checker, CLI) must always be able to show something.
 *
 * An answer with several errors (a Fault with several Errors, a batch with several faulted
 * items, several qbXML statuses) yields its most actionable error as the primary, the rest in
 * `details`.
 */
export function diagnose(observation: Observation, options: DiagnoseOptions = {}): UnifiedError {
  const now = clock(options);
  try {
    return buildPrimary(classify(observation, now), now);
  } catch (err) {
    return failure(observation, err, now);
  }
}

/**
 * One UnifiedError per error the answer carries, primary order NOT applied (document order):
 * for callers that act per item, e.g. resubmitting only the faulted batch items.
 */
export function diagnoseMany(observation: Observation, options: DiagnoseOptions = {}): UnifiedError[] {
  const now = clock(options);
  try {
    return buildEach(classify(observation, now), now);
  } catch (err) {
    return [failure(observation, err, now)];
  }
}

/**
 * Whether sending the same request again (after `retryAfterMs`, or after refreshing the
 * access token for `refresh`) can succeed. Pass `{ idempotent: false }` for a write without an
 * idempotency key: an error whose outcome is unknown (a timeout after sending) is then NOT
 * retryable, because the first attempt may have been applied.
 */
export function isRetryable(e: Pick<UnifiedError, 'recovery' | 'outcomeUnknown'>, options: { idempotent?: boolean } = {}): boolean {
  if (e.recovery !== 'retry' && e.recovery !== 'refresh') return false;
  if (options.idempotent === false && e.outcomeUnknown) return false;
  return true;
}

function classify(raw: Observation, now: Date): Classification {
  const parsed = ObservationSchema.safeParse(raw);
  if (!parsed.success) return invalid(raw, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const obs = parsed.data;
  switch (obs.source) {
    case 'qbo':
      return classifyQbo(obs, now);
    case 'oauth':
      return classifyOAuth(obs, now);
    case 'conductor':
    case 'nxus':
      return classifyMiddleware(obs, obs.source, now);
    case 'gateway':
      return classifyGateway(obs, now);
    case 'qbwc':
      return classifyQbwc(obs);
    case 'network':
      return classifyNetwork(obs);
  }
}

function invalid(raw: unknown, reason: string): Classification {
  return single(sourceOf(raw), OBSERVATION_INVALID, `invalid observation (${reason}): ${rawText(raw)}`);
}

function failure(raw: unknown, err: unknown, now: Date): UnifiedError {
  const reason = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  try {
    return buildPrimary(single(sourceOf(raw), DIAGNOSIS_FAILED, `diagnosis failed (${reason}): ${rawText(raw)}`), now);
  } catch {
    // Building itself failed: a hand-made value that still satisfies the schema.
    return {
      type: 'INTERNAL_ERROR',
      recovery: 'developer_action',
      code: DIAGNOSIS_FAILED.code,
      httpStatusCode: null,
      integrationCode: null,
      message: safeExcerpt(`diagnosis failed: ${reason}`, 2000),
      userFacingMessage: DIAGNOSIS_FAILED.userFacingMessage,
      fixSteps: [...DIAGNOSIS_FAILED.fixSteps],
      retryAfterMs: null,
      requestId: null,
      source: 'internal',
      occurredAt: now.toISOString(),
    };
  }
}

function single(source: ErrorSource, entry: CatalogEntry, detail: string): Classification {
  return { source, candidates: [candidate(entry, null, detail)], httpStatusCode: null, requestId: null, retryAfterMs: null, context: 'diagnosis' };
}

function sourceOf(raw: unknown): ErrorSource {
  const s = raw && typeof raw === 'object' ? (raw as { source?: unknown }).source : undefined;
  const parsed = ErrorSourceSchema.safeParse(s);
  return parsed.success ? parsed.data : 'internal';
}

function rawText(raw: unknown): string {
  try {
    return safeExcerpt(typeof raw === 'string' ? raw : (JSON.stringify(raw) ?? String(raw)), 1500);
  } catch {
    return '(unprintable)';
  }
}

function clock(options: DiagnoseOptions): Date {
  try {
    const d = options.now?.() ?? new Date();
    const year = d instanceof Date ? d.getUTCFullYear() : NaN;
    return year >= 1970 && year <= 9999 ? d : new Date();
  } catch {
    return new Date();
  }
}
