import type { Handlers } from '../ipc/dispatcher';

/**
 * How a capability (tokens, health checks, sync…) plugs into the core without the core
 * knowing it: it contributes IPC handlers, lifecycle hooks, and its part of "Check all now".
 */
export interface CoreModule {
  name: string;
  handlers?: Partial<Handlers>;
  start?(): void;
  stop?(): Promise<void> | void;
  /** Starts this module's checks for every active company; returns how many were started. */
  checkAll?(): Promise<number>;
  /** Handles a `ledgerlight://…` deep link (e.g. the OAuth callback); true when it was this module's. */
  handleProtocolUrl?(url: string): Promise<boolean>;
}
