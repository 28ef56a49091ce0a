import type { AppSnapshot } from '@shared/domain/snapshot';

/**
 * Pushes and `getSnapshot()` answers can arrive out of order; a snapshot older than the one on
 * screen must never replace it. Equal versions are accepted (same state, harmless). Versions
 * only compare within one host run: a snapshot from a restarted host always wins.
 */
export function shouldReplace(shown: AppSnapshot | null, incoming: AppSnapshot): boolean {
  return shown === null || incoming.hostInstanceId !== shown.hostInstanceId || incoming.version >= shown.version;
}
