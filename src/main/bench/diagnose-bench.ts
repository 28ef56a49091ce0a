import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { XMLParser } from 'fast-xml-parser';
import type { Observation } from '@shared/diagnosis/observation';
import { diagnose } from '../diagnosis/diagnose';
import { observationFromQbwcSoap } from '../diagnosis/qbwc-document';
import type { BenchSuite } from './suite';

/**
 * `diagnose.*` figures: diagnose() throughput on the real sample mix, against a same-run
 * baseline that only BOM-strips and parses the same bodies (JSON.parse / fast-xml-parser).
 * The ratio says what classification costs on top of merely reading the answer.
 */
export function diagnoseBenchSuite(options: { samplesDir?: string; durationMs?: number } = {}): BenchSuite {
  const durationMs = options.durationMs ?? 1500;
  return {
    key: 'diagnose',
    async run() {
      const loaded = loadSampleObservations(options.samplesDir);
      const mix = loaded.length > 0 ? loaded.map((s) => s.observation) : FALLBACK_MIX;
      const bodies = mix.map(bodyOf);
      const fixedNow = new Date();
      const now = (): Date => fixedNow;

      measure(() => mix.forEach((o) => diagnose(o, { now })), 300);
      const diag = measure(() => mix.forEach((o) => diagnose(o, { now })), durationMs);
      measure(() => bodies.forEach(parseOnly), 300);
      const base = measure(() => bodies.forEach(parseOnly), durationMs);

      const observationsPerSec = (diag.rounds * mix.length) / diag.seconds;
      const baselineParseOnlyPerSec = (base.rounds * bodies.length) / base.seconds;
      return {
        observationsPerSec: Math.round(observationsPerSec),
        baselineParseOnlyPerSec: Math.round(baselineParseOnlyPerSec),
        ratioToParseOnly: Number((observationsPerSec / baselineParseOnlyPerSec).toFixed(3)),
        sampleObservations: mix.length,
      };
    },
    describe(f) {
      return [
        `diagnose:             ${fmt(f['observationsPerSec'])} observations/s (${f['sampleObservations'] ?? 0} sample observations)`,
        `baseline parse-only:  ${fmt(f['baselineParseOnlyPerSec'])} bodies/s (BOM strip + JSON.parse / XML parse)`,
        `ratio:                ${f['ratioToParseOnly'] ?? 0}× of parse-only throughput`,
      ];
    },
  };
}

/** Repeats `round` until `ms` have passed; at least one round. */
function measure(round: () => void, ms: number): { rounds: number; seconds: number } {
  const start = performance.now();
  let rounds = 0;
  do {
    round();
    rounds++;
  } while (performance.now() - start < ms);
  return { rounds, seconds: (performance.now() - start) / 1000 };
}

const xml = new XMLParser({ ignoreAttributes: false });

function parseOnly(body: string): void {
  const text = body.replace(/^\uFEFF/, '').trim();
  try {
    if (text.startsWith('{') || text.startsWith('[')) JSON.parse(text);
    else if (text.startsWith('<')) xml.parse(text);
  } catch {
    // unparsable bodies cost their failed attempt, like in diagnose()
  }
}

function bodyOf(o: Observation): string {
  if ('body' in o) return o.body ?? '';
  if (o.source === 'qbwc' && o.method === 'receiveResponseXML') return o.response ?? '';
  return o.source === 'network' ? (o.message ?? '') : '';
}

function fmt(n: number | undefined): string {
  return (n ?? 0).toLocaleString('en-US');
}

