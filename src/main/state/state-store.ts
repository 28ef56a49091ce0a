import { randomUUID } from 'node:crypto';
import type { AppSnapshot, Notice } from '@shared/domain/snapshot';
import type { CompanySummary } from '@shared/domain/company';
import type { Disposable } from '../core/ports';
import { overallState } from './overall-state';

export interface StateStore {
  /** The current snapshot (version increases on every publish). */
  snapshot(): AppSnapshot;
  /** Rebuilds the snapshot from its sources and pushes it to every subscriber. */
  publish(): void;
  subscribe(listener: (snapshot: AppSnapshot) => void): Disposable;
  addNotice(notice: Notice): void;
  dismissNotice(id: string): void;
}

/**
 * Holds the versioned snapshot that both hosts push to the window. Snapshots are whole (tens
 * of companies, not thousands), so a late or reconnecting window only needs the latest one.
 */
export function createStateStore(sources: {
  host: AppSnapshot['host'];
  companies: () => CompanySummary[];
  preferences: () => AppSnapshot['preferences'];
}): StateStore {
  const hostInstanceId = randomUUID();
  let version = 0;
  let notices: Notice[] = [];
  const listeners = new Set<(s: AppSnapshot) => void>();
  const build = (): AppSnapshot => {
    const companies = sources.companies();
    return { hostInstanceId, version, host: sources.host, overall: overallState(companies), companies, notices, preferences: sources.preferences() };
  };
  let current: AppSnapshot | null = null;
  const store: StateStore = {
    snapshot: () => (current ??= build()),
    publish() {
      version += 1;
      current = build();
      for (const l of listeners) l(current);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    addNotice(notice) {
      notices = [...notices.filter((n) => n.id !== notice.id), notice];
      store.publish();
    },
    dismissNotice(id) {
      notices = notices.filter((n) => n.id !== id);
      store.publish();
    },
  };
  return store;
}
