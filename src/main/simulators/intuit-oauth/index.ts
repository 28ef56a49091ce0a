/** Public surface of the Intuit OAuth simulator (see ../README.md). */
export { startIntuitOAuthSimulator, DEFAULT_SIM_CLIENT, DEFAULT_SIM_COMPANIES } from './server';
export { simulatorAppConfig } from './app-config';
export type { IntuitOAuthSimulator, IntuitOAuthSimulatorOptions, SimControls } from './server';
export { IntuitOAuthState, INTUIT_DEFAULTS, INVALID_GRANT_BODIES } from './oauth-state';
export type { OAuthClient, OAuthCounters, RefreshTokenStatus, AccessTokenStatus } from './oauth-state';
export type { SimEndpoint, SimFault } from './faults';
