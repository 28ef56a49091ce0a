import type Database from 'better-sqlite3';
import { AppError } from '../core/app-error';
import type { Clock, HttpTransport } from '../core/ports';
import type { CompaniesService } from '../companies/companies-service';
import { getCompany, listCompanies, updateCompanySettings } from '../db/repos/companies-repo';
import type { Logger } from '../logging/logger';
import type { TokenLifecycle } from '../tokens/token-lifecycle';
import type { AppSettingsService } from './app-settings-service';
import { callbackRouteFor } from './app-settings-service';
import { authorizationUrl } from './authorization-url';
import { parseCallbackUrl } from './callback-params';
import { readCompanyInfo } from './company-info';
import { startLoopbackListener, type LoopbackListener } from './loopback-listener';
import { consumeState, hasPendingStates, issueState, STATE_TTL_MS } from './oauth-state-store';

export type CallbackRoute = 'loopback' | 'protocol' | 'paste';

export interface ConnectStart {
  authorizationUrl: string;
  /** How the answer will come back: a local listener (sandbox keys) or the https relay page. */
  via: 'loopback' | 'relay';
  expiresAt: string;
}

export interface ConnectOutcome {
  companyId: string;
  realmId: string;
  /** The company's name as QuickBooks knows it (null when CompanyInfo could not be read). */
  qboCompanyName: string | null;
  message: string;
}

export interface ConnectFlow {
  start(companyId: string): Promise<ConnectStart>;
  /** Any of the three routes ends here with the full callback URL. */
  complete(url: string, route: CallbackRoute): Promise<ConnectOutcome>;
  disconnect(companyId: string): Promise<{ revoked: boolean; message: string }>;
  stop(): Promise<void>;
}

const stateRefused = (why: 'unknown' | 'expired') =>
  new AppError(
    'OAUTH_STATE_INVALID',
    why === 'expired'
      ? 'This QuickBooks sign-in took longer than 10 minutes, so Ledgerlight did not accept it.'
      : 'This QuickBooks sign-in link has expired or was already used, so Ledgerlight did not accept it.',
    { fixSteps: ['Click Connect again next to the company.', 'Approve access in the browser window that opens.'] },
  );

/**
 * Connect and disconnect for QuickBooks Online. `start` issues a single-use, expiring `state`
 * bound to the company and builds Intuit's authorization URL. `complete` accepts the callback
 * from any route, checks and consumes the state (so a second arrival of the same callback —
 * loopback and paste, say — is refused), and hands the code to the token service exactly once.
 */
