import { diagnose } from '../../../src/main/diagnosis';
import type { UnifiedError } from '../../../src/main/diagnosis';
import { extractOAuthError, isTokenSuccess } from '../../../src/main/diagnosis/parsers/oauth-error';
import { expectDiagnosis, now } from './support/samples';

const token = (httpStatus: number, body: string, endpoint?: 'token' | 'revoke'): UnifiedError =>
  diagnose({ source: 'oauth', httpStatus, body, ...(endpoint ? { endpoint } : {}) }, { now });

describe('OAuth error parser', () => {
  it('reads error, description and Intuit reason in any key order', () => {
    expect(extractOAuthError({ x_error_reason: 'user_not_in_realm', error_description: 'd', error: 'INVALID_GRANT' })).toEqual({ error: 'invalid_grant', description: 'd', reason: 'user_not_in_realm' });
    expect(extractOAuthError({ error: { code: 'X' } })).toBeUndefined();
    expect(extractOAuthError({ error: 'has spaces in it' })).toBeUndefined();
    expect(isTokenSuccess({ access_token: 'a', expires_in: 3600 })).toBe(true);
    expect(isTokenSuccess({ error: 'invalid_grant' })).toBe(false);
  });
});

describe('Intuit token endpoint', () => {
  it.each([
    '{"error":"invalid_grant"}',
    '{"error":"invalid_grant","error_description":"Incorrect or invalid refresh token"}',
    '{"error_description":"Token invalid","error":"invalid_grant"}',
    '{"error":"invalid_grant","error_description":"Refresh token not found"}',
    '{"error":"invalid_grant","error_description":"Authorization code is invalid or expired"}',
  ])('invalid_grant in every variant → reconnect: %s', (body) => {
    expectDiagnosis(token(400, body), { type: 'AUTHENTICATION_ERROR', recovery: 'reconnect', code: 'QBO_REFRESH_TOKEN_INVALID', integrationCode: 'invalid_grant' });
  });

  it('user_not_in_realm gets its own code, still reconnect', () => {
    const e = token(400, '{"error_description":"Unauthorized Request: User is not a member of the specified Realm","x_error_reason":"user_not_in_realm","error":"invalid_grant"}');
    expectDiagnosis(e, { type: 'AUTHENTICATION_ERROR', recovery: 'reconnect', code: 'QBO_USER_NOT_IN_REALM' });
  });

  it('invalid_client is our app configuration, with steps about the Intuit app settings', () => {
    const e = token(401, '{"error":"invalid_client"}');
    expectDiagnosis(e, { type: 'AUTHENTICATION_ERROR', recovery: 'developer_action', code: 'OAUTH_INVALID_CLIENT' });
    expect(e.fixSteps.join(' ')).toMatch(/Client ID and Client Secret/);
    expect(e.fixSteps.join(' ')).toMatch(/space/);
  });

  it.each([
    ['{"error":"unauthorized_client"}', 400, 'PERMISSION_ERROR', 'developer_action', 'OAUTH_UNAUTHORIZED_CLIENT'],
    ['{"error":"unsupported_grant_type"}', 400, 'INVALID_REQUEST_ERROR', 'developer_action', 'OAUTH_REQUEST_INVALID'],
    ['{"error":"invalid_request","error_description":"Invalid redirect_uri"}', 400, 'INVALID_REQUEST_ERROR', 'developer_action', 'OAUTH_REQUEST_INVALID'],
    ['{"error":"server_error"}', 500, 'SERVICE_ERROR', 'retry', 'OAUTH_SERVICE_UNAVAILABLE'],
    ['{"error":"temporarily_unavailable"}', 503, 'SERVICE_ERROR', 'retry', 'OAUTH_SERVICE_UNAVAILABLE'],
    ['{"error":"access_denied"}', 400, 'PERMISSION_ERROR', 'reconnect', 'OAUTH_ACCESS_DENIED'],
  ] as const)('%s', (body, status, type, recovery, code) => {
    expectDiagnosis(token(status, body), { type, recovery, code });
  });

  it.each([
    [503, '<html><head><title>503 Service Temporarily Unavailable</title></head><body><center><h1>503</h1></center></body></html>'],
    [502, '<html><body>Bad Gateway</body></html>'],
    [400, '<html><body>Error</body></html>'],
    [500, ''],
    [504, 'upstream request timeout'],
  ])('HTTP %i with an HTML/empty/text body is the service being down', (status, body) => {
    expectDiagnosis(token(status, body), { type: 'SERVICE_ERROR', recovery: 'retry', code: 'OAUTH_SERVICE_UNAVAILABLE' });
  });

  it('a bare 401 is the client credentials; a 429 is a rate limit', () => {
    expect(token(401, '').code).toBe('OAUTH_INVALID_CLIENT');
    expectDiagnosis(token(429, ''), { type: 'RATE_LIMIT_ERROR', recovery: 'retry', code: 'OAUTH_THROTTLED' });
  });

  it('an unknown error name falls back to the status', () => {
    expect(token(400, '{"error":"something_new"}').code).toBe('OAUTH_REQUEST_INVALID');
  });

  it('a token success (with BOM) is NONE and never echoes the token values', () => {
    const e = token(200, '\uFEFF{"access_token":"eyJhbGciOiJkaXIi..secretpart","refresh_token":"AB11700000000secret","expires_in":3600}');
    expectDiagnosis(e, { type: 'NONE', recovery: 'none', code: 'OK' });
    expect(e.message).not.toMatch(/secretpart|AB11700000000secret/);
  });
});

describe('Intuit revoke endpoint', () => {
  it('a revoke refused because the token is already invalid reached its goal', () => {
    expectDiagnosis(token(400, '{"error":"invalid_grant"}', 'revoke'), { type: 'NONE', recovery: 'none', code: 'OAUTH_REVOKE_ALREADY_INVALID' });
  });

  it('a successful revoke, a client error and an outage', () => {
    expect(token(200, '', 'revoke').type).toBe('NONE');
    expect(token(401, '{"error":"invalid_client"}', 'revoke').code).toBe('OAUTH_INVALID_CLIENT');
    expect(token(503, '', 'revoke').code).toBe('OAUTH_SERVICE_UNAVAILABLE');
    expect(token(400, '{"error":"invalid_request"}', 'revoke').code).toBe('OAUTH_REQUEST_INVALID');
  });

  it('without the endpoint hint an invalid_grant is a token-endpoint failure', () => {
    expect(token(400, '{"error":"invalid_grant"}').recovery).toBe('reconnect');
  });
});
