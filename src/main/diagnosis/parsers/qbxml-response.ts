import { decodeEntities, readAttributes } from '../body/xml';

/**
 * Statuses of a qbXML response: every element carrying `statusCode` (the `…Rs` elements of
 * `QBXMLMsgsRs`), in document order (qbd.md §4). Extraction is by start tag, not by tree, so
 * a malformed response (the HCP fixture has a corrupted tag) or a truncated one still yields
 * every status QuickBooks wrote. Keyed on statusCode; severity is informational only.
 */
export interface QbxmlStatus {
  /** Element name, e.g. "CustomerModRs". */
  readonly element: string;
  readonly statusCode: string;
  readonly severity?: string;
  readonly statusMessage?: string;
  readonly requestId?: string;
}

export interface QbxmlExtraction {
  readonly statuses: QbxmlStatus[];
  /** Contains request elements (`…Rq`/`QBXMLMsgsRq`) and no response statuses. */
  readonly isRequest: boolean;
  /** Looked like qbXML at all (QBXML root or …Rs/…Rq elements). */
  readonly looksLikeQbxml: boolean;
}

/** qbXML responses can be large (query results); statuses are start-tag attributes, so a cap is safe. */
const MAX_SCAN = 4_000_000;
const MAX_STATUSES = 500;

/**
 * Unescapes a response that arrived entity-escaped once more than usual (e.g. copied from a
 * SOAP envelope: `&lt;QBXML&gt;`).
 */
export function unescapeIfEscaped(text: string): string {
  const t = text.trimStart();
  if (!t.includes('<') && /&lt;/i.test(t)) return decodeEntities(t);
  return text;
}

export function extractQbxmlStatuses(raw: string): QbxmlExtraction {
  const text = unescapeIfEscaped(raw).slice(0, MAX_SCAN);
  const statuses: QbxmlStatus[] = [];
  const re = /<([A-Za-z_][\w.-]*)\b([^<>]*?\bstatusCode\s*=[^<>]*)>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && statuses.length < MAX_STATUSES) {
    const attrs = readAttributes(m[2] ?? '');
    const code = attrs['statusCode'];
    if (code === undefined) continue;
    const s: { -readonly [K in keyof QbxmlStatus]: QbxmlStatus[K] } = { element: m[1]!.replace(/^.*:/, ''), statusCode: code.trim() };
    if (attrs['statusSeverity']) s.severity = attrs['statusSeverity'];
    if (attrs['statusMessage']) s.statusMessage = attrs['statusMessage'];
    if (attrs['requestID']) s.requestId = attrs['requestID'];
    statuses.push(s);
  }
  const hasRq = /<(?:[\w.-]+Rq|QBXMLMsgsRq)\b/.test(text);
  const looksLikeQbxml = statuses.length > 0 || hasRq || /<(?:QBXML|QBXMLMsgsRs|QBPOSXML)\b/i.test(text) || /<\w+Rs\b/.test(text);
  return { statuses, isRequest: statuses.length === 0 && hasRq, looksLikeQbxml };
}
