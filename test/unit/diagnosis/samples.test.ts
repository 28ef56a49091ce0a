import type { UnifiedError } from '@shared/diagnosis/unified-error';
import { diagnose, diagnoseQbwcDocument, observationFromQbwcSoap } from '../../../src/main/diagnosis';
import type { Observation } from '../../../src/main/diagnosis';
import type { Expectation } from './support/samples';
import { expectDiagnosis, now, readSample, sampleFiles } from './support/samples';

/**
 * Every file of ../shared/samples is classified as its INDEX.md concludes. The tables are
 * keyed by file name and the test fails for a file without a row (and for a row without a
 * file), so a new sample cannot slip by unasserted. HTTP statuses are the INDEX "HTTP"
 * column; for `n/s` samples the status Intuit documents for that class is used.
 */

interface QboCase {
  status: number;
  source?: 'qbo' | 'oauth';
  headers?: Record<string, string>;
  expect: Expectation;
  also?: (e: UnifiedError, body: string) => void;
}

const auth = (code: string, integrationCode: string): Expectation => ({ type: 'AUTHENTICATION_ERROR', recovery: 'refresh', code, integrationCode });
const ok: Expectation = { type: 'NONE', recovery: 'none', code: 'OK' };

const QBO: Record<string, QboCase> = {
  // #1 bare <Fault>, two errors
  'fault-xml-validation-2050-2080-multi.xml': {
    status: 400,
    expect: { type: 'INVALID_REQUEST_ERROR', recovery: 'developer_action', code: 'QBO_VALIDATION_ERROR', integrationCode: '2050' },
    also: (e) => expect(e.details).toEqual([expect.objectContaining({ integrationCode: '2080', element: 'postalcode' })]),
  },
  // #2 deliberately a caller bug: "Could not find resource for relative" is a bad URL (INDEX note, qbo.md §2.2)
  'fault-xml-system-10000.xml': { status: 500, expect: { type: 'INVALID_REQUEST_ERROR', recovery: 'developer_action', code: 'QBO_BAD_URL', integrationCode: '10000' } },
  // #3, #7 duplicate name
  'fault-xml-validation-6240-duplicate-name.xml': { status: 400, expect: { type: 'INTEGRATION_ERROR', recovery: 'developer_action', code: 'QBO_DUPLICATE_NAME', integrationCode: '6240' } },
  'fault-json-validation-6240-duplicate-name.json': { status: 400, expect: { type: 'INTEGRATION_ERROR', recovery: 'developer_action', code: 'QBO_DUPLICATE_NAME', integrationCode: '6240' } },
  // #4
  'fault-xml-validation-4001-invalid-query.xml': { status: 400, expect: { type: 'INVALID_REQUEST_ERROR', recovery: 'developer_action', code: 'QBO_INVALID_QUERY', integrationCode: '4001' } },
  // #5 a throttle arriving as HTTP 403, #6 as 429: Intuit's 60 s wait
  'fault-xml-throttle-3001-http403.xml': { status: 403, expect: { type: 'RATE_LIMIT_ERROR', recovery: 'retry', code: 'QBO_THROTTLED', integrationCode: '3001', retryAfterMs: 60_000 } },
  'fault-xml-throttle-3001-http429.xml': { status: 429, expect: { type: 'RATE_LIMIT_ERROR', recovery: 'retry', code: 'QBO_THROTTLED', integrationCode: '3001', retryAfterMs: 60_000 } },
  // #8 batch: one faulted item among successes
  'batch-xml-mixed-fault-and-success.xml': {
    status: 200,
    expect: { type: 'INVALID_REQUEST_ERROR', recovery: 'developer_action', code: 'QBO_VALIDATION_ERROR', integrationCode: '2050' },
    also: (e) => {
      expect(e.details).toEqual([expect.objectContaining({ integrationCode: '2080', batchId: '1a' })]);
      expect(e.message).toContain('1 of 9 items failed');
    },
  },
  // #9–#11 success
  'cdc-xml-bill-changes.xml': { status: 200, expect: ok },
  'companyinfo-xml-read.xml': { status: 200, expect: ok },
  'companyinfo-json-read-docs-sample.json': { status: 200, expect: ok },
  // #12–#16 token success and discovery documents (token values never reach `message`)
  'token-success-mock-placeholders.json': { status: 200, source: 'oauth', expect: ok, also: (e) => expect(e.message).not.toContain('sample_refresh_token') },
  'token-success-refresh-hard-expires.json': { status: 200, source: 'oauth', expect: ok, also: (e) => expect(e.message).not.toContain('RT1-39-H3') },
  'token-success-refresh-2017-bom.json': { status: 200, source: 'oauth', expect: ok, also: (e) => expect(e.message).not.toContain('L311478109728') },
  'discovery-production-bom.json': { status: 200, source: 'oauth', expect: ok },
  'discovery-sandbox.json': { status: 200, source: 'oauth', expect: ok },
  // #17–#20 refresh token rejected → the person reconnects
  'token-error-invalid-grant-token-invalid.json': {
    status: 400,
    source: 'oauth',
    headers: { intuit_tid: 'a7e21f3e-ebd2-4e4e-8a0b-6b3b5dd5f2ed' },
    expect: { type: 'AUTHENTICATION_ERROR', recovery: 'reconnect', code: 'QBO_REFRESH_TOKEN_INVALID', integrationCode: 'invalid_grant', requestId: 'a7e21f3e-ebd2-4e4e-8a0b-6b3b5dd5f2ed' },
  },
  'token-error-invalid-grant-bare.json': { status: 400, source: 'oauth', expect: { type: 'AUTHENTICATION_ERROR', recovery: 'reconnect', code: 'QBO_REFRESH_TOKEN_INVALID', integrationCode: 'invalid_grant' } },
  'token-error-invalid-grant-incorrect-refresh-token.json': { status: 400, source: 'oauth', expect: { type: 'AUTHENTICATION_ERROR', recovery: 'reconnect', code: 'QBO_REFRESH_TOKEN_INVALID', integrationCode: 'invalid_grant' } },
  'token-error-invalid-grant-user-not-in-realm.json': {
    status: 400,
    source: 'oauth',
    expect: { type: 'AUTHENTICATION_ERROR', recovery: 'reconnect', code: 'QBO_USER_NOT_IN_REALM', integrationCode: 'invalid_grant' },
    also: (e) => expect(e.message).toContain('user_not_in_realm'),
  },
  // #21 a developer config error: reconnecting cannot help
  'token-error-invalid-client.json': { status: 401, source: 'oauth', expect: { type: 'AUTHENTICATION_ERROR', recovery: 'developer_action', code: 'OAUTH_INVALID_CLIENT', integrationCode: 'invalid_client' } },
  // #22, #23 lower-case gateway JSON
  'fault-json-gateway-401-3200-malformed-bearer.json': { status: 401, expect: auth('QBO_ACCESS_TOKEN_EXPIRED', '3200') },
  'fault-json-gateway-401-3200-no-detail.json': { status: 401, expect: auth('QBO_ACCESS_TOKEN_EXPIRED', '3200') },
  // #24–#27 authorization
  'fault-json-gateway-403-3100-authorizationfailed.json': { status: 403, expect: { type: 'PERMISSION_ERROR', recovery: 'reconnect', code: 'QBO_AUTHORIZATION_FAILED', integrationCode: '3100' } },
  'fault-json-gateway-403-3100-applicationauthorizationfailed.json': { status: 403, expect: { type: 'PERMISSION_ERROR', recovery: 'reconnect', code: 'QBO_AUTHORIZATION_FAILED', integrationCode: '3100' } },
  'fault-xml-403-3100-insufficient-scope.xml': { status: 403, expect: { type: 'PERMISSION_ERROR', recovery: 'reconnect', code: 'QBO_INSUFFICIENT_SCOPE', integrationCode: '3100' } },
  'fault-xml-403-3100-applicationauthorizationfailed.xml': { status: 403, expect: { type: 'PERMISSION_ERROR', recovery: 'reconnect', code: 'QBO_AUTHORIZATION_FAILED', integrationCode: '3100' } },
  // #28 expired; #29 the same body for a realm mismatch: refresh first (the body cannot tell them apart)
  'fault-xml-401-100-general-authentication-oneline.xml': { status: 401, expect: auth('QBO_ACCESS_TOKEN_EXPIRED', '100') },
  'fault-xml-401-100-wrong-realm.xml': { status: 401, expect: auth('QBO_ACCESS_TOKEN_EXPIRED', '100') },
  // #30 OAuth 1 legacy, XML although JSON was asked
  'fault-xml-401-3200-oauth1-legacy.xml': { status: 401, expect: auth('QBO_ACCESS_TOKEN_EXPIRED', '3200') },
  // #31 code 500 is a QBO code, not HTTP 500
  'fault-xml-400-500-unsupported-operation.xml': { status: 400, expect: { type: 'INVALID_REQUEST_ERROR', recovery: 'developer_action', code: 'QBO_UNSUPPORTED_OPERATION', integrationCode: '500' } },
  // #32 inactive reference: the user reactivates it
  'fault-xml-400-2500-invalid-reference.xml': { status: 400, expect: { type: 'INTEGRATION_ERROR', recovery: 'user_action', code: 'QBO_INVALID_REFERENCE', integrationCode: '2500' } },
  // #33 invalid XML (no </Error>): degrade gracefully, keep the detail
  'fault-xml-6070-malformed-missing-close-tag.xml': {
    status: 400,
    expect: { type: 'INTEGRATION_ERROR', recovery: 'developer_action', code: 'QBO_BUSINESS_VALIDATION', integrationCode: '6070' },
    also: (e) => {
      expect(e.message).toContain('Amount is not equal to UnitPrice * Qty');
      expect(e.message).toContain('element=Line.Amount');
    },
  },
  // #34 gateway timeout; requestId from the IntuitResponse attribute
  'fault-xml-504-6002-proxy-timeout.xml': {
    status: 504,
    expect: { type: 'SERVICE_ERROR', recovery: 'retry', code: 'QBO_GATEWAY_TIMEOUT', integrationCode: '6002', requestId: 'ae04144172874bf488486d1874c364d1' },
  },
  // #35, #36 HTML 503 pages; intuit_tid from the headers shown in the issue
  'html-503-avi-vantage.html': {
    status: 503,
    headers: { 'Content-Type': 'text/html', Server: 'nginx', INTUIT_TID: '8cb2e5b6-76a4-d4b0-a223-02300df8004b' },
    expect: { type: 'SERVICE_ERROR', recovery: 'retry', code: 'QBO_SERVICE_UNAVAILABLE', integrationCode: null, requestId: '8cb2e5b6-76a4-d4b0-a223-02300df8004b' },
  },
  'html-503-service-unavailable-iis.html': { status: 503, expect: { type: 'SERVICE_ERROR', recovery: 'retry', code: 'QBO_SERVICE_UNAVAILABLE', integrationCode: null } },
  // #37 a permission error arriving as 400
  'fault-json-400-5020-permission-denied.json': { status: 400, expect: { type: 'PERMISSION_ERROR', recovery: 'user_action', code: 'QBO_PERMISSION_DENIED', integrationCode: '5020' } },
  // #38 a 10000+ code that is a request-size problem
  'fault-json-10100-result-set-big.json': { status: 400, expect: { type: 'INVALID_REQUEST_ERROR', recovery: 'developer_action', code: 'QBO_RESULT_SET_TOO_LARGE', integrationCode: '10100' } },
  // #39 transient 6000; the entity may save anyway
  'fault-json-6000-transient-try-again.json': {
    status: 400,
    expect: { type: 'SERVICE_ERROR', recovery: 'retry', code: 'QBO_TRANSIENT_ERROR', integrationCode: '6000' },
    also: (e) => expect(e.outcomeUnknown).toBe(true),
  },
  // #40–#42 batches with faults inside a 200
  'batch-json-6140-duplicate-docnumber-and-2020.json': {
    status: 200,
    expect: { type: 'INTEGRATION_ERROR', recovery: 'developer_action', code: 'QBO_DUPLICATE_DOC_NUMBER', integrationCode: '6140' },
    also: (e) => {
      expect(e.details?.some((d) => d.integrationCode === '2020' && d.element === 'AccountRef')).toBe(true);
      expect(e.message).toContain('TxnId=3632');
    },
  },
  'batch-json-5010-stale-object.json': {
    status: 200,
    expect: { type: 'INTEGRATION_ERROR', recovery: 'refetch', code: 'QBO_STALE_OBJECT', integrationCode: '5010' },
    also: (e) => expect(e.details).toEqual([expect.objectContaining({ integrationCode: '5010', batchId: 'Invoice|52702|ST_FD_SIHP-2023-12|' })]),
  },
  'batch-json-610-deleted-plus-deleted-status.json': { status: 200, expect: { type: 'INTEGRATION_ERROR', recovery: 'developer_action', code: 'QBO_OBJECT_NOT_FOUND', integrationCode: '610' } },
  // #43 Ecosystem gateway shape
  'gateway-json-401-authenticationfailed-ecosystem-api.json': { status: 401, expect: auth('QBO_ACCESS_TOKEN_EXPIRED', 'AuthenticationFailed') },
};

