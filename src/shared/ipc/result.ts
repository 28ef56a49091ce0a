/**
 * Every IPC answer is a value, never a thrown error: Electron only forwards `message` of a
 * thrown error and would leak stack traces into logs, so failures are typed data.
 */
export type IpcErrorCode =
  | 'INVALID_PAYLOAD'
  | 'UNKNOWN_CHANNEL'
  | 'FORBIDDEN_SENDER'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'VAULT_UNAVAILABLE'
  | 'STORAGE_FULL'
  | 'STORAGE_FAILED'
  | 'OAUTH_STATE_INVALID'
  | 'PROVIDER_ERROR'
  | 'NOT_CONFIGURED'
  | 'LINK_NOT_ALLOWED'
  /** The window lost contact with the host before an answer (set by the window itself). */
  | 'HOST_UNREACHABLE'
  /** The host did not answer in time (set by the window itself). */
  | 'TIMEOUT'
  | 'INTERNAL';

export interface IpcError {
  code: IpcErrorCode;
  /** Safe to show: no stack, no secrets. */
  message: string;
  /** Field-level problems for INVALID_PAYLOAD, as `path: message`. */
  issues?: string[];
  /** Ordered steps for the person to take, when there is something they can do. */
  fixSteps?: string[];
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });
export const fail = (error: IpcError): IpcResult<never> => ({ ok: false, error });
