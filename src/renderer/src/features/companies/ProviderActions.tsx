import type { CompanySummary } from '@shared/domain/company';

/**
 * EXTENSION POINT for provider-specific actions (Connect / Reconnect to QuickBooks Online,
 * Retry sync for Web Connector, …), rendered first in every row's action bar. A later change
 * switches on `company.kind` / `company.status` here; generic actions stay in CompanyActions.
 * Renders nothing today.
 */
export function ProviderActions(_props: { company: CompanySummary }) {
  return null;
}
