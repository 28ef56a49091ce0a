import type { NetworkObservation } from '@shared/diagnosis/observation';
import type { CatalogEntry } from '../catalog/types';
import { NETWORK_CODE_ROWS, NETWORK_UNKNOWN } from '../catalog/network-codes';
import { safeExcerpt } from '../body/redact';
import type { Classification } from './candidate';
import { candidate } from './candidate';

/**
 * Node network failures. Exact code first (ECONNRESET…), then the error `name` (AbortError,
 * TimeoutError), then code families (CERT_*, ERR_TLS_*), then the message wording.
 */
export function classifyNetwork(obs: NetworkObservation): Classification {
  const code = (obs.code ?? '').trim().toUpperCase();
  const name = (obs.name ?? '').trim().toUpperCase();
  const message = obs.message ?? '';

  const entry: CatalogEntry =
    exact(code) ??
    exact(name) ??
    NETWORK_CODE_ROWS.find((r) => code !== '' && r.prefixes?.some((p) => code.startsWith(p))) ??
    // Wording last: the message, and an unknown code's own words (ERR_SOCKET_CONNECTION_TIMEOUT).
    NETWORK_CODE_ROWS.find((r) => r.textMatch?.test(`${message} ${code.replaceAll('_', ' ')}`)) ??
    NETWORK_UNKNOWN;

  const label = [obs.code, obs.name].filter(Boolean).join('/') || 'network error';
  return {
    source: 'network',
    candidates: [candidate(entry, obs.code?.trim() || obs.name?.trim() || null, safeExcerpt(`${label}${message ? `: ${message}` : ''}`, 900))],
    httpStatusCode: null,
    requestId: null,
    retryAfterMs: null,
    context: 'network',
  };
}

function exact(code: string): CatalogEntry | undefined {
  return code ? NETWORK_CODE_ROWS.find((r) => r.codes?.includes(code)) : undefined;
}
