import type { HttpObservation } from '@shared/diagnosis/observation';
import type { CatalogEntry } from '../catalog/types';
import type { HttpStatusRow } from '../catalog/qbo-gateway';
import type { MiddlewareCodeRow, MiddlewareTypeRow } from '../catalog/conductor-codes';
import { CONDUCTOR_CODE_ROWS, CONDUCTOR_HTTP_STATUS_ROWS, CONDUCTOR_TYPE_ROWS } from '../catalog/conductor-codes';
import { NXUS_CODE_ROWS, NXUS_HTTP_STATUS_ROWS, NXUS_TYPE_ROWS } from '../catalog/nxus-codes';
import { MIDDLEWARE_OK, MIDDLEWARE_RATE_LIMITED, MIDDLEWARE_SERVICE_ERROR } from '../catalog/middleware-meanings';
import { secondsToMs } from '../body/headers';
import { safeExcerpt } from '../body/redact';
import { extractMiddlewareError, isHealthOk } from '../parsers/middleware-error';
import type { MiddlewareError } from '../parsers/middleware-error';
import { normaliseHresult } from '../parsers/hresult';
import type { Candidate, Classification } from './candidate';
import { candidate } from './candidate';
import { hresultEntry } from './qbwc';
import { qbxmlEntry } from './qbxml';
import { describeBody, httpContext, isSuccess, statusLabel, statusRow } from './http-common';

interface Tables {
  readonly name: string;
  readonly codes: readonly MiddlewareCodeRow[];
  readonly types: readonly MiddlewareTypeRow[];
  readonly statuses: readonly HttpStatusRow[];
}

const TABLES: Readonly<Record<'conductor' | 'nxus', Tables>> = {
  conductor: { name: 'Conductor', codes: CONDUCTOR_CODE_ROWS, types: CONDUCTOR_TYPE_ROWS, statuses: CONDUCTOR_HTTP_STATUS_ROWS },
  nxus: { name: 'nXus', codes: NXUS_CODE_ROWS, types: NXUS_TYPE_ROWS, statuses: NXUS_HTTP_STATUS_ROWS },
};

/**
 * Conductor and nXus answers (qbd.md §5). The provider `code` decides, then its `type`, then
 * the status. Connection and request errors take their meaning (and fix steps) from the
 * QuickBooks code they carry in `integrationCode` — an HRESULT or a qbXML statusCode.
 * An HTML page (a load balancer in front of the provider) is a transient service error.
 */
export function classifyMiddleware(obs: HttpObservation, provider: 'conductor' | 'nxus', now: Date): Classification {
  const t = TABLES[provider];
  const ctx = httpContext(obs, now);
  const { body } = ctx;
  const me = body.kind === 'json' ? extractMiddlewareError(body.json) : undefined;
  const status = ctx.status > 0 ? ctx.status : (me?.httpStatusCode ?? 0);
  const notes: string[] = [];
  let c: Candidate;

  if (me) {
    c = fromError(me, t, status);
    if (me.userFacingMessage) notes.push(`${t.name} userFacingMessage: ${safeExcerpt(me.userFacingMessage, 400)}`);
  } else if (body.kind === 'html') {
    const row = status === 429 ? MIDDLEWARE_RATE_LIMITED : MIDDLEWARE_SERVICE_ERROR;
    c = candidate({ ...row, citation: 'qbd.md §5.1 (an HTML load-balancer page: transient, retried by conductor-node)' }, null, describeBody(body));
  } else if (isSuccess(status)) {
    const detail = isHealthOk(body.json) ? 'health check status ok' : describeBody(body);
    c = candidate({ ...MIDDLEWARE_OK, citation: 'qbd.md §5.1 (health check 200 {"status":"ok"}); sample qbd conductor-healthcheck-200.json' }, null, detail);
  } else {
    const row = statusRow(t.statuses, status) ?? { ...MIDDLEWARE_SERVICE_ERROR, citation: 'qbd.md §5 (an answer without an error object)' };
    c = candidate(row, null, describeBody(body));
  }

  const bodyRetry = me ? secondsToMs(me.retryAfter) : null;
  return {
    source: provider,
    candidates: [c],
    httpStatusCode: status > 0 ? status : null,
    requestId: me?.requestId ?? ctx.headerRequestId ?? null,
    retryAfterMs: ctx.headerRetryAfterMs ?? bodyRetry,
    providerName: t.name,
    context: `${t.name} ${statusLabel(status)}`,
    notes,
  };
}

function fromError(me: MiddlewareError, t: Tables, status: number): Candidate {
  const codeRow = me.code ? t.codes.find((r) => r.codes.includes(me.code!)) : undefined;
  const typeRow = me.type ? t.types.find((r) => r.types.includes(me.type!)) : undefined;
  const delegateTo = codeRow ? codeRow.delegateTo : typeRow?.delegateTo;
  const entry: CatalogEntry =
    delegated(delegateTo, me.integrationCode) ??
    codeRow ??
    typeRow ??
    statusRow(t.statuses, status) ?? { ...MIDDLEWARE_SERVICE_ERROR, citation: 'qbd.md §5 (unknown error object)' };

  const parts = [[me.code, me.rawType].filter(Boolean).join('/') || 'error'];
  if (me.integrationCode) parts.push(`integrationCode=${me.integrationCode}`);
  if (me.message) parts.push(me.message);
  return candidate(entry, me.integrationCode ?? null, safeExcerpt(parts.join('; '), 900));
}

/**
 * Meaning from the QuickBooks code inside a middleware error: an HRESULT for connection
 * errors, a qbXML statusCode for request errors (nXus documents both in one field). A NONE
 * meaning is never taken from inside an error.
 */
function delegated(to: 'hresult' | 'qbxml' | undefined, integrationCode: string | undefined): CatalogEntry | undefined {
  if (!to || !integrationCode) return undefined;
  const code = integrationCode.trim();
  if (/^-?\d{1,5}$/.test(code)) {
    const row = qbxmlEntry(code, '');
    return row.type === 'NONE' ? undefined : row;
  }
  const h = /^(0x)?[0-9a-f]{8}$/i.test(code) || /^-\d{9,10}$/.test(code) ? normaliseHresult(code) : undefined;
  return h ? hresultEntry(h) : undefined;
}
