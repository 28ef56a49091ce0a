/**
 * Which stored access tokens this process can vouch for. An access token's expiry is computed
 * from our wall clock at the moment Intuit sent it; if the clock has jumped since (or the token
 * was received by an earlier run, while nobody watched the clock), that expiry may be wrong,
 * so the token is refreshed before it is handed out. Costs one token call per company per
 * launch or clock jump, and buys "never send an expired access token".
 */
export class AccessTrust {
  private readonly vouched = new Map<string, number>();

  /** This process just received (or re-verified) the access token expiring at `accessExpiresAt`. */
  vouch(companyId: string, accessExpiresAt: number): void {
    this.vouched.set(companyId, accessExpiresAt);
  }

  isTrusted(row: { companyId: string; accessExpiresAt: number }): boolean {
    return this.vouched.get(row.companyId) === row.accessExpiresAt;
  }

  /** A caller saw the access token rejected (401): refresh before handing it out again. */
  forget(companyId: string): void {
    this.vouched.delete(companyId);
  }

  /** The wall clock jumped: no stored expiry can be trusted any more. */
  forgetAll(): void {
    this.vouched.clear();
  }
}
