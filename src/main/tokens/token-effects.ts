import type Database from 'better-sqlite3';
import type { CompanyProblem } from '@shared/domain/company';
import type { Clock, CipherAvailability, Notifier, Preferences } from '../core/ports';
import { getCompany, setCompanyStatus } from '../db/repos/companies-repo';
import { recordHealthEvent } from '../db/repos/health-events-repo';
import { closeOpenIncident, openOrUpdateIncident } from '../db/repos/incidents-repo';
import type { Logger } from '../logging/logger';
import type { StateStore } from '../state/state-store';
import type { ExpiryWarning } from './refresh-policy';
import { refreshFailureProblem, storedFailureProblem, type RefreshFailure } from './token-problems';
import { setExpiryWarnings, setRaisedProblem, type ReauthReason, type TokenRow } from './token-repo';

/**
 * What the rest of the app sees of token events: company status (persisted, then published to
 * the window and tray), health history, incidents, app notices and desktop notifications.
 * The token module only ever clears company problems it raised itself (`raised_problem_code`),
 * so it never hides what a health check found.
 */
export interface TokenEffects {
  connected(companyId: string): void;
  refreshed(row: TokenRow): void;
  needsReauth(companyId: string, problem: CompanyProblem, reason: ReauthReason): void;
  refreshFailed(row: TokenRow, failure: RefreshFailure): void;
  /** Tick: the access token ran out while refreshes keep failing; flip the company now. */
  accessExpiredWhileFailing(row: TokenRow): void;
  disconnected(companyId: string, companyRemoved: boolean): void;
  expiryWarning(row: TokenRow, warning: ExpiryWarning): void;
  vaultAvailability(a: CipherAvailability): void;
}

/** Stable ids of the app notices this module raises, so each is shown once and dismissed when resolved. */
export const NOTICE_IDS = {
  vault: 'tokens:vault-unavailable',
  /** A stored token could not be opened (key changed, damaged data) although the vault works. */
  vaultLocked: 'tokens:vault-locked',
  appSettings: 'tokens:app-settings',
  expiry: (companyId: string) => `tokens:expiry:${companyId}`,
};

const DAY_MS = 86_400_000;

