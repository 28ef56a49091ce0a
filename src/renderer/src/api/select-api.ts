import type { LedgerlightApi } from '@shared/ipc/api';
import { BRIDGE_PATH } from '@shared/ipc/bridge-protocol';
import { createBridgeClient, type BridgeSocketConstructor } from './bridge-client';
import { ALWAYS_CONNECTED, type ConnectionSource } from './connection';

/** What the window talks to, whichever host it runs in. */
export interface LedgerlightClient {
  api: LedgerlightApi;
  connection: ConnectionSource;
}

/** The bridge address on the page's own origin (wss when the page itself is https). */
export function bridgeUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${BRIDGE_PATH}`;
}

/**
 * Electron's preload puts `window.ledgerlight` on the page; the headless host has no preload,
 * so the same API is built over its WebSocket bridge. The rest of the window never knows which.
 */
export function selectClient(win: Pick<Window, 'ledgerlight' | 'location'>, WebSocketImpl: BridgeSocketConstructor): LedgerlightClient {
  if (win.ledgerlight) return { api: win.ledgerlight, connection: ALWAYS_CONNECTED };
  const client = createBridgeClient({ url: bridgeUrl(win.location), WebSocket: WebSocketImpl });
  return { api: client.api, connection: client.connection };
}
