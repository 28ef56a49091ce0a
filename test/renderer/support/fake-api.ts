import type { AppSnapshot } from '@shared/domain/snapshot';
import type { LedgerlightApi } from '@shared/ipc/api';
import type { IpcError, IpcResult } from '@shared/ipc/result';
import { intuitSettingsView, makeCompany, makeSnapshot } from './builders';

type Fn<K extends keyof LedgerlightApi> = LedgerlightApi[K];

/** A fake `window.ledgerlight`: every operation is a vi.fn; `push` emits a state:changed. */
export interface FakeApi {
  api: LedgerlightApi;
  mocks: { [K in keyof LedgerlightApi]: ReturnType<typeof vi.fn<Fn<K>>> };
  push(snapshot: AppSnapshot): void;
  listeners(): number;
}

export const ok = <T>(value: T): Promise<IpcResult<T>> => Promise.resolve({ ok: true, value });
export const refuse = (error: IpcError): Promise<IpcResult<never>> => Promise.resolve({ ok: false, error });

/**
 * Defaults answer like a friendly host: getSnapshot returns `initial`, mutations succeed and
 * echo a plausible value. Tests override single mocks with mockResolvedValueOnce / mockImplementation.
 */
export function createFakeApi(initial: AppSnapshot = makeSnapshot()): FakeApi {
  const listeners = new Set<(s: AppSnapshot) => void>();
  let current = initial;
  const byId = (id: string) => current.companies.find((c) => c.id === id) ?? current.companies[0]!;
  const mocks = {
    getSnapshot: vi.fn<Fn<'getSnapshot'>>(() => ok(current)),
    openExternal: vi.fn<Fn<'openExternal'>>(() => ok({ opened: true })),
    addCompany: vi.fn<Fn<'addCompany'>>((p) =>
      ok(makeCompany({ id: 'co_0000000000000999', displayName: p.displayName, kind: p.settings.kind, settings: p.settings as never })),
    ),
    renameCompany: vi.fn<Fn<'renameCompany'>>((p) => ok({ ...byId(p.id), displayName: p.displayName })),
    setCompanyPaused: vi.fn<Fn<'setCompanyPaused'>>((p) => ok({ ...byId(p.id), paused: p.paused })),
    removeCompany: vi.fn<Fn<'removeCompany'>>(() => ok({ removed: true as const })),
    checkAllNow: vi.fn<Fn<'checkAllNow'>>(() => ok({ started: 0 })),
    setNotificationsPaused: vi.fn<Fn<'setNotificationsPaused'>>((p) => ok({ notificationsPaused: p.paused })),
    dismissNotice: vi.fn<Fn<'dismissNotice'>>(() => ok({ dismissed: true })),
    getIntuitSettings: vi.fn<Fn<'getIntuitSettings'>>(() => ok(intuitSettingsView())),
    saveIntuitSettings: vi.fn<Fn<'saveIntuitSettings'>>((p) =>
      ok(intuitSettingsView({ configured: true, clientId: p.clientId, hasClientSecret: true, environment: p.environment, redirectUri: p.redirectUri })),
    ),
    startConnect: vi.fn<Fn<'startConnect'>>(() =>
      ok({ authorizationUrl: 'https://appcenter.intuit.com/connect/oauth2?state=x', via: 'loopback' as const, expiresAt: '2025-11-21T10:10:00Z', opened: true }),
    ),
    completeConnectFromUrl: vi.fn<Fn<'completeConnectFromUrl'>>(() => ok({ companyId: 'co_0000000000000001', qboCompanyName: 'Sandbox Company US 1', message: 'Connected.' })),
    disconnectCompany: vi.fn<Fn<'disconnectCompany'>>(() => ok({ revoked: true, message: 'Disconnected.' })),
    onStateChanged: vi.fn<Fn<'onStateChanged'>>((listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    }),
  };
  return {
    api: mocks as unknown as LedgerlightApi,
    mocks,
    push(snapshot) {
      current = snapshot;
      for (const l of [...listeners]) l(snapshot);
    },
    listeners: () => listeners.size,
  };
}
