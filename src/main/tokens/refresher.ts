import type Database from 'better-sqlite3';
import { AppError } from '../core/app-error';
import type { Clock } from '../core/ports';
import type { Logger } from '../logging/logger';
import type { IntuitAppConfig } from '../oauth/intuit-app-config';
import type { Vault } from '../vault/vault';
import type { AccessTrust } from './access-trust';
import { reauthReasonFor, retryDelayMs, scheduledRefreshDecision, type RefreshPolicy, type RefreshReason } from './refresh-policy';
import { KeyedLock, SingleFlight } from './single-flight';
import type { TokenEffects } from './token-effects';
import type { IssuedTokens, TokenEndpointClient } from './token-endpoint-client';
import { NOT_CONFIGURED_FAILURE, reauthProblem, vaultFailure, type RefreshFailure } from './token-problems';
import {
  getTokenRow,
  markNeedsReauth,
  markRefreshStarted,
  recordRefreshFailure,
  saveRefreshedTokens,
  type ReauthReason,
  type SealedPair,
  type TokenRow,
} from './token-repo';

/** Intuit's documented rolling window, used only if a new refresh token comes without its expiry. */
const DOCUMENTED_REFRESH_LIFETIME_MS = 100 * 86_400_000;

/** What one refresh attempt came to; never carries a token except the `refreshed` access token for the caller. */
export type RefreshOutcome =
  | { kind: 'refreshed'; row: TokenRow; accessToken: string; rotated: boolean }
  | { kind: 'already_fresh'; row: TokenRow }
  | { kind: 'backing_off'; row: TokenRow }
  | { kind: 'needs_reauth'; reason: ReauthReason }
  | { kind: 'failed'; row: TokenRow; failure: RefreshFailure }
  | { kind: 'not_connected' };

export interface Refresher {
  /**
   * Refreshes one company's tokens, single-flight: concurrent callers share one attempt. Unless
   * `force` is set, the row is re-read after taking the company's lock and nothing is sent if
   * someone else already refreshed (or the company is backing off).
   */
  refresh(companyId: string, options?: { reason?: RefreshReason; force?: boolean }): Promise<RefreshOutcome>;
  /** The per-company lock, shared with connect and disconnect. */
  readonly lock: KeyedLock;
  /** The last failure this process saw for a company, while it is still the stored one (for callers' errors). */
  lastFailure(companyId: string): RefreshFailure | null;
  whenIdle(): Promise<void>;
}

export interface RefresherDeps {
  db: Database.Database;
  vault: Vault;
  endpoint: TokenEndpointClient;
  appConfig: () => Promise<IntuitAppConfig | null>;
  clock: Clock;
  policy: RefreshPolicy;
  random: () => number;
  trust: AccessTrust;
  effects: TokenEffects;
  logger: Logger;
}

/**
 * Safe refresh (Nango-style, architecture-anchors §4.6), in the order that never loses a token:
 * 1. take the company's lock, re-read the row, skip if someone already refreshed;
 * 2. commit the durable in-flight marker (CAS on the row version) BEFORE sending the refresh token;
 * 3. call Intuit;
 * 4. seal the new pair and store it, clearing the marker, in ONE transaction, before anyone
 *    gets the new access token; keep the old refresh token only if the response has none.
 * A restart that finds the marker knows the last attempt's outcome is unknown; if Intuit then
 * answers invalid_grant, the rotated token was lost in between: needs_reauth, never a loop.
 */
