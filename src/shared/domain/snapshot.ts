import type { CompanySummary } from './company';

/** The tray colour: one word that says it all. */
export type OverallState = 'ok' | 'attention' | 'error' | 'syncing';

/** A message for the whole app (not one company): recovered database, vault unavailable, simulator endpoints… */
export interface Notice {
  id: string;
  level: 'info' | 'warning' | 'error';
  title: string;
  message: string;
  fixSteps?: string[];
  /** ISO time the notice was raised. */
  at: string;
}

/**
 * Everything the window renders, pushed whole with a monotonically increasing `version` so a
 * window that mounts late (or reconnects) never misses state and can ignore stale pushes.
 */
export interface AppSnapshot {
  /** Random per core start: versions restart at 1 when the host restarts, so compare within one instance only. */
  hostInstanceId: string;
  version: number;
  host: 'electron' | 'headless';
  overall: OverallState;
  companies: CompanySummary[];
  notices: Notice[];
  preferences: { notificationsPaused: boolean };
}
