import type Database from 'better-sqlite3';
import type { CompanyStatus } from '@shared/domain/company';

export interface HealthEvent {
  id: number;
  companyId: string;
  at: string;
  status: CompanyStatus;
  code: string | null;
  detail: unknown;
  latencyMs: number | null;
}

/** Appends one observation to a company's history (what the window's history view reads). */
export function recordHealthEvent(
  db: Database.Database,
  e: { companyId: string; at: string; status: CompanyStatus; code?: string | null; detail?: unknown; latencyMs?: number | null },
): void {
  db.prepare('INSERT INTO health_events (company_id, at, status, code, detail_json, latency_ms) VALUES (?, ?, ?, ?, ?, ?)').run(
    e.companyId,
    e.at,
    e.status,
    e.code ?? null,
    e.detail === undefined ? null : JSON.stringify(e.detail),
    e.latencyMs ?? null,
  );
}

export function listHealthEvents(db: Database.Database, companyId: string, limit = 100): HealthEvent[] {
  const rows = db
    .prepare('SELECT * FROM health_events WHERE company_id = ? ORDER BY at DESC, id DESC LIMIT ?')
    .all(companyId, limit) as Array<{ id: number; company_id: string; at: string; status: string; code: string | null; detail_json: string | null; latency_ms: number | null }>;
  return rows.map((r) => ({
    id: r.id,
    companyId: r.company_id,
    at: r.at,
    status: r.status as CompanyStatus,
    code: r.code,
    detail: r.detail_json ? JSON.parse(r.detail_json) : null,
    latencyMs: r.latency_ms,
  }));
}

/** Keeps history bounded (rolling window). */
export function pruneHealthEvents(db: Database.Database, olderThan: string): number {
  return db.prepare('DELETE FROM health_events WHERE at < ?').run(olderThan).changes;
}
