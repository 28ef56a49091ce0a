import type Database from 'better-sqlite3';
import type { Clock } from '../core/ports';
import { listCompanies } from '../db/repos/companies-repo';
import type { Logger } from '../logging/logger';
import type { AccessTrust } from './access-trust';
import { expiryWarning, scheduledRefreshDecision, type RefreshPolicy, type RefreshReason } from './refresh-policy';
import type { Refresher } from './refresher';
import type { TokenEffects } from './token-effects';
import { listTokenRows } from './token-repo';

/** At most this many token-endpoint calls at once in a pass (e.g. every company after a launch). */
const PASS_CONCURRENCY = 4;

/**
 * One scheduler pass over every stored token: start the refreshes that are due (see
 * scheduledRefreshDecision), flip companies whose access ran out while refreshes kept failing,
 * and raise or clear expiry warnings. Never throws; returns how many refreshes it started.
 */
export function createRefreshPass(deps: {
  db: Database.Database;
  clock: Clock;
  policy: RefreshPolicy;
  refresher: Refresher;
  trust: AccessTrust;
  effects: TokenEffects;
  logger: Logger;
}): () => Promise<number> {
  const { db, clock, policy, refresher, trust, effects } = deps;
  const log = deps.logger.child('tokens.scheduler');

  return async () => {
    const now = clock.now();
    const paused = new Map(listCompanies(db).map((c) => [c.id as string, c.paused]));
    const due: Array<{ companyId: string; reason: RefreshReason }> = [];
    for (const row of listTokenRows(db)) {
      try {
        const decision = scheduledRefreshDecision(row, now, policy, { trusted: trust.isTrusted(row), paused: paused.get(row.companyId) ?? false });
        if (decision.refresh) due.push({ companyId: row.companyId, reason: decision.reason });
        else if (decision.reason === 'backing_off' && row.accessExpiresAt <= now) effects.accessExpiredWhileFailing(row);
        effects.expiryWarning(row, expiryWarning(row, now, policy));
      } catch (err) {
        log.error('could not evaluate a company', { companyId: row.companyId, err });
      }
    }
    const queue = [...due];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        try {
          await refresher.refresh(next.companyId, { reason: next.reason });
        } catch (err) {
          log.error('scheduled refresh crashed', { companyId: next.companyId, err });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(PASS_CONCURRENCY, due.length) }, worker));
    return due.length;
  };
}
