import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Notice } from '@shared/domain/snapshot';
import type { Logger } from '../logging/logger';
import { DatabaseFromFutureError, migrate, type Migration } from './migrate';
import { MIGRATIONS } from './migrations';

export interface OpenedDatabase {
  db: Database.Database;
  /** Things the person must be told, e.g. that a damaged database was set aside. */
  notices: Notice[];
}

const CORRUPTION_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_VTAB']);

function isCorruption(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && CORRUPTION_CODES.has(code);
}

function configure(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // Token rotations must survive power loss: a lost refresh token means a manual reconnect.
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
}

function checkIntegrity(db: Database.Database): void {
  const result = db.pragma('quick_check', { simple: true });
  if (result !== 'ok') {
    const err = new Error(`quick_check reported: ${String(result)}`) as Error & { code: string };
    err.code = 'SQLITE_CORRUPT';
    throw err;
  }
}

/** Moves a damaged file (and its WAL/SHM companions) aside; it is kept, never deleted. */
function setAside(file: string, stamp: string): string {
  const target = `${file}.corrupt-${stamp}`;
  renameSync(file, target);
  for (const suffix of ['-wal', '-shm']) if (existsSync(file + suffix)) renameSync(file + suffix, target + suffix);
  return target;
}

/**
 * Opens (creating if needed) the SQLite database, configures it, and migrates it.
 * A corrupted file is moved aside and a fresh database created, with a notice for the person;
 * a database from a newer app version is refused (DatabaseFromFutureError) and left untouched.
 */
export function openDatabase(
  file: string,
  options: { logger: Logger; now?: () => number; migrations?: readonly Migration[] },
): OpenedDatabase {
  const now = options.now ?? Date.now;
  const migrations = options.migrations ?? MIGRATIONS;
  const log = options.logger.child('db');
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const notices: Notice[] = [];

  const attempt = (): Database.Database => {
    const db = new Database(file);
    try {
      checkIntegrity(db);
      // Refuse a newer app's database before changing anything about the file (even its journal mode).
      const found = db.pragma('user_version', { simple: true }) as number;
      const supported = migrations.at(-1)?.version ?? 0;
      if (found > supported) throw new DatabaseFromFutureError(found, supported);
      configure(db);
      const applied = migrate(db, migrations);
      if (applied.length) log.info('database migrated', { applied });
      return db;
    } catch (err) {
      db.close();
      throw err;
    }
  };

  try {
    return { db: attempt(), notices };
  } catch (err) {
    if (!isCorruption(err) || file === ':memory:') throw err;
    const stamp = new Date(now()).toISOString().replace(/[:.]/g, '-');
    const keptAt = setAside(file, stamp);
    log.error('database was damaged; set aside and started fresh', { keptAt, err });
    notices.push({
      id: `db-recovered-${stamp}`,
      level: 'warning',
      title: 'Ledgerlight started with a fresh database',
      message:
        `Ledgerlight's data file was damaged, so it was set aside (not deleted) as ${keptAt} and a new one was created. ` +
        'Your companies need to be added and connected again.',
      fixSteps: [
        'Add your companies again with "Add company".',
        'Reconnect each QuickBooks Online company.',
        'Keep the damaged file if you want support to look at it; otherwise you can delete it later.',
      ],
      at: new Date(now()).toISOString(),
    });
    return { db: attempt(), notices };
  }
}
