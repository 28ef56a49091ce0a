import type { LedgerlightApi } from '@shared/ipc/api';

/** `window.ledgerlight` as the preload exposes it (absent in the headless host's browser). */
declare global {
  interface Window {
    ledgerlight?: LedgerlightApi;
  }
}

export {};
