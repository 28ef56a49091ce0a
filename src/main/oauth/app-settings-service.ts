import type Database from 'better-sqlite3';
import { IntuitSettingsInputSchema, type IntuitSettingsInput, type IntuitSettingsView } from '@shared/domain/intuit-settings';
import { AppError } from '../core/app-error';
import type { Clock, HttpTransport } from '../core/ports';
import type { Logger } from '../logging/logger';
import type { Vault } from '../vault/vault';
import { getAppSettings, saveAppSettings } from './app-settings-repo';
import { discoverEndpoints } from './discovery';
import type { IntuitAppConfig, IntuitAppConfigProvider, IntuitEndpoints } from './intuit-app-config';
import { DOCUMENTED_ENDPOINTS, readOverrides, type EndpointKey } from './intuit-endpoints';

export interface AppSettingsService extends IntuitAppConfigProvider {
  /** Validates and stores the settings; the secret is sealed by the vault (kept when left empty). */
  save(input: IntuitSettingsInput): Promise<IntuitSettingsView>;
  /** What the window may show: never the secret. */
  view(): Promise<IntuitSettingsView>;
  /** Overrides in force (for the window's "not talking to Intuit" warning). */
  overridden(): EndpointKey[];
}

/** How the OAuth callback will come back for this redirect URI. */
export function callbackRouteFor(redirectUri: string): 'loopback' | 'relay' {
  return new URL(redirectUri).protocol === 'http:' ? 'loopback' : 'relay';
}

/**
 * The Intuit app settings, entered once. The endpoints are resolved on every use: overrides
 * (environment variables, then the setting) win over Intuit's discovery document, which wins
 * over the documented defaults.
 */
export function createAppSettingsService(deps: {
  db: Database.Database;
  vault: Vault;
  http: HttpTransport;
  clock: Clock;
  logger: Logger;
  env: NodeJS.ProcessEnv;
}): AppSettingsService {
  const log = deps.logger.child('oauth.settings');
  const overrides = () => readOverrides(deps.env, getAppSettings(deps.db)?.endpointOverrides ?? {});

  async function resolveEndpoints(environment: 'sandbox' | 'production'): Promise<{ endpoints: IntuitEndpoints; source: IntuitSettingsView['endpointSource'] }> {
    const documented = DOCUMENTED_ENDPOINTS[environment];
    const { overrides: o } = overrides();
    const needDiscovery = !(o.authorization && o.token && o.revoke);
    const discovered = needDiscovery
      ? await discoverEndpoints({ ...deps, environment, url: o.discovery ?? documented.discovery, fallback: documented })
      : { endpoints: documented, source: 'override' as const };
    const endpoints: IntuitEndpoints = {
      authorization: o.authorization ?? discovered.endpoints.authorization,
      token: o.token ?? discovered.endpoints.token,
      revoke: o.revoke ?? discovered.endpoints.revoke,
      apiBase: o.apiBase ?? documented.apiBase,
    };
    const anyOverride = Object.keys(o).length > 0;
    return { endpoints, source: anyOverride ? 'override' : discovered.source };
  }

  const service: AppSettingsService = {
    async save(input) {
      const parsed = IntuitSettingsInputSchema.safeParse(input);
      if (!parsed.success) {
        throw new AppError('INVALID_PAYLOAD', 'Some Intuit app settings need another look.', {
          issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
        });
      }
      const v = parsed.data;
      const existing = getAppSettings(deps.db);
      let secretEnc = existing?.clientSecretEnc ?? null;
      let keyVersion = existing?.keyVersion ?? deps.vault.keyVersion;
      if (v.clientSecret) {
        secretEnc = await deps.vault.sealSecret(v.clientSecret);
        keyVersion = deps.vault.keyVersion;
      }
      if (!secretEnc) {
        throw new AppError('INVALID_PAYLOAD', 'Enter the Client Secret the first time you save the settings.', {
          issues: ['clientSecret: Paste the Client Secret from the Keys & credentials page'],
        });
      }
      saveAppSettings(deps.db, {
        clientId: v.clientId,
        clientSecretEnc: secretEnc,
        keyVersion,
        environment: v.environment,
        redirectUri: v.redirectUri,
        scopes: v.scopes,
        endpointOverrides: existing?.endpointOverrides ?? {},
        updatedAt: deps.clock.now(),
      });
      log.info('Intuit app settings saved', { environment: v.environment, route: callbackRouteFor(v.redirectUri), secretChanged: !!v.clientSecret });
      return service.view();
    },
    async view() {
      const s = getAppSettings(deps.db);
      const environment = s?.environment ?? 'sandbox';
      const resolved = s ? await resolveEndpoints(environment) : null;
      return {
        configured: !!s,
        clientId: s?.clientId ?? null,
        hasClientSecret: !!s,
        environment,
        redirectUri: s?.redirectUri ?? null,
        scopes: s?.scopes ?? [],
        callbackRoute: s ? callbackRouteFor(s.redirectUri) : null,
        endpoints: resolved?.endpoints ?? null,
        overridden: service.overridden(),
        endpointSource: resolved?.source ?? null,
      };
    },
    overridden: () => Object.keys(overrides().overrides) as EndpointKey[],
    async current(): Promise<IntuitAppConfig | null> {
      const s = getAppSettings(deps.db);
      if (!s) return null;
      const clientSecret = await deps.vault.openSecret(s.clientSecretEnc);
      const { endpoints } = await resolveEndpoints(s.environment);
      return {
        clientId: s.clientId,
        clientSecret,
        environment: s.environment,
        redirectUri: s.redirectUri,
        scopes: s.scopes,
        endpoints,
        overridden: service.overridden().filter((k): k is keyof IntuitEndpoints => k !== 'discovery'),
      };
    },
  };
  return service;
}
