import type { BrowserWindow as ElectronWindow, IpcMainInvokeEvent } from 'electron';
import { BrowserWindow, FakeWebFrame, ipcMain } from '../../fakes/electron-double';
import { connectIpc, isTrustedSender } from '../../../src/main/platform/ipc-bridge';
import { ALL_CHANNELS } from '../../../src/shared/ipc/operations';
import { createTestCore } from '../../fakes/test-core';

vi.mock('electron', () => import('../../fakes/electron-double'));

const isAppUrl = (url: string) => url === 'file:///app/out/renderer/index.html';
const asWindow = (w: BrowserWindow) => w as unknown as ElectronWindow;
const eventFrom = (w: BrowserWindow, frame: FakeWebFrame | null) =>
  ({ sender: w.webContents, senderFrame: frame }) as unknown as IpcMainInvokeEvent;

describe('IPC sender check', () => {
  it('trusts only our window\'s top frame showing our own page', () => {
    const win = new BrowserWindow({});
    const other = new BrowserWindow({});
    const sub = new FakeWebFrame('file:///app/out/renderer/index.html');
    sub.parent = win.webContents.mainFrame;
    expect(isTrustedSender(eventFrom(win, win.webContents.mainFrame), asWindow(win), isAppUrl)).toBe(true);
    expect(isTrustedSender(eventFrom(other, other.webContents.mainFrame), asWindow(win), isAppUrl)).toBe(false);
    expect(isTrustedSender(eventFrom(win, sub), asWindow(win), isAppUrl)).toBe(false);
    expect(isTrustedSender(eventFrom(win, null), asWindow(win), isAppUrl)).toBe(false);
    win.webContents.mainFrame.url = 'https://evil.example/';
    expect(isTrustedSender(eventFrom(win, win.webContents.mainFrame), asWindow(win), isAppUrl)).toBe(false);
    expect(isTrustedSender(eventFrom(win, win.webContents.mainFrame), null, isAppUrl)).toBe(false);
  });
});

describe('connectIpc', () => {
  it('registers every contract channel, routes through the dispatcher, and pushes snapshots to the window', async () => {
    const { core } = createTestCore();
    const win = new BrowserWindow({});
    const dispose = connectIpc(core, () => asWindow(win), isAppUrl);
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...ALL_CHANNELS].sort());

    const add = ipcMain.handlers.get('companies:add')!;
    const ok = await add(eventFrom(win, win.webContents.mainFrame), { displayName: 'Acme', settings: { kind: 'qbo' } });
    expect(ok).toMatchObject({ ok: true, value: { displayName: 'Acme' } });
    expect(win.webContents.sent.at(-1)).toMatchObject({ channel: 'state:changed', args: [{ companies: [{ displayName: 'Acme' }] }] });

    const other = new BrowserWindow({});
    const refused = await add(eventFrom(other, other.webContents.mainFrame), { displayName: 'Evil', settings: { kind: 'qbo' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    const bad = await add(eventFrom(win, win.webContents.mainFrame), { displayName: 42 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    expect(core.companies.list()).toHaveLength(1);

    dispose();
    expect(ipcMain.handlers.size).toBe(0);
  });
});
