import type { Migration } from '../migrate';

/**
 * The Intuit app settings (one row; client secret as ciphertext only), the cached discovery
 * documents, and pending OAuth `state` values (single use, expiring, bound to a company).
 */
export const intuitApp: Migration = {
  version: 3,
  name: '0003-intuit-app',
  up(db) {
    db.exec(`
      CREATE TABLE intuit_app (
        id                INTEGER PRIMARY KEY CHECK (id = 1),
        client_id         TEXT NOT NULL,
        client_secret_enc BLOB NOT NULL,
        key_version       INTEGER NOT NULL,
        environment       TEXT NOT NULL CHECK (environment IN ('sandbox', 'production')),
        redirect_uri      TEXT NOT NULL,
        scopes_json       TEXT NOT NULL CHECK (json_valid(scopes_json)),
        endpoint_overrides_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(endpoint_overrides_json)),
        updated_at        INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE intuit_discovery (
        environment   TEXT PRIMARY KEY CHECK (environment IN ('sandbox', 'production')),
        source_url    TEXT NOT NULL,
        document_json TEXT NOT NULL CHECK (json_valid(document_json)),
        fetched_at    INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE oauth_states (
        state_hash   TEXT PRIMARY KEY,
        company_id   TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        redirect_uri TEXT NOT NULL,
        created_at   INTEGER NOT NULL,
        expires_at   INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX oauth_states_expires ON oauth_states (expires_at);
    `);
  },
};
