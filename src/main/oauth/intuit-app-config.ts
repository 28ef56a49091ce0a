/**
 * The Intuit app settings a person enters once (client id/secret, environment, redirect URI,
 * scopes) resolved together with the endpoints (from Intuit's discovery document, or from
 * documented overrides for demo mode, tests and corporate proxies).
 */
export interface IntuitEndpoints {
  authorization: string;
  token: string;
  revoke: string;
  /** QBO API base, e.g. https://sandbox-quickbooks.api.intuit.com */
  apiBase: string;
}

export interface IntuitAppConfig {
  clientId: string;
  /** Decrypted only in memory, only while needed; never logged or sent over IPC. */
  clientSecret: string;
  environment: 'sandbox' | 'production';
  redirectUri: string;
  scopes: string[];
  endpoints: IntuitEndpoints;
  /** Which endpoints came from an override (shown in the window so nobody runs against a simulator by accident). */
  overridden: Array<keyof IntuitEndpoints>;
}

/** Supplies the current Intuit app configuration; null until the person has entered it. */
export interface IntuitAppConfigProvider {
  current(): Promise<IntuitAppConfig | null>;
}