export function createRefresher(deps: RefresherDeps): Refresher {
  const { db, vault, endpoint, clock, policy, trust, effects } = deps;
  const log = deps.logger.child('tokens.refresh');
  const lock = new KeyedLock();
  const flights = new SingleFlight<RefreshOutcome>();
  const lastFailures = new Map<string, RefreshFailure>();

  async function store(row: TokenRow, version: number, oldRefreshToken: string, tokens: IssuedTokens, sentAt: number): Promise<TokenRow | null> {
    const refreshToken = tokens.refreshToken ?? oldRefreshToken; // keep the old one only when none came back
    const rotated = refreshToken !== oldRefreshToken;
    const [accessTokenEnc, refreshTokenEnc] = await Promise.all([vault.sealSecret(tokens.accessToken), vault.sealSecret(refreshToken)]);
    // Lifetimes count from when we sent the request: never later than Intuit's own clock started.
    const pair: SealedPair = {
      accessTokenEnc,
      refreshTokenEnc,
      keyVersion: vault.keyVersion,
      accessExpiresAt: sentAt + tokens.expiresInSec * 1000,
      refreshExpiresAt:
        tokens.refreshExpiresInSec !== null
          ? sentAt + tokens.refreshExpiresInSec * 1000
          : rotated
            ? sentAt + DOCUMENTED_REFRESH_LIFETIME_MS
            : row.refreshExpiresAt,
      refreshHardExpiresAt: tokens.hardExpiresInSec !== null ? sentAt + tokens.hardExpiresInSec * 1000 : null,
      refreshTokenReceivedAt: rotated ? sentAt : row.refreshTokenReceivedAt,
    };
    return saveRefreshedTokens(db, row.companyId, version, pair, clock.now());
  }

  async function fail(row: TokenRow, failure: RefreshFailure, keepMarker: boolean): Promise<RefreshOutcome> {
    const now = clock.now();
    const delay = retryDelayMs(failure, row.consecutiveFailures + 1, policy, deps.random);
    const updated = recordRefreshFailure(db, row.companyId, { code: failure.code, at: now, nextAttemptAt: now + delay, keepMarker }) ?? row;
    lastFailures.set(row.companyId, failure);
    const logFields = { companyId: row.companyId, kind: failure.kind, code: failure.code, status: failure.httpStatus, intuitTid: failure.requestId, retryInMs: delay, markerKept: keepMarker };
    if (failure.kind === 'transient') log.warn('refresh failed; will retry', logFields);
    else log.error('refresh failed', logFields);
    effects.refreshFailed(updated, failure);
    return { kind: 'failed', row: updated, failure };
  }

  function needsReauth(row: TokenRow, reason: ReauthReason, failure: RefreshFailure | null): RefreshOutcome {
    const now = clock.now();
    const problem = reauthProblem(reason, failure, now);
    markNeedsReauth(db, row.companyId, reason, problem.code, now);
    trust.forget(row.companyId);
    effects.needsReauth(row.companyId, problem, reason);
    return { kind: 'needs_reauth', reason };
  }

  async function refreshLocked(companyId: string, force: boolean, reason: RefreshReason, attempt = 0): Promise<RefreshOutcome> {
    const row = getTokenRow(db, companyId);
    if (!row) return { kind: 'not_connected' };
    if (row.state === 'needs_reauth') return { kind: 'needs_reauth', reason: row.reauthReason ?? 'refresh_token_rejected' };
    const now = clock.now();
    if (!force) {
      const decision = scheduledRefreshDecision(row, now, policy, { trusted: trust.isTrusted(row), paused: false });
      if (!decision.refresh && decision.reason === 'fresh') return { kind: 'already_fresh', row };
      if (!decision.refresh && decision.reason === 'backing_off') return { kind: 'backing_off', row };
    }
    const recovering = row.refreshStartedAt !== null; // a previous attempt's outcome is unknown

    const config = await deps.appConfig();
    if (!config) return fail(row, NOT_CONFIGURED_FAILURE, recovering);
    let refreshToken: string;
    try {
      refreshToken = await vault.openSecret(row.refreshTokenEnc);
    } catch (err) {
      const e = err instanceof AppError ? err : null;
      return fail(row, vaultFailure(e?.message ?? 'Secure storage could not unlock the saved QuickBooks key.', e?.extra.fixSteps ?? []), recovering);
    }

    const version = markRefreshStarted(db, companyId, row.rowVersion, now);
    if (version === null) {
      // Another writer changed the row between our read and the marker: read again, once.
      return attempt === 0 ? refreshLocked(companyId, force, reason, attempt + 1) : { kind: 'already_fresh', row };
    }
    const sentAt = clock.now();
    const result = await endpoint.refresh(config, refreshToken);

    if (result.ok) {
      let stored: TokenRow | null;
      try {
        stored = await store(row, version, refreshToken, result.tokens, sentAt);
      } catch (err) {
        // Sealing failed after Intuit issued: the marker stays, so the next attempt knows.
        const e = err instanceof AppError ? err : null;
        return fail(row, vaultFailure(e?.message ?? 'Secure storage refused to save the renewed QuickBooks key.', e?.extra.fixSteps ?? []), true);
      }
      if (!stored) {
        log.warn('refreshed tokens not stored: the company changed meanwhile', { companyId });
        const current = getTokenRow(db, companyId);
        return current ? { kind: 'already_fresh', row: current } : { kind: 'not_connected' };
      }
      const rotated = result.tokens.refreshToken !== null && result.tokens.refreshToken !== refreshToken;
      trust.vouch(companyId, stored.accessExpiresAt);
      log.info('tokens refreshed', { companyId, reason, rotated, recovered: recovering, intuitTid: result.requestId });
      effects.refreshed(stored);
      return { kind: 'refreshed', row: stored, accessToken: result.tokens.accessToken, rotated };
    }

    // What a failure means, in plain words:
    //  - invalid_grant (any variant, incl. user_not_in_realm) -> needs_reauth, after one re-read in
    //    case another writer stored a newer refresh token meanwhile (qbo.md §7.4);
    //  - anything else (network, 5xx, 429, invalid_client…) -> back off and retry; the marker stays
    //    when Intuit may have issued tokens we never saw.
    const failure = result.failure;
    if (failure.kind !== 'invalid_grant') {
      const current = getTokenRow(db, companyId) ?? row;
      return fail(current, failure, recovering || failure.outcomeUnknown);
    }
    const latest = getTokenRow(db, companyId);
    if (latest && attempt === 0 && latest.state === 'active' && !latest.refreshTokenEnc.equals(row.refreshTokenEnc)) {
      log.info('refresh token changed while we refreshed; retrying with the stored one', { companyId });
      return refreshLocked(companyId, true, reason, attempt + 1);
    }
    const expired = now >= row.refreshExpiresAt || (row.refreshHardExpiresAt !== null && now >= row.refreshHardExpiresAt);
    return needsReauth(latest ?? row, reauthReasonFor(failure.detail, { recovering, expired }), failure);
  }

  return {
    lock,
    lastFailure(companyId) {
      const failure = lastFailures.get(companyId);
      return failure && getTokenRow(db, companyId)?.lastFailureCode === failure.code ? failure : null;
    },
    refresh(companyId, options = {}) {
      const force = options.force ?? false;
      const reason = options.reason ?? (force ? 'manual' : 'access_expiring');
      return flights.run(force ? `${companyId}:force` : companyId, () => lock.run(companyId, () => refreshLocked(companyId, force, reason)));
    },
    whenIdle: () => flights.whenIdle(),
  };
}
