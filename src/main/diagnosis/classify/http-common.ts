import type { Headers, HttpObservation } from '@shared/diagnosis/observation';
import type { CatalogEntry } from '../catalog/types';
import type { HttpStatusRow } from '../catalog/qbo-gateway';
import type { NormalisedBody } from '../body/normalise';
import { normaliseBody } from '../body/normalise';
import { requestIdFromHeaders, retryAfterFromHeaders } from '../body/headers';
import { safeExcerpt } from '../body/redact';
import { summariseHtml } from '../parsers/html-page';

/** What every HTTP classifier starts from. */
export interface HttpContext {
  readonly status: number;
  readonly headers: Headers | undefined;
  readonly body: NormalisedBody;
  readonly headerRequestId: string | undefined;
  readonly headerRetryAfterMs: number | null;
}

export function httpContext(obs: HttpObservation, now: Date): HttpContext {
  return {
    status: obs.httpStatus,
    headers: obs.headers,
    body: normaliseBody(obs.body),
    headerRequestId: requestIdFromHeaders(obs.headers),
    headerRetryAfterMs: retryAfterFromHeaders(obs.headers, now),
  };
}

export function statusRow(rows: readonly HttpStatusRow[], status: number): CatalogEntry | undefined {
  return rows.find((r) => status >= r.status[0] && status <= r.status[1]);
}

export const isSuccess = (status: number): boolean => status >= 200 && status < 300;

/** A one-line description of a body for `message` (HTML reduced to its title and text). */
export function describeBody(body: NormalisedBody): string {
  switch (body.kind) {
    case 'empty':
      return 'empty body';
    case 'html': {
      const s = summariseHtml(body.text);
      return `HTML page: ${safeExcerpt([s.title, s.heading, s.text].filter(Boolean).join(' — '), 300)}`;
    }
    case 'json':
      return `JSON body: ${safeExcerpt(body.text, 400)}`;
    case 'xml':
      return `XML body: ${safeExcerpt(body.text, 400)}`;
    default:
      return `${body.brokenJson ? 'unparsable JSON' : 'text'} body: ${safeExcerpt(body.text, 400)}`;
  }
}

/** Words of an HTML or text page for wording rules. */
export function pageWords(body: NormalisedBody): string {
  if (body.kind === 'html') {
    const s = summariseHtml(body.text);
    return [s.title, s.heading, s.text].filter(Boolean).join(' ');
  }
  return body.text.slice(0, 4096);
}

/** `HTTP 503` or `no HTTP status`. */
export function statusLabel(status: number): string {
  return status > 0 ? `HTTP ${status}` : 'no HTTP status';
}
