import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { DEFAULT_SIM_CLIENT, DEFAULT_SIM_COMPANIES, startIntuitOAuthSimulator, type IntuitOAuthSimulator } from '../../../../src/main/simulators/intuit-oauth';
import { startQboApiSimulator, type QboApiSimulator } from '../../../../src/main/simulators/qbo-api';
import { createFetchTransport } from '../../../../src/main/http/fetch-transport';
import { createAesGcmCipher } from '../../../../src/main/vault/aes-gcm-cipher';
import { productModules } from '../../../../src/main/core/product-modules';
import { createTestCore, type TestCore } from '../../../fakes/test-core';

/** A free loopback port for the sandbox redirect address. */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

export type IpcAnswer = { ok: boolean; value?: Record<string, unknown>; error?: { code: string; message: string } };

export interface ConnectHarness {
  oauth: IntuitOAuthSimulator;
  qbo: QboApiSimulator;
  t: TestCore;
  redirectUri: string;
  /** The headless vault key in use (so scans can look for it too). */
  vaultKey: Buffer;
  /** Moves Intuit's and Ledgerlight's shared clock forward. */
  advance(ms: number): void;
  /** A trusted IPC call, answered as the window would see it. */
  call(channel: string, payload?: unknown): Promise<IpcAnswer>;
  addCompany(name?: string): Promise<string>;
  /** Starts a connect and "clicks Connect" at Intuit: the callback URL Intuit would redirect to. */
  approve(companyId: string, realmId?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Both simulators, and a real core (real AES vault, real HTTP) pointed at them through the
 * documented overrides, with the Intuit app settings already saved — sharing one clock.
 */
export async function createConnectHarness(options: { onAnswer?: (channel: string, answer: unknown) => void } = {}): Promise<ConnectHarness> {
  let offset = 0;
  const now = () => Date.now() + offset;
  const oauth = await startIntuitOAuthSimulator({ now });
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
  t.core.start();
  const call = async (channel: string, payload?: unknown) => {
    const answer = await t.core.dispatcher.invoke(channel, payload, { trusted: true, description: 'test' });
    options.onAnswer?.(channel, answer);
    return answer as IpcAnswer;
  };
  const redirectUri = `http://localhost:${await freePort()}/oauth/callback`;
  const saved = await call('intuit:saveSettings', {
    clientId: DEFAULT_SIM_CLIENT.clientId,
    clientSecret: DEFAULT_SIM_CLIENT.clientSecret,
    environment: 'sandbox',
    redirectUri,
    scopes: ['com.intuit.quickbooks.accounting'],
  });
  if (!saved.ok) throw new Error('could not save the Intuit app settings');
  return {
    oauth,
    qbo,
    t,
    redirectUri,
    vaultKey,
    advance: (ms) => void (offset += ms),
    call,
    async addCompany(name = 'Acme Books') {
      return (await call('companies:add', { displayName: name, settings: { kind: 'qbo' } })).value!.id as string;
    },
    async approve(companyId, realmId = DEFAULT_SIM_COMPANIES[0]!.realmId) {
      const started = await call('oauth:startConnect', { companyId });
      if (!started.ok) throw new Error(`startConnect failed: ${started.error?.code}`);
      const state = new URL(started.value!.authorizationUrl as string).searchParams.get('state');
      const code = oauth.controls.authorize({ redirectUri, realmId });
      return `${redirectUri}?code=${encodeURIComponent(code)}&state=${state}&realmId=${realmId}`;
    },
    async close() {
      await t.core.stop();
      await oauth.close();
      await qbo.close();
    },
  };
}
