import {
  accessTokenUse,
  DEFAULT_REFRESH_POLICY as P,
  expiryWarning,
  reauthReasonFor,
  refreshMarginMs,
  retryDelayMs,
  scheduledRefreshDecision,
  stillUsableWithoutRefresh,
} from '../../../src/main/tokens/refresh-policy';
import type { TokenRow } from '../../../src/main/tokens/token-repo';

const MIN = 60_000;
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 22, 9);

function row(over: Partial<TokenRow> = {}): TokenRow {
  return {
    companyId: 'co_aaaaaaaaaaaaaaaa',
    realmId: '1',
    accessTokenEnc: Buffer.alloc(1),
    refreshTokenEnc: Buffer.alloc(1),
    keyVersion: 1,
    accessExpiresAt: NOW + 60 * MIN,
    refreshExpiresAt: NOW + 100 * DAY,
    refreshHardExpiresAt: NOW + 1800 * DAY,
    refreshTokenReceivedAt: NOW,
    refreshedAt: NOW,
    connectedAt: NOW,
    rowVersion: 1,
    state: 'active',
    reauthReason: null,
    refreshStartedAt: null,
    consecutiveFailures: 0,
    lastFailureCode: null,
    lastFailureAt: null,
    nextAttemptAt: null,
    raisedProblemCode: null,
    refreshExpiryWarnedAt: null,
    hardExpiryWarnedAt: null,
    ...over,
  };
}

