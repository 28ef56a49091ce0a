import type { ReauthReason, TokenRow } from './token-repo';

/**
 * Every number that decides when Ledgerlight talks to Intuit's token endpoint, in one place.
 * Defaults follow qbo.md §4.5 and Nango's refresh (architecture-anchors §4.6).
 */
export interface RefreshPolicy {
  /** Refresh when less than marginMin + jitter(0..marginJitter) of access-token life is left. */
  marginMinMs: number;
  marginJitterMs: number;
  /** Never hand out an access token with less life left than this (Intuit's own client: 60 s). */
  minUsableMs: number;
  /** Refresh at least this often, even if nobody needs a token, so rotations are picked up
   *  and the 100-day rolling window never runs out (also for paused companies). */
  keepaliveMs: number;
  /** Back-off after a transient failure: base·2^(n-1), capped, with jitter. */
  retryBaseMs: number;
  retryCapMs: number;
  /** Intuit: "on 429, wait 60 seconds before retrying". */
  throttledMinMs: number;
  /** invalid_client / missing app settings: retry slowly until someone fixes the settings. */
  appSettingsRetryMs: number;
  /** Warn this many days before the refresh token's rolling or five-year hard expiry. */
  warnDays: number;
  /** Scheduler tick: short, against wall-clock deadlines (no far-future timers). */
  tickMs: number;
}

/** The shipped numbers; tests and the bench override single fields. */
export const DEFAULT_REFRESH_POLICY: RefreshPolicy = {
  marginMinMs: 5 * 60_000,
  marginJitterMs: 10 * 60_000,
  minUsableMs: 60_000,
  keepaliveMs: 24 * 3_600_000,
  retryBaseMs: 30_000,
  retryCapMs: 10 * 60_000,
  throttledMinMs: 60_000,
  appSettingsRetryMs: 15 * 60_000,
  warnDays: 14,
  tickMs: 30_000,
};

const DAY_MS = 86_400_000;

/** FNV-1a: a cheap, stable hash so a token's jitter is the same in every process. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * How long before expiry this access token is refreshed: 5–15 minutes by default. Jittered per
 * company and per token (so companies do not all refresh in the same tick), but deterministic,
 * so every caller and every restart agrees on the same deadline.
 */
export function refreshMarginMs(row: Pick<TokenRow, 'companyId' | 'accessExpiresAt'>, policy: RefreshPolicy): number {
  const jitter = policy.marginJitterMs > 0 ? hash32(`${row.companyId}:${row.accessExpiresAt}`) % policy.marginJitterMs : 0;
  return policy.marginMinMs + jitter;
}

/** Why a refresh runs (logged, and used by the refresher's re-check). */
export type RefreshReason = 'interrupted' | 'untrusted' | 'access_expired' | 'access_expiring' | 'keepalive' | 'manual';
export type RefreshDecision =
  | { refresh: true; reason: RefreshReason }
  | { refresh: false; reason: 'fresh' | 'backing_off' | 'needs_reauth' };

/**
 * The scheduler's question for one company on each tick: refresh now?
 * - never when the company needs a reconnect, or while backing off after a failure;
 * - at once when a previous attempt was interrupted (its outcome is unknown: find out now);
 * - at once when this process cannot vouch for the access token's expiry (received by an
 *   earlier run, or the wall clock jumped since);
 * - when the access token is within its margin (active companies only: a paused company's
 *   token is not used, so it only gets the keepalive);
 * - when the last refresh is older than the keepalive interval, or in the future (clock set back).
 */
export function scheduledRefreshDecision(
  row: TokenRow,
  now: number,
  policy: RefreshPolicy,
  context: { trusted: boolean; paused: boolean },
): RefreshDecision {
  if (row.state === 'needs_reauth') return { refresh: false, reason: 'needs_reauth' };
  if (row.nextAttemptAt !== null && now < row.nextAttemptAt) return { refresh: false, reason: 'backing_off' };
  if (row.refreshStartedAt !== null) return { refresh: true, reason: 'interrupted' };
  if (!context.paused) {
    if (!context.trusted) return { refresh: true, reason: 'untrusted' };
    if (now >= row.accessExpiresAt) return { refresh: true, reason: 'access_expired' };
    if (now >= row.accessExpiresAt - refreshMarginMs(row, policy)) return { refresh: true, reason: 'access_expiring' };
  }
  if (now - row.refreshedAt >= policy.keepaliveMs || now < row.refreshedAt) return { refresh: true, reason: 'keepalive' };
  return { refresh: false, reason: 'fresh' };
}

