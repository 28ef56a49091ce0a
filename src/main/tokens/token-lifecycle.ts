import type Database from 'better-sqlite3';
import type { Clock, HttpTransport, Notifier, Preferences, PowerEvents, SecretCipher, Timers } from '../core/ports';
import type { Logger } from '../logging/logger';
import type { IntuitAppConfig } from '../oauth/intuit-app-config';
import type { StateStore } from '../state/state-store';
import { createVault } from '../vault/vault';
import { AccessTrust } from './access-trust';
import { createGrantOperations } from './grant-operations';
import { accessTokenUse, DEFAULT_REFRESH_POLICY, stillUsableWithoutRefresh, type RefreshPolicy } from './refresh-policy';
import { createRefreshPass } from './refresh-pass';
import { createRefresher, type RefreshOutcome } from './refresher';
import { createRefreshScheduler, type RefreshScheduler } from './scheduler';
import { createTokenEffects } from './token-effects';
import { createTokenEndpointClient, type TokenEndpointClient } from './token-endpoint-client';
import { notConnectedError, TokenError } from './token-error';
import { reauthProblem } from './token-problems';
import { getTokenRow, type TokenRow } from './token-repo';
import type { TokenService } from './token-service';

/** Non-secret facts about a company's stored tokens (safe for logs, IPC and the window). */
export interface TokenInfo {
  realmId: string;
  state: TokenRow['state'];
  reauthReason: TokenRow['reauthReason'];
  accessExpiresAt: string;
  refreshExpiresAt: string;
  refreshHardExpiresAt: string | null;
  refreshedAt: string;
  connectedAt: string;
  consecutiveFailures: number;
  lastFailureCode: string | null;
  nextAttemptAt: string | null;
}

/** The TokenService contract plus what the token module and other capabilities need. */
export interface TokenLifecycle extends TokenService {
  /** Revokes at Intuit, then deletes local tokens; `companyRemoved` skips the status update. */
  disconnect(companyId: string, options?: { companyRemoved?: boolean }): Promise<{ revoked: boolean; detail?: string }>;
  /** Manual "renew now": refreshes even when fresh and ignores back-off. Never returns a token. */
  refreshNow(companyId: string): Promise<{ outcome: RefreshOutcome['kind'] }>;
  /** A QuickBooks API call got 401 with this company's token: refresh before handing it out again. */
  reportAccessTokenRejected(companyId: string): void;
  tokenInfo(companyId: string): TokenInfo | null;
  /** One scheduler pass now (tray "Check all now"); resolves with refreshes started. */
  evaluateNow(): Promise<number>;
  start(): void;
  /** Stops the scheduler and waits for refreshes in flight (so no pair is left half-stored). */
  stop(): Promise<void>;
  whenIdle(): Promise<void>;
}

export interface TokenLifecycleDeps {
  db: Database.Database;
  clock: Clock;
  timers: Timers;
  power: PowerEvents;
  http: HttpTransport;
  cipher: SecretCipher;
  notifier: Notifier;
  preferences: Preferences;
  logger: Logger;
  state: StateStore;
  /** The Intuit app settings (client id/secret, endpoints), resolved at each use. */
  appConfig: () => Promise<IntuitAppConfig | null>;
  policy?: Partial<RefreshPolicy>;
  /** Injected for deterministic tests; Math.random otherwise. */
  random?: () => number;
  /** Override the Intuit client (tests of the naive baseline, fault doubles). */
  endpoint?: TokenEndpointClient;
}

/**
 * Builds the token lifecycle: encrypted storage, single-flight refresh, the scheduler, and the
 * TokenService the connect flow and API callers use. Host-agnostic: everything arrives as ports.
 */
