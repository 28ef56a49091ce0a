import type { CompanyKind, CompanyStatus } from '@shared/domain/company';

/** One plain sentence per status, as a bookkeeper would read it in the list. */
export function statusText(status: CompanyStatus, kind: CompanyKind, paused: boolean): string {
  if (paused) return 'Paused — not being checked';
  switch (status) {
    case 'not_checked':
      return 'Not checked yet';
    case 'not_connected':
      return kind === 'qbo' ? 'Not connected to QuickBooks yet' : 'Not set up yet';
    case 'healthy':
      return 'Connected and working';
    case 'checking':
      return 'Checking…';
    case 'degraded':
      return 'Working, with problems';
    case 'needs_reauth':
      return 'Needs you to reconnect';
    case 'error':
      return 'Not working';
    case 'paused':
      return 'Paused — not being checked';
  }
}
