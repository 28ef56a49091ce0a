import type { IntuitEnvironment } from '@shared/domain/intuit-settings';
import type { IntuitEndpoints } from './intuit-app-config';

/** Intuit's published endpoints (qbo.md §4.1): used when discovery cannot be read. */
export const DOCUMENTED_ENDPOINTS: Record<IntuitEnvironment, IntuitEndpoints & { discovery: string }> = {
  production: {
    discovery: 'https://developer.api.intuit.com/.well-known/openid_configuration',
    authorization: 'https://appcenter.intuit.com/connect/oauth2',
    token: 'https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer',
    revoke: 'https://developer.api.intuit.com/v2/oauth2/tokens/revoke',
    apiBase: 'https://quickbooks.api.intuit.com',
  },
  sandbox: {
    discovery: 'https://developer.api.intuit.com/.well-known/openid_sandbox_configuration',
    authorization: 'https://appcenter.intuit.com/connect/oauth2',
    token: 'https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer',
    revoke: 'https://developer.api.intuit.com/v2/oauth2/tokens/revoke',
    apiBase: 'https://sandbox-quickbooks.api.intuit.com',
  },
};

/** Environment variables that override an endpoint (they win over the setting). */
export const ENDPOINT_ENV_VARS = {
  discovery: 'LEDGERLIGHT_INTUIT_DISCOVERY_URL',
  authorization: 'LEDGERLIGHT_INTUIT_AUTH_URL',
  token: 'LEDGERLIGHT_INTUIT_TOKEN_URL',
  revoke: 'LEDGERLIGHT_INTUIT_REVOKE_URL',
  apiBase: 'LEDGERLIGHT_QBO_API_BASE',
} as const;

export type EndpointKey = keyof typeof ENDPOINT_ENV_VARS;

/**
 * Overrides from the environment and the stored setting (environment first). Only absolute
 * http(s) URLs count; anything else is ignored and reported, so a typo never silently points
 * Ledgerlight somewhere unexpected.
 */
export function readOverrides(
  env: NodeJS.ProcessEnv,
  setting: Partial<Record<EndpointKey, string>>,
): { overrides: Partial<Record<EndpointKey, string>>; ignored: string[] } {
  const overrides: Partial<Record<EndpointKey, string>> = {};
  const ignored: string[] = [];
  for (const key of Object.keys(ENDPOINT_ENV_VARS) as EndpointKey[]) {
    const raw = env[ENDPOINT_ENV_VARS[key]]?.trim() || setting[key]?.trim();
    if (!raw) continue;
    try {
      const url = new URL(raw);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('scheme');
      overrides[key] = raw.replace(/\/+$/, '');
    } catch {
      ignored.push(`${ENDPOINT_ENV_VARS[key]}=${raw.slice(0, 80)}`);
    }
  }
  return { overrides, ignored };
}
