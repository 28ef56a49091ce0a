/**
 * The Electron host: composition root only. It creates the platform adapters (the only code
 * besides src/main/platform that touches `electron`), hands them to the host-agnostic core,
 * and connects the window, tray, notifications and deep links. No business logic lives here.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, dialog, shell, type BrowserWindow } from 'electron';
import { createClockGapDetector } from './core/clock-gap-detector';
import { createCore, type Core } from './core/create-core';
import { isAllowedExternalUrl } from './core/external-links';
import { productModules } from './core/product-modules';
import { systemClock, systemTimers } from './core/system-time';
import { openDatabase } from './db/open-database';
import { createFetchTransport } from './http/fetch-transport';
import { fileSink, stderrSink } from './logging/file-sink';
import { createLogger } from './logging/logger';
import { createRedactor } from './logging/redactor';
import { createElectronNotifier } from './platform/electron-notifier';
import { createElectronPowerEvents } from './platform/electron-power-events';
import { createElectronPreferences } from './platform/electron-preferences';
import { connectIpc } from './platform/ipc-bridge';
import { createMainWindow, revealWindow } from './platform/main-window';
import { createSafeStorageCipher } from './platform/safe-storage-cipher';
import { installSecurityGuards } from './platform/security';
import { createTrayController } from './platform/tray-controller';

const PROTOCOL = 'ledgerlight';
const here = dirname(fileURLToPath(import.meta.url));
const resourcesDir = app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources');
const indexHtml = join(here, '../renderer/index.html');
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;

/** Only our own page: the built index.html, or the dev server's origin during `npm run dev`. */
function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    if (devServerUrl) return u.origin === new URL(devServerUrl).origin;
    return u.protocol === 'file:' && u.pathname === pathToFileURL(indexHtml).pathname;
  } catch {
    return false;
  }
}

const deepLinkIn = (argv: readonly string[]) => argv.find((a) => a.startsWith(`${PROTOCOL}://`));

if (!app.requestSingleInstanceLock()) {
  // A second launch hands its arguments (maybe a deep link) to the first one and leaves.
  app.quit();
} else {
  let quitting = false;
  let win: BrowserWindow | null = null;
  let core: Core | null = null;
  const pendingLinks: string[] = [];
  const routeLink = (url: string) => (core ? void core.handleProtocolUrl(url) : pendingLinks.push(url));

  app.enableSandbox();
  app.setAppUserModelId('com.ledgerlight.app');
  if (!app.isDefaultProtocolClient(PROTOCOL)) app.setAsDefaultProtocolClient(PROTOCOL);
  app.on('second-instance', (_e, argv) => {
    const link = deepLinkIn(argv);
    if (link) routeLink(link);
    if (win) revealWindow(win);
  });
  app.on('open-url', (event, url) => {
    event.preventDefault();
    routeLink(url);
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  // Closing the window keeps Ledgerlight watching from the tray.
  app.on('window-all-closed', () => {});

  app.whenReady().then(async () => {
    const dataDir = app.getPath('userData');
    const logger = createLogger({ sinks: [fileSink(join(dataDir, 'logs', 'ledgerlight.log')), stderrSink], redactor: createRedactor() });
    installSecurityGuards(logger, isAppUrl);
    let opened: ReturnType<typeof openDatabase>;
    try {
      opened = openDatabase(join(dataDir, 'ledgerlight.db'), { logger });
    } catch (err) {
      dialog.showErrorBox('Ledgerlight could not start', err instanceof Error ? err.message : String(err));
      app.exit(1);
      return;
    }
    const preferences = createElectronPreferences();
    const gap = createClockGapDetector({ clock: systemClock, timers: systemTimers });
    core = createCore(
      {
        host: 'electron',
        clock: systemClock,
        timers: systemTimers,
        cipher: createSafeStorageCipher(),
        db: opened.db,
        http: createFetchTransport(),
        notifier: createElectronNotifier(preferences, () => win && revealWindow(win)),
        power: createElectronPowerEvents(gap),
        logger,
        preferences,
        dataDir,
      },
      {
        initialNotices: opened.notices,
        openExternal: async (url, opts) => {
          if (!opts?.builtByApp && !isAllowedExternalUrl(url)) return false;
          if (!/^https?:\/\//i.test(url)) return false;
          await shell.openExternal(url);
          return true;
        },
        modules: productModules(),
      },
    );
    const liveCore = core;
    win = createMainWindow(
      { devServerUrl, indexHtml, preload: join(here, '../preload/index.cjs'), icon: join(resourcesDir, 'icon.png') },
      () => quitting,
    );
    const disconnectIpc = connectIpc(liveCore, () => win, isAppUrl);
    const tray = createTrayController({
      resourcesDir,
      platform: process.platform,
      subscribe: (l) => liveCore.state.subscribe(l),
      initial: liveCore.state.snapshot(),
      actions: {
        open: () => win && revealWindow(win),
        checkAllNow: () => void liveCore.checkAllNow(),
        setNotificationsPaused: (paused) => liveCore.setNotificationsPaused(paused),
        quit: () => app.quit(),
      },
    });
    if (process.platform === 'darwin') app.dock?.hide();
    const stopGap = gap.start();
    liveCore.start();
    for (const link of [...pendingLinks, deepLinkIn(process.argv)].filter((l): l is string => !!l)) void liveCore.handleProtocolUrl(link);
    app.on('will-quit', () => {
      stopGap();
      disconnectIpc();
      tray.dispose();
      void liveCore.stop().finally(() => opened.db.close());
    });
  });
}
