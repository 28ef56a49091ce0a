import { diagnose, isRetryable } from '../../../src/main/diagnosis';
import type { UnifiedError } from '../../../src/main/diagnosis';
import { extractMiddlewareError } from '../../../src/main/diagnosis/parsers/middleware-error';
import { expectDiagnosis, now } from './support/samples';

const mw = (source: 'conductor' | 'nxus', httpStatus: number, body: string, headers?: Record<string, string>): UnifiedError =>
  diagnose({ source, httpStatus, body, ...(headers ? { headers } : {}) }, { now });

const conductorError = (fields: Record<string, unknown>): string =>
  JSON.stringify({ error: { message: 'm', userFacingMessage: 'An internal server error occurred. Please try again later.', requestId: 'req_1', ...fields } });

describe('middleware error parser', () => {
  it('reads the wrapped and the bare object, strips nXus _TYPE', () => {
    expect(extractMiddlewareError({ error: { code: 'API_KEY_INVALID', type: 'AUTHENTICATION_ERROR_TYPE', httpStatusCode: 401, requestId: 'r' } })).toMatchObject({
      code: 'API_KEY_INVALID',
      type: 'AUTHENTICATION_ERROR',
      rawType: 'AUTHENTICATION_ERROR_TYPE',
      httpStatusCode: 401,
    });
    expect(extractMiddlewareError({ code: 'QBD_CONNECTION_ERROR', message: 'x', integrationCode: '0x80040420' })).toMatchObject({ integrationCode: '0x80040420' });
  });

  it('ignores objects that are not middleware errors', () => {
    expect(extractMiddlewareError({ error: 'invalid_grant' })).toBeUndefined();
    expect(extractMiddlewareError({ duration: 100, status: 'ok' })).toBeUndefined();
    expect(extractMiddlewareError({ code: 'X' })).toBeUndefined();
  });
});

