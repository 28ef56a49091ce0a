import type { CompanySummary } from '@shared/domain/company';
import type { AppSnapshot } from '@shared/domain/snapshot';
import type { IntuitSettingsView } from '@shared/domain/intuit-settings';

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

export function intuitSettingsView(overrides: Partial<IntuitSettingsView> = {}): IntuitSettingsView {
  return {
    configured: false,
    clientId: null,
    hasClientSecret: false,
    environment: 'sandbox',
    redirectUri: null,
    scopes: [],
    callbackRoute: null,
    endpoints: null,
    overridden: [],
    endpointSource: null,
    ...overrides,
  };
}
