import type { CatalogEntry } from './types';
import type { HttpStatusRow } from './qbo-gateway';
import * as M from './qbo-meanings';
import { SEND_DETAILS_TO_SUPPORT } from './common-steps';

/**
 * Intuit OAuth 2.0 token and revoke endpoint errors (`{"error": "...", "error_description":
 * "...", "x_error_reason": "..."}`), qbo.md §4.6. First matching row wins; `reason` rows
 * (x_error_reason) come before the plain `error` rows.
 *
 * `invalid_grant` has many causes (refresh token expired, revoked, superseded by rotation,
 * auth code reused) but one cure: the person reconnects. The token service should re-read
 * its stored refresh token once first, in case another process rotated it (qbo.md §7.4).
 */
export interface OAuthErrorRow extends CatalogEntry {
  readonly errors: readonly string[];
  /** Matches `x_error_reason` when set. */
  readonly reason?: RegExp;
}

const APP_SETTINGS_STEPS = [
  'This is a problem with how Ledgerlight itself is registered with Intuit, not with your QuickBooks company; reconnecting will not help.',
  'For the person who set up Ledgerlight: open developer.intuit.com > My Hub > App dashboard > your app > Keys and credentials (Production or Development, matching the environment in use).',
  "Copy the Client ID and Client Secret again into Ledgerlight's Intuit app settings, checking that no space or line break was copied before or after them.",
  SEND_DETAILS_TO_SUPPORT,
] as const;

const OAUTH_INVALID_CLIENT: Omit<CatalogEntry, 'citation'> = {
  code: 'OAUTH_INVALID_CLIENT',
  type: 'AUTHENTICATION_ERROR',
  recovery: 'developer_action',
  userFacingMessage:
    "Intuit did not recognise Ledgerlight's own app credentials, so no QuickBooks Online company can be reached until they are corrected.",
  fixSteps: [...APP_SETTINGS_STEPS],
};

const OAUTH_CONFIG: Omit<CatalogEntry, 'citation'> = {
  code: 'OAUTH_REQUEST_INVALID',
  type: 'INVALID_REQUEST_ERROR',
  recovery: 'developer_action',
  userFacingMessage: 'Intuit refused how Ledgerlight asked for access to QuickBooks Online. This needs a fix in Ledgerlight.',
  fixSteps: [SEND_DETAILS_TO_SUPPORT],
};

const OAUTH_SERVICE_DOWN: Omit<CatalogEntry, 'citation'> = {
  code: 'OAUTH_SERVICE_UNAVAILABLE',
  type: 'SERVICE_ERROR',
  recovery: 'retry',
  userFacingMessage: "Intuit's sign-in service is having a temporary problem. Ledgerlight will try again shortly.",
  fixSteps: ['Nothing to do: Ledgerlight retries automatically.', "You can check Intuit's status page at status.quickbooks.intuit.com."],
};

export const OAUTH_ERROR_ROWS: readonly OAuthErrorRow[] = [
  {
    ...M.QBO_USER_NOT_IN_REALM,
    errors: ['invalid_grant'],
    reason: /user_not_in_realm/i,
    citation: 'qbo.md §4.6 (x_error_reason user_not_in_realm: the connecting user was removed from the company); sample qbo #20',
  },
  {
    ...M.QBO_REFRESH_TOKEN_INVALID,
    errors: ['invalid_grant'],
    citation: 'qbo.md §4.5, §4.6 (refresh token expired, revoked or superseded, or auth code reused); samples qbo #17, #18, #19',
  },
  {
    ...OAUTH_INVALID_CLIENT,
    errors: ['invalid_client'],
    citation: 'qbo.md §4.6 (HTTP 401, wrong client_id or secret, e.g. a trailing space), §7.4 (a developer config error); sample qbo #21',
  },
  {
    ...OAUTH_CONFIG,
    code: 'OAUTH_UNAUTHORIZED_CLIENT',
    type: 'PERMISSION_ERROR',
    errors: ['unauthorized_client'],
    citation: 'qbo.md §4.6 (oauth-jsclient README "Common OAuth2 Errors"); RFC 6749 §5.2',
  },
  {
    ...OAUTH_CONFIG,
    errors: ['invalid_request', 'unsupported_grant_type', 'invalid_scope', 'unsupported_response_type', 'unsupported_token_type'],
    citation: 'qbo.md §4.6 (oauth-jsclient README "Common OAuth2 Errors"); RFC 6749 §5.2, RFC 7009 §2.2.1',
  },
  {
    code: 'OAUTH_ACCESS_DENIED',
    type: 'PERMISSION_ERROR',
    recovery: 'reconnect',
    userFacingMessage: 'The connection to QuickBooks Online was not approved, so Ledgerlight has no access to this company yet.',
    fixSteps: [
      "In Ledgerlight, click Reconnect next to this company.",
      'Sign in to QuickBooks Online as an admin of the company and click Connect (not Cancel) on the approval page.',
    ],
    errors: ['access_denied'],
    citation: 'qbo.md §4.2 (only a Master or Company Administrator can authorize); RFC 6749 §4.1.2.1',
  },
  { ...OAUTH_SERVICE_DOWN, errors: ['server_error', 'temporarily_unavailable'], citation: 'qbo.md §7.5 (5xx transient); RFC 6749 §4.1.2.1' },
];

/** The token service being down, for answers that carry no `error` field (HTML pages, empty 5xx). */
export const OAUTH_SERVICE_UNAVAILABLE: CatalogEntry = { ...OAUTH_SERVICE_DOWN, citation: 'qbo.md §7.5 (5xx and HTML bodies are transient)' };

/**
 * Token endpoint answers with no recognisable `error`: the status decides. A bare 401 from
 * the token endpoint is its client authentication failing (HTTP Basic with client id/secret).
 */
export const OAUTH_HTTP_STATUS_ROWS: readonly HttpStatusRow[] = [
  { ...OAUTH_INVALID_CLIENT, status: [401, 401], citation: 'qbo.md §4.1 (client authenticates with HTTP Basic), §4.6 (invalid_client is HTTP 401)' },
  {
    code: 'OAUTH_THROTTLED',
    type: 'RATE_LIMIT_ERROR',
    recovery: 'retry',
    userFacingMessage: "Intuit's sign-in service asked Ledgerlight to slow down. Ledgerlight waits and tries again.",
    fixSteps: ['Nothing to do: Ledgerlight waits and tries again.'],
    status: [429, 429],
    citation: 'qbo.md §7.5 (429 transient)',
  },
  { ...OAUTH_CONFIG, status: [400, 499], citation: 'qbo.md §4.6 (400 answers carry an error code; without one the request itself was refused)' },
  { ...OAUTH_SERVICE_DOWN, status: [500, 599], citation: 'qbo.md §7.5 (5xx and HTML bodies are transient)' },
];

/**
 * Revoke endpoint: a 400 means the token is already unusable, which is what revoking wants
 * (fo_qbo ignores HTTP 400 on revoke; Intuit's clients clear local tokens either way).
 */
export const OAUTH_REVOKE_ALREADY_INVALID: CatalogEntry = {
  code: 'OAUTH_REVOKE_ALREADY_INVALID',
  type: 'NONE',
  recovery: 'none',
  userFacingMessage: 'Ledgerlight is disconnected from this QuickBooks Online company.',
  fixSteps: [],
  citation: 'qbo.md §4.1 (revoke endpoint; fo_qbo ignores HTTP 400 on revoke)',
};

/** A token or revoke answer without an error. */
export const OAUTH_OK_CITATION = 'qbo.md §4.4 (token response); samples qbo #12–#16' as const;