describe('Conductor', () => {
  it('INTEGRATION_CONNECTION_NOT_ACTIVE: the Web Connector stopped checking in; Conductor\'s documented steps', () => {
    const e = mw('conductor', 409, conductorError({ type: 'INTEGRATION_CONNECTION_ERROR', code: 'INTEGRATION_CONNECTION_NOT_ACTIVE', httpStatusCode: 409 }));
    expectDiagnosis(e, { type: 'INTEGRATION_CONNECTION_ERROR', recovery: 'user_action', code: 'INTEGRATION_CONNECTION_NOT_ACTIVE', requestId: 'req_1' });
    const steps = e.fixSteps.join(' ');
    expect(steps).toContain('File > App Management > Update Web Services');
    expect(steps).toContain('Auto-Run');
    expect(steps).toContain('Hide');
    expect(e.userFacingMessage).toContain('Conductor');
    expect(e.userFacingMessage).not.toContain('{provider}');
  });

  it('INTEGRATION_CONNECTION_NOT_SET_UP: finish the setup', () => {
    expectDiagnosis(mw('conductor', 409, conductorError({ type: 'INVALID_REQUEST_ERROR', code: 'INTEGRATION_CONNECTION_NOT_SET_UP' })), {
      type: 'INTEGRATION_CONNECTION_ERROR',
      recovery: 'user_action',
      code: 'INTEGRATION_CONNECTION_NOT_SET_UP',
    });
  });

  it.each([
    ['0x80040420', 'user_action', 'QBD_CONNECTION_ERROR', /log in automatically/],
    ['0x80040414', 'user_action', 'QBD_CONNECTION_ERROR', /close any open window/],
    ['0x8004040A', 'user_action', 'QBD_CONNECTION_ERROR', /File > Close Company/],
    ['0x80040424', 'retry', 'QBD_NOT_READY', /starting/],
    ['0x80049999', 'user_action', 'QBD_CONNECTION_ERROR', /Update Selected/],
  ] as const)('QBD_CONNECTION_ERROR takes its fix steps from HRESULT %s', (hresult, recovery, code, steps) => {
    const e = mw('conductor', 502, conductorError({ type: 'INTEGRATION_CONNECTION_ERROR', code: 'QBD_CONNECTION_ERROR', integrationCode: hresult, httpStatusCode: 502 }));
    expectDiagnosis(e, { type: 'INTEGRATION_CONNECTION_ERROR', recovery, code, integrationCode: hresult });
    expect(e.fixSteps.join(' ')).toMatch(steps);
  });

  it('QBD_CONNECTION_ERROR without an integrationCode is still the end user\'s to fix', () => {
    expectDiagnosis(mw('conductor', 502, conductorError({ type: 'INTEGRATION_CONNECTION_ERROR', code: 'QBD_CONNECTION_ERROR' })), { type: 'INTEGRATION_CONNECTION_ERROR', recovery: 'user_action', code: 'QBD_CONNECTION_ERROR', integrationCode: null });
  });

  it.each([
    ['3200', 'refetch', 'QBD_EDIT_SEQUENCE_STALE'],
    ['3100', 'developer_action', 'QBD_DUPLICATE_NAME'],
    ['3170', 'retry', 'QBD_RECORD_IN_USE'],
    ['9001', 'developer_action', 'QBD_REQUEST_ERROR'],
    ['0', 'developer_action', 'QBD_REQUEST_ERROR'],
  ] as const)('QBD_REQUEST_ERROR uses the qbXML status %s', (status, recovery, code) => {
    const e = mw('conductor', 400, conductorError({ type: 'INTEGRATION_ERROR', code: 'QBD_REQUEST_ERROR', integrationCode: status }));
    expect({ recovery: e.recovery, code: e.code, integrationCode: e.integrationCode }).toEqual({ recovery, code, integrationCode: status });
  });

  it('QBD_REQUEST_TIMEOUT: retry for reads, but a write may have landed', () => {
    const e = mw('conductor', 504, conductorError({ type: 'INTEGRATION_CONNECTION_ERROR', code: 'QBD_REQUEST_TIMEOUT' }));
    expectDiagnosis(e, { type: 'SERVICE_ERROR', recovery: 'retry', code: 'QBD_REQUEST_TIMEOUT' });
    expect(e.outcomeUnknown).toBe(true);
    expect(isRetryable(e)).toBe(true);
    expect(isRetryable(e, { idempotent: false })).toBe(false);
  });

  it('API_KEY_INVALID → reconnect with a new key; the masked provider message stays in message only', () => {
    const e = mw('conductor', 401, conductorError({ type: 'AUTHENTICATION_ERROR', code: 'API_KEY_INVALID' }));
    expectDiagnosis(e, { type: 'AUTHENTICATION_ERROR', recovery: 'reconnect', code: 'API_KEY_INVALID' });
    expect(e.userFacingMessage).not.toContain('internal server error');
    expect(e.message).toContain('An internal server error occurred');
  });

  it('an unknown code falls back to the type, then the status', () => {
    expect(mw('conductor', 400, conductorError({ type: 'INVALID_REQUEST_ERROR', code: 'SOMETHING_NEW' })).code).toBe('MIDDLEWARE_INVALID_REQUEST');
    expect(mw('conductor', 500, conductorError({ type: 'INTERNAL_ERROR', code: 'X' })).type).toBe('SERVICE_ERROR');
    expect(mw('conductor', 403, conductorError({ type: 'WHATEVER', code: 'X' })).type).toBe('PERMISSION_ERROR');
  });

  it.each([502, 503])('an HTML load-balancer page with HTTP %i is a transient service error', (status) => {
    expectDiagnosis(mw('conductor', status, '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>'), {
      type: 'SERVICE_ERROR',
      recovery: 'retry',
      code: 'MIDDLEWARE_SERVICE_ERROR',
    });
  });

  it('reads Conductor-Request-Id when the body has none; a healthy check is NONE', () => {
    expect(mw('conductor', 503, '', { 'Conductor-Request-Id': 'req_hdr' }).requestId).toBe('req_hdr');
    expectDiagnosis(mw('conductor', 200, '{"duration":100,"status":"ok"}'), { type: 'NONE', recovery: 'none', code: 'OK' });
  });

  it('the client-side CONNECTION_ERROR type is a network error', () => {
    expect(mw('conductor', 0, conductorError({ type: 'CONNECTION_ERROR', code: 'NETWORK_ERROR' })).type).toBe('NETWORK_ERROR');
  });
});

