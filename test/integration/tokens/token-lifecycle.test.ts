import { getTokenRow } from '../../../src/main/tokens/token-repo';
import { TokenError } from '../../../src/main/tokens/token-error';
import { listHealthEvents } from '../../../src/main/db/repos/health-events-repo';
import { listIncidents } from '../../../src/main/db/repos/incidents-repo';
import { randomBytes } from 'node:crypto';
import { createAesGcmCipher } from '../../../src/main/vault/aes-gcm-cipher';
import { createUnavailableCipher } from '../../../src/main/vault/unavailable-cipher';
import { createTokenHarness, type TokenHarness } from './support/harness';

const HOUR = 3_600_000;
const MIN = 60_000;

async function settle(h: TokenHarness): Promise<void> {
  await h.tokens.whenIdle();
}

/** Advances simulated time in scheduler-tick steps, letting each pass finish. */
async function advance(h: TokenHarness, ms: number, step = 30_000): Promise<void> {
  for (let done = 0; done < ms; done += step) {
    h.time.advance(Math.min(step, ms - done));
    await settle(h);
  }
}

const company = (h: TokenHarness, id: string) => h.test.core.state.snapshot().companies.find((c) => c.id === id)!;

describe('token lifecycle against the Intuit simulator', () => {
  let h: TokenHarness;
  afterEach(async () => {
    await h?.close();
  });

  it('connects from an authorization code, stores only ciphertext and marks the company healthy', async () => {
    h = await createTokenHarness();
    const id = await h.addCompany();
    await h.connect(id);
    await settle(h);
    const row = getTokenRow(h.test.ports.db, id)!;
    expect(row.state).toBe('active');
    expect(row.realmId).toBe('9341452222222222');
    expect(row.accessExpiresAt).toBe(h.clock.now() + 3600_000);
    expect(row.refreshHardExpiresAt).not.toBeNull(); // the hard-expiry header was sent
    expect(row.refreshExpiresAt - h.clock.now()).toBe(8_726_400_000);
    const token = await h.tokens.getAccessToken(id);
    expect(h.sim.controls.state.accessTokenStatus(token)).toBe('valid');
    expect(row.accessTokenEnc.includes(Buffer.from(token))).toBe(false);
    expect(company(h, id)).toMatchObject({ status: 'healthy', problem: null });
    expect(h.tokens.hasTokens(id)).toBe(true);
    expect(h.sim.controls.counters()).toMatchObject({ codeExchanges: 1, refreshCalls: 0 });
  });

  it('without secure storage: a notice with the reason, and connect refuses before spending the code', async () => {
    h = await createTokenHarness({ cipher: createUnavailableCipher('basic_text', 'No system keyring is available.', ['Install gnome-keyring.']) });
    await settle(h);
    const notice = h.test.core.state.snapshot().notices.find((n) => n.id === 'tokens:vault-unavailable');
    expect(notice).toMatchObject({ level: 'error', message: 'No system keyring is available.', fixSteps: ['Install gnome-keyring.'] });
    const id = await h.addCompany();
    await expect(h.connect(id)).rejects.toMatchObject({ code: 'VAULT_UNAVAILABLE', message: 'No system keyring is available.' });
    expect(h.sim.controls.counters().codeExchanges).toBe(0);
    expect(h.tokens.hasTokens(id)).toBe(false);
  });

  it('a changed vault key: the company shows the vault problem (no token sent anywhere) until it is reconnected', async () => {
    h = await createTokenHarness();
    const id = await h.addCompany();
    await h.connect(id);
    await h.restart({ cipher: createAesGcmCipher(randomBytes(32)) });
    await settle(h);
    expect(company(h, id).status).toBe('error');
    expect(company(h, id).problem).toMatchObject({ code: 'VAULT_UNAVAILABLE', userFacingMessage: expect.stringMatching(/different vault key/) });
    expect(h.test.core.state.snapshot().notices.some((n) => n.id === 'tokens:vault-locked')).toBe(true);
    await expect(h.tokens.getAccessToken(id)).rejects.toMatchObject({ code: 'VAULT_UNAVAILABLE' });
    expect(h.sim.controls.counters().refreshCalls).toBe(0);
    await h.connect(id);
    expect(company(h, id)).toMatchObject({ status: 'healthy', problem: null });
    expect(h.test.core.state.snapshot().notices.some((n) => n.id === 'tokens:vault-locked')).toBe(false);
  });

  it('never sends an authorization code twice (Intuit would poison the tokens)', async () => {
    h = await createTokenHarness();
    const id = await h.addCompany();
    const code = h.sim.controls.authorize({ redirectUri: h.config.redirectUri });
    await h.tokens.connectFromAuthorizationCode({ companyId: id, code, realmId: '9341452222222222' });
    await expect(h.tokens.connectFromAuthorizationCode({ companyId: id, code, realmId: '9341452222222222' })).rejects.toMatchObject({ code: 'OAUTH_STATE_INVALID' });
    expect(h.sim.controls.counters().codeExchanges).toBe(1);
    expect(h.sim.controls.counters().reuseAttempts).toBe(0);
  });

  it('refreshes ahead of expiry inside the 5–15 minute margin, keeping the same refresh token until Intuit rotates it', async () => {
    h = await createTokenHarness();
    const id = await h.addCompany();
    await h.connect(id);
    const first = getTokenRow(h.test.ports.db, id)!;
    await advance(h, 44 * MIN);
    expect(h.sim.controls.counters().refreshCalls).toBe(0); // more than 15 min left
    await advance(h, 12 * MIN);
    expect(h.sim.controls.counters().refreshCalls).toBe(1); // refreshed with 4–16 min left, never at the last second
    const second = getTokenRow(h.test.ports.db, id)!;
    expect(second.accessExpiresAt).toBeGreaterThan(first.accessExpiresAt);
    expect(second.refreshTokenReceivedAt).toBe(first.refreshTokenReceivedAt); // same RT value (no rotation yet)
    expect(second.refreshExpiresAt).toBe(first.refreshExpiresAt); // Intuit counts the same token's life down: same end
    expect(second.rowVersion).toBeGreaterThan(first.rowVersion);
    await advance(h, 25 * HOUR, 5 * MIN);
    const rotated = getTokenRow(h.test.ports.db, id)!;
    expect(rotated.refreshTokenReceivedAt).toBeGreaterThan(first.refreshTokenReceivedAt);
    expect(rotated.refreshExpiresAt - rotated.refreshTokenReceivedAt).toBe(8_726_400_000);
    expect(h.sim.controls.counters().issuedRefreshTokens).toBe(2);
    expect(h.sim.controls.counters().invalidGrant).toBe(0);
  });

  it('keeps the old refresh token only when the response carries none', async () => {
    h = await createTokenHarness({ sim: { rotateEveryMs: 0 } });
    const id = await h.addCompany();
    await h.connect(id);
    h.sim.controls.faults.add('token', { kind: 'omit_refresh_token' });
    expect((await h.tokens.refreshNow(id)).outcome).toBe('refreshed');
    // Intuit rotated (rotateEveryMs 0) but did not tell us: we kept the old one, which is now dead.
    const afterOmit = getTokenRow(h.test.ports.db, id)!;
    expect(afterOmit.refreshTokenReceivedAt).toBe(afterOmit.connectedAt);
    expect((await h.tokens.refreshNow(id)).outcome).toBe('needs_reauth');
  });

  it('strips a UTF-8 BOM from a token response', async () => {
    h = await createTokenHarness();
    const id = await h.addCompany();
    await h.connect(id);
    h.sim.controls.faults.add('token', { kind: 'bom' });
    expect((await h.tokens.refreshNow(id)).outcome).toBe('refreshed');
  });

  it('invalid_grant puts the company into needs_reauth with one notification, an incident and Reconnect steps', async () => {
    h = await createTokenHarness();
    const id = await h.addCompany('Rotated Co');
    await h.connect(id);
    const rt = getTokenRow(h.test.ports.db, id)!;
    expect(rt).not.toBeNull();
    // Someone disconnected the app in QuickBooks: every token of the grant is revoked.
    const token = await h.tokens.getAccessToken(id);
    h.sim.controls.state.revoke({ clientId: 'sim-client-id', clientSecret: 'sim-client-secret' }, token);
    expect((await h.tokens.refreshNow(id)).outcome).toBe('needs_reauth');
    expect((await h.tokens.refreshNow(id)).outcome).toBe('needs_reauth');
    await advance(h, 2 * HOUR, 5 * MIN);
    const c = company(h, id);
    expect(c.status).toBe('needs_reauth');
    expect(c.problem?.code).toBe('QBO_REFRESH_TOKEN_INVALID');
    expect(c.problem?.fixSteps.join(' ')).toMatch(/Reconnect/);
    expect(h.test.notifications.filter((n) => n.companyId === id)).toHaveLength(1);
    expect(h.test.notifications[0]!.title).toContain('Rotated Co');
    expect(h.test.core.state.snapshot().overall).toBe('error');
    expect(listIncidents(h.test.ports.db, id)[0]).toMatchObject({ code: 'QBO_REFRESH_TOKEN_INVALID', endedAt: null });
    expect(h.sim.controls.counters().refreshCalls).toBe(1); // no retry loop on a dead token
    const err = await h.tokens.getAccessToken(id).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TokenError);
    expect(err).toMatchObject({ reason: 'needs_reauth', problemCode: 'QBO_REFRESH_TOKEN_INVALID' });
  });

  it('user_not_in_realm is an invalid_grant variant: needs_reauth with its own explanation', async () => {
    h = await createTokenHarness();
    const id = await h.addCompany();
    await h.connect(id);
    h.sim.controls.state.removeUserFromRealm('9341452222222222');
    expect((await h.tokens.refreshNow(id)).outcome).toBe('needs_reauth');
    expect(company(h, id).problem?.code).toBe('QBO_USER_NOT_IN_REALM');
    expect(getTokenRow(h.test.ports.db, id)!.reauthReason).toBe('user_not_in_realm');
    await h.restart(); // the typed error a caller gets comes from what was stored
    await expect(h.tokens.getAccessToken(id)).rejects.toMatchObject({ reason: 'needs_reauth', problemCode: 'QBO_USER_NOT_IN_REALM' });
  });

  it('a reconnect after needs_reauth starts a fresh chain and clears the problem', async () => {
    h = await createTokenHarness();
    const id = await h.addCompany();
    await h.connect(id);
    h.sim.controls.state.removeUserFromRealm('9341452222222222');
    await h.tokens.refreshNow(id);
    h.sim.controls.state.removeUserFromRealm('9341452222222222', false);
    await h.connect(id);
    expect(company(h, id)).toMatchObject({ status: 'healthy', problem: null });
    expect(listIncidents(h.test.ports.db, id)[0]!.endedAt).not.toBeNull();
    expect(await h.tokens.getAccessToken(id)).toBeTruthy();
    expect((await h.tokens.refreshNow(id)).outcome).toBe('refreshed');
  });

  it('network and 5xx failures back off and retry; the company only flips once its access token has expired, then recovers', async () => {
    h = await createTokenHarness();
    const id = await h.addCompany();
    await h.connect(id);
    h.sim.controls.faults.add('token', { kind: 'status', status: 503, body: 'html' }, Infinity);
    await advance(h, 57 * MIN); // the first attempt falls 45–55 min in
    const calls = h.sim.controls.counters().tokenCalls;
    expect(calls).toBeGreaterThanOrEqual(2); // retried…
    expect(calls).toBeLessThan(12); // …with back-off, not every tick
    expect(company(h, id).status).toBe('healthy'); // access token still valid: no flip
    expect(await h.tokens.getAccessToken(id)).toBeTruthy(); // still usable
    await advance(h, 8 * MIN);
    expect(company(h, id).status).toBe('error');
    expect(company(h, id).problem?.code).toBe('OAUTH_SERVICE_UNAVAILABLE');
    await expect(h.tokens.getAccessToken(id)).rejects.toMatchObject({ reason: 'temporarily_unavailable' });
    h.sim.controls.faults.clear();
    await advance(h, 15 * MIN);
    expect(company(h, id)).toMatchObject({ status: 'healthy', problem: null });
    expect(listHealthEvents(h.test.ports.db, id).map((e) => e.code)).toEqual(expect.arrayContaining(['QBO_TOKEN_RENEWED', 'OAUTH_SERVICE_UNAVAILABLE']));
    expect(h.test.notifications).toHaveLength(0); // transient trouble is not worth a desktop notification
  });

  it('invalid_client is an app-settings problem: an app notice, no needs_reauth, and it heals when the secret is fixed', async () => {
    h = await createTokenHarness();
    const id = await h.addCompany();
    await h.connect(id);
    h.config.clientSecret = 'wrong-secret ';
    expect((await h.tokens.refreshNow(id)).outcome).toBe('failed');
    const notice = h.test.core.state.snapshot().notices.find((n) => n.id === 'tokens:app-settings');
    expect(notice?.fixSteps?.join(' ')).toMatch(/Client ID and Client Secret/);
    expect(company(h, id).status).toBe('healthy');
    expect(h.test.notifications).toHaveLength(1);
    h.config.clientSecret = 'sim-client-secret';
    expect((await h.tokens.refreshNow(id)).outcome).toBe('refreshed');
    expect(h.test.core.state.snapshot().notices.find((n) => n.id === 'tokens:app-settings')).toBeUndefined();
  });

  it('detects a refresh token lost between Intuit issuing it and our commit, and asks for a reconnect', async () => {
    h = await createTokenHarness({ sim: { rotateEveryMs: 0 } });
    const id = await h.addCompany();
    await h.connect(id);
    h.sim.controls.faults.add('token', { kind: 'lost_after_issue' });
    expect((await h.tokens.refreshNow(id)).outcome).toBe('failed');
    expect(getTokenRow(h.test.ports.db, id)!.refreshStartedAt).not.toBeNull(); // outcome unknown: marker kept
    await h.restart();
    await advance(h, 5 * MIN);
    expect(company(h, id).status).toBe('needs_reauth');
    expect(company(h, id).problem?.code).toBe('QBO_REFRESH_TOKEN_LOST');
    expect(h.sim.controls.counters().reuseAttempts).toBe(1);
  });

  it('a marker left by a crash before Intuit answered is harmless: the stored token still refreshes', async () => {
    h = await createTokenHarness({ sim: { rotateEveryMs: 0 } });
    const id = await h.addCompany();
    await h.connect(id);
    h.sim.controls.faults.add('token', { kind: 'reset' }); // nothing issued
    expect((await h.tokens.refreshNow(id)).outcome).toBe('failed');
    await h.restart();
    await advance(h, 5 * MIN);
    expect(company(h, id).status).toBe('healthy');
    expect(getTokenRow(h.test.ports.db, id)!.refreshStartedAt).toBeNull();
  });

  it('with Intuit grace on the previous refresh token, a lost rotation is recovered without a reconnect', async () => {
    h = await createTokenHarness({ sim: { rotateEveryMs: 0, previousRefreshTokenGraceMs: HOUR } });
    const id = await h.addCompany();
    await h.connect(id);
    h.sim.controls.faults.add('token', { kind: 'lost_after_issue' });
    await h.tokens.refreshNow(id);
    expect((await h.tokens.refreshNow(id)).outcome).toBe('refreshed');
    expect(company(h, id).status).toBe('healthy');
  });

  it('disconnect revokes at Intuit, deletes the tokens and shows the company as not connected', async () => {
    h = await createTokenHarness();
    const id = await h.addCompany();
    await h.connect(id);
    const token = await h.tokens.getAccessToken(id);
    expect(await h.tokens.disconnect(id)).toEqual({ revoked: true });
    expect(h.sim.controls.state.accessTokenStatus(token)).toBe('revoked');
    expect(h.tokens.hasTokens(id)).toBe(false);
    expect(company(h, id).status).toBe('not_connected');
    await expect(h.tokens.getAccessToken(id)).rejects.toMatchObject({ reason: 'not_connected' });
    expect((await h.tokens.disconnect(id)).revoked).toBe(false);
  });

  it('deletes local tokens even when Intuit cannot be reached to revoke', async () => {
    h = await createTokenHarness();
    const id = await h.addCompany();
    await h.connect(id);
    h.sim.controls.faults.add('revoke', { kind: 'reset' });
    const result = await h.tokens.disconnect(id);
    expect(result.revoked).toBe(false);
    expect(result.detail).toMatch(/removed from this computer/);
    expect(h.tokens.hasTokens(id)).toBe(false);
  });

  it('removing a company revokes its tokens first (companies onBeforeRemove hook)', async () => {
    h = await createTokenHarness();
    const id = await h.addCompany();
    await h.connect(id);
    const token = await h.tokens.getAccessToken(id);
    const res = await h.test.core.dispatcher.invoke('companies:remove', { id }, { trusted: true, description: 'test' });
    expect(res.ok).toBe(true);
    expect(h.sim.controls.state.accessTokenStatus(token)).toBe('revoked');
    expect(h.test.ports.db.prepare('SELECT count(*) FROM qbo_tokens').pluck().get()).toBe(0);
  });

  it('respects paused notifications', async () => {
    h = await createTokenHarness();
    const id = await h.addCompany();
    await h.connect(id);
    h.test.core.setNotificationsPaused(true);
    h.sim.controls.state.removeUserFromRealm('9341452222222222');
    await h.tokens.refreshNow(id);
    expect(company(h, id).status).toBe('needs_reauth');
    expect(h.test.notifications).toHaveLength(0);
  });

  it('refreshes every access token once after a restart or a wall-clock jump before handing it out', async () => {
    h = await createTokenHarness();
    const id = await h.addCompany();
    await h.connect(id);
    await h.restart();
    await settle(h);
    expect(h.sim.controls.counters().refreshCalls).toBe(1); // the startup pass
    await h.tokens.getAccessToken(id);
    expect(h.sim.controls.counters().refreshCalls).toBe(1);
    h.clock.offsetMs -= 20 * MIN; // clock set back
    h.power.emit('clock-jump');
    await settle(h);
    expect(h.sim.controls.counters().refreshCalls).toBe(2);
  });

  it('keeps a paused company\'s refresh token alive with a daily keepalive only', async () => {
    h = await createTokenHarness();
    const id = await h.addCompany();
    await h.connect(id);
    h.test.core.companies.setPaused(id, true);
    await advance(h, 23 * HOUR, 10 * MIN);
    expect(h.sim.controls.counters().refreshCalls).toBe(0);
    await advance(h, 2 * HOUR, 10 * MIN);
    expect(h.sim.controls.counters().refreshCalls).toBe(1);
  });

  it('warns ahead of the five-year hard expiry: one notification, a notice that stays', async () => {
    const FIVE_YEARS_S = 5 * 365 * 86_400;
    h = await createTokenHarness({ sim: { hardLifetimeSec: 20 * 86_400 }, policy: { warnDays: 14 } });
    expect(FIVE_YEARS_S).toBeGreaterThan(20 * 86_400);
    const id = await h.addCompany('Hard Co');
    await h.connect(id);
    await advance(h, 5 * 86_400_000, HOUR);
    expect(h.test.notifications).toHaveLength(0);
    await advance(h, 2 * 86_400_000, HOUR);
    expect(h.test.notifications).toHaveLength(1);
    expect(h.test.notifications[0]!.title).toMatch(/Hard Co: QuickBooks access expires in 1[34] days/);
    await advance(h, 3 * 86_400_000, HOUR);
    expect(h.test.notifications).toHaveLength(1);
    expect(h.test.core.state.snapshot().notices.some((n) => n.id === `tokens:expiry:${id}`)).toBe(true);
  });
});
