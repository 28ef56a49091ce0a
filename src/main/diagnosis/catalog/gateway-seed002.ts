import type { CatalogEntry } from './types';
import type { HttpStatusRow } from './qbo-gateway';
import { SEND_DETAILS_TO_SUPPORT } from './common-steps';

/**
 * The generic API gateway of seed 002 ("Quickbook API — Error messages"). It has two
 * formats:
 * - Policy Violation `{"error": "...", "description": "..."}`: 403 bad Authorization header,
 *   400 not compliant with security policies, 429 rate limit.
 * - Application Error `{status, code, type, time, message, description, reference_id}` with
 *   codes UNHOUTORIZED (sic), FORBIDDEN, BAD_REQUEST, RESOURCE_NOT_FOUND, METHOD_NOT_ALLOWED,
 *   NOT_ACCEPTABLE, CONFLICT, UNSUPPORTED_MEDIA_TYPE, INTERNAL_SERVER_ERROR, BAD_GATEWAY,
 *   GATEWAY_TIMEOUT, BACKEND_ERROR (520 = a 500 from the backend behind the gateway).
 * Seed 002 is a product specification document, not Intuit's; it is the only source.
 */
type Meaning = Omit<CatalogEntry, 'citation'>;

const CREDENTIALS_REJECTED: Meaning = {
  code: 'GATEWAY_CREDENTIALS_REJECTED',
  type: 'AUTHENTICATION_ERROR',
  recovery: 'reconnect',
  userFacingMessage: "The service in front of QuickBooks did not accept Ledgerlight's credentials for this connection.",
  fixSteps: [
    'In Ledgerlight, open this company and click Edit connection.',
    'Enter the current client ID and secret (or key) for this service, checking that no space was copied before or after them, and click Save.',
  ],
};

const FORBIDDEN: Meaning = {
  code: 'GATEWAY_FORBIDDEN',
  type: 'PERMISSION_ERROR',
  recovery: 'user_action',
  userFacingMessage: 'The service in front of QuickBooks says this account is not allowed to do that.',
  fixSteps: ['Check with the administrator of that service that your account has access to this feature.', SEND_DETAILS_TO_SUPPORT],
};

const INVALID_REQUEST: Meaning = {
  code: 'GATEWAY_INVALID_REQUEST',
  type: 'INVALID_REQUEST_ERROR',
  recovery: 'developer_action',
  userFacingMessage: 'The service in front of QuickBooks refused a request Ledgerlight sent. This needs a fix in Ledgerlight.',
  fixSteps: ['Nothing in QuickBooks needs to change.', SEND_DETAILS_TO_SUPPORT],
};

const CONFLICT: Meaning = {
  code: 'GATEWAY_CONFLICT',
  type: 'INTEGRATION_ERROR',
  recovery: 'developer_action',
  userFacingMessage: 'The change conflicts with data that already exists.',
  fixSteps: ['Read the explanation in the details.', SEND_DETAILS_TO_SUPPORT],
};

const RATE_LIMITED: Meaning = {
  code: 'GATEWAY_RATE_LIMITED',
  type: 'RATE_LIMIT_ERROR',
  recovery: 'retry',
  userFacingMessage: 'The service in front of QuickBooks asked Ledgerlight to slow down. Ledgerlight waits and tries again.',
  fixSteps: ['Nothing to do: Ledgerlight waits and tries again.'],
};

const UNAVAILABLE: Meaning = {
  code: 'GATEWAY_SERVICE_ERROR',
  type: 'SERVICE_ERROR',
  recovery: 'retry',
  userFacingMessage: 'The service in front of QuickBooks is having a temporary problem. Ledgerlight will try again shortly.',
  fixSteps: ['Nothing to do: Ledgerlight retries automatically.', SEND_DETAILS_TO_SUPPORT],
};

const TIMEOUT: Meaning = { ...UNAVAILABLE, code: 'GATEWAY_TIMEOUT', userFacingMessage: 'The service in front of QuickBooks did not get an answer in time. Ledgerlight will try again shortly.', outcomeUnknown: true };

/** Policy Violation: matched on the `error` value first (case-insensitive). */
export interface PolicyErrorRow extends CatalogEntry {
  readonly errorMatch: RegExp;
}

export const GATEWAY_POLICY_ROWS: readonly PolicyErrorRow[] = [
  { ...RATE_LIMITED, errorMatch: /rate|quota|throttl|spike|too_many/i, citation: 'seed 002 (Policy Violation 429: the number of requests exceeded the rate limit)' },
  { ...CREDENTIALS_REJECTED, errorMatch: /^invalid_(client|token)$|unauthori[sz]ed|invalid_api_key|access_denied/i, citation: 'seed 002 (Policy Violation "invalid_client": wrong client_id or client_secret; 403 bad Authorization header)' },
];

/** Application Error `code` values (seed 002 "Error Codes"). */
export interface AppErrorCodeRow extends CatalogEntry {
  readonly codes: readonly string[];
}

export const GATEWAY_APP_CODE_ROWS: readonly AppErrorCodeRow[] = [
  { ...CREDENTIALS_REJECTED, codes: ['UNHOUTORIZED', 'UNAUTHORIZED', 'UNAUTHORISED'], citation: 'seed 002 (UNHOUTORIZED [sic] = 401)' },
  { ...FORBIDDEN, codes: ['FORBIDDEN'], citation: 'seed 002 (FORBIDDEN 403: "not allowed for the current customer")' },
  { ...INVALID_REQUEST, codes: ['BAD_REQUEST', 'RESOURCE_NOT_FOUND', 'METHOD_NOT_ALLOWED', 'NOT_ACCEPTABLE', 'UNSUPPORTED_MEDIA_TYPE'], citation: 'seed 002 (400 Validation Error; 404/405/406/415 Contract Violation)' },
  { ...CONFLICT, codes: ['CONFLICT'], citation: 'seed 002 (CONFLICT 409)' },
  { ...RATE_LIMITED, codes: ['TOO_MANY_REQUESTS', 'RATE_LIMIT_EXCEEDED'], citation: 'seed 002 (429 rate limit)' },
  { ...TIMEOUT, codes: ['GATEWAY_TIMEOUT'], citation: 'seed 002 (504 Connection Error "Unable to connect to upstream service")' },
  { ...UNAVAILABLE, codes: ['INTERNAL_SERVER_ERROR', 'BAD_GATEWAY', 'BACKEND_ERROR', 'SERVICE_UNAVAILABLE'], citation: 'seed 002 (500 System Error, 502 Upstream Service Error, 520 Backend Error)' },
];

export const GATEWAY_HTTP_STATUS_ROWS: readonly HttpStatusRow[] = [
  { ...CREDENTIALS_REJECTED, status: [401, 401], citation: 'seed 002 (401 UNHOUTORIZED)' },
  { ...CREDENTIALS_REJECTED, status: [403, 403], citation: 'seed 002 (Policy Violation 403: missing, malformed or invalid Authorization header); an Application Error 403 is FORBIDDEN by code' },
  { ...CONFLICT, status: [409, 409], citation: 'seed 002 (409 CONFLICT)' },
  { ...RATE_LIMITED, status: [429, 429], citation: 'seed 002 (429 rate limit)' },
  { ...INVALID_REQUEST, status: [400, 499], citation: 'seed 002 (400 not compliant with security policies; 404/405/406/415 contract violations)' },
  { ...TIMEOUT, status: [504, 504], citation: 'seed 002 (504 GATEWAY_TIMEOUT)' },
  { ...UNAVAILABLE, status: [500, 599], citation: 'seed 002 (500, 502, 520)' },
];
