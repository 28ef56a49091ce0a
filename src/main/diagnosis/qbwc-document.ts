import type { QbwcObservation } from '@shared/diagnosis/observation';
import type { UnifiedError } from '@shared/diagnosis/unified-error';
import type { CatalogEntry } from './catalog/types';
import { OK } from './catalog/generic';
import { QBWC_CODE_ROWS, QBWC_CODE_UNKNOWN, QBWC_SOAP_FAULT, QBWC_WRONG_NAMESPACE, QWC_RULE_ROWS } from './catalog/qbwc-codes';
import { stripBom } from './body/normalise';
import { decodeEntities } from './body/xml';
import { safeExcerpt } from './body/redact';
import type { Candidate, Classification } from './classify/candidate';
import { candidate } from './classify/candidate';
import { classifyQbwc } from './classify/qbwc';
import { buildPrimary } from './build';
import { readQbwcLog } from './parsers/qbwc-log';
import { element, parseSoap, QBWC_NAMESPACE, stringItems } from './parsers/qbwc-soap';
import { checkQwc } from './parsers/qwc-file';
import { extractQbxmlStatuses } from './parsers/qbxml-response';

/**
 * Diagnoses Web Connector text that is not a live callback: a line or excerpt of QWCLog.txt,
 * the text of a QBWC dialog, a captured SOAP message, a .qwc file, the WSDL, or a raw qbXML
 * response. The health checker tails QWCLog.txt through this; support pastes dialogs into it.
 * Like diagnose(), it never throws.
 */
export function diagnoseQbwcDocument(text: string, options: { now?: () => Date } = {}): UnifiedError {
  const now = safeNow(options.now);
  try {
    return buildPrimary(classifyDocument(typeof text === 'string' ? text : ''), now);
  } catch (err) {
    const c: Classification = {
      source: 'qbwc',
      candidates: [candidate({ ...QBWC_CODE_UNKNOWN, code: 'DIAGNOSIS_FAILED', type: 'INTERNAL_ERROR' }, null, `could not read the text: ${err instanceof Error ? err.message : String(err)}`)],
      httpStatusCode: null,
      requestId: null,
      retryAfterMs: null,
      context: 'QBWC document',
    };
    return buildPrimary(c, now);
  }
}

/** Same as diagnoseQbwcDocument, named for the QWCLog.txt tailer: one line or an excerpt. */
export function diagnoseQbwcLogLine(text: string, options: { now?: () => Date } = {}): UnifiedError {
  return diagnoseQbwcDocument(text, options);
}

/**
 * The callback observation carried by a captured SOAP message (receiveResponseXML or
 * connectionError request, authenticate response), or undefined for any other message.
 */
export function observationFromQbwcSoap(text: string): QbwcObservation | undefined {
  const soap = parseSoap(afterHttpHeaders(text));
  if (!soap || soap.kind !== 'operation') return undefined;
  // Element text is entity-escaped once inside the envelope; decode exactly that once.
  const read = (name: string): string => decodeEntities(element(soap.inner, name) ?? '');
  switch (soap.name) {
    case 'receiveResponseXML':
      return { source: 'qbwc', method: 'receiveResponseXML', response: read('response'), hresult: read('hresult').trim(), message: read('message').trim() };
    case 'connectionError':
      return { source: 'qbwc', method: 'connectionError', hresult: read('hresult').trim(), message: read('message').trim() };
    case 'authenticateResponse':
      return { source: 'qbwc', method: 'authenticate-result', result: stringItems(soap.inner) };
    default:
      return undefined;
  }
}

function classifyDocument(raw: string): Classification {
  const text = afterHttpHeaders(stripBom(raw).trim());
  if (text.startsWith('<')) {
    if (/<(?:[\w.-]+:)?Envelope\b/.test(text)) return fromSoap(text);
    if (/<(?:[\w.-]+:)?definitions\b/.test(text)) return fromWsdl(text);
    if (/<QBWCXML\b/.test(text)) return fromQwc(text);
    if (extractQbxmlStatuses(text).looksLikeQbxml) return classifyQbwc({ source: 'qbwc', method: 'receiveResponseXML', response: text, hresult: '', message: '' });
  }
  return fromLog(raw);
}

