import { useSyncExternalStore } from 'react';
import { useClient } from '../api/api-context';
import type { ConnectionStatus } from '../api/connection';

/** The current connection status, re-rendering when it changes (drives the "reconnecting" banner). */
export function useConnection(): ConnectionStatus {
  const { connection } = useClient();
  return useSyncExternalStore(connection.subscribe, connection.current);
}
