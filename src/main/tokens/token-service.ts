import type { CompanyId } from '@shared/domain/company';

/**
 * The contract between the OAuth connect flow and the token lifecycle. The connect flow
 * validates `state` and hands over the authorization code exactly once; the token service
 * owns everything after: exchange, encrypted storage, refresh, revocation.
 */
export interface TokenService {
  /**
   * Exchanges an authorization code (once — Intuit poisons a code used twice) and stores the
   * token pair encrypted, in one transaction, before returning.
   */
  connectFromAuthorizationCode(input: { companyId: CompanyId; code: string; realmId: string }): Promise<void>;
  /**
   * A valid access token for an API call, refreshing first (single-flight) when it is within
   * the refresh margin. Throws a typed error when the company needs to be reconnected.
   */
  getAccessToken(companyId: CompanyId): Promise<string>;
  /** Revokes at Intuit, then deletes local tokens whatever the revoke outcome. */
  disconnect(companyId: CompanyId): Promise<{ revoked: boolean; detail?: string }>;
  /** Whether tokens are stored for this company. */
  hasTokens(companyId: CompanyId): boolean;
}
