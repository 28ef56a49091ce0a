import type { BridgeSocket } from '../../../src/renderer/src/api/bridge-client';

/**
 * Stands in for the browser's WebSocket: records every instance and every frame sent, and
 * lets the test open it, deliver frames and drop it.
 */
export class FakeSocket implements BridgeSocket {
  static instances: FakeSocket[] = [];
  static reset() {
    FakeSocket.instances = [];
  }
  static latest(): FakeSocket {
    const s = FakeSocket.instances.at(-1);
    if (!s) throw new Error('no socket was created');
    return s;
  }

  onopen: BridgeSocket['onopen'] = null;
  onclose: BridgeSocket['onclose'] = null;
  onerror: BridgeSocket['onerror'] = null;
  onmessage: BridgeSocket['onmessage'] = null;
  readonly sent: string[] = [];
  closedByClient = false;

  constructor(readonly url: string) {
    FakeSocket.instances.push(this);
  }

  send(data: string | ArrayBufferLike | Blob | ArrayBufferView): void {
    this.sent.push(String(data));
  }
  close(): void {
    this.closedByClient = true;
  }

  /** Frames sent so far, parsed. */
  frames(): Array<{ type: string; id: number; channel: string; payload?: unknown }> {
    return this.sent.map((s) => JSON.parse(s) as { type: string; id: number; channel: string; payload?: unknown });
  }

  // --- test controls ---
  open() {
    this.onopen?.call(this as unknown as WebSocket, new Event('open'));
  }
  receive(message: unknown) {
    this.receiveRaw(JSON.stringify(message));
  }
  receiveRaw(data: string) {
    this.onmessage?.call(this as unknown as WebSocket, new MessageEvent('message', { data }));
  }
  /** The connection fails or drops (browsers fire error then close). */
  drop() {
    this.onerror?.call(this as unknown as WebSocket, new Event('error'));
    this.onclose?.call(this as unknown as WebSocket, new CloseEvent('close', { code: 1006 }));
  }
}
