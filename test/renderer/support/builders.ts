import type { CompanySummary } from '@shared/domain/company';
import type { AppSnapshot } from '@shared/domain/snapshot';

let n = 0;
/** A valid-looking company id (`co_` + 16 lowercase letters/digits). */
export const companyId = (seed = ++n) => `co_${String(seed).padStart(16, '0')}`;

export function makeCompany(overrides: Partial<CompanySummary> = {}): CompanySummary {
  return {
    id: companyId(),
    kind: 'qbo',
    displayName: 'Acme Plumbing Ltd',
    paused: false,
    status: 'not_checked',
    statusText: 'Not checked yet',
    problem: null,
    settings: { kind: 'qbo' },
    createdAt: '2025-11-20T09:00:00.000Z',
    updatedAt: '2025-11-20T09:00:00.000Z',
    lastCheckedAt: null,
    ...overrides,
  };
}

export function makeSnapshot(overrides: Partial<AppSnapshot> = {}): AppSnapshot {
  return {
    hostInstanceId: 'host-1',
    version: 1,
    host: 'electron',
    overall: 'ok',
    companies: [],
    notices: [],
    preferences: { notificationsPaused: false },
    ...overrides,
  };
}
