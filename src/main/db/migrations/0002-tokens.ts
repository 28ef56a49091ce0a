import type { Migration } from '../migrate';

/**
 * QuickBooks Online tokens, one row per connected company. Tokens are stored only as
 * ciphertext from the vault (BLOBs); times are epoch milliseconds (INTEGER) because the
 * refresh scheduler compares them numerically on every tick.
 *
 * `refresh_started_at` is the durable "refresh in flight" marker: written (and committed)
 * before the refresh token is sent to Intuit, cleared in the same transaction that stores the
 * new pair. Finding it set after a restart means the previous attempt's outcome is unknown.
 */
export const tokensSchema: Migration = {
  version: 2,
  name: '0002-tokens',
  up(db) {
    db.exec(`
      CREATE TABLE qbo_tokens (
        company_id                TEXT PRIMARY KEY REFERENCES companies(id) ON DELETE CASCADE,
        realm_id                  TEXT NOT NULL CHECK (length(realm_id) BETWEEN 1 AND 20 AND realm_id NOT GLOB '*[^0-9]*'),
        access_token_enc          BLOB NOT NULL CHECK (length(access_token_enc) > 0),
        refresh_token_enc         BLOB NOT NULL CHECK (length(refresh_token_enc) > 0),
        key_version               INTEGER NOT NULL CHECK (key_version >= 0),
        access_expires_at         INTEGER NOT NULL CHECK (access_expires_at > 0),
        refresh_expires_at        INTEGER NOT NULL CHECK (refresh_expires_at > 0),
        refresh_hard_expires_at   INTEGER CHECK (refresh_hard_expires_at IS NULL OR refresh_hard_expires_at > 0),
        refresh_token_received_at INTEGER NOT NULL,
        refreshed_at              INTEGER NOT NULL,
        connected_at              INTEGER NOT NULL,
        row_version               INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
        state                     TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'needs_reauth')),
        reauth_reason             TEXT CHECK ((state = 'needs_reauth') = (reauth_reason IS NOT NULL)),
        refresh_started_at        INTEGER,
        consecutive_failures      INTEGER NOT NULL DEFAULT 0 CHECK (consecutive_failures >= 0),
        last_failure_code         TEXT,
        last_failure_at           INTEGER,
        next_attempt_at           INTEGER,
        raised_problem_code       TEXT,
        refresh_expiry_warned_at  INTEGER,
        hard_expiry_warned_at     INTEGER,
        CHECK (consecutive_failures = 0 OR last_failure_code IS NOT NULL)
      ) STRICT;
    `);
  },
};
