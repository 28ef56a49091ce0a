import Database from 'better-sqlite3';
import { migrate } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';

function freshDb() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS);
  db.prepare(`INSERT INTO companies (id, kind, display_name, settings_json, created_at, updated_at) VALUES ('co_1', 'qbo', 'Acme', '{"kind":"qbo"}', 'n', 'n')`).run();
  return db;
}

describe('migration 0003-intuit-app', () => {
  it('is registered third and sets user_version 3', () => {
    expect(MIGRATIONS[2]!.name).toBe('0003-intuit-app');
    expect(freshDb().pragma('user_version', { simple: true })).toBe(3);
  });

  it('keeps exactly one settings row, with the secret as a BLOB', () => {
    const db = freshDb();
    const insert = db.prepare(
      `INSERT INTO intuit_app (id, client_id, client_secret_enc, key_version, environment, redirect_uri, scopes_json, updated_at) VALUES (?, 'ABc', ?, 1, 'sandbox', 'http://localhost:8765/cb', '[]', 0)`,
    );
    insert.run(1, Buffer.from([1, 2]));
    expect(() => insert.run(2, Buffer.from([1]))).toThrow(/CHECK constraint/);
    expect(() => insert.run(1, Buffer.from([1]))).toThrow(/UNIQUE|PRIMARY/);
    db.prepare('DELETE FROM intuit_app').run();
    expect(() => insert.run(1, 'plaintext secret')).toThrow(/cannot store TEXT value in BLOB column/);
  });

  it('forgets pending sign-ins of a removed company', () => {
    const db = freshDb();
    db.prepare(`INSERT INTO oauth_states (state_hash, company_id, redirect_uri, created_at, expires_at) VALUES ('h', 'co_1', 'x', 0, 1)`).run();
    db.prepare(`DELETE FROM companies WHERE id = 'co_1'`).run();
    expect(db.prepare('SELECT count(*) FROM oauth_states').pluck().get()).toBe(0);
  });
});
