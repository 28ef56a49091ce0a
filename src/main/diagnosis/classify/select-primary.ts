import type { Recovery } from '@shared/diagnosis/unified-error';
import type { Candidate } from './candidate';

/**
 * When one answer carries several errors (a Fault with several `Error`s, a batch with several
 * faulted items, several qbXML statuses), the primary is the one that blocks progress the
 * longest: an error a person must fix outranks one a re-read fixes, which outranks one that
 * waiting fixes. Ties keep document order (the first error QuickBooks reported).
 */
const RECOVERY_RANK: Readonly<Record<Recovery, number>> = {
  reconnect: 7,
  user_action: 6,
  developer_action: 5,
  refetch: 4,
  refresh: 3,
  retry: 2,
  none: 0,
};

function rank(c: Candidate): number {
  if (c.entry.type === 'NONE') return c.entry.code === 'OK' ? 0 : 1;
  return 10 + RECOVERY_RANK[c.entry.recovery];
}

export function selectPrimary(candidates: readonly Candidate[]): { primary: Candidate; rest: Candidate[] } {
  let best = 0;
  for (let i = 1; i < candidates.length; i++) {
    if (rank(candidates[i]!) > rank(candidates[best]!)) best = i;
  }
  return { primary: candidates[best]!, rest: candidates.filter((_, i) => i !== best) };
}
