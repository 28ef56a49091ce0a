import { z } from 'zod';

export const IntuitEnvironmentSchema = z.enum(['sandbox', 'production']);
export type IntuitEnvironment = z.infer<typeof IntuitEnvironmentSchema>;

/** Scopes Ledgerlight asks for by default: the Accounting API is all a health probe needs. */
export const DEFAULT_SCOPES = ['com.intuit.quickbooks.accounting'] as const;

const KNOWN_SCOPES = [
  'com.intuit.quickbooks.accounting',
  'com.intuit.quickbooks.payment',
  'openid',
  'profile',
  'email',
  'phone',
  'address',
] as const;

const isIpHost = (host: string) => /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[');

/**
 * Intuit's redirect-URI rules (qbo.md §4.3): production only redirects to https and never to IP
 * addresses; sandbox keys may also use http://localhost. Returns a plain sentence when refused.
 */
export function redirectUriProblem(raw: string, environment: IntuitEnvironment): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'Enter the full address, starting with https://';
  }
  if (url.hash) return 'The redirect address cannot contain a # part.';
  if (url.protocol === 'ledgerlight:') return 'Intuit only redirects to web addresses. Use your https relay page, which opens ledgerlight:// for you.';
  if (isIpHost(url.hostname)) return 'Intuit does not allow IP addresses in redirect addresses. Use a name such as localhost or your relay page’s domain.';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && url.hostname === 'localhost') {
    return environment === 'sandbox' ? null : 'Intuit only accepts http://localhost for sandbox keys. Production keys need an https address (your relay page).';
  }
  return 'Intuit only redirects to https addresses (or http://localhost with sandbox keys).';
}

/**
 * The Intuit app settings a person enters once. The client secret is optional when updating:
 * leaving it empty keeps the stored one (the window never sees it again).
 */
export const IntuitSettingsInputSchema = z
  .object({
    clientId: z.string().trim().min(10, 'Paste the Client ID from the Keys & credentials page').max(200).regex(/^\S+$/, 'The Client ID has no spaces'),
    clientSecret: z.string().trim().max(200).regex(/^\S*$/, 'The Client Secret has no spaces').optional(),
    environment: IntuitEnvironmentSchema,
    redirectUri: z.string().trim().max(500),
    scopes: z.array(z.enum(KNOWN_SCOPES)).min(1).max(KNOWN_SCOPES.length).default([...DEFAULT_SCOPES]),
  })
  .superRefine((v, ctx) => {
    const problem = redirectUriProblem(v.redirectUri, v.environment);
    if (problem) ctx.addIssue({ code: 'custom', path: ['redirectUri'], message: problem });
    if (!v.scopes.includes('com.intuit.quickbooks.accounting')) {
      ctx.addIssue({ code: 'custom', path: ['scopes'], message: 'Ledgerlight needs the Accounting scope to check a company.' });
    }
  });
export type IntuitSettingsInput = z.input<typeof IntuitSettingsInputSchema>;

/** What the window may see of the settings: never the secret itself. */
export interface IntuitSettingsView {
  configured: boolean;
  clientId: string | null;
  hasClientSecret: boolean;
  environment: IntuitEnvironment;
  redirectUri: string | null;
  scopes: string[];
  /** How the callback will come back for this redirect URI. */
  callbackRoute: 'loopback' | 'relay' | null;
  endpoints: { authorization: string; token: string; revoke: string; apiBase: string } | null;
  /** Endpoints that do not come from Intuit's discovery document (settings or environment variables). */
  overridden: string[];
  /** Where the endpoints came from: Intuit's discovery document, the built-in defaults, or overrides. */
  endpointSource: 'discovery' | 'documented-defaults' | 'override' | null;
}
