import type { AppSnapshot } from '../domain/snapshot';
import type { IpcError, IpcResult } from './result';

/**
 * The headless host's WebSocket bridge speaks the same contract as Electron IPC, framed as
 * JSON messages. Path: `/bridge` on the host's own origin; authenticated by the per-launch
 * secret cookie set when the printed URL is opened.
 */
export const BRIDGE_PATH = '/bridge';

/** Renderer → host. `id` pairs the answer with the request. */
export interface BridgeInvoke {
  type: 'invoke';
  id: number;
  channel: string;
  payload?: unknown;
}

/** Host → renderer. */
export type BridgeServerMessage =
  | { type: 'result'; id: number; result: IpcResult<unknown> }
  | { type: 'event'; event: 'state:changed'; payload: AppSnapshot }
  /** A frame the host could not read at all (not JSON, no id); the connection stays open. */
  | { type: 'error'; error: IpcError };