type QbdCase =
  | { kind: 'observation'; build: (body: string) => Observation; expect: Expectation; also?: (e: UnifiedError) => void }
  | { kind: 'document'; expect: Expectation; also?: (e: UnifiedError) => void };

const rrx = (body: string): Observation => ({ source: 'qbwc', method: 'receiveResponseXML', response: body, hresult: '', message: '' });
const fromSoap = (body: string): Observation => {
  const obs = observationFromQbwcSoap(body);
  if (!obs) throw new Error('no callback observation in this SOAP capture');
  return obs;
};
const doc = (e: Expectation, also?: (e: UnifiedError) => void): QbdCase => (also ? { kind: 'document', expect: e, also } : { kind: 'document', expect: e });
const qbxml = (e: Expectation, also?: (e: UnifiedError) => void): QbdCase => (also ? { kind: 'observation', build: rrx, expect: e, also } : { kind: 'observation', build: rrx, expect: e });
const healthy = (integrationCode?: string | null): Expectation => (integrationCode === undefined ? { ...ok } : { ...ok, integrationCode });

const QBD: Record<string, QbdCase> = {
  // A. SOAP wire messages
  'qbwc-serverversion-request-doclit.xml': doc(healthy(null)),
  'qbwc-serverversion-response-wrong-namespace.xml': doc({ type: 'INTERNAL_ERROR', recovery: 'developer_action', code: 'QBWC_WRONG_NAMESPACE' }, (e) => expect(e.message).toContain('http://localhost:8000//')),
  'qbwc-serverversion-request-rpc.xml': doc(healthy(null)),
  'qbwc-serverversion-response-rpc.xml': doc(healthy(null)),
  'qbwc-clientversion-request-rpc.xml': doc(healthy(null)),
  'qbwc-authenticate-request.xml': doc(healthy(null)),
  'qbwc-authenticate-response-ok.http.txt': { kind: 'observation', build: fromSoap, expect: healthy(null) },
  'qbwc-authenticate-response-nvu.http.txt': { kind: 'observation', build: fromSoap, expect: { type: 'AUTHENTICATION_ERROR', recovery: 'reconnect', code: 'QBWC_PASSWORD_REJECTED', integrationCode: 'nvu' } },
  'qbwc-receiveresponsexml-request-3100-duplicate-name.xml': {
    kind: 'observation',
    build: fromSoap,
    expect: { type: 'INTEGRATION_ERROR', recovery: 'developer_action', code: 'QBD_DUPLICATE_NAME', integrationCode: '3100' },
    also: (e) => expect(e.message).toContain('"Shipping Item - QuickBooks Inte" of the list element is already in use'),
  },
  'qbwc-receiveresponsexml-request-hresult-0x80040400.xml': {
    kind: 'observation',
    build: fromSoap,
    expect: { type: 'INVALID_REQUEST_ERROR', recovery: 'developer_action', code: 'QBD_REQUEST_XML_INVALID', integrationCode: '0x80040400' },
  },
  'qbwc-soap-fault-versionmismatch.xml': doc({ type: 'INTERNAL_ERROR', recovery: 'developer_action', code: 'QBWC_SOAP_FAULT', integrationCode: 'VersionMismatch' }),
  'qbwc-wsdl-QBWebConnectorSvc.wsdl': doc(healthy(null)),

  // B. logs and dialogs
  'qbwc-connectionerror-0x80040408.log.txt': doc({ type: 'INTEGRATION_CONNECTION_ERROR', recovery: 'user_action', code: 'QBD_CONNECTION_ERROR', integrationCode: '0x80040408' }),
  'qbwc-log-session-start-debug.txt': doc(healthy(null)),
  'qbwc-log-companyfilelock-session-end.txt': doc(healthy(null)),
  'qbwc-log-receiveresponsexml-iterator.txt': doc(healthy('0')),
  'qbwc-log-authenticate-none.txt': doc(healthy('none')),
  'qbwc-qwclog-qbwc1012-connection-closed.txt': doc({ type: 'SERVICE_ERROR', recovery: 'retry', code: 'QBWC_AUTHENTICATE_FAILED', integrationCode: 'QBWC1012' }),
  'qbwc-dialog-qbwc1042-not-wellformed.txt': doc({ type: 'INTERNAL_ERROR', recovery: 'developer_action', code: 'QBWC_SERVICE_FAULT', integrationCode: 'QBWC1042' }),
  'qbwc-dialog-qbwc1051-http-not-secure.txt': doc({ type: 'INVALID_REQUEST_ERROR', recovery: 'developer_action', code: 'QBWC_HTTPS_REQUIRED', integrationCode: 'QBWC1051' }),

  // C. qbXML responses and requests
  'qbxml-0-customeradd-ok.xml': qbxml(healthy('0')),
  'qbxml-500-warn-customerquery.xml': qbxml({ type: 'NONE', recovery: 'none', code: 'QBD_WARNING', integrationCode: '500' }),
  'qbxml-3120-object-not-found.xml': qbxml({ type: 'INTEGRATION_ERROR', recovery: 'developer_action', code: 'QBD_OBJECT_NOT_FOUND', integrationCode: '3120' }),
  'qbxml-3180-list-modified-by-another-user.xml': qbxml({ type: 'INTEGRATION_ERROR', recovery: 'retry', code: 'QBD_RECORD_IN_USE', integrationCode: '3180' }),
  'qbxml-3200-edit-sequence-out-of-date.xml': qbxml({ type: 'INTEGRATION_ERROR', recovery: 'refetch', code: 'QBD_EDIT_SEQUENCE_STALE', integrationCode: '3200' }),
  'qbxml-530-warn-unsupported-field.xml': qbxml({ type: 'NONE', recovery: 'none', code: 'QBD_WARNING', integrationCode: '530' }),
  // severity "Info" but statusCode 3210: keyed on the code
  'qbxml-3210-invalid-value-payment-exceeds-due.xml': qbxml({ type: 'INTEGRATION_ERROR', recovery: 'developer_action', code: 'QBD_INVALID_VALUE', integrationCode: '3210' }),
  'qbxml-hcp-host-company-preferences-malformed-fixture.xml': qbxml(healthy('0'), (e) => expect(e.details?.length).toBe(2)),
  'qbxml-hostqueryrs-qb2006.xml': qbxml(healthy('0')),
  'qbxml-receivepaymentadd-ok.xml': qbxml(healthy('0')),
  'qbxml-iterator-customerquery-first-page.xml': qbxml(healthy('0')),
  'qbxml-iterator-customerquery-continue-request.xml': doc({ type: 'NONE', recovery: 'none', code: 'QBD_REQUEST_DOCUMENT' }),
  'qbxml-3140-invalid-reference.RECONSTRUCTED.xml': qbxml({ type: 'INTEGRATION_ERROR', recovery: 'developer_action', code: 'QBD_INVALID_REFERENCE', integrationCode: '3140' }),
  'qbxml-3170-modified-by-another-user.RECONSTRUCTED.xml': qbxml({ type: 'INTEGRATION_ERROR', recovery: 'retry', code: 'QBD_RECORD_IN_USE', integrationCode: '3170' }),
  'qbxml-3250-feature-not-enabled.RECONSTRUCTED.xml': qbxml({ type: 'INTEGRATION_ERROR', recovery: 'user_action', code: 'QBD_FEATURE_NOT_ENABLED', integrationCode: '3250' }),
  'qbxml-3260-insufficient-permission.RECONSTRUCTED.xml': qbxml({ type: 'PERMISSION_ERROR', recovery: 'user_action', code: 'QBD_INSUFFICIENT_PERMISSION', integrationCode: '3260' }),

  // D. middleware JSON
  'conductor-error-qbd-connection-0x80040420.json': {
    kind: 'observation',
    build: (body) => ({ source: 'conductor', httpStatus: 502, body }),
    expect: { type: 'INTEGRATION_CONNECTION_ERROR', recovery: 'user_action', code: 'QBD_CONNECTION_ERROR', integrationCode: '0x80040420', requestId: 'req_1234567890' },
    also: (e) => {
      expect(e.fixSteps.join(' ')).toContain("Allow this application to log in automatically");
      expect(e.message).toContain('Conductor userFacingMessage');
    },
  },
  'conductor-healthcheck-200.json': { kind: 'observation', build: (body) => ({ source: 'conductor', httpStatus: 200, body }), expect: healthy(null) },
  'nxus-error-api-key-invalid.json': {
    kind: 'observation',
    build: (body) => ({ source: 'nxus', httpStatus: 401, body }),
    expect: { type: 'AUTHENTICATION_ERROR', recovery: 'reconnect', code: 'API_KEY_INVALID', integrationCode: null, requestId: 'req_abc123' },
    also: (e) => expect(e.userFacingMessage).toContain('nXus'),
  },
  'conductor-error-qbd-request-error-sdk-fixture.RECONSTRUCTED.json': {
    kind: 'observation',
    build: (body) => ({ source: 'conductor', httpStatus: 502, body }),
    expect: { type: 'INTEGRATION_ERROR', recovery: 'developer_action', code: 'QBD_REQUEST_ERROR', integrationCode: 'QBD-123', requestId: 'abc' },
  },

  // E. QWC files
  'qwc-intuit-proguide-listing-4-1.qwc': doc(healthy(null)),
  'qwc-intuit-sdk-HTTPWebService.qwc': doc(healthy(null)),
  'qwc-intuit-sdk-HTTPSWebService.qwc': doc(healthy(null)),
  'qwc-consolibyte-example-localhost.qwc': doc(healthy(null)),
  'qwc-quickbooks-php-issue-305-https.qwc': doc(healthy(null)),
  'qwc-loopback-issue-7-ip-address-http.qwc': doc({ type: 'INVALID_REQUEST_ERROR', recovery: 'developer_action', code: 'QBWC_APP_FILE_INVALID', integrationCode: 'QBWC1001' }, (e) =>
    expect(e.details?.map((d) => d.integrationCode).sort()).toEqual(['QBWC1002', 'QBWC1010']),
  ),
};

