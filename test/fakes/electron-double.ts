/**
 * A typed test double of the parts of `electron` Ledgerlight's shell uses. Tests do
 * `vi.mock('electron', () => import('../../fakes/electron-double'))` and then inspect the
 * exported `electronDouble` state. Shapes follow electron.d.ts so misuse fails to typecheck.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Electron from 'electron';

type Listener = (...args: unknown[]) => unknown;

class Emitter extends EventEmitter {}

export class FakeWebFrame {
  parent: FakeWebFrame | null = null;
  constructor(public url: string) {}
}

let nextId = 1;
export class FakeWebContents extends Emitter {
  id = nextId++;
  mainFrame = new FakeWebFrame('file:///app/out/renderer/index.html');
  sent: Array<{ channel: string; args: unknown[] }> = [];
  windowOpenHandler: ((d: { url: string }) => { action: string }) | null = null;
  send(channel: string, ...args: unknown[]) {
    this.sent.push({ channel, args });
  }
  setWindowOpenHandler(h: (d: { url: string }) => { action: string }) {
    this.windowOpenHandler = h;
  }
}

export class BrowserWindow extends Emitter {
  static instances: BrowserWindow[] = [];
  webContents = new FakeWebContents();
  visible = false;
  destroyed = false;
  loaded: string | null = null;
  constructor(public options: Electron.BrowserWindowConstructorOptions) {
    super();
    BrowserWindow.instances.push(this);
  }
  isDestroyed() { return this.destroyed; }
  isMinimized() { return false; }
  restore() {}
  show() { this.visible = true; }
  hide() { this.visible = false; }
  focus() {}
  async loadFile(f: string) { this.loaded = f; }
  async loadURL(u: string) { this.loaded = u; }
  /** Simulates the person closing the window; returns whether it really closed. */
  tryClose(): boolean {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    return !prevented;
  }
}

const handlers = new Map<string, Listener>();
export const ipcMain = Object.assign(new Emitter(), {
  handle: (channel: string, fn: Listener) => void handlers.set(channel, fn),
  removeHandler: (channel: string) => void handlers.delete(channel),
  handlers,
});

let ready: () => void = () => {};
const whenReadyPromise = new Promise<void>((resolve) => (ready = resolve));

export const app = Object.assign(new Emitter(), {
  userData: mkdtempSync(join(tmpdir(), 'll-electron-')),
  getPath: (_name: string) => app.userData,
  getVersion: () => '0.1.0',
  getAppPath: () => process.cwd(),
  isPackaged: false,
  singleInstance: true,
  protocols: [] as string[],
  calls: [] as string[],
  exitCode: null as number | null,
  requestSingleInstanceLock: () => app.singleInstance,
  enableSandbox: () => void app.calls.push('enableSandbox'),
  setAppUserModelId: (id: string) => void app.calls.push(`appUserModelId:${id}`),
  isDefaultProtocolClient: (p: string) => app.protocols.includes(p),
  setAsDefaultProtocolClient: (p: string) => !!app.protocols.push(p),
  whenReady: () => whenReadyPromise,
  /** Test control: fire the `ready` event. */
  becomeReady: () => ready(),
  quit: () => void app.calls.push('quit'),
  exit: (code: number) => void (app.exitCode = code),
  dock: { hide: () => void app.calls.push('dock.hide') },
});

export const dialog = { errors: [] as Array<{ title: string; content: string }>, showErrorBox: (title: string, content: string) => void dialog.errors.push({ title, content }) };

export const safeStorage = {
  backend: 'gnome_libsecret',
  isAsyncEncryptionAvailable: async () => true,
  getSelectedStorageBackend: () => safeStorage.backend,
  encryptStringAsync: async (plain: string) => Buffer.from(`enc:${Buffer.from(plain).toString('base64')}`),
  decryptStringAsync: async (buf: Buffer) => ({ result: Buffer.from(buf.toString().slice(4), 'base64').toString(), shouldReEncrypt: false }),
};

export const permission = { request: null as null | Listener, check: null as null | Listener };
export const session = {
  defaultSession: {
    setPermissionRequestHandler: (h: Listener) => void (permission.request = h),
    setPermissionCheckHandler: (h: Listener) => void (permission.check = h),
  },
};

export const shell = { opened: [] as string[], openExternal: async (url: string) => void shell.opened.push(url) };

export class FakeImage {
  template = false;
  constructor(public path: string) {}
  setTemplateImage(v: boolean) { this.template = v; }
}
export const nativeImage = { createFromPath: (p: string) => new FakeImage(p) };

export class Tray extends Emitter {
  static instances: Tray[] = [];
  image: FakeImage;
  tooltip = '';
  menu: unknown = null;
  destroyed = false;
  constructor(image: FakeImage) {
    super();
    this.image = image;
    Tray.instances.push(this);
  }
  setImage(i: FakeImage) { this.image = i; }
  setToolTip(t: string) { this.tooltip = t; }
  setContextMenu(m: unknown) { this.menu = m; }
  isDestroyed() { return this.destroyed; }
  destroy() { this.destroyed = true; }
}
export const Menu = { buildFromTemplate: (t: Electron.MenuItemConstructorOptions[]) => ({ template: t }) };

export class Notification extends Emitter {
  static shown: Array<{ title?: string; body?: string }> = [];
  static isSupported() { return true; }
  constructor(public options: Electron.NotificationConstructorOptions) { super(); }
  show() { Notification.shown.push({ title: this.options.title, body: this.options.body }); }
}

export const powerMonitor = new Emitter();

export const exposed: Record<string, unknown> = {};
export const contextBridge = { exposeInMainWorld: (key: string, api: unknown) => void (exposed[key] = api) };
export const ipcRenderer = Object.assign(new Emitter(), {
  invoked: [] as Array<{ channel: string; payload: unknown }>,
  invoke: async (channel: string, payload: unknown) => {
    ipcRenderer.invoked.push({ channel, payload });
    return { ok: true, value: null };
  },
});

const electronDouble = { app, dialog, safeStorage, BrowserWindow, ipcMain, session, shell, nativeImage, Tray, Menu, Notification, powerMonitor, contextBridge, ipcRenderer };
export default electronDouble;
