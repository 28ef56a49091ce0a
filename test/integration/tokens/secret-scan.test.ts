import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IpcResult } from '../../../src/shared/ipc/result';
import type { CompanyId } from '../../../src/shared/domain/company';
import { DEFAULT_SIM_CLIENT } from '../../../src/main/simulators/intuit-oauth';
import { createTokenHarness, type TokenHarness } from './support/harness';

const trusted = { trusted: true, description: 'secret-scan test' };
const HOUR = 3_600_000;

/** Drives the simulator's consent page like a browser: GET the page, click "Connect", follow nothing. */
async function codeFromConsentPage(h: TokenHarness, realmId: string): Promise<{ code: string; realmId: string }> {
  const url = new URL(h.sim.endpoints.authorization);
  for (const [k, v] of Object.entries({ client_id: h.config.clientId, response_type: 'code', scope: 'com.intuit.quickbooks.accounting', redirect_uri: h.config.redirectUri, state: 'st-123' })) {
    url.searchParams.set(k, v);
  }
  const page = await (await fetch(url)).text();
  expect(page).toContain('data-testid="sim-connect"');
  const form = new URLSearchParams({ client_id: h.config.clientId, redirect_uri: h.config.redirectUri, state: 'st-123', scope: 'com.intuit.quickbooks.accounting', realmId, decision: 'allow' });
  const res = await fetch(new URL('/connect/oauth2/decision', h.sim.url), { method: 'POST', body: form, redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  expect(res.status).toBe(302);
  const back = new URL(res.headers.get('location')!);
  expect(back.searchParams.get('state')).toBe('st-123');
  return { code: back.searchParams.get('code')!, realmId: back.searchParams.get('realmId')! };
}

describe('no token or secret ever leaves the vault in plaintext', () => {
  let h: TokenHarness;
  afterAll(async () => {
    await h?.close();
  });

  it('finds no token in the database files, the logs, the published snapshots, IPC answers, notifications or errors of a full connect-refresh-disconnect run', async () => {
    h = await createTokenHarness({ sim: { rotateEveryMs: 2 * HOUR } });
    const db = h.test.ports.db;
    const dbFile = join(h.test.dataDir, 'ledgerlight.db');
    const snapshots: string[] = [];
    const logLines: string[][] = [];
    const notifications: string[][] = [];
    // Every core (before and after the restart) is watched: its log lines, pushes and notifications.
    const watch = () => {
      h.test.core.state.subscribe((s) => snapshots.push(JSON.stringify(s)));
      logLines.push(h.test.logger.lines);
      notifications.push([]);
      const mine = notifications.at(-1)!;
      const original = h.test.ports.notifier.notify.bind(h.test.ports.notifier);
      h.test.ports.notifier.notify = (n) => {
        mine.push(JSON.stringify(n));
        original(n);
      };
    };
    watch();
    const ipc: string[] = [];
    const call = async (channel: string, payload: unknown) => {
      const r = (await h.test.core.dispatcher.invoke(channel, payload, trusted)) as IpcResult<unknown>;
      ipc.push(JSON.stringify(r));
      return r;
    };
    const errors: string[] = [];
    const collectError = (p: Promise<unknown>) => p.catch((e: unknown) => void errors.push(JSON.stringify({ message: (e as Error).message, ...(e as object) })));

    // Connect two companies through the consent page.
    const ids: CompanyId[] = [];
    for (const [name, realm] of [['Scan One', '9341452222222222'], ['Scan Two', '9341453333333333']] as const) {
      const added = await call('companies:add', { displayName: name, settings: { kind: 'qbo' } });
      const id = (added as { ok: true; value: { id: CompanyId } }).value.id;
      const { code, realmId } = await codeFromConsentPage(h, realm);
      await h.tokens.connectFromAuthorizationCode({ companyId: id, code, realmId });
      await collectError(h.tokens.connectFromAuthorizationCode({ companyId: id, code, realmId })); // replay refused
      ids.push(id);
    }
    const [one, two] = ids as [CompanyId, CompanyId];

    // A day of refreshes with rotations, an outage, a lost response, a wrong client secret.
    for (let i = 0; i < 24 * 6; i++) {
      if (i === 20) h.sim.controls.faults.add('token', { kind: 'status', status: 503, body: 'html' }, 3);
      if (i === 40) h.sim.controls.faults.add('token', { kind: 'reset' });
      if (i === 60) h.config.clientSecret = `${DEFAULT_SIM_CLIENT.clientSecret}x`;
      if (i === 70) h.config.clientSecret = DEFAULT_SIM_CLIENT.clientSecret;
      h.time.advance(10 * 60_000);
      await h.tokens.whenIdle();
      await collectError(h.tokens.getAccessToken(one));
    }
    await h.tokens.refreshNow(one);
    await call('app:getSnapshot', {});
    await call('companies:checkAll', {});

    // Company two: the connecting user is removed -> needs_reauth, a notification, errors for callers.
    h.sim.controls.state.removeUserFromRealm('9341453333333333');
    await h.tokens.refreshNow(two);
    await collectError(h.tokens.getAccessToken(two));

    // A restart over the same files, then disconnect one and remove the other.
    await h.restart();
    watch();
    await h.tokens.whenIdle();
    const mid = { db: readFileSync(dbFile), wal: existsSync(`${dbFile}-wal`) ? readFileSync(`${dbFile}-wal`) : Buffer.alloc(0) };
    expect(await h.tokens.disconnect(one)).toEqual({ revoked: true });
    await collectError(h.tokens.getAccessToken(one));
    await call('companies:remove', { id: two });
    await call('app:getSnapshot', {});

    const secrets = [...h.sim.controls.state.issuedSecrets(), DEFAULT_SIM_CLIENT.clientSecret, `${DEFAULT_SIM_CLIENT.clientSecret}x`, h.vaultKey.toString('base64')];
    const files = [mid.db, mid.wal, readFileSync(dbFile), ...['-wal', '-shm'].filter((s) => existsSync(dbFile + s)).map((s) => readFileSync(dbFile + s))];
    const logs = logLines.flat();
    const texts = [...logs, ...snapshots, ...ipc, ...errors, ...notifications.flat()];

    // The run really produced what we scan.
    expect(secrets.length).toBeGreaterThan(50);
    expect(h.sim.controls.counters().issuedRefreshTokens).toBeGreaterThan(10);
    expect(logs.some((l) => l.includes('tokens refreshed'))).toBe(true);
    expect(logs.some((l) => l.includes('refresh failed'))).toBe(true);
    expect(snapshots.length).toBeGreaterThan(10);
    expect(errors.length).toBeGreaterThanOrEqual(4);
    expect(notifications.flat().length).toBeGreaterThanOrEqual(1);
    // The scanner works: a planted token is found.
    expect(Buffer.concat([mid.db, Buffer.from(secrets[5]!)]).includes(secrets[5]!)).toBe(true);

    const leaks: string[] = [];
    for (const secret of secrets) {
      files.forEach((f, i) => f.includes(secret) && leaks.push(`file#${i}`));
      texts.forEach((t) => t.includes(secret) && leaks.push(t.slice(0, 120)));
    }
    expect(leaks).toEqual([]);
    expect(db.open).toBe(false); // the first connection was closed by the restart
  }, 60_000);
});
