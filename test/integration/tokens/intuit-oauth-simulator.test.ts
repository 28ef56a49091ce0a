import { startIntuitOAuthSimulator, type IntuitOAuthSimulator } from '../../../src/main/simulators/intuit-oauth';

const basic = (id = 'sim-client-id', secret = 'sim-client-secret') => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
const form = (body: Record<string, string>, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { authorization: basic(), 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', ...headers },
  body: new URLSearchParams(body),
});

describe('Intuit OAuth simulator over HTTP', () => {
  let sim: IntuitOAuthSimulator;
  beforeEach(async () => {
    sim = await startIntuitOAuthSimulator();
  });
  afterEach(async () => {
    await sim.close();
  });

  const exchange = async (headers: Record<string, string> = {}) => {
    const code = sim.controls.authorize({ redirectUri: 'http://127.0.0.1:9/cb' });
    return fetch(sim.endpoints.token, form({ grant_type: 'authorization_code', code, redirect_uri: 'http://127.0.0.1:9/cb' }, headers));
  };

  it('serves a discovery document pointing at itself', async () => {
    const doc = (await (await fetch(sim.endpoints.discovery)).json()) as Record<string, string>;
    expect(doc).toMatchObject({ token_endpoint: sim.endpoints.token, authorization_endpoint: sim.endpoints.authorization, revocation_endpoint: sim.endpoints.revoke });
  });

  it('issues tokens with intuit_tid, and the hard expiry only with the request header', async () => {
    const plain = await exchange();
    expect(plain.status).toBe(200);
    expect(plain.headers.get('intuit_tid')).toMatch(/^1-[0-9a-f]{8}-[0-9a-f]{24}$/);
    expect(await plain.json()).not.toHaveProperty('x_refresh_token_hard_expires_in');
    const withHard = await exchange({ 'x-include-refresh-token-hard-expires-in': 'true' });
    expect(await withHard.json()).toHaveProperty('x_refresh_token_hard_expires_in');
  });

  it('answers 401 invalid_client for a wrong secret, 400 for a wrong content type or grant', async () => {
    const bad = await fetch(sim.endpoints.token, { ...form({ grant_type: 'refresh_token', refresh_token: 'x' }), headers: { authorization: basic('sim-client-id', 'nope'), 'content-type': 'application/x-www-form-urlencoded' } });
    expect(bad.status).toBe(401);
    expect(await bad.json()).toEqual({ error: 'invalid_client' });
    const json = await fetch(sim.endpoints.token, { method: 'POST', headers: { authorization: basic(), 'content-type': 'application/json' }, body: '{}' });
    expect(json.status).toBe(400);
    expect(await (await fetch(sim.endpoints.token, form({ grant_type: 'password' }))).json()).toEqual({ error: 'unsupported_grant_type' });
  });

  it('revokes with a JSON body and Basic auth', async () => {
    const tokens = (await (await exchange()).json()) as { refresh_token: string };
    const res = await fetch(sim.endpoints.revoke, { method: 'POST', headers: { authorization: basic(), 'content-type': 'application/json' }, body: JSON.stringify({ token: tokens.refresh_token }) });
    expect(res.status).toBe(200);
    expect(sim.controls.state.refreshTokenStatus(tokens.refresh_token)).toBe('revoked');
    const again = await fetch(sim.endpoints.revoke, { method: 'POST', headers: { authorization: basic(), 'content-type': 'application/json' }, body: JSON.stringify({ token: 'unknown' }) });
    expect(again.status).toBe(400);
  });

  it('walks the consent page: Connect redirects with code, state and realmId; Cancel with access_denied', async () => {
    const authorize = `${sim.endpoints.authorization}?client_id=sim-client-id&response_type=code&scope=com.intuit.quickbooks.accounting&redirect_uri=${encodeURIComponent('ledgerlight://oauth/callback')}&state=xyz`;
    const page = await fetch(authorize);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('SIMULATOR');
    expect(html).toMatch(/data-testid="sim-connect"[^>]*>Connect</);
    const decide = (decision: string) =>
      fetch(new URL('/connect/oauth2/decision', sim.url), {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ client_id: 'sim-client-id', redirect_uri: 'ledgerlight://oauth/callback', state: 'xyz', scope: 'com.intuit.quickbooks.accounting', realmId: '9341453333333333', decision }),
      });
    const allow = new URL((await decide('allow')).headers.get('location')!);
    expect(allow.protocol).toBe('ledgerlight:');
    expect(allow.searchParams.get('state')).toBe('xyz');
    expect(allow.searchParams.get('realmId')).toBe('9341453333333333');
    expect(allow.searchParams.get('code')).toMatch(/^AB11/);
    const deny = new URL((await decide('deny')).headers.get('location')!);
    expect(deny.searchParams.get('error')).toBe('access_denied');
    expect(deny.searchParams.get('code')).toBeNull();
    expect((await fetch(`${sim.endpoints.authorization}?client_id=unknown&response_type=code&redirect_uri=x`)).status).toBe(400);
  });

  it('injects faults: latency, HTML 503, resets, a BOM, and a response lost after issuing', async () => {
    const { refresh_token: rt } = (await (await exchange()).json()) as { refresh_token: string };
    sim.controls.state.configure({ rotateEveryMs: 0 });
    const refresh = (token: string) => fetch(sim.endpoints.token, form({ grant_type: 'refresh_token', refresh_token: token }));

    sim.controls.faults.add('token', { kind: 'status', status: 503, body: 'html' });
    const down = await refresh(rt);
    expect(down.status).toBe(503);
    expect(down.headers.get('content-type')).toContain('text/html');
    expect(sim.controls.state.refreshTokenStatus(rt)).toBe('current'); // nothing issued

    sim.controls.faults.add('token', { kind: 'reset' });
    await expect(refresh(rt)).rejects.toThrow();
    expect(sim.controls.state.refreshTokenStatus(rt)).toBe('current');

    sim.controls.faults.add('token', { kind: 'lost_after_issue' });
    await expect(refresh(rt)).rejects.toThrow();
    expect(sim.controls.state.refreshTokenStatus(rt)).toBe('superseded'); // issued and lost

    sim.controls.faults.add('token', { kind: 'bom' });
    sim.controls.faults.setLatency('token', 30);
    const started = Date.now();
    const grace = await refresh(rt);
    expect(grace.status).toBe(400); // the lost rotation killed rt
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
    expect(sim.controls.counters()).toMatchObject({ tokenCalls: 5, reuseAttempts: 1 });
  });
});
