import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Tray } from '../../fakes/electron-double';
import { ALL_CHANNELS } from '../../../src/shared/ipc/operations';

vi.mock('electron', () => import('../../fakes/electron-double'));

/**
 * The Electron composition root, run against the typed double: everything it wires must come
 * up (window, tray, IPC for every channel, deep links), since no Electron runtime exists here.
 */
describe('Electron entry (src/main/index.ts)', () => {
  it('locks a single instance, wires window, tray, IPC and the protocol, and routes deep links', async () => {
    await import('../../../src/main/index');
    expect(app.calls).toEqual(expect.arrayContaining(['enableSandbox', 'appUserModelId:com.ledgerlight.app']));
    expect(app.protocols).toContain('ledgerlight');
    app.becomeReady();
    for (let i = 0; i < 100 && Tray.instances.length === 0; i++) await new Promise((r) => setTimeout(r, 10));

    const win = BrowserWindow.instances.at(-1)!;
    expect(win.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    // Paths are relative to the entry's own folder (out/main in the build, src/main here).
    expect(String(win.options.webPreferences!.preload)).toMatch(/[\\/]preload[\\/]index\.cjs$/);
    expect(String(win.loaded)).toMatch(/[\\/]renderer[\\/]index\.html$/);
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...ALL_CHANNELS].sort());
    expect(Tray.instances).toHaveLength(1);
    expect(existsSync(Tray.instances[0]!.image.path)).toBe(true);
    expect(dialog.errors).toEqual([]);

    // The window shows the page the entry loaded: only then does the IPC sender check trust it.
    win.webContents.mainFrame.url = pathToFileURL(String(win.loaded)).href;
    // A second launch carrying an OAuth callback is routed to the connect flow (refused: unknown state).
    app.emit('second-instance', {}, ['ledgerlight', 'ledgerlight://oauth/callback?code=x&state=nope&realmId=1']);
    const snapshotNotices = async () => {
      const r = (await ipcMain.handlers.get('app:getSnapshot')!({ sender: win.webContents, senderFrame: win.webContents.mainFrame }, undefined)) as {
        value: { notices: Array<{ id: string; title: string }> };
      };
      return r.value.notices;
    };
    for (let i = 0; i < 100 && !(await snapshotNotices()).some((n) => n.id === 'oauth-callback'); i++) await new Promise((r) => setTimeout(r, 10));
    expect((await snapshotNotices()).find((n) => n.id === 'oauth-callback')?.title).toBe('QuickBooks did not connect');
  });
});
