import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HTML_503, renderConsentPage, renderErrorPage, type SimCompany } from './consent-page';
import { FaultPlan, type SimEndpoint } from './faults';
import { IntuitOAuthState, type OAuthClient, type OAuthCounters, type OAuthStateOptions, type TokenResult } from './oauth-state';
import { tokenFormats } from './token-formats';

export interface IntuitOAuthSimulatorOptions extends Partial<Omit<OAuthStateOptions, 'clients' | 'now'>> {
  /** Apps this "Intuit" knows; default one client `sim-client-id` / `sim-client-secret`. */
  clients?: OAuthClient[];
  /** Simulated time (epoch ms); default the real clock. */
  now?: () => number;
  /** Companies offered on the consent page. */
  companies?: SimCompany[];
  port?: number;
}

export interface IntuitOAuthSimulator {
  /** Base URL, e.g. http://127.0.0.1:54321 (no trailing slash). */
  url: string;
  endpoints: { authorization: string; token: string; revoke: string; discovery: string };
  controls: SimControls;
  close(): Promise<void>;
}

export interface SimControls {
  /** Token semantics, inspection (token status, issued secrets), rotation/grace settings. */
  state: IntuitOAuthState;
  /** Fault injection: latency, 5xx/HTML 503, resets, lost-after-issue. */
  faults: FaultPlan;
  /** A copy of the counters (token calls, issued tokens, reuse attempts…). */
  counters(): OAuthCounters;
  /** Programmatic consent (what clicking "Connect" does), for tests that skip the browser. */
  authorize(input: { redirectUri: string; realmId?: string; clientId?: string; scope?: string }): string;
}

export const DEFAULT_SIM_CLIENT: OAuthClient = { clientId: 'sim-client-id', clientSecret: 'sim-client-secret' };
export const DEFAULT_SIM_COMPANIES: SimCompany[] = [
  { realmId: '9341452222222222', name: 'Sandbox Company US 1' },
  { realmId: '9341453333333333', name: 'Sandbox Company US 2' },
];

