import type { AppSnapshot } from '@shared/domain/snapshot';
import type { LedgerlightApi } from '@shared/ipc/api';
import type { BridgeInvoke } from '@shared/ipc/bridge-protocol';
import { EVENTS, OPERATIONS, type OperationName } from '@shared/ipc/operations';
import { fail, type IpcError, type IpcResult } from '@shared/ipc/result';
import type { ConnectionSource, ConnectionStatus } from './connection';
import { clientClosed, hostTimedOut, hostUnreachable } from './ipc-errors';

/** The part of the browser's WebSocket the client uses, so tests can pass a fake. */
export type BridgeSocket = Pick<WebSocket, 'send' | 'close' | 'onopen' | 'onclose' | 'onerror' | 'onmessage'>;
/** `WebSocket` itself, or a test double with the same constructor shape. */
export type BridgeSocketConstructor = new (url: string) => BridgeSocket;

/** Where to connect and how patient to be; the socket constructor is injectable for tests. */
export interface BridgeClientOptions {
  /** `ws(s)://host/bridge` (see `bridgeUrl`). */
  url: string;
  /** Injected so tests can drive a fake socket; the browser's `WebSocket` in production. */
  WebSocket: BridgeSocketConstructor;
  /** A request not answered within this time resolves with an error (default 15 s). */
  requestTimeoutMs?: number;
  /** Delay before reconnect attempt after `failedAttempts` consecutive failures. */
  retryDelayMs?: (failedAttempts: number) => number;
}

/** The bridge as the window uses it: the API, the connection status, and shutdown. */
export interface BridgeClient {
  api: LedgerlightApi;
  connection: ConnectionSource;
  /** The host could not read a frame this window sent (`error` frame): for diagnostics only. */
  onBridgeError(listener: (error: IpcError) => void): () => void;
  /** Stops reconnecting and settles every pending request. */
  close(): void;
}

/** 0.5 s, 1 s, 2 s, 4 s, 8 s, then every 10 s: quick after a host restart, gentle if it is gone. */
export const defaultRetryDelay = (failedAttempts: number): number => Math.min(10_000, 500 * 2 ** failedAttempts);