export function createTokenLifecycle(deps: TokenLifecycleDeps): TokenLifecycle {
  const { db } = deps;
  // Stored times are whole epoch milliseconds (INTEGER columns); a fractional clock is floored once here.
  const clock: Clock = { now: () => Math.floor(deps.clock.now()) };
  const policy: RefreshPolicy = { ...DEFAULT_REFRESH_POLICY, ...deps.policy };
  const log = deps.logger.child('tokens');
  const vault = createVault({ cipher: deps.cipher, logger: deps.logger });
  const endpoint = deps.endpoint ?? createTokenEndpointClient({ http: deps.http, logger: deps.logger });
  const trust = new AccessTrust();
  const effects = createTokenEffects({ db, clock, state: deps.state, notifier: deps.notifier, preferences: deps.preferences, logger: deps.logger });
  const refresher = createRefresher({ db, vault, endpoint, appConfig: deps.appConfig, clock, policy, random: deps.random ?? Math.random, trust, effects, logger: deps.logger });
  const grants = createGrantOperations({ db, vault, endpoint, appConfig: deps.appConfig, clock, trust, effects, lock: refresher.lock, logger: deps.logger });
  const pass = createRefreshPass({ db, clock, policy, refresher, trust, effects, logger: deps.logger });
  const checkedPass = async () => {
    effects.vaultAvailability(await vault.availability());
    return pass();
  };
  const scheduler: RefreshScheduler = createRefreshScheduler({
    timers: deps.timers,
    power: deps.power,
    tickMs: policy.tickMs,
    pass: checkedPass,
    onClockJump: () => trust.forgetAll(),
    logger: deps.logger,
  });
  const whenIdle = async () => {
    do {
      await scheduler.whenIdle();
      await refresher.whenIdle();
    } while (scheduler.busy);
  };
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

  const needsReauthError = (row: TokenRow) =>
    TokenError.fromProblem('needs_reauth', reauthProblem(row.reauthReason ?? 'refresh_token_rejected', null, clock.now()));

  /** Turns a refresh that gave no new token into the caller's answer: the old token if still safe, else a typed error. */
  async function fallback(row: TokenRow, outcome: RefreshOutcome): Promise<string> {
    const now = clock.now();
    if (outcome.kind === 'needs_reauth') throw needsReauthError(getTokenRow(db, row.companyId) ?? row);
    if (outcome.kind === 'not_connected') throw notConnectedError();
    const current = 'row' in outcome ? outcome.row : row;
    if (outcome.kind === 'already_fresh' && accessTokenUse(current, now, policy, trust.isTrusted(current)) !== 'refresh_first') {
      return vault.openSecret(current.accessTokenEnc);
    }
    if (stillUsableWithoutRefresh(current, now, policy, trust.isTrusted(current))) return vault.openSecret(current.accessTokenEnc);
    const retryAfterMs = current.nextAttemptAt !== null ? Math.max(0, current.nextAttemptAt - now) : undefined;
    const f = outcome.kind === 'failed' ? outcome.failure : refresher.lastFailure(current.companyId);
    if (f) {
      const reason = f.kind === 'vault_unavailable' ? 'vault_unavailable' : f.kind === 'transient' ? 'temporarily_unavailable' : 'app_settings';
      throw new TokenError(reason, f.userFacingMessage, { fixSteps: f.fixSteps, problemCode: f.code, retryAfterMs });
    }
    throw new TokenError('temporarily_unavailable', 'Ledgerlight cannot renew QuickBooks access right now. It keeps trying on its own.', {
      problemCode: current.lastFailureCode ?? 'OAUTH_SERVICE_UNAVAILABLE',
      retryAfterMs,
    });
  }

  return {
    connectFromAuthorizationCode: (input) => grants.connect(input),

    async getAccessToken(companyId) {
      const row = getTokenRow(db, companyId);
      if (!row) throw notConnectedError();
      if (row.state === 'needs_reauth') throw needsReauthError(row);
      const now = clock.now();
      const use = accessTokenUse(row, now, policy, trust.isTrusted(row));
      const backingOff = row.nextAttemptAt !== null && now < row.nextAttemptAt;
      if (use === 'use') return vault.openSecret(row.accessTokenEnc);
      if (use === 'use_and_refresh_in_background') {
        if (!backingOff) void refresher.refresh(companyId, { reason: 'access_expiring' }).catch((err: unknown) => log.error('background refresh crashed', { companyId, err }));
        return vault.openSecret(row.accessTokenEnc);
      }
      if (backingOff) return fallback(row, { kind: 'backing_off', row });
      const outcome = await refresher.refresh(companyId, { reason: trust.isTrusted(row) ? 'access_expired' : 'untrusted' });
      return outcome.kind === 'refreshed' ? outcome.accessToken : fallback(row, outcome);
    },

    disconnect: (companyId, options) => grants.disconnect(companyId, options),

    hasTokens: (companyId) => getTokenRow(db, companyId) !== null,

    async refreshNow(companyId) {
      const outcome = await refresher.refresh(companyId, { force: true, reason: 'manual' });
      return { outcome: outcome.kind };
    },

    reportAccessTokenRejected(companyId) {
      trust.forget(companyId);
      void scheduler.runNow();
    },

    tokenInfo(companyId) {
      const row = getTokenRow(db, companyId);
      if (!row) return null;
      return {
        realmId: row.realmId,
        state: row.state,
        reauthReason: row.reauthReason,
        accessExpiresAt: iso(row.accessExpiresAt)!,
        refreshExpiresAt: iso(row.refreshExpiresAt)!,
        refreshHardExpiresAt: iso(row.refreshHardExpiresAt),
        refreshedAt: iso(row.refreshedAt)!,
        connectedAt: iso(row.connectedAt)!,
        consecutiveFailures: row.consecutiveFailures,
        lastFailureCode: row.lastFailureCode,
        nextAttemptAt: iso(row.nextAttemptAt),
      };
    },

    evaluateNow: () => scheduler.runNow(),
    start: () => scheduler.start(),
    async stop() {
      scheduler.stop();
      await whenIdle();
    },
    whenIdle,
  };
}