describe('every QBO sample is classified as its INDEX concludes', () => {
  const files = sampleFiles('qbo');

  it('has an expectation for every sample file and a file for every expectation', () => {
    expect(files.filter((f) => !(f in QBO))).toEqual([]);
    expect(Object.keys(QBO).filter((f) => !files.includes(f))).toEqual([]);
  });

  it.each(files)('%s', (file) => {
    const c = QBO[file];
    if (!c) throw new Error(`no expectation for qbo/${file}`);
    const body = readSample('qbo', file);
    const obs: Observation = { source: c.source ?? 'qbo', httpStatus: c.status, body, ...(c.headers ? { headers: c.headers } : {}) };
    const e = diagnose(obs, { now });
    expectDiagnosis(e, c.expect);
    c.also?.(e, body);
  });
});

describe('every QBD sample is classified as its INDEX concludes', () => {
  const files = sampleFiles('qbd');

  it('has an expectation for every sample file and a file for every expectation', () => {
    expect(files.filter((f) => !(f in QBD))).toEqual([]);
    expect(Object.keys(QBD).filter((f) => !files.includes(f))).toEqual([]);
  });

  it.each(files)('%s', (file) => {
    const c = QBD[file];
    if (!c) throw new Error(`no expectation for qbd/${file}`);
    const body = readSample('qbd', file);
    const e = c.kind === 'document' ? diagnoseQbwcDocument(body, { now }) : diagnose(c.build(body), { now });
    expectDiagnosis(e, c.expect);
    c.also?.(e);
  });

  it('reads the same conclusion from a captured callback as from the live observation', () => {
    for (const file of ['qbwc-receiveresponsexml-request-3100-duplicate-name.xml', 'qbwc-authenticate-response-nvu.http.txt', 'qbwc-receiveresponsexml-request-hresult-0x80040400.xml']) {
      const body = readSample('qbd', file);
      const live = diagnose(fromSoap(body), { now });
      const pasted = diagnoseQbwcDocument(body, { now });
      expect({ code: pasted.code, type: pasted.type, recovery: pasted.recovery }).toEqual({ code: live.code, type: live.type, recovery: live.recovery });
    }
  });
});
