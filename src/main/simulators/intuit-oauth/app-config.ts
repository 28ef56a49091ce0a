import type { IntuitAppConfig } from '../../oauth/intuit-app-config';
import { DEFAULT_SIM_CLIENT, type IntuitOAuthSimulator } from './server';

/**
 * Intuit app settings that point Ledgerlight at a running simulator (its default client and its
 * endpoints, all marked as overridden). Used by tests, benchmarks and demo mode.
 */
export function simulatorAppConfig(sim: IntuitOAuthSimulator, overrides: Partial<IntuitAppConfig> = {}): IntuitAppConfig {
  return {
    clientId: DEFAULT_SIM_CLIENT.clientId,
    clientSecret: DEFAULT_SIM_CLIENT.clientSecret,
    environment: 'sandbox',
    redirectUri: 'http://127.0.0.1:9/callback',
    scopes: ['com.intuit.quickbooks.accounting'],
    endpoints: { authorization: sim.endpoints.authorization, token: sim.endpoints.token, revoke: sim.endpoints.revoke, apiBase: 'http://127.0.0.1:9' },
    overridden: ['authorization', 'token', 'revoke', 'apiBase'],
    ...overrides,
  };
}