/** Used only when ../shared/samples is absent, so `npm run bench` still reports a figure. */
const FALLBACK_MIX: Observation[] = [
  { source: 'qbo', httpStatus: 401, body: '{"fault":{"error":[{"message":"message=AuthenticationFailed; errorCode=003200; statusCode=401","code":"3200"}],"type":"AUTHENTICATION"}}' },
  { source: 'qbo', httpStatus: 429, body: '<IntuitResponse><Fault type="SERVICE"><Error code="3001"><Message>message=ThrottleExceeded; errorCode=003001; statusCode=429</Message></Error></Fault></IntuitResponse>' },
  { source: 'oauth', httpStatus: 400, body: '{"error":"invalid_grant"}' },
  { source: 'qbwc', method: 'connectionError', hresult: '0x80040408', message: 'Could not start QuickBooks.' },
  { source: 'network', code: 'ECONNRESET', message: 'socket hang up' },
];

/**
 * The benchmark's workload: every sample body of ../shared/samples that is an observation,
 * turned into one with the HTTP status and headers it arrived with (qbo INDEX "HTTP" column;
 * n/s samples get the status Intuit documents for their class). QBWC SOAP captures become
 * the callback they carry; logs, .qwc files and the WSDL are not observations and are skipped.
 */
export interface SampleObservation {
  readonly file: string;
  readonly observation: Observation;
}

export function defaultSamplesDir(): string {
  return process.env['LEDGERLIGHT_SAMPLES_DIR'] ?? resolve(process.cwd(), '../shared/samples');
}

export function loadSampleObservations(samplesDir = defaultSamplesDir()): SampleObservation[] {
  if (!existsSync(samplesDir)) return [];
  const out: SampleObservation[] = [];
  for (const dir of ['qbo', 'qbd']) {
    const full = join(samplesDir, dir);
    if (!existsSync(full)) continue;
    for (const file of readdirSync(full).sort()) {
      if (file === 'INDEX.md') continue;
      const body = readFileSync(join(full, file), 'utf8');
      const observation = dir === 'qbo' ? qboObservation(file, body) : qbdObservation(file, body);
      if (observation) out.push({ file: `${dir}/${file}`, observation });
    }
  }
  return out;
}

function qboObservation(file: string, body: string): Observation {
  const headers = {
    intuit_tid: `1-${file.length.toString(16).padStart(8, '0')}-bench`,
    'content-type': file.endsWith('.html') ? 'text/html' : file.endsWith('.xml') ? 'application/xml' : 'application/json',
  };
  if (/^(token-|discovery-)/.test(file)) return { source: 'oauth', httpStatus: qboStatus(file), headers, body };
  return { source: 'qbo', httpStatus: qboStatus(file), headers, body };
}

function qboStatus(file: string): number {
  if (/^(token-success|discovery|companyinfo|cdc|batch)-/.test(file)) return 200;
  if (file === 'token-error-invalid-client.json') return 401;
  const explicit = /-(?:http)?(\d{3})(?=[-.])/.exec(file);
  if (explicit && Number(explicit[1]) >= 400 && Number(explicit[1]) < 600) return Number(explicit[1]);
  if (/^html-/.test(file)) return 503;
  if (/system-10000/.test(file)) return 500;
  return 400;
}

function qbdObservation(file: string, body: string): Observation | undefined {
  if (file.endsWith('.json')) {
    const status = /"httpStatusCode"\s*:\s*(\d{3})/.exec(body)?.[1];
    const source = file.startsWith('nxus-') ? 'nxus' : 'conductor';
    return { source, httpStatus: status ? Number(status) : 200, headers: { 'conductor-request-id': 'req_bench' }, body };
  }
  if (file.startsWith('qbxml-') && !file.includes('-request')) {
    return { source: 'qbwc', method: 'receiveResponseXML', response: body, hresult: '', message: '' };
  }
  if (file.startsWith('qbwc-connectionerror-')) {
    const hresult = /hresult\s*=\s*(\S+)/i.exec(body)?.[1] ?? '';
    const message = /string message\s*=\s*([^\r\n]+)/i.exec(body)?.[1] ?? '';
    return { source: 'qbwc', method: 'connectionError', hresult, message };
  }
  if (file.startsWith('qbwc-')) return observationFromQbwcSoap(body);
  return undefined;
}
