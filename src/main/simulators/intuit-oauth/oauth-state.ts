import { tokenFormats } from './token-formats';

/** Intuit's documented numbers (qbo.md §4.4–4.5). */
export const INTUIT_DEFAULTS = {
  accessTokenLifetimeSec: 3600,
  refreshTokenLifetimeSec: 8_726_400,
  /** The five-year cap on a refresh token chain. */
  hardLifetimeSec: 5 * 365 * 86_400,
  rotateEveryMs: 24 * 3_600_000,
  previousRefreshTokenGraceMs: 0,
  codeLifetimeMs: 10 * 60_000,
};

export interface OAuthClient {
  clientId: string;
  clientSecret: string;
}

export interface OAuthStateOptions {
  clients: OAuthClient[];
  now: () => number;
  accessTokenLifetimeSec?: number;
  refreshTokenLifetimeSec?: number;
  hardLifetimeSec?: number;
  /** How long a refresh token value is returned unchanged before a new one is issued (Intuit: ~24–26 h). */
  rotateEveryMs?: number;
  /** How long a superseded refresh token keeps working (Intuit's wording conflicts; default 0 = dies at once). */
  previousRefreshTokenGraceMs?: number;
  codeLifetimeMs?: number;
  /** A reused authorization code also kills the tokens issued for it (Intuit staff, oauth-jsclient#173). */
  poisonOnCodeReuse?: boolean;
}

export type TokenResponseBody = Record<string, string | number>;
export type TokenResult = { ok: true; body: TokenResponseBody } | { ok: false; status: number; body: Record<string, string> };

interface Grant {
  id: number;
  clientId: string;
  realmId: string;
  scope: string;
  currentRefreshToken: string;
  refreshTokenIssuedAt: number;
  hardExpiresAt: number;
  superseded: Map<string, number>; // old refresh token -> dies at
  revoked: boolean;
}

interface CodeRecord {
  clientId: string;
  redirectUri: string;
  realmId: string;
  scope: string;
  issuedAt: number;
  grantId: number | null;
}

export type RefreshTokenStatus = 'current' | 'grace' | 'superseded' | 'revoked' | 'expired' | 'unknown';
export type AccessTokenStatus = 'valid' | 'expired' | 'revoked' | 'unknown';

export interface OAuthCounters {
  /** Every request that reached the token endpoint over HTTP, including faulted and refused ones. */
  tokenCalls: number;
  /** Code exchanges / refreshes that were processed (not cut short by an injected fault). */
  codeExchanges: number;
  refreshCalls: number;
  issuedAccessTokens: number;
  issuedRefreshTokens: number;
  /** A superseded refresh token or an already used code was presented. */
  reuseAttempts: number;
  invalidGrant: number;
  invalidClient: number;
  revokeCalls: number;
}

const zeroCounters = (): OAuthCounters => ({
  tokenCalls: 0,
  codeExchanges: 0,
  refreshCalls: 0,
  issuedAccessTokens: 0,
  issuedRefreshTokens: 0,
  reuseAttempts: 0,
  invalidGrant: 0,
  invalidClient: 0,
  revokeCalls: 0,
});

/** The invalid_grant bodies Intuit actually sends (samples #17–#20). */
export const INVALID_GRANT_BODIES = {
  bare: { error: 'invalid_grant' },
  incorrectRefreshToken: { error: 'invalid_grant', error_description: 'Incorrect or invalid refresh token' },
  tokenInvalid: { error_description: 'Token invalid', error: 'invalid_grant' },
  userNotInRealm: {
    error_description: 'Unauthorized Request: User is not a member of the specified Realm',
    x_error_reason: 'user_not_in_realm',
    x_error_reason_detail: 'The user is not in the specified realm',
    error: 'invalid_grant',
  },
} as const;

/**
 * Intuit's OAuth 2.0 token semantics without HTTP, on an injectable clock: single-use codes,
 * 3600 s access tokens, a refresh token returned unchanged (its remaining life counting down)
 * until it rotates, the previous one dying once a new one is issued (optional grace),
 * invalid_grant on reuse, the five-year hard cap, revocation, and a removable realm user.
 */
export class IntuitOAuthState {
  private readonly o: Required<Omit<OAuthStateOptions, 'clients' | 'now'>>;
  private now: () => number;
  private readonly clients: Map<string, OAuthClient>;
  private readonly codes = new Map<string, CodeRecord>();
  private readonly grants = new Map<number, Grant>();
  private readonly refreshIndex = new Map<string, number>();
  private readonly accessTokens = new Map<string, { grantId: number; expiresAt: number }>();
  private readonly removedUsers = new Set<string>();
  private readonly issued: string[] = [];
  private nextGrantId = 1;
  counters: OAuthCounters = zeroCounters();

