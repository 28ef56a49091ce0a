import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SIM_CLIENT, DEFAULT_SIM_COMPANIES, type IntuitOAuthSimulator } from '../../../src/main/simulators/intuit-oauth';
import type { QboApiSimulator } from '../../../src/main/simulators/qbo-api';
import type { TestCore } from '../../fakes/test-core';
import { createConnectHarness, type ConnectHarness, type IpcAnswer } from './support/connect-harness';

let h: ConnectHarness;
let oauth: IntuitOAuthSimulator;
let qbo: QboApiSimulator;
let t: TestCore;
let redirectUri: string;

beforeEach(async () => {
  h = await createConnectHarness();
  ({ oauth, qbo, t, redirectUri } = h);
});
afterEach(async () => {
  await h.close();
});

const invoke = <T = Record<string, unknown>>(channel: string, payload?: unknown) => h.call(channel, payload) as Promise<IpcAnswer & { value?: T }>;
const addCompany = (name?: string) => h.addCompany(name);

const approve = (companyId: string, realmId?: string) => h.approve(companyId, realmId);

const company = (id: string) => t.core.companies.get(id);

describe('connect: the authorization request', () => {
  it('sends the person to Intuit with client_id, response_type=code, scope, redirect_uri and a fresh state', async () => {
    const id = await addCompany();
    const first = new URL(((await invoke<{ authorizationUrl: string }>('oauth:startConnect', { companyId: id })).value!).authorizationUrl);
    const second = new URL(((await invoke<{ authorizationUrl: string }>('oauth:startConnect', { companyId: id })).value!).authorizationUrl);
    expect(first.origin + first.pathname).toBe(oauth.endpoints.authorization);
    expect(Object.fromEntries(first.searchParams)).toMatchObject({
      client_id: DEFAULT_SIM_CLIENT.clientId,
      response_type: 'code',
      scope: 'com.intuit.quickbooks.accounting',
      redirect_uri: redirectUri,
    });
    expect(first.searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second.searchParams.get('state')).not.toBe(first.searchParams.get('state'));
  });
});

describe('connect: three callback routes', () => {
  it('(a) loopback: the browser lands on our localhost listener and the company is connected with its QuickBooks name', async () => {
    const id = await addCompany();
    const callback = await approve(id);
    const res = await fetch(callback);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('You can close this tab');
    expect(company(id).settings).toMatchObject({ kind: 'qbo', realmId: DEFAULT_SIM_COMPANIES[0]!.realmId, qboCompanyName: 'Sandbox Company US 1' });
    expect(company(id).status).toBe('healthy');
    expect(qbo.controls.counters().companyInfo).toBe(1);
    // the listener closes once nothing is pending
    await expect(fetch(callback)).rejects.toThrow();
  });

  it('(b) ledgerlight:// link from the relay page', async () => {
    const id = await addCompany();
    const callback = await approve(id);
    const link = `ledgerlight://oauth/callback${new URL(callback).search}`;
    expect(await t.core.handleProtocolUrl(link)).toBe(true);
    expect(company(id).settings).toMatchObject({ qboCompanyName: 'Sandbox Company US 1' });
    expect(t.core.state.snapshot().notices.find((n) => n.id === 'oauth-callback')).toMatchObject({ level: 'info', title: 'QuickBooks connected' });
  });

  it('(c) pasting the final address', async () => {
    const id = await addCompany();
    const r = await invoke<{ qboCompanyName: string }>('oauth:completeFromUrl', { url: `  "${await approve(id)}"  ` });
    expect(r).toMatchObject({ ok: true, value: { qboCompanyName: 'Sandbox Company US 1' } });
  });
});

