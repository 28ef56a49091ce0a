import type { AppSnapshot } from '@shared/domain/snapshot';
import type { IconName } from './Icon';

/** The header sentence with its colour family and icon. */
export interface OverallWords {
  text: string;
  tone: 'ok' | 'attention' | 'error' | 'syncing' | 'neutral';
  icon: IconName;
}

const companies = (n: number) => `${n} ${n === 1 ? 'company' : 'companies'}`;
const needs = (n: number) => (n === 1 ? 'needs' : 'need');

/**
 * The whole app's state in one sentence for the header. Counts come from the companies
 * themselves so the sentence and the list never disagree; paused companies are left out,
 * matching the tray colour.
 */
export function overallWords(snapshot: Pick<AppSnapshot, 'overall' | 'companies'>): OverallWords {
  const active = snapshot.companies.filter((c) => !c.paused);
  const count = (...s: string[]) => active.filter((c) => s.includes(c.status)).length;
  if (snapshot.companies.length === 0) return { text: 'No companies yet', tone: 'neutral', icon: 'info' };
  switch (snapshot.overall) {
    case 'error': {
      const n = count('error', 'needs_reauth');
      return { text: `${companies(n)} ${needs(n)} fixing`, tone: 'error', icon: 'cross' };
    }
    case 'attention': {
      const n = count('degraded', 'not_connected');
      return { text: `${companies(n)} ${needs(n)} attention`, tone: 'attention', icon: 'warning' };
    }
    case 'syncing':
      return { text: 'Checking your companies…', tone: 'syncing', icon: 'sync' };
    case 'ok':
      if (active.length === 0) return { text: 'All companies are paused', tone: 'neutral', icon: 'pause' };
      if (count('not_checked') > 0) return { text: 'Waiting for the first check', tone: 'neutral', icon: 'clock' };
      return { text: 'All companies are working', tone: 'ok', icon: 'check' };
  }
}
