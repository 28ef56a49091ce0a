import type { Notice } from '@shared/domain/snapshot';
import { CONTRACT } from '@shared/ipc/contract';
import type { Channel } from '@shared/ipc/operations';
import { createCompaniesService, type CompaniesService } from '../companies/companies-service';
import { createDispatcher, type Dispatcher, type Handlers } from '../ipc/dispatcher';
import { createStateStore, type StateStore } from '../state/state-store';
import { AppError } from './app-error';
import type { CoreModule } from './core-module';
import { isAllowedExternalUrl } from './external-links';
import type { CorePorts } from './ports';

/**
 * Opens a URL in the person's browser; false when the host cannot (headless: the window opens it).
 * Without `builtByApp` only allowlisted https links open. `builtByApp` is for URLs main built
 * itself from configured endpoints (the Intuit sign-in page, possibly a simulator on loopback);
 * nothing a window sends can set it.
 */
export type ExternalOpener = (url: string, options?: { builtByApp?: boolean }) => Promise<boolean>;

export interface CoreOptions {
  /** Notices raised while the host started (e.g. a recovered database). */
  initialNotices?: Notice[];
  openExternal: ExternalOpener;
  /** Capabilities built on top of the registry (tokens, health…), created with the core's services. */
  modules?: Array<(ctx: CoreContext) => CoreModule>;
}

/** What a module receives to build itself. */
export interface CoreContext {
  ports: CorePorts;
  state: StateStore;
  companies: CompaniesService;
  openExternal: ExternalOpener;
}

export interface Core {
  dispatcher: Dispatcher;
  state: StateStore;
  companies: CompaniesService;
  ports: CorePorts;
  /** Tray "Check all now" and the window's button. */
  checkAllNow(): Promise<number>;
  setNotificationsPaused(paused: boolean): void;
  /** Routes a `ledgerlight://` deep link to the module that owns it; false when none does. */
  handleProtocolUrl(url: string): Promise<boolean>;
  start(): void;
  stop(): Promise<void>;
}

/**
 * The one function that wires Ledgerlight's services from injected ports. Both hosts (Electron
 * and headless) call it; nothing in here knows which one it runs in.
 */
export function createCore(ports: CorePorts, options: CoreOptions): Core {
  const log = ports.logger.child('core');
  // `state` is read lazily: the registry only publishes on changes, after construction.
  const publish = () => state.publish();
  const companies = createCompaniesService({ db: ports.db, clock: ports.clock, logger: ports.logger, onChange: publish });
  const state: StateStore = createStateStore({
    host: ports.host,
    companies: () => companies.list(),
    preferences: () => ({ notificationsPaused: ports.preferences.get('notificationsPaused') }),
  });
  for (const notice of options.initialNotices ?? []) state.addNotice(notice);

  const ctx: CoreContext = { ports, state, companies, openExternal: options.openExternal };
  const modules = (options.modules ?? []).map((make) => make(ctx));

  const checkAllNow = async () => {
    let started = 0;
    for (const m of modules) if (m.checkAll) started += await m.checkAll();
    log.info('check all requested', { started });
    return started;
  };
  const setNotificationsPaused = (paused: boolean) => {
    ports.preferences.set('notificationsPaused', paused);
    publish();
  };

  const baseHandlers: Partial<Handlers> = {
    'app:getSnapshot': () => state.snapshot(),
    'app:openExternal': async ({ url }) => {
      if (!isAllowedExternalUrl(url)) {
        log.warn('refused to open external link', { url: url.slice(0, 200) });
        throw new AppError('LINK_NOT_ALLOWED', 'Ledgerlight only opens secure links to QuickBooks and its partners.');
      }
      return { opened: await options.openExternal(url) };
    },
    'companies:add': (p) => companies.add(p),
    'companies:rename': ({ id, displayName }) => companies.rename(id, displayName),
    'companies:setPaused': ({ id, paused }) => companies.setPaused(id, paused),
    'companies:remove': async ({ id }) => {
      await companies.remove(id);
      return { removed: true as const };
    },
    'companies:checkAll': async () => ({ started: await checkAllNow() }),
    'notices:dismiss': ({ id }) => {
      const known = state.snapshot().notices.some((n) => n.id === id);
      if (known) state.dismissNotice(id);
      return { dismissed: known };
    },
    'prefs:setNotificationsPaused': ({ paused }) => {
      setNotificationsPaused(paused);
      return { notificationsPaused: paused };
    },
  };
  const merged = modules.reduce<Partial<Handlers>>((acc, m) => ({ ...acc, ...m.handlers }), baseHandlers);
  // A channel whose capability is not part of this core (e.g. a test core without modules)
  // answers a typed NOT_CONFIGURED instead of crashing.
  const handlers = Object.fromEntries(
    (Object.keys(CONTRACT) as Channel[]).map((channel) => [
      channel,
      merged[channel] ??
        (() => {
          throw new AppError('NOT_CONFIGURED', 'That part of Ledgerlight is not available here.');
        }),
    ]),
  ) as Handlers;
  const dispatcher = createDispatcher(handlers, ports.logger);

  return {
    dispatcher,
    state,
    companies,
    ports,
    checkAllNow,
    setNotificationsPaused,
    async handleProtocolUrl(url) {
      for (const m of modules) if (m.handleProtocolUrl && (await m.handleProtocolUrl(url))) return true;
      log.warn('ignored a ledgerlight:// link nobody handles', { url: url.slice(0, 60) });
      return false;
    },
    start() {
      for (const m of modules) m.start?.();
      log.info('core started', { host: ports.host, modules: modules.map((m) => m.name) });
      state.publish();
    },
    async stop() {
      for (const m of [...modules].reverse()) await m.stop?.();
      log.info('core stopped');
    },
  };
}
