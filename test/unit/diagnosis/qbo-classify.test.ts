import { diagnose, diagnoseMany } from '../../../src/main/diagnosis';
import type { Observation, UnifiedError } from '../../../src/main/diagnosis';
import { expectDiagnosis, now } from './support/samples';

const qbo = (httpStatus: number, body: string, headers?: Record<string, string>): UnifiedError =>
  diagnose({ source: 'qbo', httpStatus, body, ...(headers ? { headers } : {}) } as Observation, { now });

const jsonFault = (code: string | number, message: string, detail = '', type = 'ValidationFault', element = ''): string =>
  JSON.stringify({ Fault: { Error: [{ Message: message, Detail: detail, code, element }], type }, time: '2026-01-01T00:00:00.000-07:00' });

const xmlFault = (code: string, message: string, detail = '', type = 'ValidationFault'): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><IntuitResponse xmlns="http://schema.intuit.com/finance/v3"><Fault type="${type}"><Error code="${code}"><Message>${message}</Message>${detail ? `<Detail>${detail}</Detail>` : ''}</Error></Fault></IntuitResponse>`;

describe('QBO: content decides, not the status or a numeric range', () => {
  it('reads a JSON Fault whose code is a number', () => {
    expectDiagnosis(qbo(400, jsonFault(5010, 'Stale Object Error', 'You and Ann were working on this')), { type: 'INTEGRATION_ERROR', recovery: 'refetch', code: 'QBO_STALE_OBJECT', integrationCode: '5010' });
  });

  it.each([
    [200, 'NONE', 'OK'],
    [400, 'INVALID_REQUEST_ERROR', 'QBO_VALIDATION_ERROR'],
    [500, 'SERVICE_ERROR', 'QBO_SERVICE_UNAVAILABLE'],
  ] as const)('"Fault": null with HTTP %i falls back to the status', (status, type, code) => {
    const e = qbo(status, '{"Fault":null,"time":"2026-01-01"}');
    expect({ type: e.type, code: e.code }).toEqual({ type, code });
  });

  it('reads the gateway message inside an XML Message when the Error has no code', () => {
    const body = '<IntuitResponse><Fault type="SERVICE"><Error><Message>message=ThrottleExceeded; errorCode=003001; statusCode=429</Message></Error></Fault></IntuitResponse>';
    expectDiagnosis(qbo(403, body), { type: 'RATE_LIMIT_ERROR', recovery: 'retry', code: 'QBO_THROTTLED', integrationCode: '3001', retryAfterMs: 60_000 });
  });

  it('takes the gateway NAME over a conflicting code', () => {
    const body = xmlFault('3200', 'message=ThrottleExceeded; errorCode=003001; statusCode=429');
    expect(qbo(429, body).code).toBe('QBO_THROTTLED');
  });

  it('reads a bare gateway message string as a text body', () => {
    expectDiagnosis(qbo(401, 'message=AuthenticationFailed; errorCode=003200; statusCode=401'), { type: 'AUTHENTICATION_ERROR', recovery: 'refresh', code: 'QBO_ACCESS_TOKEN_EXPIRED', integrationCode: '3200' });
  });

  it('reads the gateway string split into JSON fields', () => {
    expect(qbo(429, '{"message":"ThrottleExceeded","errorCode":"003001","statusCode":429}').code).toBe('QBO_THROTTLED');
  });

  it('3100 InternalServerError with statusCode=500 is an outage, not an authorization problem', () => {
    const body = JSON.stringify({ fault: { error: [{ message: 'message=InternalServerError; errorCode=003100; statusCode=500', detail: null, code: '3100' }], type: 'SERVICE' } });
    expectDiagnosis(qbo(500, body), { type: 'SERVICE_ERROR', recovery: 'retry', code: 'QBO_SERVICE_UNAVAILABLE', integrationCode: '3100' });
  });

  it('3100 "does not have sufficient scope" needs reconnecting with the right scope', () => {
    expectDiagnosis(qbo(403, xmlFault('3100', 'message=AuthorizationFailed; errorCode=003100; statusCode=403', 'The access token does not have sufficient scope', 'SERVICE')), {
      type: 'PERMISSION_ERROR',
      recovery: 'reconnect',
      code: 'QBO_INSUFFICIENT_SCOPE',
    });
  });

  it('code 500 with HTTP 400 is an unsupported operation (a QBO code, not HTTP 500)', () => {
    expectDiagnosis(qbo(400, jsonFault('500', 'Unsupported Operation', 'Operation Could not find resource for relative : /v3/company/x')), { type: 'INVALID_REQUEST_ERROR', recovery: 'developer_action', code: 'QBO_UNSUPPORTED_OPERATION' });
  });

  it.each([
    ['6190', 'Invalid Company Status', 'Subscription period has ended or been canceled', 'PERMISSION_ERROR', 'user_action', 'QBO_SUBSCRIPTION_ENDED'],
    ['6210', 'Account Period Closed', 'The account period has closed', 'INTEGRATION_ERROR', 'user_action', 'QBO_PERIOD_CLOSED'],
    ['6140', 'Duplicate Document Number Error', 'DocNumber=1001 is assigned to TxnType=Invoice', 'INTEGRATION_ERROR', 'developer_action', 'QBO_DUPLICATE_DOC_NUMBER'],
    ['610', 'Object Not Found', 'Another user has deleted this transaction.', 'INTEGRATION_ERROR', 'developer_action', 'QBO_OBJECT_NOT_FOUND'],
    ['610', 'Object Not Found', "Something you're trying to use has been made inactive.", 'INTEGRATION_ERROR', 'user_action', 'QBO_INVALID_REFERENCE'],
    ['10100', 'Result Set Big Error', 'Report too large, please customize', 'INVALID_REQUEST_ERROR', 'developer_action', 'QBO_RESULT_SET_TOO_LARGE'],
    ['6540', 'Deposited Transaction cannot be changed', '', 'INTEGRATION_ERROR', 'user_action', 'QBO_DEPOSITED_TXN_LOCKED'],
    ['2020', 'Required param missing', 'Required parameter Line is missing', 'INVALID_REQUEST_ERROR', 'developer_action', 'QBO_REQUIRED_FIELD_MISSING'],
    ['120', 'Authorization Failure', '-11014-You do not have access to use QuickBooks Online Plus', 'PERMISSION_ERROR', 'reconnect', 'QBO_USER_ACCESS_REVOKED'],
    ['120', 'Authorization Failure', 'Unknown Error during Authentication, statusCode: 500', 'SERVICE_ERROR', 'retry', 'QBO_SERVICE_UNAVAILABLE'],
    ['6000', 'A business validation error has occurred', 'Business Validation Error: Unexpected Internal Error. (-30000)', 'INTEGRATION_ERROR', 'developer_action', 'QBO_BUSINESS_VALIDATION'],
    ['10000', 'An application error has occurred', 'java.lang.NullPointerException', 'SERVICE_ERROR', 'retry', 'QBO_SYSTEM_FAULT'],
    ['5020', 'Permission Denied Error', 'You do not have the access rights to use this feature.', 'PERMISSION_ERROR', 'user_action', 'QBO_PERMISSION_DENIED'],
    ['150', 'Company Under Maintenance', '', 'SERVICE_ERROR', 'retry', 'QBO_COMPANY_UNDER_MAINTENANCE'],
  ] as const)('code %s (%s) → %s', (code, message, detail, type, recovery, ours) => {
    expectDiagnosis(qbo(400, jsonFault(code, message, detail)), { type, recovery, code: ours, integrationCode: code });
  });

  it('does not use the seeds\' wrong meanings (2030 is not stale, 3200 is not "locked", 3100 is not a duplicate)', () => {
    expect(qbo(400, jsonFault('2030', 'Invalid value')).code).not.toBe('QBO_STALE_OBJECT');
    expect(qbo(401, jsonFault('3200', 'message=AuthenticationFailed; errorCode=003200; statusCode=401', '', 'AUTHENTICATION')).type).toBe('AUTHENTICATION_ERROR');
    expect(qbo(403, jsonFault('3100', 'message=AuthorizationFailed; errorCode=003100; statusCode=403', '', 'SERVICE')).code).toBe('QBO_AUTHORIZATION_FAILED');
  });

  it('falls back to the Fault type, then the range, for unknown codes', () => {
    expect(qbo(401, jsonFault('199', 'x', '', 'AuthenticationFault')).code).toBe('QBO_ACCESS_TOKEN_EXPIRED');
    expect(qbo(400, jsonFault('2999', 'x')).type).toBe('INVALID_REQUEST_ERROR');
    expect(qbo(400, jsonFault('7777', 'x')).type).toBe('INTEGRATION_ERROR');
    expect(qbo(503, jsonFault('9999', 'x', '', 'Mystery')).type).toBe('SERVICE_ERROR');
    expect(qbo(0, jsonFault('9999', 'x', '', 'Mystery')).code).toBe('QBO_UNKNOWN_FAULT');
  });
});

describe('QBO: bodies that are not a Fault', () => {
  it.each([
    [401, 'AUTHENTICATION_ERROR', 'refresh', 'QBO_ACCESS_TOKEN_EXPIRED', null],
    [429, 'RATE_LIMIT_ERROR', 'retry', 'QBO_THROTTLED', 60_000],
    [503, 'SERVICE_ERROR', 'retry', 'QBO_SERVICE_UNAVAILABLE', null],
    [502, 'SERVICE_ERROR', 'retry', 'QBO_SERVICE_UNAVAILABLE', null],
    [504, 'SERVICE_ERROR', 'retry', 'QBO_GATEWAY_TIMEOUT', null],
    [404, 'INVALID_REQUEST_ERROR', 'developer_action', 'QBO_NOT_FOUND', null],
  ] as const)('an empty body with HTTP %i', (status, type, recovery, code, retryAfterMs) => {
    expectDiagnosis(qbo(status, ''), { type, recovery, code, retryAfterMs });
  });

  it('a maintenance page is a service outage whatever its status', () => {
    const page = "<!DOCTYPE html><html><head><title>QuickBooks</title></head><body><h1>We'll be back soon!</h1><p>Sorry for the inconvenience but we're performing some maintenance at the moment.</p></body></html>";
    expectDiagnosis(qbo(200, page), { type: 'SERVICE_ERROR', recovery: 'retry', code: 'QBO_MAINTENANCE' });
    expectDiagnosis(qbo(503, page), { type: 'SERVICE_ERROR', recovery: 'retry', code: 'QBO_MAINTENANCE' });
  });

  it('plain-text proxy bodies', () => {
    expect(qbo(503, 'upstream connect error or disconnect/reset before headers. reset reason: connection termination').code).toBe('QBO_SERVICE_UNAVAILABLE');
    expect(qbo(200, 'Too Many Requests').code).toBe('QBO_THROTTLED');
    expect(qbo(400, 'Bad Request').code).toBe('QBO_VALIDATION_ERROR');
  });

  it('an HTML page with HTTP 200 is not a success', () => {
    expectDiagnosis(qbo(200, '<html><body><form action="/login">Sign in to Wi-Fi</form></body></html>'), { type: 'SERVICE_ERROR', recovery: 'retry', code: 'QBO_UNEXPECTED_RESPONSE' });
  });

  it('an HTML 403 is a firewall or CDN page, not the API refusing authorization', () => {
    expect(qbo(403, '<html><head><title>Access Denied</title></head><body>Reference #18.1</body></html>').code).toBe('QBO_UNEXPECTED_RESPONSE');
    expect(qbo(403, '').code).toBe('QBO_AUTHORIZATION_FAILED');
  });

  it('truncated JSON still yields its code', () => {
    expectDiagnosis(qbo(400, '{"Fault":{"Error":[{"Message":"Stale Object Error","Detail":"You and Ann were wor'.concat('"', ',"code":"5010"')), { type: 'INTEGRATION_ERROR', recovery: 'refetch', code: 'QBO_STALE_OBJECT' });
  });

  it('XML arrives although JSON was asked for', () => {
    const e = qbo(401, xmlFault('100', 'General Authentication Error', 'AuthenticationErrorGeneral: SRV-110-Authentication Failure , statusCode: 401', 'AuthenticationFault'), { 'Content-Type': 'application/json' });
    expect(e.code).toBe('QBO_ACCESS_TOKEN_EXPIRED');
  });

  it('a UTF-8 BOM in front of a Fault', () => {
    expect(qbo(400, `\uFEFF${jsonFault('6240', 'Duplicate Name Exists Error')}`).code).toBe('QBO_DUPLICATE_NAME');
  });

  it('an OAuth error relayed on an API call', () => {
    expectDiagnosis(qbo(400, '{"error":"invalid_grant"}'), { type: 'AUTHENTICATION_ERROR', recovery: 'reconnect', code: 'QBO_REFRESH_TOKEN_INVALID' });
  });
});

describe('QBO: batches and several errors', () => {
  const batchJson = JSON.stringify({
    BatchItemResponse: [
      { Invoice: { Id: '1' }, bId: 'ok-1' },
      { Fault: { Error: [{ Message: 'Stale Object Error', Detail: 'x', code: '5010' }], type: 'ValidationFault' }, bId: 'stale' },
      { Fault: { Error: [{ Message: 'Account Period Closed', Detail: 'closed', code: '6210' }], type: 'ValidationFault' }, bId: 'closed' },
    ],
  });

  it('yields ONE error: the most actionable item, the rest in details with their bId', () => {
    const e = qbo(200, batchJson);
    expectDiagnosis(e, { type: 'INTEGRATION_ERROR', recovery: 'user_action', code: 'QBO_PERIOD_CLOSED', integrationCode: '6210' });
    expect(e.details).toEqual([expect.objectContaining({ integrationCode: '5010', batchId: 'stale' })]);
    expect(e.message).toContain('2 of 3 items failed');
  });

  it('diagnoseMany gives one error per faulted item, in document order', () => {
    const all = diagnoseMany({ source: 'qbo', httpStatus: 200, body: batchJson }, { now });
    expect(all.map((e) => e.code)).toEqual(['QBO_STALE_OBJECT', 'QBO_PERIOD_CLOSED']);
  });

  it('an XML batch with faults in two items', () => {
    const body =
      '<IntuitResponse><BatchItemResponse bId="a"><Fault type="ValidationFault"><Error code="6240"><Message>Duplicate Name Exists Error</Message></Error></Fault></BatchItemResponse>' +
      '<BatchItemResponse bId="b"><Fault type="ValidationFault"><Error code="5010"><Message>Stale Object Error</Message></Error></Fault></BatchItemResponse></IntuitResponse>';
    const e = qbo(200, body);
    expect(e.code).toBe('QBO_DUPLICATE_NAME');
    expect(e.details).toEqual([expect.objectContaining({ integrationCode: '5010', batchId: 'b' })]);
  });

  it('a batch without faults is a success', () => {
    expect(qbo(200, JSON.stringify({ BatchItemResponse: [{ Invoice: { Id: '1' }, bId: '1' }] })).type).toBe('NONE');
  });
});

describe('QBO: request ids, retry hints and message hygiene', () => {
  it('reads intuit_tid in any header case, else the XML requestId', () => {
    expect(qbo(503, '', { 'Intuit_Tid': '1-628f0be4-19ed5ea63980105102b16b1e' }).requestId).toBe('1-628f0be4-19ed5ea63980105102b16b1e');
    expect(qbo(504, '<IntuitResponse requestId="r-9"><Fault type="SERVICE"><Error code="6002"><Message>m</Message></Error></Fault></IntuitResponse>').requestId).toBe('r-9');
  });

  it('a Retry-After header beats the documented 60 s', () => {
    expect(qbo(429, '', { 'Retry-After': '5' }).retryAfterMs).toBe(5000);
    expect(qbo(429, '', { 'retry-after-ms': '750' }).retryAfterMs).toBe(750);
  });

  it('never copies a token from the body into message, and bounds message length', () => {
    const token = 'eyJlbmMiOiJBMTI4Q0JDLUhTMjU2IiwiYWxnIjoiZGlyIn0..KM1_Fezsm6BUSaqqfTedaA.dBUCZWiVmjH8';
    const body = jsonFault('3200', 'message=AuthenticationFailed; errorCode=003200; statusCode=401', `Authorization: Bearer ${token} ${'x'.repeat(5000)}`, 'AUTHENTICATION');
    const e = qbo(401, body);
    expect(e.message).not.toContain('KM1_Fezsm6BUSaqqfTedaA');
    expect(e.message.length).toBeLessThanOrEqual(2000);
    expect(e.userFacingMessage).not.toMatch(/token|401|3200/i);
  });
});
