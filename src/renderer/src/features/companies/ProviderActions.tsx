import type { CompanySummary } from '@shared/domain/company';
import { ConnectActions } from '../intuit/ConnectActions';

/**
 * EXTENSION POINT for provider-specific actions, rendered first in every row's action bar:
 * Connect / Reconnect / Disconnect for QuickBooks Online today; Retry sync for the Desktop
 * routes comes with the sync capability. Generic actions stay in CompanyActions.
 */
export function ProviderActions({ company }: { company: CompanySummary }) {
  if (company.kind === 'qbo') return <ConnectActions company={company} />;
  return null;
}
