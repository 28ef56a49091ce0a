import type Database from 'better-sqlite3';

/** Why a company needs a person to reconnect (stored; explained in the window). */
export type ReauthReason = 'refresh_token_rejected' | 'user_not_in_realm' | 'lost_rotated_token' | 'refresh_token_expired';

/** One company's stored tokens (ciphertext only) and refresh bookkeeping. Times are epoch ms. */
export interface TokenRow {
  companyId: string;
  realmId: string;
  accessTokenEnc: Buffer;
  refreshTokenEnc: Buffer;
  keyVersion: number;
  accessExpiresAt: number;
  refreshExpiresAt: number;
  refreshHardExpiresAt: number | null;
  refreshTokenReceivedAt: number;
  refreshedAt: number;
  connectedAt: number;
  rowVersion: number;
  state: 'active' | 'needs_reauth';
  reauthReason: ReauthReason | null;
  /** Durable "refresh in flight" marker: set before Intuit is called, cleared with the new pair. */
  refreshStartedAt: number | null;
  consecutiveFailures: number;
  lastFailureCode: string | null;
  lastFailureAt: number | null;
  nextAttemptAt: number | null;
  /** The company problem code this module set (so it only ever clears its own problems). */
  raisedProblemCode: string | null;
  refreshExpiryWarnedAt: number | null;
  hardExpiryWarnedAt: number | null;
}

interface Raw {
  company_id: string;
  realm_id: string;
  access_token_enc: Buffer;
  refresh_token_enc: Buffer;
  key_version: number;
  access_expires_at: number;
  refresh_expires_at: number;
  refresh_hard_expires_at: number | null;
  refresh_token_received_at: number;
  refreshed_at: number;
  connected_at: number;
  row_version: number;
  state: 'active' | 'needs_reauth';
  reauth_reason: ReauthReason | null;
  refresh_started_at: number | null;
  consecutive_failures: number;
  last_failure_code: string | null;
  last_failure_at: number | null;
  next_attempt_at: number | null;
  raised_problem_code: string | null;
  refresh_expiry_warned_at: number | null;
  hard_expiry_warned_at: number | null;
}

/** Prepared statements are compiled once per connection: the scheduler reads these rows every tick. */
const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();
function stmt(db: Database.Database, sql: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let s = cache.get(sql);
  if (!s) cache.set(sql, (s = db.prepare(sql)));
  return s;
}

const fromRaw = (r: Raw): TokenRow => ({
  companyId: r.company_id,
  realmId: r.realm_id,
  accessTokenEnc: r.access_token_enc,
  refreshTokenEnc: r.refresh_token_enc,
  keyVersion: r.key_version,
  accessExpiresAt: r.access_expires_at,
  refreshExpiresAt: r.refresh_expires_at,
  refreshHardExpiresAt: r.refresh_hard_expires_at,
  refreshTokenReceivedAt: r.refresh_token_received_at,
  refreshedAt: r.refreshed_at,
  connectedAt: r.connected_at,
  rowVersion: r.row_version,
  state: r.state,
  reauthReason: r.reauth_reason,
  refreshStartedAt: r.refresh_started_at,
  consecutiveFailures: r.consecutive_failures,
  lastFailureCode: r.last_failure_code,
  lastFailureAt: r.last_failure_at,
  nextAttemptAt: r.next_attempt_at,
  raisedProblemCode: r.raised_problem_code,
  refreshExpiryWarnedAt: r.refresh_expiry_warned_at,
  hardExpiryWarnedAt: r.hard_expiry_warned_at,
});

/** The company's row, or null when it was never connected (or was disconnected). */
export function getTokenRow(db: Database.Database, companyId: string): TokenRow | null {
  const raw = stmt(db, 'SELECT * FROM qbo_tokens WHERE company_id = ?').get(companyId) as Raw | undefined;
  return raw ? fromRaw(raw) : null;
}

/** Every stored row: the scheduler's input on each tick (tens of rows, not thousands). */
export function listTokenRows(db: Database.Database): TokenRow[] {
  return (stmt(db, 'SELECT * FROM qbo_tokens ORDER BY company_id').all() as Raw[]).map(fromRaw);
}

/** A freshly sealed token pair with its expiries, as written after a code exchange or refresh. */
export interface SealedPair {
  accessTokenEnc: Buffer;
  refreshTokenEnc: Buffer;
  keyVersion: number;
  accessExpiresAt: number;
  refreshExpiresAt: number;
  refreshHardExpiresAt: number | null;
  refreshTokenReceivedAt: number;
}

/**
 * Stores the pair from a (re)connect, replacing whatever was there (a reconnect after
 * needs_reauth starts a fresh chain). The row version keeps increasing across reconnects so a
 * stale in-flight refresh can never overwrite the new pair.
 */
export function saveConnectedTokens(db: Database.Database, companyId: string, realmId: string, pair: SealedPair, now: number): TokenRow {
  return db.transaction(() => {
    const previous = stmt(db, 'SELECT row_version FROM qbo_tokens WHERE company_id = ?').pluck().get(companyId) as number | undefined;
    stmt(db, 'DELETE FROM qbo_tokens WHERE company_id = ?').run(companyId);
    stmt(db, SQL.insert).run({ companyId, realmId, ...pair, now, rowVersion: (previous ?? 0) + 1 });
    return getTokenRow(db, companyId)!;
  })();
}

