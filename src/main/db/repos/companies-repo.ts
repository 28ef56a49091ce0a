import type Database from 'better-sqlite3';
import {
  ProviderSettingsSchema,
  type CompanyId,
  type CompanyKind,
  type CompanyProblem,
  type CompanyStatus,
  type ProviderSettings,
} from '@shared/domain/company';

/** A company row as stored; `settings` is re-validated on read so a bad row cannot reach the window. */
export interface CompanyRecord {
  id: CompanyId;
  kind: CompanyKind;
  displayName: string;
  settings: ProviderSettings;
  paused: boolean;
  status: CompanyStatus;
  problem: CompanyProblem | null;
  lastCheckedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

interface Row {
  id: string;
  kind: string;
  display_name: string;
  settings_json: string;
  paused: number;
  status: string;
  problem_json: string | null;
  last_checked_at: string | null;
  created_at: string;
  updated_at: string;
}

function fromRow(row: Row): CompanyRecord {
  return {
    id: row.id as CompanyId,
    kind: row.kind as CompanyKind,
    displayName: row.display_name,
    settings: ProviderSettingsSchema.parse(JSON.parse(row.settings_json)),
    paused: row.paused === 1,
    status: row.status as CompanyStatus,
    problem: row.problem_json ? (JSON.parse(row.problem_json) as CompanyProblem) : null,
    lastCheckedAt: row.last_checked_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function insertCompany(
  db: Database.Database,
  c: { id: CompanyId; displayName: string; settings: ProviderSettings; now: string },
): CompanyRecord {
  db.prepare(
    `INSERT INTO companies (id, kind, display_name, settings_json, created_at, updated_at)
     VALUES (@id, @kind, @displayName, @settings, @now, @now)`,
  ).run({ id: c.id, kind: c.settings.kind, displayName: c.displayName, settings: JSON.stringify(c.settings), now: c.now });
  return getCompany(db, c.id)!;
}

export function getCompany(db: Database.Database, id: string): CompanyRecord | null {
  const row = db.prepare('SELECT * FROM companies WHERE id = ?').get(id) as Row | undefined;
  return row ? fromRow(row) : null;
}

export function listCompanies(db: Database.Database): CompanyRecord[] {
  const rows = db.prepare('SELECT * FROM companies ORDER BY display_name COLLATE NOCASE, created_at').all() as Row[];
  return rows.map(fromRow);
}

/** @returns false when no such company exists */
export function renameCompany(db: Database.Database, id: string, displayName: string, now: string): boolean {
  return db.prepare('UPDATE companies SET display_name = ?, updated_at = ? WHERE id = ?').run(displayName, now, id).changes === 1;
}

export function setCompanyPaused(db: Database.Database, id: string, paused: boolean, now: string): boolean {
  return db.prepare('UPDATE companies SET paused = ?, updated_at = ? WHERE id = ?').run(paused ? 1 : 0, now, id).changes === 1;
}

export function updateCompanySettings(db: Database.Database, id: string, settings: ProviderSettings, now: string): boolean {
  return (
    db.prepare('UPDATE companies SET settings_json = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(settings), now, id).changes === 1
  );
}

/** Records the outcome of a check or a token event as the company's current status. */
export function setCompanyStatus(
  db: Database.Database,
  id: string,
  s: { status: CompanyStatus; problem: CompanyProblem | null; checkedAt: string | null; now: string },
): boolean {
  return (
    db
      .prepare(
        `UPDATE companies SET status = ?, problem_json = ?, last_checked_at = COALESCE(?, last_checked_at), updated_at = ? WHERE id = ?`,
      )
      .run(s.status, s.problem ? JSON.stringify(s.problem) : null, s.checkedAt, s.now, id).changes === 1
  );
}

export function deleteCompany(db: Database.Database, id: string): boolean {
  return db.prepare('DELETE FROM companies WHERE id = ?').run(id).changes === 1;
}
