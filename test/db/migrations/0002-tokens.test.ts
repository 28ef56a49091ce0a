import Database from 'better-sqlite3';
import { migrate } from '../../../src/main/db/migrate';
import { initialSchema } from '../../../src/main/db/migrations/0001-initial';
import { tokensSchema } from '../../../src/main/db/migrations/0002-tokens';
import { MIGRATIONS } from '../../../src/main/db/migrations';

function freshDb() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, [initialSchema, tokensSchema]);
  db.prepare(`INSERT INTO companies (id, kind, display_name, settings_json, created_at, updated_at) VALUES ('co_1', 'qbo', 'Acme', '{"kind":"qbo"}', 'n', 'n')`).run();
  return db;
}

const base = {
  company_id: 'co_1',
  realm_id: '9341452222222222',
  access_token_enc: Buffer.from([1, 2, 3]),
  refresh_token_enc: Buffer.from([4, 5, 6]),
  key_version: 1,
  access_expires_at: 1_800_000_000_000,
  refresh_expires_at: 1_808_000_000_000,
  refresh_hard_expires_at: null as number | null,
  refresh_token_received_at: 1_799_996_400_000,
  refreshed_at: 1_799_996_400_000,
  connected_at: 1_799_996_400_000,
};
const insert = (db: Database.Database, over: Record<string, unknown> = {}) => {
  const row = { ...base, ...over };
  const cols = Object.keys(row);
  return db.prepare(`INSERT INTO qbo_tokens (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(row);
};

describe('migration 0002-tokens', () => {
  it('is registered right after 0001 and sets user_version 2', () => {
    expect(MIGRATIONS.map((m) => m.name).slice(0, 2)).toEqual(['0001-initial', '0002-tokens']);
    const db = freshDb();
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    const cols = db.prepare("SELECT name, type, \"notnull\" FROM pragma_table_info('qbo_tokens')").all() as Array<{ name: string; type: string; notnull: number }>;
    expect(cols.find((c) => c.name === 'access_token_enc')).toMatchObject({ type: 'BLOB', notnull: 1 });
    expect(cols.find((c) => c.name === 'refresh_hard_expires_at')).toMatchObject({ type: 'INTEGER', notnull: 0 });
    expect(cols.map((c) => c.name)).toEqual(expect.arrayContaining(['row_version', 'refresh_started_at', 'key_version', 'consecutive_failures', 'next_attempt_at']));
  });

  it('stores tokens only as BLOBs (STRICT: a text token is refused)', () => {
    const db = freshDb();
    expect(() => insert(db, { access_token_enc: 'eyJplaintext' })).toThrow(/cannot store TEXT value in BLOB column/);
    expect(() => insert(db, { refresh_token_enc: Buffer.alloc(0) })).toThrow(/CHECK/);
    insert(db);
    expect(db.prepare('SELECT row_version, state, consecutive_failures FROM qbo_tokens').get()).toEqual({ row_version: 1, state: 'active', consecutive_failures: 0 });
  });

  it('checks realm ids, states and the reauth reason', () => {
    const db = freshDb();
    expect(() => insert(db, { realm_id: '12a' })).toThrow(/CHECK/);
    expect(() => insert(db, { realm_id: '' })).toThrow(/CHECK/);
    insert(db);
    expect(() => db.prepare("UPDATE qbo_tokens SET state = 'broken'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE qbo_tokens SET state = 'needs_reauth'").run()).toThrow(/CHECK/); // a reason is required
    db.prepare("UPDATE qbo_tokens SET state = 'needs_reauth', reauth_reason = 'refresh_token_rejected'").run();
    expect(() => db.prepare('UPDATE qbo_tokens SET consecutive_failures = 2').run()).toThrow(/CHECK/); // failures need a code
  });

  it('keeps one row per company and deletes it with the company', () => {
    const db = freshDb();
    insert(db);
    expect(() => insert(db)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => insert(db, { company_id: 'co_missing' })).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM companies WHERE id = 'co_1'").run();
    expect(db.prepare('SELECT count(*) FROM qbo_tokens').pluck().get()).toBe(0);
  });
});