describe('connect: refusals', () => {
  it('exchanges a code exactly once: the same callback arriving twice (loopback, then paste) is refused', async () => {
    const id = await addCompany();
    const callback = await approve(id);
    expect((await fetch(callback)).status).toBe(200);
    const again = await invoke('oauth:completeFromUrl', { url: callback });
    expect(again.error?.code).toBe('OAUTH_STATE_INVALID');
    expect(oauth.controls.counters().codeExchanges).toBe(1);
    expect(company(id).status).toBe('healthy');
  });

  it('refuses a wrong state and an expired one, without spending the code', async () => {
    const id = await addCompany();
    const callback = new URL(await approve(id));
    callback.searchParams.set('state', 'not-the-state-we-issued');
    expect((await invoke('oauth:completeFromUrl', { url: callback.toString() })).error?.code).toBe('OAUTH_STATE_INVALID');
    expect(oauth.controls.counters().codeExchanges).toBe(0);

    const db = t.ports.db;
    const expiredCallback = await approve(id);
    db.prepare('UPDATE oauth_states SET expires_at = 0').run();
    const expired = await invoke('oauth:completeFromUrl', { url: expiredCallback });
    expect(expired.error).toMatchObject({ code: 'OAUTH_STATE_INVALID', message: expect.stringMatching(/10 minutes/) });
    expect(oauth.controls.counters().codeExchanges).toBe(0);
  });

  it('shows a declined approval plainly', async () => {
    const id = await addCompany();
    const callback = new URL(await approve(id));
    const denied = `${redirectUri}?error=access_denied&state=${callback.searchParams.get('state')}`;
    const r = await invoke('oauth:completeFromUrl', { url: denied });
    expect(r.error).toMatchObject({ code: 'PROVIDER_ERROR', message: expect.stringMatching(/not approved/) });
  });

  it('refuses an address that is not a callback at all', async () => {
    const r = await invoke('oauth:completeFromUrl', { url: 'https://example.com/somewhere' });
    expect(r.error?.code).toBe('INVALID_PAYLOAD');
  });

  it('refuses a realm already connected to another company', async () => {
    const first = await addCompany('First');
    await invoke('oauth:completeFromUrl', { url: await approve(first) });
    const second = await addCompany('Second');
    const r = await invoke('oauth:completeFromUrl', { url: await approve(second) });
    expect(r.error?.code).toBe('CONFLICT');
  });

  it('asks for the app settings before connecting when there are none', async () => {
    t.ports.db.prepare('DELETE FROM intuit_app').run();
    const id = await addCompany();
    expect((await invoke('oauth:startConnect', { companyId: id })).error?.code).toBe('NOT_CONFIGURED');
  });
});

describe('disconnect', () => {
  it('revokes at Intuit, deletes the tokens and reports it', async () => {
    const id = await addCompany();
    await invoke('oauth:completeFromUrl', { url: await approve(id) });
    const r = await invoke<{ revoked: boolean; message: string }>('oauth:disconnect', { id });
    expect(r.value).toMatchObject({ revoked: true, message: expect.stringMatching(/confirmed/) });
    expect(t.ports.db.prepare('SELECT count(*) FROM qbo_tokens').pluck().get()).toBe(0);
    expect(company(id).status).toBe('not_connected');
  });

  it('deletes the tokens even when the revoke fails, and says so', async () => {
    const id = await addCompany();
    await invoke('oauth:completeFromUrl', { url: await approve(id) });
    oauth.controls.faults.add('revoke', { kind: 'status', status: 503, body: 'html' }, 10);
    const r = await invoke<{ revoked: boolean; message: string }>('oauth:disconnect', { id });
    expect(r.value).toMatchObject({ revoked: false, message: expect.stringMatching(/did not confirm/) });
    expect(t.ports.db.prepare('SELECT count(*) FROM qbo_tokens').pluck().get()).toBe(0);
  });
});

describe('app settings', () => {
  it('never returns the client secret, and never stores it in plaintext', async () => {
    const view = await invoke<Record<string, unknown>>('intuit:getSettings');
    expect(view.value).toMatchObject({ configured: true, hasClientSecret: true, clientId: DEFAULT_SIM_CLIENT.clientId, callbackRoute: 'loopback' });
    expect(JSON.stringify(view)).not.toContain(DEFAULT_SIM_CLIENT.clientSecret);
    t.ports.db.pragma('wal_checkpoint(TRUNCATE)');
    const file = readFileSync(join(t.dataDir, 'ledgerlight.db'));
    expect(file.includes(Buffer.from(DEFAULT_SIM_CLIENT.clientSecret))).toBe(false);
    expect(t.logger.lines.join('\n')).not.toContain(DEFAULT_SIM_CLIENT.clientSecret);
  });

  it('reports overridden endpoints and raises a visible notice', async () => {
    const view = await invoke<{ overridden: string[]; endpointSource: string; endpoints: { token: string } }>('intuit:getSettings');
    expect(view.value!.overridden).toEqual(['discovery', 'apiBase']);
    expect(view.value!.endpointSource).toBe('override');
    expect(view.value!.endpoints.token).toBe(oauth.endpoints.token);
    expect(t.core.state.snapshot().notices.find((n) => n.id === 'intuit-endpoints-overridden')?.message).toMatch(/discovery, apiBase/);
  });

  it('keeps the stored secret when saved again without one, and validates redirect addresses', async () => {
    const again = await invoke('intuit:saveSettings', { clientId: DEFAULT_SIM_CLIENT.clientId, environment: 'sandbox', redirectUri, scopes: ['com.intuit.quickbooks.accounting'] });
    expect(again.ok).toBe(true);
    const id = await addCompany();
    expect((await invoke('oauth:completeFromUrl', { url: await approve(id) })).ok).toBe(true);
    const prod = await invoke('intuit:saveSettings', { clientId: DEFAULT_SIM_CLIENT.clientId, environment: 'production', redirectUri, scopes: ['com.intuit.quickbooks.accounting'] });
    expect(prod.error?.code).toBe('INVALID_PAYLOAD');
  });
});