function fromSoap(text: string): Classification {
  const obs = observationFromQbwcSoap(text);
  if (obs) return classifyQbwc(obs);
  const soap = parseSoap(text);
  if (soap?.kind === 'fault') {
    return doc(candidate(QBWC_SOAP_FAULT, soap.faultCode.replace(/^.*:/, '') || null, `SOAP Fault ${soap.faultCode}: ${soap.faultString}`), 'QBWC SOAP');
  }
  if (soap?.kind === 'operation' && /Response$/.test(soap.name)) {
    const wrapped = /<(?:[\w.-]+:)?\w+Result\b[^>]*>\s*<(?:[\w.-]+:)?string\b/.test(soap.inner) && soap.name !== 'authenticateResponse';
    if (!soap.encoded && (soap.namespace !== QBWC_NAMESPACE || wrapped)) {
      const why = [soap.namespace !== QBWC_NAMESPACE ? `namespace ${soap.namespace ?? '(none)'} instead of ${QBWC_NAMESPACE}` : '', wrapped ? 'result wrapped in <string>' : ''].filter(Boolean).join('; ');
      return doc(candidate(QBWC_WRONG_NAMESPACE, null, `${soap.name}: ${why}`), 'QBWC SOAP');
    }
    return doc(candidate(ok('A valid answer to the Web Connector.', 'qbd.md §1.1, §1.2 (operation replies)'), null, `${soap.name} (${soap.encoded ? 'rpc/encoded' : 'document/literal'})`), 'QBWC SOAP');
  }
  const name = soap?.kind === 'operation' ? soap.name : 'unknown';
  return doc(candidate(ok('A normal call from the Web Connector.', 'qbd.md §1.2 (web methods); samples qbd qbwc-*-request*.xml'), null, `${name} call`), 'QBWC SOAP');
}

function fromWsdl(text: string): Classification {
  const ns = /targetNamespace\s*=\s*"([^"]*)"/.exec(text)?.[1];
  if (ns !== QBWC_NAMESPACE) return doc(candidate(QBWC_WRONG_NAMESPACE, null, `WSDL targetNamespace ${ns ?? '(none)'}`), 'QBWC WSDL');
  return doc(candidate(ok('The Web Connector service description is correct.', 'qbd.md §1.1 (WSDL namespace http://developer.intuit.com/)'), null, 'WSDL with the QBWC namespace'), 'QBWC WSDL');
}

function fromQwc(text: string): Classification {
  const check = checkQwc(text);
  if (check.violations.length === 0) {
    return doc(candidate(ok('The Web Connector file is valid.', 'qbd.md §2 (.qwc rules)'), null, `valid .qwc (AppURL ${check.appUrl ?? '?'})`), 'QWC file');
  }
  const cands = check.violations.map((v) => candidate(QWC_RULE_ROWS[v.rule], v.rule, v.detail));
  return { ...doc(cands[0]!, 'QWC file'), candidates: cands };
}

function fromLog(text: string): Classification {
  const signals = readQbwcLog(text);
  const cands: Candidate[] = signals.qbwcCodes.map((q) => candidate(qbwcRow(q.code), `QBWC${q.code}`, safeExcerpt(`QBWC${q.code}: ${q.text}`, 600)));
  if (signals.hresult) cands.push(...classifyQbwc({ source: 'qbwc', method: 'connectionError', hresult: signals.hresult.value, message: signals.hresult.message }).candidates);
  if (signals.authAnswer !== undefined) cands.push(...classifyQbwc({ source: 'qbwc', method: 'authenticate-result', result: ['', signals.authAnswer] }).candidates);
  if (signals.xmlDump) {
    const ex = extractQbxmlStatuses(signals.xmlDump);
    if (ex.statuses.length) cands.push(...classifyQbwc({ source: 'qbwc', method: 'receiveResponseXML', response: signals.xmlDump, hresult: '', message: '' }).candidates);
  }
  if (cands.length === 0) cands.push(candidate(ok('The Web Connector log shows no error.', 'qbd.md §1.3 (errors carry QBWCnnnn codes); samples qbd qbwc-log-*.txt'), null, `no error in: ${safeExcerpt(text, 200)}`));
  return { ...doc(cands[0]!, 'QBWC log'), candidates: cands };
}

function qbwcRow(n: number): CatalogEntry {
  return QBWC_CODE_ROWS.find((r) => n >= r.range[0] && n <= r.range[1]) ?? QBWC_CODE_UNKNOWN;
}

function ok(userFacingMessage: string, citation: string): CatalogEntry {
  return { ...OK, userFacingMessage, citation };
}

function doc(c: Candidate, context: string): Classification {
  return { source: 'qbwc', candidates: [c], httpStatusCode: null, requestId: null, retryAfterMs: null, context };
}

/** A pasted HTTP response ("HTTP/1.1 200 OK … Content-Type: text/xml <?xml …"): keep the XML. */
function afterHttpHeaders(text: string): string {
  if (!/^HTTP\/\d/i.test(text)) return text;
  const lt = text.indexOf('<');
  return lt >= 0 ? text.slice(lt) : text;
}

function safeNow(now: (() => Date) | undefined): Date {
  try {
    const d = now?.() ?? new Date();
    return d instanceof Date && d.getUTCFullYear() >= 1970 && d.getUTCFullYear() <= 9999 ? d : new Date();
  } catch {
    return new Date();
  }
}