/**
 * Writes the durable in-flight marker, compare-and-swap on the row version so two writers can
 * never both believe they own this refresh. The write commits (synchronous=FULL) before the
 * refresh token leaves the machine. Returns the new row version, or null if the row changed.
 */
export function markRefreshStarted(db: Database.Database, companyId: string, expectedVersion: number, now: number): number | null {
  const changed = stmt(db, SQL.markStarted).run(now, companyId, expectedVersion).changes;
  return changed === 1 ? expectedVersion + 1 : null;
}

/**
 * Stores a refreshed pair and clears the in-flight marker and failure bookkeeping, in one
 * transaction (compare-and-swap on the version from markRefreshStarted). Returns the stored
 * row, or null when the row was changed or deleted meanwhile (nothing is written then).
 */
export function saveRefreshedTokens(db: Database.Database, companyId: string, expectedVersion: number, pair: SealedPair, now: number): TokenRow | null {
  return db.transaction(() => {
    const changed = stmt(db, SQL.saveRefreshed).run({ companyId, expectedVersion, ...pair, now }).changes;
    return changed === 1 ? getTokenRow(db, companyId) : null;
  })();
}

/**
 * Records a failed attempt and when to try again. `keepMarker` is true when the request may
 * have reached Intuit (connection reset, timeout, unreadable 200): then the outcome is unknown
 * and the marker must survive, so a later invalid_grant is recognised as a lost rotation.
 */
export function recordRefreshFailure(
  db: Database.Database,
  companyId: string,
  f: { code: string; at: number; nextAttemptAt: number; keepMarker: boolean },
): TokenRow | null {
  stmt(db, SQL.recordFailure).run(f.code, f.at, f.nextAttemptAt, f.keepMarker ? 1 : 0, companyId);
  return getTokenRow(db, companyId);
}

/** Terminal until a person reconnects: the refresh token is dead at Intuit. */
export function markNeedsReauth(db: Database.Database, companyId: string, reason: ReauthReason, code: string, at: number): void {
  stmt(db, SQL.needsReauth).run(reason, code, at, companyId);
}

/** Remembers which company problem this module raised, so it clears only its own. */
export function setRaisedProblem(db: Database.Database, companyId: string, code: string | null): void {
  stmt(db, 'UPDATE qbo_tokens SET raised_problem_code = ? WHERE company_id = ?').run(code, companyId);
}

/** Persists which expiry warnings were sent, so each notifies once across restarts. */
export function setExpiryWarnings(db: Database.Database, companyId: string, w: { refreshExpiryWarnedAt: number | null; hardExpiryWarnedAt: number | null }): void {
  stmt(db, 'UPDATE qbo_tokens SET refresh_expiry_warned_at = ?, hard_expiry_warned_at = ? WHERE company_id = ?').run(
    w.refreshExpiryWarnedAt,
    w.hardExpiryWarnedAt,
    companyId,
  );
}

/** Removes the company's tokens (after revoking at Intuit, or when the company is removed). */
export function deleteTokens(db: Database.Database, companyId: string): boolean {
  return stmt(db, 'DELETE FROM qbo_tokens WHERE company_id = ?').run(companyId).changes === 1;
}

const SQL = {
  insert: `INSERT INTO qbo_tokens (company_id, realm_id, access_token_enc, refresh_token_enc, key_version, access_expires_at,
      refresh_expires_at, refresh_hard_expires_at, refresh_token_received_at, refreshed_at, connected_at, row_version)
    VALUES (@companyId, @realmId, @accessTokenEnc, @refreshTokenEnc, @keyVersion, @accessExpiresAt,
      @refreshExpiresAt, @refreshHardExpiresAt, @refreshTokenReceivedAt, @now, @now, @rowVersion)`,
  markStarted: `UPDATE qbo_tokens SET refresh_started_at = ?, row_version = row_version + 1
    WHERE company_id = ? AND row_version = ? AND state = 'active'`,
  saveRefreshed: `UPDATE qbo_tokens SET access_token_enc = @accessTokenEnc, refresh_token_enc = @refreshTokenEnc, key_version = @keyVersion,
      access_expires_at = @accessExpiresAt, refresh_expires_at = @refreshExpiresAt,
      refresh_hard_expires_at = COALESCE(@refreshHardExpiresAt, refresh_hard_expires_at),
      refresh_token_received_at = @refreshTokenReceivedAt, refreshed_at = @now, row_version = row_version + 1,
      refresh_started_at = NULL, consecutive_failures = 0, last_failure_code = NULL, last_failure_at = NULL, next_attempt_at = NULL
    WHERE company_id = @companyId AND row_version = @expectedVersion AND state = 'active'`,
  recordFailure: `UPDATE qbo_tokens SET consecutive_failures = consecutive_failures + 1, last_failure_code = ?, last_failure_at = ?,
      next_attempt_at = ?, refresh_started_at = CASE WHEN ? THEN refresh_started_at ELSE NULL END, row_version = row_version + 1
    WHERE company_id = ?`,
  needsReauth: `UPDATE qbo_tokens SET state = 'needs_reauth', reauth_reason = ?, refresh_started_at = NULL, next_attempt_at = NULL,
      consecutive_failures = consecutive_failures + 1, last_failure_code = ?, last_failure_at = ?, row_version = row_version + 1
    WHERE company_id = ?`,
};