const MAX_BODY = 64 * 1024;
const sleep = (ms: number) => (ms > 0 ? new Promise<void>((r) => setTimeout(r, ms)) : Promise.resolve());

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) reject(new Error('body too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function basicCredentials(header: string | undefined): { id?: string; secret?: string } {
  const m = /^Basic\s+(.+)$/i.exec(header ?? '');
  if (!m) return {};
  const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
  const i = decoded.indexOf(':');
  return i < 0 ? {} : { id: decoded.slice(0, i), secret: decoded.slice(i + 1) };
}

/**
 * An in-process stand-in for Intuit's OAuth 2.0 server on 127.0.0.1 (port 0 by default):
 * discovery document, consent page, token endpoint and revocation, faithful to qbo.md §4,
 * with fault injection and counters. Used by the token tests, the benchmark, the end-to-end
 * tests (through the endpoint overrides of the Intuit app settings) and demo mode.
 */
export async function startIntuitOAuthSimulator(options: IntuitOAuthSimulatorOptions = {}): Promise<IntuitOAuthSimulator> {
  const clients = options.clients ?? [DEFAULT_SIM_CLIENT];
  const companies = options.companies ?? DEFAULT_SIM_COMPANIES;
  const state = new IntuitOAuthState({ ...options, clients, now: options.now ?? Date.now });
  const faults = new FaultPlan();
  let base = '';

  const send = (res: ServerResponse, status: number, body: string, type: string, extra: Record<string, string> = {}) => {
    res.writeHead(status, {
      'content-type': type,
      'cache-control': 'no-cache, no-store',
      pragma: 'no-cache',
      intuit_tid: tokenFormats.intuitTid(),
      ...extra,
    });
    res.end(body);
  };
  const json = (res: ServerResponse, status: number, value: unknown, prefix = '') =>
    send(res, status, prefix + JSON.stringify(value), 'application/json;charset=UTF-8');

  const discovery = () => ({
    issuer: `${base}/op/v1`,
    authorization_endpoint: `${base}/connect/oauth2`,
    token_endpoint: `${base}/oauth2/v1/tokens/bearer`,
    userinfo_endpoint: `${base}/v1/openid_connect/userinfo`,
    revocation_endpoint: `${base}/v2/oauth2/tokens/revoke`,
    jwks_uri: `${base}/op/v1/jwks`,
    response_types_supported: ['code'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    scopes_supported: ['openid', 'email', 'profile', 'address', 'phone'],
    token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
    claims_supported: ['aud', 'exp', 'iat', 'iss', 'realmid', 'sub'],
  });

  async function handleToken(req: IncomingMessage, res: ServerResponse): Promise<void> {
    state.counters.tokenCalls++;
    const fault = faults.take('token');
    if (fault?.kind === 'reset') return void req.socket.destroy();
    if (fault?.kind === 'status') {
      return fault.body === 'html'
        ? send(res, fault.status, HTML_503, 'text/html; charset=us-ascii', { server: 'nginx' })
        : json(res, fault.status, { error: 'server_error', error_description: 'Service temporarily unavailable' });
    }
    const raw = await readBody(req);
    if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded')) {
      return json(res, 400, { error: 'invalid_request' });
    }
    const form = new URLSearchParams(raw);
    const basic = basicCredentials(req.headers.authorization);
    const client = state.authenticate(basic.id ?? form.get('client_id') ?? undefined, basic.secret ?? form.get('client_secret') ?? undefined);
    if (!client) {
      state.counters.invalidClient++;
      return json(res, 401, { error: 'invalid_client' });
    }
    const includeHard = String(req.headers['x-include-refresh-token-hard-expires-in'] ?? '').toLowerCase() === 'true';
    let result: TokenResult;
    const grantType = form.get('grant_type');
    if (grantType === 'authorization_code') {
      const code = form.get('code');
      const redirectUri = form.get('redirect_uri');
      if (!code || !redirectUri) return json(res, 400, { error: 'invalid_request' });
      result = state.exchangeCode(client, code, redirectUri, includeHard);
    } else if (grantType === 'refresh_token') {
      const rt = form.get('refresh_token');
      if (!rt) return json(res, 400, { error: 'invalid_request' });
      result = state.refresh(client, rt, includeHard);
    } else {
      return json(res, 400, { error: 'unsupported_grant_type' });
    }
    if (!result.ok) return json(res, result.status, result.body);
    // Tokens are issued now; whatever happens to the response, Intuit has moved on.
    await sleep(faults.afterIssueDelay());
    if (fault?.kind === 'lost_after_issue') return void req.socket.destroy();
    const body = { ...result.body };
    if (fault?.kind === 'omit_refresh_token') delete body.refresh_token;
    json(res, 200, body, fault?.kind === 'bom' ? '\uFEFF' : '');
  }

  async function handleRevoke(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const fault = faults.take('revoke');
    if (fault?.kind === 'reset' || fault?.kind === 'lost_after_issue') return void req.socket.destroy();
    if (fault?.kind === 'status') return fault.body === 'html' ? send(res, fault.status, HTML_503, 'text/html') : json(res, fault.status, { error: 'server_error' });
    const raw = await readBody(req);
    const basic = basicCredentials(req.headers.authorization);
    const client = state.authenticate(basic.id, basic.secret);
    if (!client) return json(res, 401, { error: 'invalid_client' });
    let token: unknown;
    try {
      token = (JSON.parse(raw) as { token?: unknown }).token;
    } catch {
      token = undefined;
    }
    if (typeof token !== 'string' || !token) return json(res, 400, { error: 'invalid_request' });
    return state.revoke(client, token) ? send(res, 200, '', 'application/json;charset=UTF-8') : json(res, 400, { error: 'invalid_token' });
  }

  async function handleAuthorizePage(url: URL, res: ServerResponse): Promise<void> {
    const q = url.searchParams;
    const clientId = q.get('client_id') ?? '';
    const redirectUri = q.get('redirect_uri') ?? '';
    if (!state.isKnownClient(clientId)) return send(res, 400, renderErrorPage('This app is not recognised (unknown client_id).'), 'text/html; charset=utf-8');
    if (q.get('response_type') !== 'code' || !redirectUri) {
      return send(res, 400, renderErrorPage('The request is missing response_type=code or redirect_uri.'), 'text/html; charset=utf-8');
    }
    const page = renderConsentPage({ clientId, redirectUri, state: q.get('state') ?? '', scope: q.get('scope') ?? '', companies });
    send(res, 200, page, 'text/html; charset=utf-8');
  }

  async function handleDecision(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = new URLSearchParams(await readBody(req));
    const clientId = form.get('client_id') ?? '';
    const redirectUri = form.get('redirect_uri') ?? '';
    if (!state.isKnownClient(clientId) || !redirectUri) return send(res, 400, renderErrorPage('Invalid consent request.'), 'text/html; charset=utf-8');
    const target = new URL(redirectUri);
    const stateParam = form.get('state');
    if (form.get('decision') === 'allow') {
      const realmId = form.get('realmId') ?? companies[0]!.realmId;
      target.searchParams.set('code', state.createAuthorizationCode({ clientId, redirectUri, realmId, scope: form.get('scope') || undefined }));
      if (stateParam) target.searchParams.set('state', stateParam);
      target.searchParams.set('realmId', realmId);
    } else {
      target.searchParams.set('error', 'access_denied');
      if (stateParam) target.searchParams.set('state', stateParam);
    }
    send(res, 302, '', 'text/plain', { location: target.toString() });
  }

  const endpointOf = (method: string, path: string): SimEndpoint | null => {
    if (method === 'POST' && path === '/oauth2/v1/tokens/bearer') return 'token';
    if (method === 'POST' && path === '/v2/oauth2/tokens/revoke') return 'revoke';
    if (path.startsWith('/connect/oauth2')) return 'authorize';
    if (method === 'GET' && path.startsWith('/.well-known/openid')) return 'discovery';
    return null;
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', base || 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const endpoint = endpointOf(method, url.pathname);
    void (async () => {
      if (!endpoint) return json(res, 404, { error: 'not_found' });
      await sleep(faults.latencyFor(endpoint));
      if (endpoint === 'token') return handleToken(req, res);
      if (endpoint === 'revoke') return handleRevoke(req, res);
      if (endpoint === 'discovery') return json(res, 200, discovery());
      if (method === 'GET' && url.pathname === '/connect/oauth2') return handleAuthorizePage(url, res);
      if (method === 'POST' && url.pathname === '/connect/oauth2/decision') return handleDecision(req, res);
      return json(res, 404, { error: 'not_found' });
    })().catch(() => {
      if (!res.headersSent) json(res, 400, { error: 'invalid_request' });
      else res.destroy();
    });
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    endpoints: {
      authorization: `${base}/connect/oauth2`,
      token: `${base}/oauth2/v1/tokens/bearer`,
      revoke: `${base}/v2/oauth2/tokens/revoke`,
      discovery: `${base}/.well-known/openid_configuration`,
    },
    controls: {
      state,
      faults,
      counters: () => ({ ...state.counters }),
      authorize: ({ redirectUri, realmId, clientId, scope }) =>
        state.createAuthorizationCode({ clientId: clientId ?? clients[0]!.clientId, redirectUri, realmId: realmId ?? companies[0]!.realmId, scope }),
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
