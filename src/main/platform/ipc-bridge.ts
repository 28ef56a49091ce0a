import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { ALL_CHANNELS, EVENTS } from '@shared/ipc/operations';
import type { Core } from '../core/create-core';
import type { Disposable } from '../core/ports';

/**
 * Sender check (Electron security checklist #17): the request must come from our own window's
 * top frame, showing our own page. Sub-frames, other windows and navigated-away pages are refused.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, win: BrowserWindow | null, isAppUrl: (url: string) => boolean): boolean {
  if (!win || win.isDestroyed()) return false;
  const frame = event.senderFrame;
  if (event.sender.id !== win.webContents.id || !frame) return false;
  if (frame !== win.webContents.mainFrame || frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

/**
 * Routes every contract channel through the core's dispatcher and pushes each new snapshot to
 * the window. The window asks for the current snapshot when it mounts, so nothing is missed.
 */
export function connectIpc(core: Core, getWindow: () => BrowserWindow | null, isAppUrl: (url: string) => boolean): Disposable {
  for (const channel of ALL_CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      core.dispatcher.invoke(channel, payload, {
        trusted: isTrustedSender(event, getWindow(), isAppUrl),
        description: `webContents ${event.sender.id} ${event.senderFrame?.url ?? '(no frame)'}`,
      }),
    );
  }
  const unsubscribe = core.state.subscribe((snapshot) => {
    const win = getWindow();
    if (win && !win.isDestroyed()) win.webContents.send(EVENTS.stateChanged, snapshot);
  });
  return () => {
    unsubscribe();
    for (const channel of ALL_CHANNELS) ipcMain.removeHandler(channel);
  };
}
