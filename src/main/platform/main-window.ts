import { BrowserWindow } from 'electron';

export interface WindowTarget {
  /** The dev server URL in `npm run dev`, otherwise the built index.html on disk. */
  devServerUrl?: string;
  indexHtml: string;
  preload: string;
  icon?: string;
}

/**
 * The one Ledgerlight window: sandboxed, isolated, no Node in the page, preload as the only
 * bridge. Closing it hides it to the tray; only Quit ends the app (see `allowClose`).
 */
export function createMainWindow(target: WindowTarget, allowClose: () => boolean): BrowserWindow {
  const win = new BrowserWindow({
    width: 960,
    height: 720,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'Ledgerlight',
    icon: target.icon,
    autoHideMenuBar: true,
    webPreferences: {
      preload: target.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  win.on('close', (event) => {
    if (allowClose()) return;
    event.preventDefault();
    win.hide();
  });
  if (target.devServerUrl) void win.loadURL(target.devServerUrl);
  else void win.loadFile(target.indexHtml);
  return win;
}

/** Brings the window forward (second launch, tray click, notification click). */
export function revealWindow(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
