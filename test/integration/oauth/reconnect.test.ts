import { DEFAULT_SIM_COMPANIES } from '../../../src/main/simulators/intuit-oauth';
import { createConnectHarness } from './support/connect-harness';

/**
 * Intuit revokes access (the connecting user is removed from the company): the company must
 * say "Needs you to reconnect" with fix steps and one notification — and the same Connect flow
 * must bring it back to working.
 */
describe('needs reconnect → Reconnect', () => {
  it('flags the company loudly once, then recovers through the same sign-in', async () => {
    const h = await createConnectHarness();
    const { t } = h;
    const realmId = DEFAULT_SIM_COMPANIES[0]!.realmId;
    try {
      const id = await h.addCompany('Acme');
      expect((await h.call('oauth:completeFromUrl', { url: await h.approve(id) })).ok).toBe(true);
      expect(t.core.companies.get(id).status).toBe('healthy');

      h.oauth.controls.state.removeUserFromRealm(realmId);
      h.advance(56 * 60_000); // the next refresh is due
      await h.call('companies:checkAll');
      for (let i = 0; i < 300 && t.core.companies.get(id).status !== 'needs_reauth'; i++) await new Promise((r) => setTimeout(r, 10));
      const flagged = t.core.companies.get(id);
      expect(flagged.status).toBe('needs_reauth');
      expect(flagged.statusText).toBe('Needs you to reconnect');
      expect(flagged.problem?.fixSteps.length).toBeGreaterThan(0);
      expect(t.core.state.snapshot().overall).toBe('error');
      expect(t.notifications).toHaveLength(1);
      await h.call('companies:checkAll'); // no second notification for the same episode
      expect(t.notifications).toHaveLength(1);

      h.oauth.controls.state.removeUserFromRealm(realmId, false); // an admin reconnects
      expect((await h.call('oauth:completeFromUrl', { url: await h.approve(id) })).ok).toBe(true);
      const back = t.core.companies.get(id);
      expect(back.status).toBe('healthy');
      expect(back.problem).toBeNull();
      expect(t.core.state.snapshot().overall).toBe('ok');
    } finally {
      await h.close();
    }
  });
});