interface Pending {
  resolve(result: IpcResult<unknown>): void;
  timer: ReturnType<typeof setTimeout>;
  text: string;
  sent: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIpcError = (v: unknown): v is IpcError => isRecord(v) && typeof v.code === 'string' && typeof v.message === 'string';
const isIpcResult = (v: unknown): v is IpcResult<unknown> =>
  isRecord(v) && (v.ok === true ? 'value' in v : v.ok === false && isIpcError(v.error));
const isSnapshot = (v: unknown): v is AppSnapshot => isRecord(v) && typeof v.version === 'number' && Array.isArray(v.companies);

const unreadableAnswer: IpcError = { code: 'INTERNAL', message: 'Ledgerlight sent an answer this window could not read.' };

/**
 * The headless host's side of `window.ledgerlight`: the same `LedgerlightApi`, carried over one
 * WebSocket. Requests are paired with answers by id; every request settles (answer, dropped
 * connection or timeout) so no button ever spins forever. A request made while disconnected
 * waits for the reconnect (up to the timeout); a request already sent when the connection
 * drops fails at once, because the host may or may not have carried it out and resending a
 * non-idempotent change (add, remove) would be wrong. Reconnects with backoff forever.
 */
export function createBridgeClient(options: BridgeClientOptions): BridgeClient {
  const timeoutMs = options.requestTimeoutMs ?? 15_000;
  const retryDelay = options.retryDelayMs ?? defaultRetryDelay;
  const pending = new Map<number, Pending>();
  const stateListeners = new Set<(s: AppSnapshot) => void>();
  const statusListeners = new Set<(s: ConnectionStatus) => void>();
  const errorListeners = new Set<(e: IpcError) => void>();
  let status: ConnectionStatus = { phase: 'connecting', everConnected: false, failedAttempts: 0 };
  let socket: BridgeSocket | null = null;
  let isOpen = false;
  let closed = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let nextId = 1;

  const setStatus = (next: ConnectionStatus) => {
    status = next;
    for (const l of [...statusListeners]) l(next);
  };

  const settle = (id: number, result: IpcResult<unknown>) => {
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    clearTimeout(p.timer);
    p.resolve(result);
  };

  const transmit = (p: Pending) => {
    p.sent = true;
    try {
      socket?.send(p.text);
    } catch {
      // The socket is closing; its close event settles this request.
    }
  };

  const handleFrame = (data: unknown) => {
    if (typeof data !== 'string') return;
    let msg: unknown;
    try {
      msg = JSON.parse(data);
    } catch {
      return;
    }
    if (!isRecord(msg)) return;
    if (msg.type === 'result' && typeof msg.id === 'number') {
      settle(msg.id, isIpcResult(msg.result) ? msg.result : fail(unreadableAnswer));
    } else if (msg.type === 'event' && msg.event === EVENTS.stateChanged && isSnapshot(msg.payload)) {
      const snapshot = msg.payload;
      for (const l of [...stateListeners]) l(snapshot);
    } else if (msg.type === 'error') {
      const error = isIpcError(msg.error) ? msg.error : unreadableAnswer;
      for (const l of [...errorListeners]) l(error);
    }
  };

  const scheduleRetry = () => {
    if (closed) return;
    retryTimer = setTimeout(connect, retryDelay(status.failedAttempts));
  };

  const lost = (wasOpen: boolean) => {
    socket = null;
    isOpen = false;
    for (const [id, p] of [...pending]) if (p.sent) settle(id, fail(hostUnreachable()));
    if (closed) return;
    setStatus({ phase: 'reconnecting', everConnected: status.everConnected, failedAttempts: wasOpen ? 0 : status.failedAttempts + 1 });
    scheduleRetry();
  };

  function connect(): void {
    retryTimer = undefined;
    if (closed) return;
    let s: BridgeSocket;
    try {
      s = new options.WebSocket(options.url);
    } catch {
      lost(false);
      return;
    }
    socket = s;
    s.onopen = () => {
      if (socket !== s) return;
      isOpen = true;
      setStatus({ phase: 'connected', everConnected: true, failedAttempts: 0 });
      for (const p of pending.values()) if (!p.sent) transmit(p);
    };
    s.onmessage = (event) => {
      if (socket === s) handleFrame(event.data);
    };
    s.onerror = () => {
      // Always followed by a close event, which does the work.
    };
    s.onclose = () => {
      if (socket === s) lost(isOpen);
    };
  }

  const invoke = (channel: string, payload: unknown): Promise<IpcResult<unknown>> => {
    if (closed) return Promise.resolve(fail(clientClosed()));
    const id = nextId++;
    const frame: BridgeInvoke = payload === undefined ? { type: 'invoke', id, channel } : { type: 'invoke', id, channel, payload };
    return new Promise((resolve) => {
      const p: Pending = { resolve, timer: setTimeout(() => settle(id, fail(hostTimedOut())), timeoutMs), text: JSON.stringify(frame), sent: false };
      pending.set(id, p);
      if (isOpen) transmit(p);
    });
  };

  const api: Record<string, unknown> = {};
  for (const name of Object.keys(OPERATIONS) as OperationName[]) {
    const channel = OPERATIONS[name];
    api[name] = (payload?: unknown) => invoke(channel, payload);
  }
  api.onStateChanged = (listener: (s: AppSnapshot) => void) => {
    stateListeners.add(listener);
    return () => void stateListeners.delete(listener);
  };

  connect();

  return {
    api: api as LedgerlightApi,
    connection: {
      current: () => status,
      subscribe(listener) {
        statusListeners.add(listener);
        return () => void statusListeners.delete(listener);
      },
    },
    onBridgeError(listener) {
      errorListeners.add(listener);
      return () => void errorListeners.delete(listener);
    },
    close() {
      if (closed) return;
      closed = true;
      clearTimeout(retryTimer);
      for (const id of [...pending.keys()]) settle(id, fail(clientClosed()));
      const s = socket;
      socket = null;
      isOpen = false;
      s?.close();
    },
  };
}
