import type Database from 'better-sqlite3';

export interface Incident {
  id: number;
  companyId: string;
  startedAt: string;
  endedAt: string | null;
  code: string;
  status: string;
  lastError: unknown;
}

/**
 * Opens an incident for a company, or updates the open one (at most one is open per company,
 * enforced by a partial unique index).
 */
export function openOrUpdateIncident(
  db: Database.Database,
  i: { companyId: string; at: string; code: string; status: string; lastError?: unknown },
): void {
  const lastError = i.lastError === undefined ? null : JSON.stringify(i.lastError);
  const updated = db
    .prepare('UPDATE incidents SET code = ?, status = ?, last_error_json = ? WHERE company_id = ? AND ended_at IS NULL')
    .run(i.code, i.status, lastError, i.companyId).changes;
  if (updated === 0) {
    db.prepare('INSERT INTO incidents (company_id, started_at, code, status, last_error_json) VALUES (?, ?, ?, ?, ?)').run(
      i.companyId,
      i.at,
      i.code,
      i.status,
      lastError,
    );
  }
}

export function closeOpenIncident(db: Database.Database, companyId: string, at: string): boolean {
  return db.prepare('UPDATE incidents SET ended_at = ? WHERE company_id = ? AND ended_at IS NULL').run(at, companyId).changes === 1;
}

export function listIncidents(db: Database.Database, companyId: string, limit = 50): Incident[] {
  const rows = db
    .prepare('SELECT * FROM incidents WHERE company_id = ? ORDER BY started_at DESC LIMIT ?')
    .all(companyId, limit) as Array<{ id: number; company_id: string; started_at: string; ended_at: string | null; code: string; status: string; last_error_json: string | null }>;
  return rows.map((r) => ({
    id: r.id,
    companyId: r.company_id,
    startedAt: r.started_at,
    endedAt: r.ended_at,
    code: r.code,
    status: r.status,
    lastError: r.last_error_json ? JSON.parse(r.last_error_json) : null,
  }));
}
