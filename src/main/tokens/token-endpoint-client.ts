import { z } from 'zod';
import type { HttpResponse, HttpTransport } from '../core/ports';
import type { Logger } from '../logging/logger';
import type { IntuitAppConfig } from '../oauth/intuit-app-config';
import { classifyTokenFailure, type ClassifiedTokenFailure, type TokenEndpointObservation } from './classify-token-failure';

const seconds = z
  .union([z.number(), z.string().regex(/^\d+$/)])
  .transform(Number)
  .pipe(z.number().int().nonnegative());

/** Intuit's token response (qbo.md §4.4). Unknown fields (id_token…) are dropped. */
const TokenResponseSchema = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1).optional(),
  token_type: z.string().optional(),
  expires_in: seconds,
  x_refresh_token_expires_in: seconds.optional(),
  x_refresh_token_hard_expires_in: seconds.optional(),
});

/** What Intuit issued, parsed; lifetimes in seconds as Intuit sends them. */
export interface IssuedTokens {
  accessToken: string;
  /** null when Intuit's response carried no refresh token (then the old one stays). */
  refreshToken: string | null;
  expiresInSec: number;
  refreshExpiresInSec: number | null;
  hardExpiresInSec: number | null;
}

export type TokenEndpointResult =
  | { ok: true; tokens: IssuedTokens; requestId?: string }
  | { ok: false; failure: ClassifiedTokenFailure };

export type RevokeResult = { ok: true; revoked: boolean; detail?: string } | { ok: false; failure: ClassifiedTokenFailure };

/** Intuit's token and revocation endpoints, nothing else: no storage, no decisions. */
export interface TokenEndpointClient {
  exchangeCode(config: IntuitAppConfig, code: string): Promise<TokenEndpointResult>;
  refresh(config: IntuitAppConfig, refreshToken: string): Promise<TokenEndpointResult>;
  revoke(config: IntuitAppConfig, token: string): Promise<RevokeResult>;
}

const TIMEOUT_MS = 20_000;
const basicAuth = (c: IntuitAppConfig) => `Basic ${Buffer.from(`${c.clientId}:${c.clientSecret}`, 'utf8').toString('base64')}`;

/**
 * Talks to Intuit's token endpoint the way Intuit's own clients do: form POST with HTTP Basic
 * client authentication, `Accept: application/json`, and the
 * `x-include-refresh-token-hard-expires-in: true` header so the five-year hard expiry comes
 * back. Strips a UTF-8 BOM (Intuit has sent one), validates with zod, keeps intuit_tid, and
 * sends every failure through classifyTokenFailure. Every secret it touches (client secret,
 * code, tokens) is registered with the log redactor before anything else happens.
 */
export function createTokenEndpointClient(deps: { http: HttpTransport; logger: Logger; timeoutMs?: number }): TokenEndpointClient {
  const { http } = deps;
  const log = deps.logger.child('tokens.endpoint');
  const secret = (v: string) => deps.logger.redactor.addSecret(v);

  async function post(url: string, headers: Record<string, string>, body: string): Promise<HttpResponse | TokenEndpointObservation> {
    try {
      return await http.send({ method: 'POST', url, headers, body, timeoutMs: deps.timeoutMs ?? TIMEOUT_MS });
    } catch (err) {
      const code = String((err as { code?: unknown }).code ?? 'UND_ERR');
      return { source: 'network', code, message: `token endpoint request failed: ${code}` };
    }
  }

  async function tokenRequest(config: IntuitAppConfig, form: Record<string, string>, operation: 'refresh' | 'exchange'): Promise<TokenEndpointResult> {
    secret(config.clientSecret);
    const res = await post(
      config.endpoints.token,
      {
        Accept: 'application/json',
        'Content-Type': 'application/x-www-form-urlencoded',
        Authorization: basicAuth(config),
        'x-include-refresh-token-hard-expires-in': 'true',
      },
      new URLSearchParams(form).toString(),
    );
    if ('source' in res) return { ok: false, failure: classifyTokenFailure(res, operation) };
    const requestId = res.headers.intuit_tid;
    if (res.status !== 200) {
      log.warn('token endpoint refused', { operation, status: res.status, intuitTid: requestId });
      return { ok: false, failure: classifyTokenFailure({ source: 'oauth', httpStatus: res.status, headers: res.headers, body: res.body }, operation) };
    }
    let parsed: z.infer<typeof TokenResponseSchema> | null;
    try {
      const result = TokenResponseSchema.safeParse(JSON.parse(res.body.replace(/^\uFEFF/, '')));
      parsed = result.success ? result.data : null;
    } catch {
      parsed = null;
    }
    if (!parsed) {
      log.error('token endpoint answered 200 with an unreadable body', { operation, intuitTid: requestId, bytes: res.body.length });
      return { ok: false, failure: classifyTokenFailure({ source: 'oauth', httpStatus: res.status, headers: res.headers, body: '' }, operation) };
    }
    secret(parsed.access_token);
    if (parsed.refresh_token) secret(parsed.refresh_token);
    return {
      ok: true,
      requestId,
      tokens: {
        accessToken: parsed.access_token,
        refreshToken: parsed.refresh_token ?? null,
        expiresInSec: parsed.expires_in,
        refreshExpiresInSec: parsed.x_refresh_token_expires_in ?? null,
        hardExpiresInSec: parsed.x_refresh_token_hard_expires_in ?? null,
      },
    };
  }

  return {
    exchangeCode(config, code) {
      secret(code);
      return tokenRequest(config, { grant_type: 'authorization_code', code, redirect_uri: config.redirectUri }, 'exchange');
    },
    refresh(config, refreshToken) {
      secret(refreshToken);
      return tokenRequest(config, { grant_type: 'refresh_token', refresh_token: refreshToken }, 'refresh');
    },
    async revoke(config, token) {
      secret(config.clientSecret);
      secret(token);
      const res = await post(
        config.endpoints.revoke,
        { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: basicAuth(config) },
        JSON.stringify({ token }),
      );
      if ('source' in res) return { ok: false, failure: classifyTokenFailure(res, 'revoke') };
      if (res.status === 200) return { ok: true, revoked: true };
      // Like fo_qbo: a 400 means Intuit no longer knows the token (already revoked or dead).
      if (res.status === 400) return { ok: true, revoked: false, detail: 'Intuit no longer recognised the saved access (it was already disconnected).' };
      log.warn('revoke refused', { status: res.status, intuitTid: res.headers.intuit_tid });
      return { ok: false, failure: classifyTokenFailure({ source: 'oauth', httpStatus: res.status, headers: res.headers, body: res.body }, 'revoke') };
    },
  };
}