export function createConnectFlow(deps: {
  db: Database.Database;
  clock: Clock;
  http: HttpTransport;
  logger: Logger;
  settings: AppSettingsService;
  tokens: TokenLifecycle;
  companies: CompaniesService;
  onCompanyChanged: () => void;
}): ConnectFlow {
  const log = deps.logger.child('oauth.connect');
  const codesInFlight = new Set<string>();
  let listener: { redirectUri: string; server: LoopbackListener } | null = null;

  async function ensureListener(redirectUri: string): Promise<void> {
    if (listener?.redirectUri === redirectUri) return;
    await listener?.server.close();
    listener = null;
    try {
      const server = await startLoopbackListener({
        redirectUri,
        logger: deps.logger,
        onCallback: async (url) => {
          try {
            const outcome = await flow.complete(url, 'loopback');
            return { ok: true, message: outcome.message };
          } catch (err) {
            return { ok: false, message: err instanceof AppError ? err.message : 'Something went wrong inside Ledgerlight.' };
          }
        },
      });
      listener = { redirectUri, server };
    } catch (err) {
      throw new AppError('PROVIDER_ERROR', `Ledgerlight could not listen on ${new URL(redirectUri).host} for the QuickBooks answer.`, {
        fixSteps: [
          'Another program may be using that port. Close it, or choose another port in the redirect address (and add it in the Intuit developer portal).',
          'Or finish by pasting the final address from the browser into Ledgerlight.',
        ],
      });
      void err;
    }
  }

  async function closeListenerIfIdle(): Promise<void> {
    if (listener && !hasPendingStates(deps.db, deps.clock.now())) {
      const l = listener;
      listener = null;
      await l.server.close();
    }
  }

  const flow: ConnectFlow = {
    async start(companyId) {
      const company = deps.companies.get(companyId);
      if (company.kind !== 'qbo') throw new AppError('CONFLICT', 'Only QuickBooks Online companies connect through Intuit sign-in.');
      const config = await deps.settings.current();
      if (!config) {
        throw new AppError('NOT_CONFIGURED', 'Enter your Intuit app settings before connecting a company.', {
          fixSteps: ['Open "Intuit app settings" at the top of the window.', 'Paste the Client ID and Client Secret from developer.intuit.com (Keys & credentials).'],
        });
      }
      const now = deps.clock.now();
      const state = issueState(deps.db, { companyId, redirectUri: config.redirectUri, now });
      const via = callbackRouteFor(config.redirectUri);
      if (via === 'loopback') await ensureListener(config.redirectUri);
      log.info('connect started', { companyId, via, overridden: config.overridden });
      return {
        authorizationUrl: authorizationUrl({ authorizationEndpoint: config.endpoints.authorization, clientId: config.clientId, redirectUri: config.redirectUri, scopes: config.scopes, state }),
        via,
        expiresAt: new Date(now + STATE_TTL_MS).toISOString(),
      };
    },

    async complete(url, route) {
      const params = parseCallbackUrl(url);
      if (params.kind === 'invalid') throw new AppError('INVALID_PAYLOAD', params.reason);
      if (params.kind === 'denied') {
        if (params.state) consumeState(deps.db, params.state, deps.clock.now());
        void closeListenerIfIdle();
        log.info('connect declined at Intuit', { route, error: params.error });
        throw new AppError('PROVIDER_ERROR', params.error === 'access_denied' ? 'Access was not approved in QuickBooks, so the company was not connected.' : `QuickBooks did not connect the company (${params.error}).`, {
          fixSteps: ['Click Connect again and choose Connect (not Cancel) in QuickBooks.', 'Sign in as an admin of the company: only admins can approve access.'],
        });
      }
      if (codesInFlight.has(params.code)) throw stateRefused('unknown');
      codesInFlight.add(params.code);
      try {
        const check = consumeState(deps.db, params.state, deps.clock.now());
        if (!check.ok) {
          log.warn('callback refused: state not valid', { route, why: check.why });
          throw stateRefused(check.why);
        }
        const { companyId } = check;
        const config = await deps.settings.current();
        if (!config || config.redirectUri !== check.redirectUri) {
          throw new AppError('OAUTH_STATE_INVALID', 'The Intuit app settings changed while you were signing in.', { fixSteps: ['Click Connect again.'] });
        }
        const record = getCompany(deps.db, companyId);
        if (!record || record.settings.kind !== 'qbo') throw new AppError('NOT_FOUND', 'The company this sign-in was for is no longer in Ledgerlight.');
        const clash = listCompanies(deps.db).find((c) => c.id !== companyId && c.settings.kind === 'qbo' && c.settings.realmId === params.realmId);
        if (clash) throw new AppError('CONFLICT', `That QuickBooks company is already connected in Ledgerlight as "${clash.displayName}".`);

        await deps.tokens.connectFromAuthorizationCode({ companyId: record.id, code: params.code, realmId: params.realmId });
        const now = new Date(deps.clock.now()).toISOString();
        updateCompanySettings(deps.db, companyId, { kind: 'qbo', realmId: params.realmId, qboCompanyName: record.settings.qboCompanyName }, now);

        let qboCompanyName: string | null = null;
        let message = `${record.displayName} is connected.`;
        try {
          const accessToken = await deps.tokens.getAccessToken(record.id);
          const info = await readCompanyInfo(deps.http, { apiBase: config.endpoints.apiBase, realmId: params.realmId, accessToken });
          if (info.ok) {
            qboCompanyName = info.companyName;
            updateCompanySettings(deps.db, companyId, { kind: 'qbo', realmId: params.realmId, qboCompanyName }, now);
            message = `${record.displayName} is connected (QuickBooks calls it “${qboCompanyName}”).`;
          } else {
            log.warn('connected, but CompanyInfo could not be read', { companyId, code: info.error.code, requestId: info.error.requestId });
            message = `${record.displayName} is connected, but QuickBooks did not tell Ledgerlight the company’s name yet: ${info.error.userFacingMessage}`;
          }
        } catch (err) {
          log.warn('connected, but no access token for CompanyInfo', { companyId, err });
        }
        log.info('company connected', { companyId, route, realmId: params.realmId });
        deps.onCompanyChanged();
        return { companyId, realmId: params.realmId, qboCompanyName, message };
      } finally {
        codesInFlight.delete(params.code);
        // Not awaited: this may run inside the listener's own request, which must answer first.
        void closeListenerIfIdle();
      }
    },

    async disconnect(companyId) {
      const company = deps.companies.get(companyId);
      if (company.kind !== 'qbo') throw new AppError('CONFLICT', 'Only QuickBooks Online companies have an Intuit connection to disconnect.');
      const result = await deps.tokens.disconnect(companyId);
      deps.onCompanyChanged();
      log.info('company disconnected', { companyId, revoked: result.revoked });
      return {
        revoked: result.revoked,
        message: result.revoked
          ? `${company.displayName} is disconnected: QuickBooks confirmed that Ledgerlight's access was removed.`
          : `${company.displayName} is disconnected here and its keys were deleted, but Intuit did not confirm removing the access${result.detail ? ` (${result.detail})` : ''}. ` +
            'To be sure, a QuickBooks admin can remove Ledgerlight from the company’s connected apps.',
      };
    },

    async stop() {
      await listener?.server.close();
      listener = null;
    },
  };
  return flow;
}
