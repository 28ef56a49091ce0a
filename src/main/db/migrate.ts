import type Database from 'better-sqlite3';

/** One schema step. Versions only ever go up; each migration is a tiny function of its own file. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

/**
 * The database was written by a newer Ledgerlight. We refuse to touch it rather than guess
 * at a schema we do not know; the person installs the newer version again.
 */
export class DatabaseFromFutureError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This Ledgerlight data was saved by a newer version of Ledgerlight (data version ${found}; this version understands up to ${supported}). ` +
        'Install the latest Ledgerlight to open it. Your data has not been changed.',
    );
    this.name = 'DatabaseFromFutureError';
  }
}

export function assertMonotonic(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    const prev = migrations[i - 1];
    if (prev && m.version <= prev.version) throw new Error(`Migration versions are not increasing at ${m.name}`);
  });
}

/**
 * Applies every pending migration inside ONE transaction: either the database reaches the
 * newest version or it stays exactly as it was.
 * @returns the versions that were applied
 */
export function migrate(db: Database.Database, migrations: readonly Migration[]): number[] {
  assertMonotonic(migrations);
  const latest = migrations.at(-1)?.version ?? 0;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) throw new DatabaseFromFutureError(current, latest);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return [];
  db.transaction(() => {
    for (const m of pending) m.up(db);
    db.pragma(`user_version = ${latest}`);
  })();
  return pending.map((m) => m.version);
}
