import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SIM_CLIENT } from '../../../src/main/simulators/intuit-oauth';
import { createConnectHarness } from './support/connect-harness';

/**
 * The whole product path, through IPC exactly as the window drives it: save the Intuit app
 * settings, connect (sign-in, callback, code exchange, CompanyInfo), refresh with rotation,
 * disconnect. Every IPC answer (main → window) and every pushed snapshot is captured, then they,
 * the logs and the database files are scanned for every secret the simulator ever issued.
 */
describe('secret scan: connect → refresh → disconnect through IPC', () => {
  it('leaks no token, code or client secret anywhere', async () => {
    const answers: string[] = [];
    // What main sends back; requests necessarily carry what the person typed or pasted.
    const h = await createConnectHarness({ onAnswer: (channel, answer) => answers.push(JSON.stringify({ channel, answer })) });
    const { t, oauth } = h;
    const pushed: string[] = [];
    t.core.state.subscribe((s) => pushed.push(JSON.stringify(s)));
    h.oauth.controls.state.configure({ rotateEveryMs: 0 }); // a new refresh token on every refresh
    try {
      const id = await h.addCompany('Acme');
      expect((await h.call('oauth:completeFromUrl', { url: await h.approve(id) })).ok).toBe(true);
      // "Check all now" three times, each with a refresh due (and a rotation).
      for (let i = 0; i < 3; i++) {
        h.advance(56 * 60_000);
        expect((await h.call('companies:checkAll')).ok).toBe(true);
        for (let w = 0; w < 200 && oauth.controls.counters().refreshCalls < i + 1; w++) await new Promise((r) => setTimeout(r, 10));
      }
      await h.call('intuit:getSettings');
      await h.call('app:getSnapshot');
      expect((await h.call('oauth:disconnect', { id })).ok).toBe(true);
      expect(oauth.controls.counters().codeExchanges).toBe(1);
      expect(oauth.controls.counters().refreshCalls).toBeGreaterThanOrEqual(3);
      expect(oauth.controls.counters().issuedRefreshTokens).toBeGreaterThanOrEqual(4);
    } finally {
      await h.close();
    }
    t.ports.db.close();
    const secrets = [...oauth.controls.state.issuedSecrets(), DEFAULT_SIM_CLIENT.clientSecret, h.vaultKey.toString('base64')];
    const dbBytes = ['ledgerlight.db', 'ledgerlight.db-wal'].map((f) => join(t.dataDir, f)).filter(existsSync).map((f) => readFileSync(f));
    const texts = { ipc: answers.join('\n'), pushed: pushed.join('\n'), logs: t.logger.lines.join('\n'), notifications: JSON.stringify(t.notifications) };
    for (const secret of secrets) {
      for (const [where, text] of Object.entries(texts)) expect(text.includes(secret), `${where} contains a secret`).toBe(false);
      for (const bytes of dbBytes) expect(bytes.includes(Buffer.from(secret)), 'database contains a secret').toBe(false);
    }
  });
});