/** What getAccessToken does with the stored token. */
export type AccessTokenUse = 'use' | 'use_and_refresh_in_background' | 'refresh_first';

/**
 * A caller's question: can I use the stored access token? Only a token this process can vouch
 * for, with more than `minUsableMs` left, is handed out without refreshing first; inside the
 * margin it is still handed out while a refresh runs in the background.
 */
export function accessTokenUse(row: TokenRow, now: number, policy: RefreshPolicy, trusted: boolean): AccessTokenUse {
  if (!trusted || row.accessExpiresAt - now <= policy.minUsableMs || now < row.refreshedAt) return 'refresh_first';
  if (now >= row.accessExpiresAt - refreshMarginMs(row, policy)) return 'use_and_refresh_in_background';
  return 'use';
}

/**
 * Whether an access token that could not be refreshed (Intuit unreachable) may still be used:
 * only a token this process vouches for (no restart or clock jump since it arrived, so our
 * clock measured its life correctly) with more than `minUsableMs` left. An unvouched token is
 * never used on a guess: a clock set back would make an expired token look alive.
 */
export function stillUsableWithoutRefresh(row: TokenRow, now: number, policy: RefreshPolicy, trusted: boolean): boolean {
  return trusted && row.accessExpiresAt - now > policy.minUsableMs && row.refreshedAt <= now;
}

/**
 * When to try again after a failure. Transient failures back off exponentially with jitter
 * (half fixed, half random, so a retry is never immediate); a 429 waits at least 60 s; an
 * app-settings problem retries slowly until the settings are fixed.
 */
export function retryDelayMs(
  failure: { kind: string; httpStatus?: number; retryAfterMs?: number },
  consecutiveFailures: number,
  policy: RefreshPolicy,
  random: () => number,
): number {
  if (failure.kind === 'invalid_client' || failure.kind === 'not_configured') return policy.appSettingsRetryMs;
  const exp = Math.min(policy.retryCapMs, policy.retryBaseMs * 2 ** Math.max(0, consecutiveFailures - 1));
  let delay = exp / 2 + random() * (exp / 2);
  if (failure.httpStatus === 429) delay = Math.max(delay, policy.throttledMinMs);
  if (failure.retryAfterMs !== undefined) delay = Math.max(delay, failure.retryAfterMs);
  return Math.round(delay);
}

/**
 * Why an invalid_grant needs a reconnect (the explanation the person gets). The user having
 * been removed from the company wins; then a previous attempt whose outcome was unknown (the
 * in-flight marker) means the rotated token was lost between Intuit and our commit.
 */
export function reauthReasonFor(detail: string | undefined, context: { recovering: boolean; expired: boolean }): ReauthReason {
  if (detail === 'user_not_in_realm') return 'user_not_in_realm';
  if (context.recovering) return 'lost_rotated_token';
  if (context.expired) return 'refresh_token_expired';
  return 'refresh_token_rejected';
}

export type ExpiryWarning = { kind: 'hard' | 'rolling'; expiresAt: number } | null;

/**
 * Which expiry to warn about, if any. The five-year hard expiry cannot be extended by
 * refreshing (only a reconnect resets it), so it wins; the rolling 100-day expiry only gets
 * close when refreshes have been failing for a long time.
 */
export function expiryWarning(row: TokenRow, now: number, policy: RefreshPolicy): ExpiryWarning {
  if (row.state !== 'active') return null;
  const window = policy.warnDays * DAY_MS;
  if (row.refreshHardExpiresAt !== null && row.refreshHardExpiresAt - now <= window) return { kind: 'hard', expiresAt: row.refreshHardExpiresAt };
  if (row.refreshExpiresAt - now <= window) return { kind: 'rolling', expiresAt: row.refreshExpiresAt };
  return null;
}
