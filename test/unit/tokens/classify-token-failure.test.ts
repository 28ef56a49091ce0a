import { classifyTokenFailure } from '../../../src/main/tokens/classify-token-failure';

// Verbatim bodies from /work/shared/samples/qbo (token-error-*.json), qbo.md §4.6.
const BODIES = {
  bare: '{"error":"invalid_grant"}',
  incorrect: '{"error":"invalid_grant","error_description":"Incorrect or invalid refresh token"}',
  tokenInvalid: '{"error_description":"Token invalid","error":"invalid_grant"}',
  userNotInRealm:
    '{\n  "error_description": "Unauthorized Request: User is not a member of the specified Realm",\n  "x_error_reason": "user_not_in_realm",\n  "x_error_reason_detail": "The user is not in the specified realm",\n  "error": "invalid_grant"\n}\n',
  invalidClient: '{"error":"invalid_client"}',
  html503: '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN"><HTML><BODY><h2>Service Unavailable</h2><p>HTTP Error 503. The service is unavailable.</p></BODY></HTML>',
};
const oauth = (httpStatus: number, body: string, headers: Record<string, string> = { intuit_tid: '1-abc-def' }) => ({ source: 'oauth' as const, httpStatus, headers, body });

describe('token failure classification (through the diagnosis engine)', () => {
  it.each([
    ['bare', BODIES.bare],
    ['incorrect refresh token', BODIES.incorrect],
    ['token invalid', BODIES.tokenInvalid],
  ])('invalid_grant (%s) means reconnect', (_name, body) => {
    const f = classifyTokenFailure(oauth(400, body), 'refresh');
    expect(f).toMatchObject({ kind: 'invalid_grant', code: 'QBO_REFRESH_TOKEN_INVALID', requestId: '1-abc-def', outcomeUnknown: false });
    expect(f.fixSteps.length).toBeGreaterThan(0);
  });

  it('user_not_in_realm is an invalid_grant with its own code and explanation', () => {
    const f = classifyTokenFailure(oauth(400, BODIES.userNotInRealm), 'refresh');
    expect(f).toMatchObject({ kind: 'invalid_grant', code: 'QBO_USER_NOT_IN_REALM', detail: 'user_not_in_realm' });
    expect(f.title).toMatch(/no longer has access/);
  });

  it('a dead authorization code tells the person to start Connect again', () => {
    expect(classifyTokenFailure(oauth(400, BODIES.bare), 'exchange')).toMatchObject({ kind: 'invalid_grant', code: 'OAUTH_CODE_INVALID' });
  });

  it('invalid_client (and a bare 401) is an app-settings problem', () => {
    expect(classifyTokenFailure(oauth(401, BODIES.invalidClient), 'refresh')).toMatchObject({ kind: 'invalid_client', code: 'OAUTH_INVALID_CLIENT' });
    expect(classifyTokenFailure(oauth(401, ''), 'refresh')).toMatchObject({ kind: 'invalid_client' });
  });

  it('5xx, HTML pages and 429 are transient; nothing was issued', () => {
    expect(classifyTokenFailure(oauth(503, BODIES.html503, { 'content-type': 'text/html' }), 'refresh')).toMatchObject({ kind: 'transient', outcomeUnknown: false });
    expect(classifyTokenFailure(oauth(500, '{"error":"server_error"}'), 'refresh')).toMatchObject({ kind: 'transient' });
    expect(classifyTokenFailure(oauth(429, ''), 'refresh')).toMatchObject({ kind: 'transient' });
  });

  it('a 200 we cannot read is transient with an unknown outcome (a rotated token may be lost)', () => {
    expect(classifyTokenFailure(oauth(200, ''), 'refresh')).toMatchObject({ kind: 'transient', code: 'OAUTH_UNREADABLE_RESPONSE', outcomeUnknown: true });
  });

  it('network errors: unknown outcome unless the request provably never left', () => {
    expect(classifyTokenFailure({ source: 'network', code: 'ECONNRESET', message: 'reset' }, 'refresh')).toMatchObject({ kind: 'transient', outcomeUnknown: true });
    expect(classifyTokenFailure({ source: 'network', code: 'ETIMEDOUT', message: 'timeout' }, 'refresh')).toMatchObject({ kind: 'transient', outcomeUnknown: true });
    expect(classifyTokenFailure({ source: 'network', code: 'ECONNREFUSED', message: 'refused' }, 'refresh')).toMatchObject({ kind: 'transient', outcomeUnknown: false });
    expect(classifyTokenFailure({ source: 'network', code: 'ENOTFOUND', message: 'dns' }, 'refresh')).toMatchObject({ outcomeUnknown: false });
  });

  it('other refusals are "rejected": retried slowly, never needs_reauth', () => {
    expect(classifyTokenFailure(oauth(400, '{"error":"unsupported_grant_type"}'), 'refresh')).toMatchObject({ kind: 'rejected' });
  });

  it('never copies an odd x_error_reason into its fields', () => {
    const f = classifyTokenFailure(oauth(400, '{"error":"invalid_grant","x_error_reason":"<script>RT1-secret value</script>"}'), 'refresh');
    expect(f.detail).toBeUndefined();
  });
});
