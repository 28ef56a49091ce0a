import type { Headers } from '@shared/diagnosis/observation';

/**
 * Header access for diagnosis: names are matched case-insensitively (Node lower-cases them,
 * issue pastes do not), multi-valued headers use their first value.
 */
export function getHeader(headers: Headers | undefined, ...names: string[]): string | undefined {
  if (!headers) return undefined;
  const byName = new Map<string, unknown>();
  for (const [key, value] of Object.entries(headers)) {
    const k = key.toLowerCase();
    if (!byName.has(k)) byName.set(k, value);
  }
  // Names are tried in the caller's order of preference.
  for (const name of names) {
    const value = byName.get(name.toLowerCase());
    const first: unknown = Array.isArray(value) ? value[0] : value;
    if (first === undefined || first === null) continue;
    const s = String(first).trim();
    if (s !== '') return s;
  }
  return undefined;
}

/** One day: a longer wait is not a retry hint we should honour blindly. */
const MAX_RETRY_AFTER_MS = 86_400_000;

const clampMs = (ms: number): number => Math.min(MAX_RETRY_AFTER_MS, Math.max(0, Math.round(ms)));

/**
 * `retry-after-ms` (Stainless SDKs, conductor-node) wins over `Retry-After`, which is either
 * delta-seconds or an HTTP-date (RFC 9110 §10.2.3), measured against `now`.
 */
export function retryAfterFromHeaders(headers: Headers | undefined, now: Date): number | null {
  const ms = getHeader(headers, 'retry-after-ms');
  if (ms !== undefined && /^\d+(\.\d+)?$/.test(ms)) return clampMs(Number(ms));
  const ra = getHeader(headers, 'retry-after');
  if (ra === undefined) return null;
  if (/^\d+(\.\d+)?$/.test(ra)) return clampMs(Number(ra) * 1000);
  const at = Date.parse(ra);
  if (Number.isNaN(at)) return null;
  return clampMs(at - now.getTime());
}

/** Seconds from a body field such as nXus `retryAfter` (number or numeric string). */
export function secondsToMs(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;
  return Number.isFinite(n) && n >= 0 ? clampMs(n * 1000) : null;
}

/**
 * Support identifiers in the order a support desk wants them: Intuit's `intuit_tid`
 * (qbo.md §1.6), Conductor's `Conductor-Request-Id`, the seed-002 gateway's `x-transaction-id`,
 * then generic request-id headers.
 */
const REQUEST_ID_HEADERS = ['intuit_tid', 'intuit-tid', 'conductor-request-id', 'x-transaction-id', 'x-request-id', 'request-id', 'x-nxus-request-id'];

export function requestIdFromHeaders(headers: Headers | undefined): string | undefined {
  return getHeader(headers, ...REQUEST_ID_HEADERS);
}
