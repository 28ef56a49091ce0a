import type { WebSocket } from 'ws';
import type { BridgeServerMessage } from '@shared/ipc/bridge-protocol';
import { EVENTS } from '@shared/ipc/operations';
import type { Core } from '../../core/create-core';
import type { Logger } from '../../logging/logger';

/**
 * Serves one authenticated WebSocket: every `invoke` frame goes through the same dispatcher
 * as Electron IPC; every snapshot is pushed. A frame that is not even an invoke gets a typed
 * `error` frame and the connection carries on.
 */
export function serveBridgeSocket(socket: WebSocket, core: Core, logger: Logger, peer: string): void {
  const send = (m: BridgeServerMessage) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(m));
  };
  send({ type: 'event', event: EVENTS.stateChanged, payload: core.state.snapshot() });
  const unsubscribe = core.state.subscribe((snapshot) => send({ type: 'event', event: EVENTS.stateChanged, payload: snapshot }));
  socket.on('close', unsubscribe);
  socket.on('error', (err) => logger.warn('bridge socket error', { peer, err }));

  socket.on('message', (data, isBinary) => {
    let frame: unknown;
    try {
      if (isBinary) throw new Error('binary frame');
      frame = JSON.parse(data.toString());
    } catch {
      logger.warn('bridge frame is not JSON', { peer });
      send({ type: 'error', error: { code: 'INVALID_PAYLOAD', message: 'The bridge only accepts JSON messages.' } });
      return;
    }
    const f = frame as { type?: unknown; id?: unknown; channel?: unknown; payload?: unknown };
    if (f?.type !== 'invoke' || typeof f.id !== 'number' || !Number.isSafeInteger(f.id)) {
      logger.warn('bridge frame is not an invoke', { peer });
      send({ type: 'error', error: { code: 'INVALID_PAYLOAD', message: 'Expected {type:"invoke", id, channel, payload}.' } });
      return;
    }
    const id = f.id;
    void core.dispatcher
      .invoke(f.channel, f.payload, { trusted: true, description: `bridge ${peer}` })
      .then((result) => send({ type: 'result', id, result }));
  });
}
