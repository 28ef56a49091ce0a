import { useCallback, useEffect, useRef, useState } from 'react';
import type { IpcError, IpcResult } from '@shared/ipc/result';

/** What `useIpcAction` hands a button. */
export interface IpcAction {
  /** Runs the call and resolves with its result (never rejects); a failure is also kept in `error`. */
  run<T>(call: () => Promise<IpcResult<T>>): Promise<IpcResult<T>>;
  pending: boolean;
  error: IpcError | null;
  clearError(): void;
}

/**
 * One button's request lifecycle: disables while pending, remembers the last error for inline
 * display, and never updates state after the component has gone (e.g. a removed row).
 */
export function useIpcAction(): IpcAction {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const run = useCallback(async <T>(call: () => Promise<IpcResult<T>>): Promise<IpcResult<T>> => {
    setPending(true);
    setError(null);
    let result: IpcResult<T>;
    try {
      result = await call();
    } catch {
      result = { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside Ledgerlight. The details are in the log file.' } };
    }
    if (alive.current) {
      setPending(false);
      if (!result.ok) setError(result.error);
    }
    return result;
  }, []);

  const clearError = useCallback(() => setError(null), []);
  return { run, pending, error, clearError };
}
