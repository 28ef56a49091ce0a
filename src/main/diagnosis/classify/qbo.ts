import type { HttpObservation } from '@shared/diagnosis/observation';
import type { CatalogEntry } from '../catalog/types';
import { QBO_FAULT_CODE_ROWS, QBO_FAULT_TYPE_ROWS } from '../catalog/qbo-fault-codes';
import { QBO_GATEWAY_NAME_ROWS, QBO_HTTP_STATUS_ROWS, QBO_OK_CITATION, QBO_TEXT_PAGE_ROWS, QBO_UNEXPECTED_PAGE } from '../catalog/qbo-gateway';
import * as M from '../catalog/qbo-meanings';
import { OK } from '../catalog/generic';
import { field, isObject, strField } from '../body/json';
import { safeExcerpt } from '../body/redact';
import type { QboFaultError, QboFaultExtraction } from '../parsers/qbo-fault';
import { NO_FAULT } from '../parsers/qbo-fault';
import { extractQboFaultsFromJson } from '../parsers/qbo-fault-json';
import { extractQboFaultsFromXml } from '../parsers/qbo-fault-xml';
import { embeddedStatus, parseGatewayMessage } from '../parsers/qbo-gateway-message';
import { scanText } from '../parsers/text-scan';
import type { Candidate, Classification } from './candidate';
import { candidate } from './candidate';
import type { HttpContext } from './http-common';
import { describeBody, httpContext, isSuccess, pageWords, statusLabel, statusRow } from './http-common';
import { classifyOAuthJson } from './oauth';

/**
 * QuickBooks Online API answers. Order of evidence (qbo.md §7): the gateway NAME in a
 * Message, then the Fault code (with its wording rules), then the Fault type, then the HTTP
 * status — never the status or a numeric range alone.
 */
export function classifyQbo(obs: HttpObservation, now: Date): Classification {
  const ctx = httpContext(obs, now);
  const extraction = extractFaults(ctx);
  const notes: string[] = [];
  let candidates: Candidate[] = extraction.errors.map((e) => faultCandidate(e, ctx.status));

  if (extraction.batchItems > 0 && candidates.length > 0) {
    const failed = new Set(extraction.errors.map((e) => e.batchId ?? '')).size;
    notes.push(`batch: ${failed} of ${extraction.batchItems} items failed`);
  }
  if (candidates.length === 0 && ctx.body.kind === 'json' && !isSuccess(ctx.status)) {
    // An OAuth-shaped error on an API call (e.g. invalid_grant relayed by a proxy).
    const oauth = classifyOAuthJson(ctx.body.json);
    if (oauth) candidates = [oauth];
  }
  if (candidates.length === 0) candidates = [withoutFault(ctx, extraction)];

  return {
    source: 'qbo',
    candidates,
    httpStatusCode: ctx.status > 0 ? ctx.status : null,
    requestId: ctx.headerRequestId ?? extraction.requestId ?? null,
    retryAfterMs: ctx.headerRetryAfterMs,
    context: `QBO ${statusLabel(ctx.status)}`,
    notes,
  };
}

function extractFaults(ctx: HttpContext): QboFaultExtraction {
  const { body } = ctx;
  if (body.kind === 'json') {
    const found = extractQboFaultsFromJson(body.json);
    if (found.errors.length || found.sawFault) return found;
    const split = splitGatewayJson(body.json);
    return split ? { ...found, errors: [split] } : found;
  }
  if (body.kind === 'xml') return extractQboFaultsFromXml(body.text);
  if (body.kind === 'text') {
    const gw = parseGatewayMessage(body.text);
    if (gw) return { ...NO_FAULT, errors: [{ message: body.text.slice(0, 500) }] };
    if (body.brokenJson) {
      const s = scanText(body.text);
      if (s.faultCode || (s.message && parseGatewayMessage(s.message))) {
        return { ...NO_FAULT, errors: [clean({ code: s.faultCode, message: s.message, detail: s.detail })] };
      }
    }
  }
  return NO_FAULT;
}

/** `{"message":"ThrottleExceeded","errorCode":"003001","statusCode":429}`: the gateway string split into fields. */
function splitGatewayJson(json: unknown): QboFaultError | undefined {
  if (!isObject(json)) return undefined;
  const errorCode = strField(json, 'errorCode');
  if (!errorCode || !/^\d{1,10}$/.test(errorCode)) return undefined;
  const name = strField(json, 'message') ?? '';
  const status = strField(json, 'statusCode') ?? '';
  return clean({ code: errorCode.replace(/^0+(?=\d)/, ''), message: `message=${name}; errorCode=${errorCode}; statusCode=${status}`, detail: strField(json, 'detail') });
}

