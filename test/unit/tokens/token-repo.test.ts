import Database from 'better-sqlite3';
import { migrate } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import {
  deleteTokens,
  getTokenRow,
  markNeedsReauth,
  markRefreshStarted,
  recordRefreshFailure,
  saveConnectedTokens,
  saveRefreshedTokens,
  type SealedPair,
} from '../../../src/main/tokens/token-repo';

const T = 1_800_000_000_000;
const pair = (n: number): SealedPair => ({
  accessTokenEnc: Buffer.from(`a${n}`),
  refreshTokenEnc: Buffer.from(`r${n}`),
  keyVersion: 1,
  accessExpiresAt: T + n * 3_600_000,
  refreshExpiresAt: T + 100 * 86_400_000,
  refreshHardExpiresAt: n === 0 ? T + 1800 * 86_400_000 : null,
  refreshTokenReceivedAt: T,
});

function db() {
  const d = new Database(':memory:');
  d.pragma('foreign_keys = ON');
  migrate(d, MIGRATIONS);
  d.prepare(`INSERT INTO companies (id, kind, display_name, settings_json, created_at, updated_at) VALUES ('co_1', 'qbo', 'A', '{"kind":"qbo"}', 'n', 'n')`).run();
  return d;
}

describe('token repository', () => {
  it('writes the marker and the refreshed pair compare-and-swap on the row version', () => {
    const d = db();
    const row = saveConnectedTokens(d, 'co_1', '123', pair(0), T);
    const v = markRefreshStarted(d, 'co_1', row.rowVersion, T + 1)!;
    expect(v).toBe(row.rowVersion + 1);
    expect(getTokenRow(d, 'co_1')!.refreshStartedAt).toBe(T + 1);
    expect(markRefreshStarted(d, 'co_1', row.rowVersion, T + 2)).toBeNull(); // stale version
    expect(saveRefreshedTokens(d, 'co_1', row.rowVersion, pair(1), T + 3)).toBeNull(); // stale version: nothing written
    const stored = saveRefreshedTokens(d, 'co_1', v, pair(1), T + 3)!;
    expect(stored).toMatchObject({ refreshStartedAt: null, rowVersion: v + 1, refreshedAt: T + 3, accessExpiresAt: pair(1).accessExpiresAt });
    expect(stored.refreshHardExpiresAt).toBe(pair(0).refreshHardExpiresAt); // kept when the response had none
    expect(stored.accessTokenEnc.toString()).toBe('a1');
  });

  it('keeps the marker on an unknown outcome, clears it on a definitive failure', () => {
    const d = db();
    const row = saveConnectedTokens(d, 'co_1', '123', pair(0), T);
    markRefreshStarted(d, 'co_1', row.rowVersion, T);
    expect(recordRefreshFailure(d, 'co_1', { code: 'NETWORK_RESET', at: T, nextAttemptAt: T + 30_000, keepMarker: true })).toMatchObject({ refreshStartedAt: T, consecutiveFailures: 1 });
    expect(recordRefreshFailure(d, 'co_1', { code: 'OAUTH_SERVICE_UNAVAILABLE', at: T, nextAttemptAt: T + 60_000, keepMarker: false })).toMatchObject({ refreshStartedAt: null, consecutiveFailures: 2, nextAttemptAt: T + 60_000 });
  });

  it('needs_reauth is terminal for refreshes; a reconnect replaces the row with a higher version', () => {
    const d = db();
    const row = saveConnectedTokens(d, 'co_1', '123', pair(0), T);
    markNeedsReauth(d, 'co_1', 'lost_rotated_token', 'QBO_REFRESH_TOKEN_LOST', T);
    const dead = getTokenRow(d, 'co_1')!;
    expect(dead).toMatchObject({ state: 'needs_reauth', reauthReason: 'lost_rotated_token' });
    expect(markRefreshStarted(d, 'co_1', dead.rowVersion, T)).toBeNull();
    const again = saveConnectedTokens(d, 'co_1', '123', pair(2), T + 5);
    expect(again).toMatchObject({ state: 'active', reauthReason: null, consecutiveFailures: 0 });
    expect(again.rowVersion).toBeGreaterThan(row.rowVersion);
    expect(deleteTokens(d, 'co_1')).toBe(true);
    expect(getTokenRow(d, 'co_1')).toBeNull();
  });
});
