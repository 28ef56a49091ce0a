import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppSnapshot } from '@shared/domain/snapshot';
import type { IpcError } from '@shared/ipc/result';
import { useClient } from '../api/api-context';
import { shouldReplace } from './snapshot-order';

/** What `useSnapshot` gives the window. */
export interface SnapshotState {
  /** Null until the first snapshot arrives. */
  snapshot: AppSnapshot | null;
  /** Why the first load failed (pushes may still fill `snapshot` in later). */
  loadError: IpcError | null;
  /** Asks for the current snapshot again (the "Try again" button). */
  reload(): void;
}

/**
 * The window's single source of truth: loads `getSnapshot()` on mount, then follows
 * `onStateChanged` pushes, ignoring any whose version is lower than the one shown. A host
 * restart starts counting versions again, so after every (re)connection the next snapshot is
 * accepted whatever its number.
 */
export function useSnapshot(): SnapshotState {
  const { api, connection } = useClient();
  const [snapshot, setSnapshot] = useState<AppSnapshot | null>(null);
  const [loadError, setLoadError] = useState<IpcError | null>(null);
  const shown = useRef<AppSnapshot | null>(null);
  const acceptAnyVersion = useRef(false);
  const mounted = useRef(true);

  const offer = useCallback((incoming: AppSnapshot) => {
    if (!mounted.current) return;
    if (!acceptAnyVersion.current && !shouldReplace(shown.current, incoming)) return;
    acceptAnyVersion.current = false;
    shown.current = incoming;
    setSnapshot(incoming);
    setLoadError(null);
  }, []);

  const load = useCallback(() => {
    void api.getSnapshot().then((result) => {
      if (!mounted.current) return;
      if (result.ok) offer(result.value);
      else if (!shown.current) setLoadError(result.error);
    });
  }, [api, offer]);

  useEffect(() => {
    mounted.current = true;
    const unsubscribe = api.onStateChanged(offer);
    let phase = connection.current().phase;
    const unwatch = connection.subscribe((status) => {
      const reconnected = status.phase === 'connected' && phase !== 'connected';
      phase = status.phase;
      if (reconnected) {
        acceptAnyVersion.current = true;
        load();
      }
    });
    load();
    return () => {
      mounted.current = false;
      unsubscribe();
      unwatch();
    };
  }, [api, connection, load, offer]);

  return { snapshot, loadError, reload: load };
}
