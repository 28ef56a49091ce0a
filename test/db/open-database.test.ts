import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DatabaseFromFutureError } from '../../src/main/db/migrate';
import { MIGRATIONS } from '../../src/main/db/migrations';
import { openDatabase } from '../../src/main/db/open-database';
import { testLogger } from '../fakes/test-logger';

const tempFile = () => join(mkdtempSync(join(tmpdir(), 'll-db-')), 'ledgerlight.db');

describe('openDatabase', () => {
  it('configures WAL, foreign keys and FULL synchronous writes, and migrates to the newest version', () => {
    const { db, notices } = openDatabase(tempFile(), { logger: testLogger() });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    expect(notices).toEqual([]);
  });

  it('moves a corrupted file aside (kept, not deleted), starts fresh, and tells the person', () => {
    const file = tempFile();
    const garbage = Buffer.from('this is not a sqlite database at all, just bytes '.repeat(200));
    writeFileSync(file, garbage);
    const logger = testLogger();
    const { db, notices } = openDatabase(file, { logger, now: () => Date.UTC(2026, 0, 2, 3, 4, 5) });
    expect(db.prepare('SELECT count(*) FROM companies').pluck().get()).toBe(0);
    const kept = readdirSync(join(file, '..')).filter((f) => f.includes('.corrupt-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(file, '..', kept[0]!))).toEqual(garbage);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toContain(kept[0]!);
    expect(notices[0]!.fixSteps?.length).toBeGreaterThan(0);
    expect(logger.lines.some((l) => l.includes('damaged'))).toBe(true);
  });

  it('refuses a database from a newer version and leaves the file untouched', () => {
    const file = tempFile();
    const raw = new Database(file);
    raw.pragma('user_version = 999');
    raw.close();
    const before = readFileSync(file);
    expect(() => openDatabase(file, { logger: testLogger() })).toThrow(DatabaseFromFutureError);
    expect(readFileSync(file)).toEqual(before);
    expect(readdirSync(join(file, '..')).some((f) => f.includes('.corrupt-'))).toBe(false);
  });

  it('creates the data folder when it does not exist yet', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'll-db-')), 'nested', 'deeper', 'ledgerlight.db');
    openDatabase(file, { logger: testLogger() }).db.close();
    expect(existsSync(file)).toBe(true);
  });
});
