import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SIM_CLIENT, DEFAULT_SIM_COMPANIES, startIntuitOAuthSimulator } from '../../../src/main/simulators/intuit-oauth';
import { startQboApiSimulator } from '../../../src/main/simulators/qbo-api';
import { createFetchTransport } from '../../../src/main/http/fetch-transport';
import { createAesGcmCipher } from '../../../src/main/vault/aes-gcm-cipher';
import { productModules } from '../../../src/main/core/product-modules';
import { createTestCore } from '../../fakes/test-core';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

/**
 * The whole product path, through IPC exactly as the window drives it: save the Intuit app
 * settings, connect (sign-in, callback, code exchange, CompanyInfo), refresh with rotation,
 * disconnect. Every IPC answer (main → window) and every pushed snapshot is captured, then they, the logs and
 * the database files are scanned for every secret the simulator ever issued: none may appear.
 */
describe('secret scan: connect → refresh → disconnect through IPC', () => {
  it('leaks no token, code or client secret anywhere', async () => {
    let offset = 0; // one clock for Intuit and Ledgerlight, moved forward so refreshes fall due
    const now = () => Date.now() + offset;
    const oauth = await startIntuitOAuthSimulator({ rotateEveryMs: 0, now });
    const qbo = await startQboApiSimulator({
      companies: DEFAULT_SIM_COMPANIES,
      tokenRealm: (token) => {
        const realmId = oauth.controls.state.accessTokenRealm(token);
        return realmId ? { realmId, valid: oauth.controls.state.accessTokenStatus(token, now()) === 'valid' } : null;
      },
    });
    const vaultKey = randomBytes(32);
    const t = createTestCore({
      overrides: { cipher: createAesGcmCipher(vaultKey), http: createFetchTransport(), clock: { now } },
      core: { modules: productModules({ LEDGERLIGHT_INTUIT_DISCOVERY_URL: oauth.endpoints.discovery, LEDGERLIGHT_QBO_API_BASE: qbo.url }) },
    });
    const ipc: string[] = [];
    const pushed: string[] = [];
    t.core.state.subscribe((s) => pushed.push(JSON.stringify(s)));
    const call = async (channel: string, payload?: unknown) => {
      const r = await t.core.dispatcher.invoke(channel, payload, { trusted: true, description: 'scan' });
      // What main sends back; requests necessarily carry what the person typed or pasted.
      ipc.push(JSON.stringify({ channel, r }));
      return r as { ok: boolean; value?: Record<string, unknown> };
    };
    t.core.start();
    try {
      const redirectUri = `http://localhost:${await freePort()}/oauth/callback`;
      expect((await call('intuit:saveSettings', { clientId: DEFAULT_SIM_CLIENT.clientId, clientSecret: DEFAULT_SIM_CLIENT.clientSecret, environment: 'sandbox', redirectUri, scopes: ['com.intuit.quickbooks.accounting'] })).ok).toBe(true);
      const added = await call('companies:add', { displayName: 'Acme', settings: { kind: 'qbo' } });
      const id = added.value!.id as string;
      const started = await call('oauth:startConnect', { companyId: id });
      const state = new URL(started.value!.authorizationUrl as string).searchParams.get('state');
      const code = oauth.controls.authorize({ redirectUri, realmId: DEFAULT_SIM_COMPANIES[0]!.realmId });
      const done = await call('oauth:completeFromUrl', { url: `${redirectUri}?code=${code}&state=${state}&realmId=${DEFAULT_SIM_COMPANIES[0]!.realmId}` });
      expect(done.ok).toBe(true);
      // "Check all now" three times: refreshes with a rotation each (the simulator rotates on every refresh).
      for (let i = 0; i < 3; i++) {
        offset += 56 * 60_000; // inside every refresh margin (5–15 minutes before the hour runs out)
        expect((await call('companies:checkAll')).ok).toBe(true);
        for (let w = 0; w < 200 && oauth.controls.counters().refreshCalls < i + 1; w++) await new Promise((r) => setTimeout(r, 10));
      }
      await call('intuit:getSettings');
      await call('app:getSnapshot');
      expect((await call('oauth:disconnect', { id })).ok).toBe(true);
      expect(oauth.controls.counters().codeExchanges).toBe(1);
      expect(oauth.controls.counters().refreshCalls).toBeGreaterThanOrEqual(3);
      expect(oauth.controls.counters().issuedRefreshTokens).toBeGreaterThanOrEqual(4);
    } finally {
      await t.core.stop();
      await oauth.close();
      await qbo.close();
    }
    t.ports.db.close();
    const secrets = [...oauth.controls.state.issuedSecrets(), DEFAULT_SIM_CLIENT.clientSecret, vaultKey.toString('base64')];
    expect(secrets.length).toBeGreaterThan(3);
    const dbBytes = ['ledgerlight.db', 'ledgerlight.db-wal'].map((f) => join(t.dataDir, f)).filter(existsSync).map((f) => readFileSync(f));
    const texts = { ipc: ipc.join('\n'), pushed: pushed.join('\n'), logs: t.logger.lines.join('\n'), notifications: JSON.stringify(t.notifications) };
    for (const secret of secrets) {
      for (const [where, text] of Object.entries(texts)) expect(text.includes(secret), `${where} contains a secret`).toBe(false);
      for (const bytes of dbBytes) expect(bytes.includes(Buffer.from(secret)), 'database contains a secret').toBe(false);
    }
  });
});