  constructor(options: OAuthStateOptions) {
    this.clients = new Map(options.clients.map((c) => [c.clientId, c]));
    this.now = options.now;
    this.o = {
      accessTokenLifetimeSec: options.accessTokenLifetimeSec ?? INTUIT_DEFAULTS.accessTokenLifetimeSec,
      refreshTokenLifetimeSec: options.refreshTokenLifetimeSec ?? INTUIT_DEFAULTS.refreshTokenLifetimeSec,
      hardLifetimeSec: options.hardLifetimeSec ?? INTUIT_DEFAULTS.hardLifetimeSec,
      rotateEveryMs: options.rotateEveryMs ?? INTUIT_DEFAULTS.rotateEveryMs,
      previousRefreshTokenGraceMs: options.previousRefreshTokenGraceMs ?? INTUIT_DEFAULTS.previousRefreshTokenGraceMs,
      codeLifetimeMs: options.codeLifetimeMs ?? INTUIT_DEFAULTS.codeLifetimeMs,
      poisonOnCodeReuse: options.poisonOnCodeReuse ?? true,
    };
  }

  setClock(now: () => number): void {
    this.now = now;
  }

  /** Changes rotation/grace at run time (e.g. "rotate on every refresh" for the crash test). */
  configure(changes: Partial<Pick<OAuthStateOptions, 'rotateEveryMs' | 'previousRefreshTokenGraceMs' | 'poisonOnCodeReuse'>>): void {
    Object.assign(this.o, Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)));
  }

  /** The client for an Authorization header (Basic) or form credentials; null when unknown or the secret is wrong. */
  authenticate(clientId: string | undefined, clientSecret: string | undefined): OAuthClient | null {
    const client = clientId === undefined ? undefined : this.clients.get(clientId);
    return client && client.clientSecret === clientSecret ? client : null;
  }

  isKnownClient(clientId: string): boolean {
    return this.clients.has(clientId);
  }

  /** What the consent page does when the person clicks Connect. */
  createAuthorizationCode(input: { clientId: string; redirectUri: string; realmId: string; scope?: string }): string {
    const code = tokenFormats.authorizationCode();
    this.codes.set(code, { ...input, scope: input.scope ?? 'com.intuit.quickbooks.accounting', issuedAt: this.now(), grantId: null });
    this.issued.push(code);
    return code;
  }

  exchangeCode(client: OAuthClient, code: string, redirectUri: string, includeHard: boolean): TokenResult {
    this.counters.codeExchanges++;
    const record = this.codes.get(code);
    if (!record || record.clientId !== client.clientId || record.redirectUri !== redirectUri) return this.invalidGrant('bare');
    if (record.grantId !== null) {
      this.counters.reuseAttempts++;
      const grant = this.grants.get(record.grantId);
      if (grant && this.o.poisonOnCodeReuse) grant.revoked = true;
      return this.invalidGrant('bare');
    }
    if (this.now() - record.issuedAt > this.o.codeLifetimeMs) return this.invalidGrant('bare');
    const now = this.now();
    const grant: Grant = {
      id: this.nextGrantId++,
      clientId: client.clientId,
      realmId: record.realmId,
      scope: record.scope,
      currentRefreshToken: this.newRefreshToken(),
      refreshTokenIssuedAt: now,
      hardExpiresAt: now + this.o.hardLifetimeSec * 1000,
      superseded: new Map(),
      revoked: false,
    };
    this.grants.set(grant.id, grant);
    this.refreshIndex.set(grant.currentRefreshToken, grant.id);
    record.grantId = grant.id;
    return { ok: true, body: this.tokenBody(grant, includeHard) };
  }

  refresh(client: OAuthClient, refreshToken: string, includeHard: boolean): TokenResult {
    this.counters.refreshCalls++;
    const status = this.refreshTokenStatus(refreshToken);
    const grant = this.grants.get(this.refreshIndex.get(refreshToken) ?? -1);
    if (!grant || status === 'unknown') return this.invalidGrant('incorrectRefreshToken');
    if (grant.clientId !== client.clientId) return this.invalidGrant('incorrectRefreshToken');
    if (status === 'revoked') return this.invalidGrant('tokenInvalid');
    if (status === 'superseded') {
      this.counters.reuseAttempts++;
      return this.invalidGrant('incorrectRefreshToken');
    }
    if (status === 'expired') return this.invalidGrant('tokenInvalid');
    if (this.removedUsers.has(grant.realmId)) return this.invalidGrant('userNotInRealm');
    const now = this.now();
    if (now - grant.refreshTokenIssuedAt >= this.o.rotateEveryMs) {
      grant.superseded.set(grant.currentRefreshToken, now + this.o.previousRefreshTokenGraceMs);
      grant.currentRefreshToken = this.newRefreshToken();
      grant.refreshTokenIssuedAt = now;
      this.refreshIndex.set(grant.currentRefreshToken, grant.id);
    }
    return { ok: true, body: this.tokenBody(grant, includeHard) };
  }

  /** Revokes the whole grant behind an access or refresh token; false when the token is unknown. */
  revoke(client: OAuthClient, token: string): boolean {
    this.counters.revokeCalls++;
    const grantId = this.refreshIndex.get(token) ?? this.accessTokens.get(token)?.grantId;
    const grant = grantId === undefined ? undefined : this.grants.get(grantId);
    if (!grant || grant.clientId !== client.clientId) return false;
    grant.revoked = true;
    return true;
  }

  /** The connecting user loses access to the company: every refresh answers user_not_in_realm. */
  removeUserFromRealm(realmId: string, removed = true): void {
    if (removed) this.removedUsers.add(realmId);
    else this.removedUsers.delete(realmId);
  }

  refreshTokenStatus(refreshToken: string, at = this.now()): RefreshTokenStatus {
    const grant = this.grants.get(this.refreshIndex.get(refreshToken) ?? -1);
    if (!grant) return 'unknown';
    if (grant.revoked) return 'revoked';
    if (grant.currentRefreshToken !== refreshToken) {
      const diesAt = grant.superseded.get(refreshToken) ?? 0;
      return at < diesAt ? 'grace' : 'superseded';
    }
    const expiresAt = Math.min(grant.refreshTokenIssuedAt + this.o.refreshTokenLifetimeSec * 1000, grant.hardExpiresAt);
    return at >= expiresAt ? 'expired' : 'current';
  }

  /** The realm an access token was issued for (the QBO API simulator checks token ↔ realm). */
  accessTokenRealm(accessToken: string): string | null {
    const record = this.accessTokens.get(accessToken);
    return record ? (this.grants.get(record.grantId)?.realmId ?? null) : null;
  }

  accessTokenStatus(accessToken: string, at = this.now()): AccessTokenStatus {
    const record = this.accessTokens.get(accessToken);
    if (!record) return 'unknown';
    if (this.grants.get(record.grantId)?.revoked) return 'revoked';
    return at < record.expiresAt ? 'valid' : 'expired';
  }

  /** Every code and token this simulator ever handed out (for "no secret leaked" scans). */
  issuedSecrets(): string[] {
    return [...this.issued];
  }

  resetCounters(): void {
    this.counters = zeroCounters();
  }

  private newRefreshToken(): string {
    const rt = tokenFormats.refreshToken(this.now());
    this.counters.issuedRefreshTokens++;
    this.issued.push(rt);
    return rt;
  }

  private tokenBody(grant: Grant, includeHard: boolean): TokenResponseBody {
    const now = this.now();
    const accessToken = tokenFormats.accessToken();
    this.accessTokens.set(accessToken, { grantId: grant.id, expiresAt: now + this.o.accessTokenLifetimeSec * 1000 });
    this.counters.issuedAccessTokens++;
    this.issued.push(accessToken);
    const rtExpiresAt = Math.min(grant.refreshTokenIssuedAt + this.o.refreshTokenLifetimeSec * 1000, grant.hardExpiresAt);
    const body: TokenResponseBody = {
      token_type: 'bearer',
      expires_in: this.o.accessTokenLifetimeSec,
      refresh_token: grant.currentRefreshToken,
      x_refresh_token_expires_in: Math.max(0, Math.floor((rtExpiresAt - now) / 1000)),
      access_token: accessToken,
    };
    if (includeHard) body.x_refresh_token_hard_expires_in = Math.max(0, Math.floor((grant.hardExpiresAt - now) / 1000));
    return body;
  }

  private invalidGrant(variant: keyof typeof INVALID_GRANT_BODIES): TokenResult {
    this.counters.invalidGrant++;
    return { ok: false, status: 400, body: { ...INVALID_GRANT_BODIES[variant] } };
  }
}