describe('refresh policy', () => {
  it('refreshes 5–15 minutes ahead, jittered per company and token, the same answer every time', () => {
    const margins = Array.from({ length: 300 }, (_, i) => refreshMarginMs({ companyId: `co_${i}`, accessExpiresAt: NOW + i * 1000 }, P));
    expect(Math.min(...margins)).toBeGreaterThanOrEqual(5 * MIN);
    expect(Math.max(...margins)).toBeLessThan(15 * MIN);
    expect(new Set(margins.map((m) => Math.floor(m / MIN))).size).toBeGreaterThan(8); // really spread
    expect(refreshMarginMs({ companyId: 'co_x', accessExpiresAt: NOW }, P)).toBe(refreshMarginMs({ companyId: 'co_x', accessExpiresAt: NOW }, P));
  });

  it('decides each tick, in this order: needs_reauth, back-off, interrupted, untrusted, expiry, keepalive', () => {
    const t = { trusted: true, paused: false };
    expect(scheduledRefreshDecision(row({ state: 'needs_reauth' }), NOW, P, t)).toEqual({ refresh: false, reason: 'needs_reauth' });
    expect(scheduledRefreshDecision(row({ nextAttemptAt: NOW + 1, refreshStartedAt: NOW }), NOW, P, t)).toEqual({ refresh: false, reason: 'backing_off' });
    expect(scheduledRefreshDecision(row({ refreshStartedAt: NOW - 5 }), NOW, P, t)).toEqual({ refresh: true, reason: 'interrupted' });
    expect(scheduledRefreshDecision(row(), NOW, P, { trusted: false, paused: false })).toEqual({ refresh: true, reason: 'untrusted' });
    expect(scheduledRefreshDecision(row(), NOW + 61 * MIN, P, t)).toEqual({ refresh: true, reason: 'access_expired' });
    expect(scheduledRefreshDecision(row(), NOW + 56 * MIN, P, t)).toEqual({ refresh: true, reason: 'access_expiring' });
    expect(scheduledRefreshDecision(row(), NOW + 44 * MIN, P, t)).toEqual({ refresh: false, reason: 'fresh' });
  });

  it('gives a paused company only the daily keepalive (and a refresh after the clock went back past it)', () => {
    const paused = { trusted: false, paused: true };
    expect(scheduledRefreshDecision(row(), NOW + 23 * 60 * MIN, P, paused)).toEqual({ refresh: false, reason: 'fresh' });
    expect(scheduledRefreshDecision(row(), NOW + 24 * 60 * MIN, P, paused)).toEqual({ refresh: true, reason: 'keepalive' });
    expect(scheduledRefreshDecision(row(), NOW - 5 * MIN, P, paused)).toEqual({ refresh: true, reason: 'keepalive' });
  });

  it('hands out a token only with more than a minute left, from a token this process vouches for', () => {
    expect(accessTokenUse(row(), NOW + 30 * MIN, P, true)).toBe('use');
    expect(accessTokenUse(row(), NOW + 56 * MIN, P, true)).toBe('use_and_refresh_in_background');
    expect(accessTokenUse(row(), NOW + 59.5 * MIN, P, true)).toBe('refresh_first');
    expect(accessTokenUse(row(), NOW + 1 * MIN, P, false)).toBe('refresh_first');
    expect(accessTokenUse(row(), NOW - 1, P, true)).toBe('refresh_first'); // received "in the future": clock went back
  });

  it('falls back to an unrefreshed token only when vouched for and alive by more than a minute', () => {
    expect(stillUsableWithoutRefresh(row(), NOW + 50 * MIN, P, true)).toBe(true);
    expect(stillUsableWithoutRefresh(row(), NOW + 50 * MIN, P, false)).toBe(false);
    expect(stillUsableWithoutRefresh(row(), NOW + 59.5 * MIN, P, true)).toBe(false);
  });

  it('backs off exponentially with jitter, never immediately, 60 s on 429, slowly for app settings', () => {
    const half = () => 0;
    const full = () => 0.999;
    expect(retryDelayMs({ kind: 'transient' }, 1, P, half)).toBe(15_000);
    expect(retryDelayMs({ kind: 'transient' }, 1, P, full)).toBeLessThanOrEqual(30_000);
    expect(retryDelayMs({ kind: 'transient' }, 3, P, half)).toBe(60_000);
    expect(retryDelayMs({ kind: 'transient' }, 20, P, full)).toBeLessThanOrEqual(P.retryCapMs);
    expect(retryDelayMs({ kind: 'transient', httpStatus: 429 }, 1, P, half)).toBe(60_000);
    expect(retryDelayMs({ kind: 'transient', retryAfterMs: 120_000 }, 1, P, half)).toBe(120_000);
    expect(retryDelayMs({ kind: 'invalid_client' }, 1, P, half)).toBe(P.appSettingsRetryMs);
  });

  it('explains an invalid_grant: removed user, then an interrupted refresh (lost rotation), then expiry', () => {
    expect(reauthReasonFor('user_not_in_realm', { recovering: true, expired: true })).toBe('user_not_in_realm');
    expect(reauthReasonFor(undefined, { recovering: true, expired: true })).toBe('lost_rotated_token');
    expect(reauthReasonFor(undefined, { recovering: false, expired: true })).toBe('refresh_token_expired');
    expect(reauthReasonFor(undefined, { recovering: false, expired: false })).toBe('refresh_token_rejected');
  });

  it('warns about the hard expiry first, then the rolling one, within the warning window only', () => {
    expect(expiryWarning(row(), NOW, P)).toBeNull();
    expect(expiryWarning(row({ refreshHardExpiresAt: NOW + 10 * DAY, refreshExpiresAt: NOW + 10 * DAY }), NOW, P)).toEqual({ kind: 'hard', expiresAt: NOW + 10 * DAY });
    expect(expiryWarning(row({ refreshExpiresAt: NOW + 13 * DAY }), NOW, P)).toEqual({ kind: 'rolling', expiresAt: NOW + 13 * DAY });
    expect(expiryWarning(row({ refreshHardExpiresAt: null, refreshExpiresAt: NOW + 15 * DAY }), NOW, P)).toBeNull();
    expect(expiryWarning(row({ state: 'needs_reauth', refreshExpiresAt: NOW + DAY }), NOW, P)).toBeNull();
  });
});
