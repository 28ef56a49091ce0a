import type { CompanySummary } from '@shared/domain/company';
import type { OverallState } from '@shared/domain/snapshot';

/**
 * The tray colour. Red when any company needs a person (reconnect or broken), amber when
 * something is off but still working or not yet set up, blue while checks run, green otherwise.
 * Paused companies never colour the tray.
 */
export function overallState(companies: readonly CompanySummary[]): OverallState {
  const active = companies.filter((c) => !c.paused);
  if (active.some((c) => c.status === 'needs_reauth' || c.status === 'error')) return 'error';
  if (active.some((c) => c.status === 'degraded' || c.status === 'not_connected')) return 'attention';
  if (active.some((c) => c.status === 'checking')) return 'syncing';
  return 'ok';
}
