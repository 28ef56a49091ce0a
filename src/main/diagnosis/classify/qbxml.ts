import type { CatalogEntry } from '../catalog/types';
import { QBXML_OTHER_ERROR, QBXML_REQUEST_ONLY, QBXML_RESPONSE_UNREADABLE, QBXML_STATUS_ROWS } from '../catalog/qbxml-status-codes';
import { safeExcerpt } from '../body/redact';
import { extractQbxmlStatuses } from '../parsers/qbxml-response';
import type { Candidate } from './candidate';
import { candidate } from './candidate';

/** The qbXML row for a statusCode (and its message, for the wording rules of 3180). */
export function qbxmlEntry(statusCode: string, statusMessage: string): CatalogEntry {
  const n = /^-?\d{1,6}$/.test(statusCode.trim()) ? Number(statusCode) : NaN;
  const row = Number.isFinite(n)
    ? QBXML_STATUS_ROWS.find((r) => n >= r.range[0] && n <= r.range[1] && (!r.textMatch || r.textMatch.test(statusMessage)))
    : undefined;
  // Non-numeric or negative codes: QuickBooks refused, with a code we cannot place.
  return row ?? QBXML_OTHER_ERROR;
}

/**
 * Every status of a qbXML response as a candidate (document order). A response without any
 * status is unreadable, except a request document, which holds nothing to diagnose.
 */
export function qbxmlCandidates(response: string): Candidate[] {
  const ex = extractQbxmlStatuses(response);
  if (ex.statuses.length > 0) {
    return ex.statuses.map((s) => {
      const detail = `${s.element} statusCode=${s.statusCode}${s.severity ? ` (${s.severity})` : ''}: ${s.statusMessage ?? ''}${s.requestId ? `; requestID=${s.requestId}` : ''}`;
      return candidate(qbxmlEntry(s.statusCode, s.statusMessage ?? ''), s.statusCode, safeExcerpt(detail, 700), { element: s.element });
    });
  }
  if (ex.isRequest) return [candidate(QBXML_REQUEST_ONLY, null, 'qbXML request document (…Rq), no response statuses')];
  const what = response.trim() === '' ? 'empty response' : `no statusCode in response: ${safeExcerpt(response, 300)}`;
  return [candidate(QBXML_RESPONSE_UNREADABLE, null, what)];
}
