import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { LedgerlightApi } from '@shared/ipc/api';
import { ALWAYS_CONNECTED, type ConnectionSource } from './connection';
import type { LedgerlightClient } from './select-api';

const ClientContext = createContext<LedgerlightClient | null>(null);

/** Hands the chosen client to every feature, so tests can render any part with a fake API. */
export function ApiProvider({ api, connection = ALWAYS_CONNECTED, children }: { api: LedgerlightApi; connection?: ConnectionSource; children: ReactNode }) {
  const value = useMemo(() => ({ api, connection }), [api, connection]);
  return <ClientContext.Provider value={value}>{children}</ClientContext.Provider>;
}

/** The Ledgerlight API for this window (throws if a component is rendered outside ApiProvider). */
export function useApi(): LedgerlightApi {
  return useClient().api;
}

/** The API plus the connection status source. */
export function useClient(): LedgerlightClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useApi() must be used inside <ApiProvider>');
  return client;
}
