import { createHash, randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';

/** How long a person has to approve access in the browser. */
export const STATE_TTL_MS = 10 * 60_000;

const hash = (state: string) => createHash('sha256').update(state).digest('hex');

export type StateCheck =
  | { ok: true; companyId: string; redirectUri: string }
  | { ok: false; why: 'unknown' | 'expired' };

/**
 * Single-use, expiring OAuth `state` values, bound to the company and redirect URI they were
 * issued for. Kept in SQLite (as a hash) so a callback arriving through a second launch of the
 * app, or after a restart, is still recognised. Consuming deletes the row in the same
 * statement, so a state can never be used twice.
 */
export function issueState(db: Database.Database, input: { companyId: string; redirectUri: string; now: number }): string {
  const state = randomBytes(32).toString('base64url');
  db.prepare('DELETE FROM oauth_states WHERE expires_at < ?').run(input.now);
  db.prepare('INSERT INTO oauth_states (state_hash, company_id, redirect_uri, created_at, expires_at) VALUES (?, ?, ?, ?, ?)').run(
    hash(state),
    input.companyId,
    input.redirectUri,
    input.now,
    input.now + STATE_TTL_MS,
  );
  return state;
}

export function consumeState(db: Database.Database, state: string, now: number): StateCheck {
  const row = db.prepare('DELETE FROM oauth_states WHERE state_hash = ? RETURNING company_id, redirect_uri, expires_at').get(hash(state)) as
    | { company_id: string; redirect_uri: string; expires_at: number }
    | undefined;
  if (!row) return { ok: false, why: 'unknown' };
  if (row.expires_at < now) return { ok: false, why: 'expired' };
  return { ok: true, companyId: row.company_id, redirectUri: row.redirect_uri };
}

/** True while a connect is waiting for its callback (the loopback listener stays open meanwhile). */
export function hasPendingStates(db: Database.Database, now: number): boolean {
  return (db.prepare('SELECT count(*) FROM oauth_states WHERE expires_at >= ?').pluck().get(now) as number) > 0;
}
