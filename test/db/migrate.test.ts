import Database from 'better-sqlite3';
import { DatabaseFromFutureError, migrate, type Migration } from '../../src/main/db/migrate';

const m = (version: number, sql: string): Migration => ({ version, name: `m${version}`, up: (db) => db.exec(sql) });

describe('migrate', () => {
  it('applies only pending migrations, in order, and records the version', () => {
    const db = new Database(':memory:');
    expect(migrate(db, [m(1, 'CREATE TABLE a (x)')])).toEqual([1]);
    expect(migrate(db, [m(1, 'CREATE TABLE a (x)'), m(2, 'CREATE TABLE b (x)')])).toEqual([2]);
    expect(migrate(db, [m(1, ''), m(2, '')])).toEqual([]);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
  });

  it('runs all pending migrations in one transaction: a failure leaves the database as it was', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, [m(1, 'CREATE TABLE a (x)'), m(2, 'CREATE TABLE oops (')])).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'a'").pluck().get()).toBe(0);
  });

  it('refuses a database written by a newer app version, with a clear message', () => {
    const db = new Database(':memory:');
    db.pragma('user_version = 7');
    const run = () => migrate(db, [m(1, 'CREATE TABLE a (x)')]);
    expect(run).toThrow(DatabaseFromFutureError);
    expect(run).toThrow(/newer version of Ledgerlight/);
    expect(db.pragma('user_version', { simple: true })).toBe(7);
  });

  it('rejects migration lists whose versions do not increase', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, [m(2, ''), m(1, '')])).toThrow(/not increasing/);
  });
});
