import { diagnose } from '../../../src/main/diagnosis';
import type { UnifiedError } from '../../../src/main/diagnosis';
import { extractApplicationError, extractPolicyViolation } from '../../../src/main/diagnosis/parsers/gateway-seed002';
import { expectDiagnosis, now } from './support/samples';

const gw = (httpStatus: number, body: string, headers?: Record<string, string>): UnifiedError =>
  diagnose({ source: 'gateway', httpStatus, body, ...(headers ? { headers } : {}) }, { now });

const appError = (status: string, code: string, type: string, extra: Record<string, string> = {}): string =>
  JSON.stringify({ status, code, type, time: '2019-05-26T15:36:58+0000', message: 'm', description: 'd', reference_id: `ref-${status}`, ...extra });

describe('seed 002 parsers', () => {
  it('reads both formats', () => {
    expect(extractPolicyViolation({ error: 'invalid_client', description: 'wrong client_id or client_secret' })).toEqual({ error: 'invalid_client', description: 'wrong client_id or client_secret' });
    expect(extractApplicationError(JSON.parse(appError('400', 'BAD_REQUEST', 'Validation Error')))).toMatchObject({ status: 400, code: 'BAD_REQUEST', referenceId: 'ref-400' });
    expect(extractApplicationError({ hello: 'world' })).toBeUndefined();
  });
});

describe('seed 002 gateway: policy violations', () => {
  it.each([
    [401, '{"error":"invalid_client","description":"wrong client_id or client_secret"}', 'AUTHENTICATION_ERROR', 'reconnect', 'GATEWAY_CREDENTIALS_REJECTED'],
    [403, '{"error":"invalid_request","description":"Missing Authorization header"}', 'AUTHENTICATION_ERROR', 'reconnect', 'GATEWAY_CREDENTIALS_REJECTED'],
    [400, '{"error":"policy_violation","description":"not compliant with our security policies"}', 'INVALID_REQUEST_ERROR', 'developer_action', 'GATEWAY_INVALID_REQUEST'],
    [429, '{"error":"rate_limit_exceeded","description":"The number of requests exceeded the rate limit"}', 'RATE_LIMIT_ERROR', 'retry', 'GATEWAY_RATE_LIMITED'],
    [429, '{"error":"too many","description":"x"}', 'RATE_LIMIT_ERROR', 'retry', 'GATEWAY_RATE_LIMITED'],
  ] as const)('HTTP %i %s', (status, body, type, recovery, code) => {
    expectDiagnosis(gw(status, body), { type, recovery, code });
  });
});

describe('seed 002 gateway: application errors', () => {
  it.each([
    ['400', 'BAD_REQUEST', 'Validation Error', 'INVALID_REQUEST_ERROR', 'developer_action', 'GATEWAY_INVALID_REQUEST'],
    ['401', 'UNHOUTORIZED', 'Authorization Error', 'AUTHENTICATION_ERROR', 'reconnect', 'GATEWAY_CREDENTIALS_REJECTED'],
    ['403', 'FORBIDDEN', 'Authorization Error', 'PERMISSION_ERROR', 'user_action', 'GATEWAY_FORBIDDEN'],
    ['404', 'RESOURCE_NOT_FOUND', 'Contract Violation', 'INVALID_REQUEST_ERROR', 'developer_action', 'GATEWAY_INVALID_REQUEST'],
    ['405', 'METHOD_NOT_ALLOWED', 'Contract Violation', 'INVALID_REQUEST_ERROR', 'developer_action', 'GATEWAY_INVALID_REQUEST'],
    ['406', 'NOT_ACCEPTABLE', 'Contract Violation', 'INVALID_REQUEST_ERROR', 'developer_action', 'GATEWAY_INVALID_REQUEST'],
    ['409', 'CONFLICT', 'Validation Error', 'INTEGRATION_ERROR', 'developer_action', 'GATEWAY_CONFLICT'],
    ['415', 'UNSUPPORTED_MEDIA_TYPE', 'Contract Violation', 'INVALID_REQUEST_ERROR', 'developer_action', 'GATEWAY_INVALID_REQUEST'],
    ['429', 'TOO_MANY_REQUESTS', 'Rate Limit', 'RATE_LIMIT_ERROR', 'retry', 'GATEWAY_RATE_LIMITED'],
    ['500', 'INTERNAL_SERVER_ERROR', 'System Error', 'SERVICE_ERROR', 'retry', 'GATEWAY_SERVICE_ERROR'],
    ['502', 'BAD_GATEWAY', 'Upstream Service Error', 'SERVICE_ERROR', 'retry', 'GATEWAY_SERVICE_ERROR'],
    ['504', 'GATEWAY_TIMEOUT', 'Connection Error', 'SERVICE_ERROR', 'retry', 'GATEWAY_TIMEOUT'],
    ['520', 'BACKEND_ERROR', 'Backend Error', 'SERVICE_ERROR', 'retry', 'GATEWAY_SERVICE_ERROR'],
  ] as const)('%s %s', (status, code, kind, type, recovery, ours) => {
    const e = gw(Number(status), appError(status, code, kind));
    expectDiagnosis(e, { type, recovery, code: ours, integrationCode: code, requestId: `ref-${status}` });
  });

  it('an unknown code falls back to the body status; x-transaction-id names the request', () => {
    const e = gw(0, JSON.stringify({ status: '503', code: 'SOMETHING', type: 'System Error', reference_id: undefined, message: 'x' }), { 'x-transaction-id': 'tx-1' });
    expect({ type: e.type, requestId: e.requestId }).toEqual({ type: 'SERVICE_ERROR', requestId: 'tx-1' });
  });

  it('an empty 502 and an HTML 503 are transient; a 2xx is NONE', () => {
    expect(gw(502, '').recovery).toBe('retry');
    expect(gw(503, '<html><body>down</body></html>').type).toBe('SERVICE_ERROR');
    expect(gw(200, '{"ok":true}').type).toBe('NONE');
  });
});
