import { IntuitOAuthState, INVALID_GRANT_BODIES } from '../../../src/main/simulators/intuit-oauth/oauth-state';

const HOUR = 3_600_000;
const client = { clientId: 'cid', clientSecret: 'secret' };

function setup(options: Partial<ConstructorParameters<typeof IntuitOAuthState>[0]> = {}) {
  let now = Date.UTC(2026, 0, 1);
  const state = new IntuitOAuthState({ clients: [client], now: () => now, ...options });
  const code = state.createAuthorizationCode({ clientId: 'cid', redirectUri: 'https://cb', realmId: '123' });
  const first = state.exchangeCode(client, code, 'https://cb', true);
  if (!first.ok) throw new Error('exchange failed');
  return { state, code, first: first.body, advance: (ms: number) => void (now += ms) };
}

describe('Intuit OAuth simulator semantics (qbo.md §4)', () => {
  it('issues 3600 s access tokens and a refresh token with 8726400 s and the hard expiry only on request', () => {
    const { state, first } = setup();
    expect(first).toMatchObject({ token_type: 'bearer', expires_in: 3600, x_refresh_token_expires_in: 8_726_400 });
    expect(first.x_refresh_token_hard_expires_in).toBe(5 * 365 * 86_400);
    const again = state.refresh(client, String(first.refresh_token), false);
    expect(again.ok && 'x_refresh_token_hard_expires_in' in again.body).toBe(false);
    expect(state.accessTokenStatus(String(first.access_token))).toBe('valid');
  });

  it('returns the same refresh token with its life counting down, then rotates after ~24 h and kills the old one', () => {
    const { state, first, advance } = setup();
    const rt = String(first.refresh_token);
    advance(HOUR);
    const same = state.refresh(client, rt, false);
    expect(same.ok && same.body.refresh_token).toBe(rt);
    expect(same.ok && same.body.x_refresh_token_expires_in).toBe(8_726_400 - 3600);
    advance(24 * HOUR);
    const rotated = state.refresh(client, rt, false);
    const next = rotated.ok ? String(rotated.body.refresh_token) : '';
    expect(next).not.toBe(rt);
    expect(rotated.ok && rotated.body.x_refresh_token_expires_in).toBe(8_726_400);
    expect(state.refreshTokenStatus(rt)).toBe('superseded');
    expect(state.refresh(client, rt, false)).toEqual({ ok: false, status: 400, body: INVALID_GRANT_BODIES.incorrectRefreshToken });
    expect(state.counters.reuseAttempts).toBe(1);
    expect(state.refresh(client, next, false).ok).toBe(true);
  });

  it('honours a configurable grace for the previous refresh token', () => {
    const { state, first, advance } = setup({ rotateEveryMs: 0, previousRefreshTokenGraceMs: HOUR });
    const rt = String(first.refresh_token);
    const r1 = state.refresh(client, rt, false);
    expect(r1.ok).toBe(true);
    expect(state.refreshTokenStatus(rt)).toBe('grace');
    expect(state.refresh(client, rt, false).ok).toBe(true);
    advance(HOUR);
    expect(state.refresh(client, rt, false).ok).toBe(false);
  });

  it('makes codes single-use and (like Intuit) poisons the grant of a reused code', () => {
    const { state, code, first } = setup();
    expect(state.exchangeCode(client, code, 'https://cb', false)).toMatchObject({ ok: false, status: 400, body: { error: 'invalid_grant' } });
    expect(state.refreshTokenStatus(String(first.refresh_token))).toBe('revoked');
    expect(state.refresh(client, String(first.refresh_token), false)).toMatchObject({ ok: false, body: INVALID_GRANT_BODIES.tokenInvalid });
  });

  it('refuses a code for another redirect URI or after it expired', () => {
    const { state, advance } = setup();
    const c1 = state.createAuthorizationCode({ clientId: 'cid', redirectUri: 'https://cb', realmId: '1' });
    expect(state.exchangeCode(client, c1, 'https://other', false).ok).toBe(false);
    const c2 = state.createAuthorizationCode({ clientId: 'cid', redirectUri: 'https://cb', realmId: '1' });
    advance(11 * 60_000);
    expect(state.exchangeCode(client, c2, 'https://cb', false).ok).toBe(false);
  });

  it('answers user_not_in_realm when the connecting user was removed', () => {
    const { state, first } = setup();
    state.removeUserFromRealm('123');
    expect(state.refresh(client, String(first.refresh_token), false)).toEqual({ ok: false, status: 400, body: INVALID_GRANT_BODIES.userNotInRealm });
  });

  it('expires refresh tokens at the rolling window and at the hard cap', () => {
    const rolling = setup({ refreshTokenLifetimeSec: 3600, rotateEveryMs: 10 * HOUR });
    rolling.advance(HOUR);
    expect(rolling.state.refresh(client, String(rolling.first.refresh_token), false).ok).toBe(false);
    const hard = setup({ hardLifetimeSec: 7200, rotateEveryMs: 0 });
    hard.advance(HOUR);
    const r = hard.state.refresh(client, String(hard.first.refresh_token), true);
    expect(r.ok && r.body.x_refresh_token_expires_in).toBe(3600); // capped by the hard expiry
    hard.advance(HOUR);
    expect(hard.state.refresh(client, r.ok ? String(r.body.refresh_token) : '', true).ok).toBe(false);
  });

  it('revokes the whole grant from either token; access tokens expire after an hour', () => {
    const { state, first, advance } = setup();
    advance(HOUR);
    expect(state.accessTokenStatus(String(first.access_token))).toBe('expired');
    expect(state.revoke(client, String(first.access_token))).toBe(true);
    expect(state.refreshTokenStatus(String(first.refresh_token))).toBe('revoked');
    expect(state.revoke(client, 'unknown')).toBe(false);
  });

  it('authenticates clients by id and secret', () => {
    const { state } = setup();
    expect(state.authenticate('cid', 'secret')).toEqual(client);
    expect(state.authenticate('cid', 'secret ')).toBeNull();
    expect(state.authenticate(undefined, undefined)).toBeNull();
  });
});
