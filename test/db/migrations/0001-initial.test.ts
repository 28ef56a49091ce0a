import Database from 'better-sqlite3';
import { migrate } from '../../../src/main/db/migrate';
import { initialSchema } from '../../../src/main/db/migrations/0001-initial';

function freshDb() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, [initialSchema]);
  return db;
}

const insertCompany = (db: Database.Database, id: string, kind = 'qbo') =>
  db
    .prepare(`INSERT INTO companies (id, kind, display_name, settings_json, created_at, updated_at) VALUES (?, ?, 'Acme', ?, 'now', 'now')`)
    .run(id, kind, JSON.stringify({ kind }));

describe('migration 0001-initial', () => {
  it('creates companies, health_events and incidents and sets user_version 1', () => {
    const db = freshDb();
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['companies', 'health_events', 'incidents']);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
  });

  it('rejects an unknown company kind, an empty name and invalid settings JSON', () => {
    const db = freshDb();
    expect(() => insertCompany(db, 'co_1', 'xero')).toThrow(/CHECK constraint/);
    expect(() =>
      db.prepare(`INSERT INTO companies (id, kind, display_name, settings_json, created_at, updated_at) VALUES ('c', 'qbo', '', '{}', 'n', 'n')`).run(),
    ).toThrow(/CHECK constraint/);
    expect(() =>
      db.prepare(`INSERT INTO companies (id, kind, display_name, settings_json, created_at, updated_at) VALUES ('c', 'qbo', 'A', '{oops', 'n', 'n')`).run(),
    ).toThrow(/CHECK constraint/);
  });

  it('deletes a company\'s history and incidents with it (foreign keys cascade)', () => {
    const db = freshDb();
    insertCompany(db, 'co_1');
    db.prepare(`INSERT INTO health_events (company_id, at, status) VALUES ('co_1', 't', 'healthy')`).run();
    db.prepare(`INSERT INTO incidents (company_id, started_at, code, status) VALUES ('co_1', 't', 'X', 'error')`).run();
    db.prepare(`DELETE FROM companies WHERE id = 'co_1'`).run();
    expect(db.prepare('SELECT count(*) FROM health_events').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM incidents').pluck().get()).toBe(0);
  });

  it('allows only one open incident per company', () => {
    const db = freshDb();
    insertCompany(db, 'co_1');
    const open = db.prepare(`INSERT INTO incidents (company_id, started_at, code, status) VALUES ('co_1', ?, 'X', 'error')`);
    open.run('t1');
    expect(() => open.run('t2')).toThrow(/UNIQUE/);
  });

  it('uses the company/time index for a company\'s history', () => {
    const db = freshDb();
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT * FROM health_events WHERE company_id = 'x' ORDER BY at DESC").all() as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toContain('health_events_company_at');
  });
});