/** Builds the effects over the database, the snapshot store and the notifier (see TokenEffects). */
export function createTokenEffects(deps: {
  db: Database.Database;
  clock: Clock;
  state: StateStore;
  notifier: Notifier;
  preferences: Preferences;
  logger: Logger;
}): TokenEffects {
  const { db, clock, state } = deps;
  const log = deps.logger.child('tokens');
  const iso = () => new Date(clock.now()).toISOString();
  const shownNotices = new Map<string, string>(); // id -> content shown, so unchanged notices are not re-published
  let appSettingsNotified = false;
  let vaultState = '';

  const notify = (title: string, body: string, companyId?: string) => {
    if (deps.preferences.get('notificationsPaused')) return;
    deps.notifier.notify({ title, body, ...(companyId ? { companyId } : {}) });
  };
  const showNotice = (id: string, notice: { level: 'info' | 'warning' | 'error'; title: string; message: string; fixSteps?: string[] }) => {
    const content = JSON.stringify(notice);
    if (shownNotices.get(id) === content) return;
    shownNotices.set(id, content);
    state.addNotice({ id, at: iso(), ...notice });
  };
  const hideNotice = (id: string) => {
    if (shownNotices.delete(id)) state.dismissNotice(id);
  };
  const nameOf = (companyId: string) => getCompany(db, companyId)?.displayName ?? 'A company';

  /** Sets a token problem on the company (status + incident + history) and remembers we own it. */
  const raise = (companyId: string, status: 'needs_reauth' | 'error', problem: CompanyProblem) => {
    const now = iso();
    db.transaction(() => {
      setCompanyStatus(db, companyId, { status, problem, checkedAt: null, now });
      setRaisedProblem(db, companyId, problem.code);
      openOrUpdateIncident(db, { companyId, at: now, code: problem.code, status, lastError: problem });
      recordHealthEvent(db, { companyId, at: now, status, code: problem.code, detail: { title: problem.title, requestId: problem.requestId ?? null } });
    })();
    state.publish();
  };

  /** Clears our own problem after a success; leaves anything a health check set alone. */
  const clearOwnProblem = (row: TokenRow, eventCode: string) => {
    if (!row.raisedProblemCode) return;
    const company = getCompany(db, row.companyId);
    const now = iso();
    db.transaction(() => {
      if (company && company.problem?.code === row.raisedProblemCode) {
        setCompanyStatus(db, row.companyId, { status: 'healthy', problem: null, checkedAt: now, now });
        closeOpenIncident(db, row.companyId, now);
        recordHealthEvent(db, { companyId: row.companyId, at: now, status: 'healthy', code: eventCode });
      }
      setRaisedProblem(db, row.companyId, null);
    })();
    state.publish();
  };

  return {
    connected(companyId) {
      const now = iso();
      db.transaction(() => {
        setCompanyStatus(db, companyId, { status: 'healthy', problem: null, checkedAt: now, now });
        closeOpenIncident(db, companyId, now);
        recordHealthEvent(db, { companyId, at: now, status: 'healthy', code: 'QBO_CONNECTED' });
      })();
      hideNotice(NOTICE_IDS.expiry(companyId));
      hideNotice(NOTICE_IDS.vaultLocked);
      state.publish();
    },

    refreshed(row) {
      appSettingsNotified = false;
      hideNotice(NOTICE_IDS.appSettings);
      hideNotice(NOTICE_IDS.vaultLocked);
      clearOwnProblem(row, 'QBO_TOKEN_RENEWED');
    },

    needsReauth(companyId, problem, reason) {
      const before = getCompany(db, companyId);
      raise(companyId, 'needs_reauth', problem);
      log.warn('company needs to be reconnected', { companyId, reason, code: problem.code, intuitTid: problem.requestId });
      // One notification per transition into needs_reauth; none for a paused company.
      if (before && before.status !== 'needs_reauth' && !before.paused) {
        notify(`Reconnect ${before.displayName} to QuickBooks`, `${problem.userFacingMessage} Open Ledgerlight and choose Reconnect.`, companyId);
      }
    },

    refreshFailed(row, failure) {
      const now = clock.now();
      if (row.consecutiveFailures === 1) {
        recordHealthEvent(db, { companyId: row.companyId, at: iso(), status: 'degraded', code: failure.code, detail: { kind: failure.kind, requestId: failure.requestId ?? null } });
      }
      if (failure.kind === 'invalid_client' || failure.kind === 'not_configured' || failure.kind === 'rejected') {
        showNotice(NOTICE_IDS.appSettings, { level: 'error', title: failure.title, message: failure.userFacingMessage, fixSteps: failure.fixSteps });
        if (!appSettingsNotified && failure.kind === 'invalid_client') {
          appSettingsNotified = true;
          notify('Ledgerlight cannot renew QuickBooks access', 'Intuit rejected the app settings (Client ID or Secret). Open Ledgerlight for the fix.');
        }
      }
      if (failure.kind === 'vault_unavailable') {
        showNotice(NOTICE_IDS.vaultLocked, { level: 'error', title: failure.title, message: failure.userFacingMessage, fixSteps: failure.fixSteps });
      }
      // The company's state only flips once its access token has actually run out (or cannot be read at all).
      const expired = row.accessExpiresAt <= now;
      if ((expired || failure.kind === 'vault_unavailable') && row.raisedProblemCode !== failure.code) {
        raise(row.companyId, 'error', refreshFailureProblem(failure, now));
      }
    },

    accessExpiredWhileFailing(row) {
      if (row.raisedProblemCode || !row.lastFailureCode) return;
      raise(row.companyId, 'error', storedFailureProblem(row.lastFailureCode, clock.now()));
    },

    disconnected(companyId, companyRemoved) {
      hideNotice(NOTICE_IDS.expiry(companyId));
      if (companyRemoved) return;
      const now = iso();
      db.transaction(() => {
        setCompanyStatus(db, companyId, { status: 'not_connected', problem: null, checkedAt: null, now });
        closeOpenIncident(db, companyId, now);
        recordHealthEvent(db, { companyId, at: now, status: 'not_connected', code: 'QBO_DISCONNECTED' });
      })();
      state.publish();
    },

    expiryWarning(row, warning) {
      const id = NOTICE_IDS.expiry(row.companyId);
      const now = clock.now();
      const hardWarned = warning?.kind === 'hard' ? (row.hardExpiryWarnedAt ?? now) : row.hardExpiryWarnedAt;
      const rollingWarned = warning?.kind === 'rolling' ? (row.refreshExpiryWarnedAt ?? now) : null;
      if (!warning) {
        hideNotice(id);
      } else {
        const name = nameOf(row.companyId);
        const days = Math.max(0, Math.ceil((warning.expiresAt - now) / DAY_MS));
        const when = new Date(warning.expiresAt).toISOString().slice(0, 10);
        const message =
          warning.kind === 'hard'
            ? `Intuit limits QuickBooks access to five years. ${name}'s access ends on ${when} (in ${days} days); only reconnecting renews it.`
            : `Ledgerlight has not been able to renew ${name}'s QuickBooks access for a long time; it expires on ${when} (in ${days} days).`;
        showNotice(id, {
          level: 'warning',
          title: `${name}: QuickBooks access expires in ${days} days`,
          message,
          fixSteps: warning.kind === 'hard' ? ['Choose Reconnect next to the company before that date.'] : ['Check that Ledgerlight can reach Intuit.', 'If it cannot be fixed, reconnect the company.'],
        });
        const alreadyWarned = warning.kind === 'hard' ? row.hardExpiryWarnedAt !== null : row.refreshExpiryWarnedAt !== null;
        if (!alreadyWarned) notify(`${name}: QuickBooks access expires in ${days} days`, message, row.companyId);
      }
      if (hardWarned !== row.hardExpiryWarnedAt || rollingWarned !== row.refreshExpiryWarnedAt) {
        setExpiryWarnings(db, row.companyId, { hardExpiryWarnedAt: hardWarned, refreshExpiryWarnedAt: rollingWarned });
      }
    },

    vaultAvailability(a) {
      // Logged on changes only: this runs on every scheduler tick.
      const state = a.available ? `ok:${a.backend}` : `refused:${a.reason}`;
      if (state === vaultState) return;
      vaultState = state;
      if (a.available) {
        log.info('secure storage ready', { backend: a.backend });
        return hideNotice(NOTICE_IDS.vault);
      }
      log.warn('secure storage unavailable: QuickBooks tokens will not be stored', { backend: a.backend, reason: a.reason });
      showNotice(NOTICE_IDS.vault, { level: 'error', title: 'Secure storage is unavailable', message: a.reason, fixSteps: a.fixSteps });
    },
  };
}