function faultCandidate(e: QboFaultError, httpStatus: number): Candidate {
  const words = [e.message, e.detail].filter(Boolean).join(' ');
  const gw = parseGatewayMessage(e.message) ?? parseGatewayMessage(e.detail);
  const byName = nameToCode(gw?.name) ?? nameToCode(e.code);
  const numeric = e.code && /^\d+$/.test(e.code) ? e.code.replace(/^0+(?=\d)/, '') : undefined;
  const code = byName ?? numeric ?? gw?.errorCode;

  const entry =
    codeRow(code, words) ??
    faultTypeRow(e.faultType, code) ??
    statusRow(QBO_HTTP_STATUS_ROWS, gw?.statusCode ?? embeddedStatus(words) ?? httpStatus) ??
    { ...M.QBO_UNKNOWN_FAULT, citation: 'qbo.md §2 (code without a known meaning)' };

  const parts = [`Fault ${e.code ?? code ?? '(no code)'}${e.faultType ? ` (${e.faultType})` : ''}`];
  if (e.message) parts.push(e.message);
  if (e.detail) parts.push(`Detail: ${e.detail}`);
  if (e.element) parts.push(`element=${e.element}`);
  if (e.batchId) parts.push(`bId=${e.batchId}`);
  return candidate(entry, e.code ?? gw?.errorCode ?? null, safeExcerpt(parts.join('; '), 900), { element: e.element, batchId: e.batchId });
}

function nameToCode(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const n = name.trim().toLowerCase();
  return QBO_GATEWAY_NAME_ROWS.find((r) => r.names.some((x) => x.toLowerCase() === n))?.faultCode;
}

function codeRow(code: string | undefined, words: string): CatalogEntry | undefined {
  if (!code) return undefined;
  return QBO_FAULT_CODE_ROWS.find((r) => r.faultCodes.includes(code) && (!r.textMatch || r.textMatch.test(words)));
}

function faultTypeRow(faultType: string | undefined, code: string | undefined): CatalogEntry | undefined {
  if (!faultType) return undefined;
  const n = code && /^\d+$/.test(code) ? Number(code) : undefined;
  return QBO_FAULT_TYPE_ROWS.find(
    (r) => r.faultType.test(faultType) && (!r.codeRange || (n !== undefined && n >= r.codeRange[0] && n <= r.codeRange[1])),
  );
}

/** No Fault in the body (or `"Fault": null`): wording of a page, then the status. */
function withoutFault(ctx: HttpContext, extraction: QboFaultExtraction): Candidate {
  const { body, status } = ctx;
  const detail = `${describeBody(body)}${extraction.sawFault ? ' (Fault present but empty)' : ''}`;
  if (body.kind === 'html' || body.kind === 'text') {
    const words = pageWords(body);
    const page = QBO_TEXT_PAGE_ROWS.find((r) => r.textMatch.test(words));
    if (page) return candidate(page, null, detail);
  }
  // An HTML 403 comes from a CDN or firewall in front of Intuit, not from the API's own
  // authorization (which answers with a Fault): reconnecting would not help.
  if (body.kind === 'html' && status === 403) return candidate(QBO_UNEXPECTED_PAGE, null, detail);
  const byStatus = isSuccess(status) ? undefined : statusRow(QBO_HTTP_STATUS_ROWS, status);
  if (byStatus) return candidate(byStatus, null, detail);
  if (isSuccess(status) && (body.kind === 'json' || body.kind === 'xml' || body.kind === 'empty')) {
    return candidate({ ...OK, userFacingMessage: 'QuickBooks Online answered normally.', citation: QBO_OK_CITATION }, null, okDetail(body.json));
  }
  // 1xx/3xx, a 2xx HTML or text page, or no status: not an answer the API gives.
  return candidate(QBO_UNEXPECTED_PAGE, null, detail);
}

function okDetail(json: unknown): string {
  if (!isObject(json)) return 'no error in the answer';
  const keys = Object.keys(json).filter((k) => k !== 'time').slice(0, 5);
  const company = strField(field(json, 'CompanyInfo'), 'CompanyName');
  return `no error in the answer (${keys.join(', ')}${company ? `; CompanyName=${company}` : ''})`;
}

function clean(e: Record<string, string | undefined>): QboFaultError {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(e)) if (v) out[k] = v;
  return out as QboFaultError;
}
