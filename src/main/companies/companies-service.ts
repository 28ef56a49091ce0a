import type Database from 'better-sqlite3';
import type { CompanySummary, ProviderSettings } from '@shared/domain/company';
import { AppError } from '../core/app-error';
import type { Clock } from '../core/ports';
import * as repo from '../db/repos/companies-repo';
import type { Logger } from '../logging/logger';
import { newCompanyId } from './company-id';
import { statusText } from './status-text';

/** Runs before a company is deleted (e.g. revoke its QuickBooks tokens); failures are logged, not fatal. */
export type BeforeRemoveHook = (company: repo.CompanyRecord) => Promise<void>;

export interface CompaniesService {
  list(): CompanySummary[];
  get(id: string): CompanySummary;
  add(input: { displayName: string; settings: ProviderSettings }): CompanySummary;
  rename(id: string, displayName: string): CompanySummary;
  setPaused(id: string, paused: boolean): CompanySummary;
  remove(id: string): Promise<void>;
  onBeforeRemove(hook: BeforeRemoveHook): void;
}

export function toSummary(r: repo.CompanyRecord): CompanySummary {
  return {
    id: r.id,
    kind: r.kind,
    displayName: r.displayName,
    paused: r.paused,
    status: r.paused ? 'paused' : r.status,
    statusText: statusText(r.status, r.kind, r.paused),
    problem: r.problem,
    settings: r.settings,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    lastCheckedAt: r.lastCheckedAt,
  };
}

const notFound = () => new AppError('NOT_FOUND', 'That company is no longer in Ledgerlight. It may have been removed in another window.');

/**
 * The companies registry: add, rename, pause/resume, remove, list. Every change is persisted
 * before `onChange` tells the window, so what the window shows survives a restart.
 */
export function createCompaniesService(deps: { db: Database.Database; clock: Clock; logger: Logger; onChange: () => void }): CompaniesService {
  const { db, clock, onChange } = deps;
  const log = deps.logger.child('companies');
  const hooks: BeforeRemoveHook[] = [];
  const nowIso = () => new Date(clock.now()).toISOString();
  const mustGet = (id: string) => repo.getCompany(db, id) ?? (() => { throw notFound(); })();

  return {
    list: () => repo.listCompanies(db).map(toSummary),
    get: (id) => toSummary(mustGet(id)),
    add({ displayName, settings }) {
      if (settings.kind === 'qbo' && settings.realmId) {
        const clash = repo.listCompanies(db).find((c) => c.settings.kind === 'qbo' && c.settings.realmId === settings.realmId);
        if (clash) throw new AppError('CONFLICT', `This QuickBooks company is already in Ledgerlight as "${clash.displayName}".`);
      }
      const record = repo.insertCompany(db, { id: newCompanyId(), displayName, settings, now: nowIso() });
      log.info('company added', { id: record.id, kind: record.kind });
      onChange();
      return toSummary(record);
    },
    rename(id, displayName) {
      if (!repo.renameCompany(db, id, displayName, nowIso())) throw notFound();
      onChange();
      return toSummary(mustGet(id));
    },
    setPaused(id, paused) {
      if (!repo.setCompanyPaused(db, id, paused, nowIso())) throw notFound();
      log.info(paused ? 'company paused' : 'company resumed', { id });
      onChange();
      return toSummary(mustGet(id));
    },
    async remove(id) {
      const record = mustGet(id);
      for (const hook of hooks) {
        try {
          await hook(record);
        } catch (err) {
          log.warn('before-remove step failed; removing anyway', { id, err });
        }
      }
      repo.deleteCompany(db, id);
      log.info('company removed', { id });
      onChange();
    },
    onBeforeRemove: (hook) => void hooks.push(hook),
  };
}
