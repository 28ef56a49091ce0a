/**
 * The sandboxed preload: the window's only door to the main process. It exposes one function
 * per operation (channels are fixed here, never chosen by the page) and subscriptions that
 * return an unsubscribe. `ipcRenderer` itself is never exposed, and the Electron event object
 * never reaches the page. Bundled into one CommonJS file (sandboxed preloads cannot load ESM
 * or npm packages), so it imports only plain constants from src/shared.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENTS, OPERATIONS, type OperationName } from '@shared/ipc/operations';
import type { LedgerlightApi } from '@shared/ipc/api';
import type { AppSnapshot } from '@shared/domain/snapshot';

function buildApi(): LedgerlightApi {
  const api: Record<string, unknown> = {};
  for (const name of Object.keys(OPERATIONS) as OperationName[]) {
    const channel = OPERATIONS[name];
    api[name] = (payload?: unknown) => ipcRenderer.invoke(channel, payload);
  }
  api.onStateChanged = (listener: (snapshot: AppSnapshot) => void) => {
    const forward = (_event: IpcRendererEvent, snapshot: AppSnapshot) => listener(snapshot);
    ipcRenderer.on(EVENTS.stateChanged, forward);
    return () => {
      ipcRenderer.removeListener(EVENTS.stateChanged, forward);
    };
  };
  return Object.freeze(api) as LedgerlightApi;
}

contextBridge.exposeInMainWorld('ledgerlight', buildApi());
