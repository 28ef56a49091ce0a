import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
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
 * Intuit revokes access (the connecting user is removed from the company): the company must
 * say "Needs you to reconnect" with fix steps and one notification — and the same Connect flow
 * must bring it back to working.
 */
describe('needs reconnect → Reconnect', () => {
  it('flags the company loudly once, then recovers through the same sign-in', async () => {
    let offset = 0;
    const now = () => Date.now() + offset;
    const realmId = DEFAULT_SIM_COMPANIES[0]!.realmId;
    const oauth = await startIntuitOAuthSimulator({ now });
    const qbo = await startQboApiSimulator({
      companies: DEFAULT_SIM_COMPANIES,
      tokenRealm: (token) => {
        const r = oauth.controls.state.accessTokenRealm(token);
        return r ? { realmId: r, valid: oauth.controls.state.accessTokenStatus(token, now()) === 'valid' } : null;
      },
    });
    const t = createTestCore({
      overrides: { cipher: createAesGcmCipher(randomBytes(32)), http: createFetchTransport(), clock: { now } },
      core: { modules: productModules({ LEDGERLIGHT_INTUIT_DISCOVERY_URL: oauth.endpoints.discovery, LEDGERLIGHT_QBO_API_BASE: qbo.url }) },
    });
    const call = async (channel: string, payload?: unknown) =>
      (await t.core.dispatcher.invoke(channel, payload, { trusted: true, description: 't' })) as { ok: boolean; value?: Record<string, unknown>; error?: { code: string } };
    t.core.start();
    try {
      const redirectUri = `http://localhost:${await freePort()}/oauth/callback`;
      await call('intuit:saveSettings', { clientId: DEFAULT_SIM_CLIENT.clientId, clientSecret: DEFAULT_SIM_CLIENT.clientSecret, environment: 'sandbox', redirectUri, scopes: ['com.intuit.quickbooks.accounting'] });
      const id = (await call('companies:add', { displayName: 'Acme', settings: { kind: 'qbo' } })).value!.id as string;
      const approve = async () => {
        const started = await call('oauth:startConnect', { companyId: id });
        const state = new URL(started.value!.authorizationUrl as string).searchParams.get('state');
        return `${redirectUri}?code=${oauth.controls.authorize({ redirectUri, realmId })}&state=${state}&realmId=${realmId}`;
      };
      expect((await call('oauth:completeFromUrl', { url: await approve() })).ok).toBe(true);
      expect(t.core.companies.get(id).status).toBe('healthy');

      oauth.controls.state.removeUserFromRealm(realmId);
      offset += 56 * 60_000; // the next refresh is due
      await call('companies:checkAll');
      for (let i = 0; i < 300 && t.core.companies.get(id).status !== 'needs_reauth'; i++) await new Promise((r) => setTimeout(r, 10));
      const flagged = t.core.companies.get(id);
      expect(flagged.status).toBe('needs_reauth');
      expect(flagged.statusText).toBe('Needs you to reconnect');
      expect(flagged.problem?.fixSteps.length).toBeGreaterThan(0);
      expect(t.core.state.snapshot().overall).toBe('error');
      expect(t.notifications).toHaveLength(1);
      await call('companies:checkAll'); // no second notification for the same episode
      expect(t.notifications).toHaveLength(1);

      oauth.controls.state.removeUserFromRealm(realmId, false); // an admin reconnects
      expect((await call('oauth:completeFromUrl', { url: await approve() })).ok).toBe(true);
      const back = t.core.companies.get(id);
      expect(back.status).toBe('healthy');
      expect(back.problem).toBeNull();
      expect(t.core.state.snapshot().overall).toBe('ok');
    } finally {
      await t.core.stop();
      await oauth.close();
      await qbo.close();
    }
  });
});
