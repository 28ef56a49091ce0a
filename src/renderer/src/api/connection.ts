/**
 * Whether the window can currently reach Ledgerlight. In Electron the preload is always there
 * (`connected`); over the headless WebSocket bridge the host can restart or go away, and the
 * window must say so instead of silently showing stale data.
 */
export type ConnectionPhase =
  /** First attempt, nothing shown yet. */
  | 'connecting'
  | 'connected'
  /** Was connected (or never managed to) and is retrying with backoff. */
  | 'reconnecting';

/** What the banner needs to pick its words. */
export interface ConnectionStatus {
  phase: ConnectionPhase;
  /** True once a connection has ever opened: "lost contact" rather than "cannot reach". */
  everConnected: boolean;
  /** Consecutive failed attempts since the last successful open (0 while connected). */
  failedAttempts: number;
}

/** A subscribable view of the connection; `subscribe` returns an unsubscribe. */
export interface ConnectionSource {
  current(): ConnectionStatus;
  subscribe(listener: (status: ConnectionStatus) => void): () => void;
}

const CONNECTED: ConnectionStatus = Object.freeze({ phase: 'connected', everConnected: true, failedAttempts: 0 });

/** For the Electron preload: IPC cannot "drop", so the window is always connected. */
export const ALWAYS_CONNECTED: ConnectionSource = {
  current: () => CONNECTED,
  subscribe: () => () => {},
};
