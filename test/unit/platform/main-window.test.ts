import { BrowserWindow } from '../../fakes/electron-double';
import { createMainWindow } from '../../../src/main/platform/main-window';

vi.mock('electron', () => import('../../fakes/electron-double'));

describe('main window', () => {
  it('is sandboxed and isolated, with the preload as its only bridge', () => {
    createMainWindow({ indexHtml: '/app/out/renderer/index.html', preload: '/app/out/preload/index.cjs' }, () => false);
    const prefs = BrowserWindow.instances.at(-1)!.options.webPreferences!;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      preload: '/app/out/preload/index.cjs',
    });
  });

  it('hides to the tray when closed, and really closes only when quitting', () => {
    let quitting = false;
    const win = createMainWindow({ indexHtml: '/i.html', preload: '/p.cjs' }, () => quitting) as unknown as BrowserWindow;
    win.show();
    expect(win.tryClose()).toBe(false);
    expect(win.visible).toBe(false);
    quitting = true;
    expect(win.tryClose()).toBe(true);
  });

  it('loads the dev server when given one, the built file otherwise', () => {
    const dev = createMainWindow({ indexHtml: '/i.html', preload: '/p.cjs', devServerUrl: 'http://localhost:5173' }, () => false) as unknown as BrowserWindow;
    const built = createMainWindow({ indexHtml: '/i.html', preload: '/p.cjs' }, () => false) as unknown as BrowserWindow;
    expect(dev.loaded).toBe('http://localhost:5173');
    expect(built.loaded).toBe('/i.html');
  });
});