describe('nXus', () => {
  const nxusError = (fields: Record<string, unknown>): string => JSON.stringify({ error: { message: 'm', userFacingMessage: 'u', integrationCode: null, requestId: 'req_n', ...fields } });

  it('RATE_LIMIT_EXCEEDED with retryAfter seconds; a Retry-After header wins', () => {
    const body = JSON.stringify({ error: { message: 'Rate limit exceeded', userFacingMessage: 'Too many requests.', type: 'RATE_LIMIT_ERROR_TYPE', code: 'RATE_LIMIT_EXCEEDED', httpStatusCode: 429, integrationCode: null, requestId: 'req_def456', retryAfter: 30 } });
    expectDiagnosis(mw('nxus', 429, body), { type: 'RATE_LIMIT_ERROR', recovery: 'retry', code: 'MIDDLEWARE_RATE_LIMITED', retryAfterMs: 30_000, requestId: 'req_def456' });
    expect(mw('nxus', 429, body, { 'Retry-After': '7' }).retryAfterMs).toBe(7000);
  });

  it('QBD_STALE_EDIT_SEQUENCE 409 → re-read, then resubmit', () => {
    expectDiagnosis(mw('nxus', 409, nxusError({ type: 'INTEGRATION_RESPONSE_ERROR_TYPE', code: 'QBD_STALE_EDIT_SEQUENCE', httpStatusCode: 409 })), { type: 'INTEGRATION_ERROR', recovery: 'refetch', code: 'QBD_EDIT_SEQUENCE_STALE' });
  });

  it('maps _TYPE values and qbXML integration codes', () => {
    expect(mw('nxus', 400, nxusError({ type: 'INTEGRATION_RESPONSE_ERROR_TYPE', code: 'QBD_ERROR', integrationCode: '3100' })).code).toBe('QBD_DUPLICATE_NAME');
    expect(mw('nxus', 404, nxusError({ type: 'NOT_FOUND_ERROR_TYPE', code: 'NOT_FOUND' })).code).toBe('MIDDLEWARE_NOT_FOUND');
    expect(mw('nxus', 422, nxusError({ type: 'VALIDATION_ERROR_TYPE', code: 'VALIDATION_FAILED' })).type).toBe('INVALID_REQUEST_ERROR');
    expect(mw('nxus', 402, nxusError({ type: 'BILLING_ERROR_TYPE', code: 'PAYMENT_REQUIRED' })).code).toBe('MIDDLEWARE_BILLING_REQUIRED');
  });

  it('502 QBD_CONNECTION_ERROR with an HRESULT; 503 JSON without one is QuickBooks offline', () => {
    expectDiagnosis(mw('nxus', 502, nxusError({ type: 'INTEGRATION_CONNECTION_ERROR_TYPE', code: 'QBD_CONNECTION_ERROR', integrationCode: '0x80040408' })), {
      type: 'INTEGRATION_CONNECTION_ERROR',
      recovery: 'user_action',
      code: 'QBD_CONNECTION_ERROR',
      integrationCode: '0x80040408',
    });
    expect(mw('nxus', 503, nxusError({ type: 'SERVICE_UNAVAILABLE_TYPE', code: 'QBD_OFFLINE' })).type).toBe('INTEGRATION_CONNECTION_ERROR');
    expect(mw('nxus', 503, '<html><body>Service Unavailable</body></html>').type).toBe('SERVICE_ERROR');
  });
});
