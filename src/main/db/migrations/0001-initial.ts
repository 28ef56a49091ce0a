import type { Migration } from '../migrate';

/** Companies, their health history and incidents. */
export const initialSchema: Migration = {
  version: 1,
  name: '0001-initial',
  up(db) {
    db.exec(`
      CREATE TABLE companies (
        id              TEXT PRIMARY KEY,
        kind            TEXT NOT NULL CHECK (kind IN ('qbo', 'qbd_qbwc', 'qbd_conductor', 'qbd_nxus')),
        display_name    TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 120),
        settings_json   TEXT NOT NULL CHECK (json_valid(settings_json)),
        paused          INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
        status          TEXT NOT NULL DEFAULT 'not_checked',
        problem_json    TEXT CHECK (problem_json IS NULL OR json_valid(problem_json)),
        last_checked_at TEXT,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      ) STRICT;

      CREATE TABLE health_events (
        id          INTEGER PRIMARY KEY,
        company_id  TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        at          TEXT NOT NULL,
        status      TEXT NOT NULL,
        code        TEXT,
        detail_json TEXT CHECK (detail_json IS NULL OR json_valid(detail_json)),
        latency_ms  INTEGER
      ) STRICT;
      CREATE INDEX health_events_company_at ON health_events (company_id, at);

      CREATE TABLE incidents (
        id              INTEGER PRIMARY KEY,
        company_id      TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        started_at      TEXT NOT NULL,
        ended_at        TEXT,
        code            TEXT NOT NULL,
        status          TEXT NOT NULL,
        last_error_json TEXT CHECK (last_error_json IS NULL OR json_valid(last_error_json))
      ) STRICT;
      CREATE INDEX incidents_company_started ON incidents (company_id, started_at);
      CREATE UNIQUE INDEX incidents_one_open_per_company ON incidents (company_id) WHERE ended_at IS NULL;
    `);
  },
};
