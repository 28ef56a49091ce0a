import type { CatalogEntry } from './types';
import type { HttpStatusRow } from './qbo-gateway';
import * as M from './middleware-meanings';

/**
 * Conductor (conductor.is) error objects `{"error":{message, userFacingMessage, type, code,
 * httpStatusCode, integrationCode, requestId}}` (qbd.md §5.1). Decided by `code` first, then
 * `type`, then HTTP status. Conductor's own userFacingMessage is kept in `message`; ours is
 * always shown, because Conductor masks some problems as "An internal server error occurred".
 */
export interface MiddlewareCodeRow extends CatalogEntry {
  readonly codes: readonly string[];
  /** Take the meaning from integrationCode: an HRESULT (connection) or qbXML statusCode (request). */
  readonly delegateTo?: 'hresult' | 'qbxml';
}

export const CONDUCTOR_CODE_ROWS: readonly MiddlewareCodeRow[] = [
  {
    ...M.CONNECTION_NOT_ACTIVE,
    codes: ['INTEGRATION_CONNECTION_NOT_ACTIVE'],
    citation: 'qbd.md §5.1 (no Web Connector heartbeat in over two minutes; CD help/connection-errors/connection-not-active steps); seed 003',
  },
  {
    ...M.CONNECTION_NOT_SET_UP,
    codes: ['INTEGRATION_CONNECTION_NOT_SET_UP'],
    citation: 'qbd.md §5.1 (end user has not finished the auth flow; HTTP 409); seed 003',
  },
  {
    ...M.QBD_OFFLINE,
    codes: ['QBD_CONNECTION_ERROR'],
    delegateTo: 'hresult',
    citation: 'qbd.md §5.1 (QBD_CONNECTION_ERROR, 502, integrationCode = HRESULT), §3; sample qbd conductor-error-qbd-connection-0x80040420.json',
  },
  {
    ...M.QBD_REQUEST_ERROR,
    codes: ['QBD_REQUEST_ERROR'],
    delegateTo: 'qbxml',
    citation: 'qbd.md §5.1 (QBD_REQUEST_ERROR: business-logic error; integrationCode = qbXML statusCode); sample qbd conductor-error-qbd-request-error-sdk-fixture.RECONSTRUCTED.json',
  },
  {
    ...M.QBD_REQUEST_TIMEOUT,
    codes: ['QBD_REQUEST_TIMEOUT'],
    citation: 'qbd.md §5.1 (QBD_REQUEST_TIMEOUT, HTTP 504; a timed-out write "may still have landed"); seed 003',
  },
  { ...M.QBD_NO_RESPONSE, codes: ['QBD_NO_RESPONSE'], citation: 'qbd.md §5.1 (CN11 QBD_NO_RESPONSE "No response received from QuickBooks Desktop")' },
  { ...M.API_KEY_INVALID, codes: ['API_KEY_INVALID'], citation: 'qbd.md §5.1 (API_KEY_INVALID verified name), §7 (AUTHENTICATION_ERROR: developer/ops must act)' },
  { ...M.MIDDLEWARE_NOT_FOUND, codes: ['RESOURCE_MISSING'], citation: 'qbd.md §5.1 (RESOURCE_MISSING verified name)' },
  { ...M.MIDDLEWARE_RATE_LIMITED, codes: ['RATE_LIMIT_EXCEEDED', 'RATE_LIMITED'], citation: 'qbd.md §5.1 (conductor-node retries 429 and honours retry-after)' },
  { ...M.MIDDLEWARE_CONNECTION_FAILED, codes: ['ECONNABORTED', 'NETWORK_ERROR'], citation: 'qbd.md §5.1 (CN11 client-side CONNECTION_ERROR codes)' },
];

/** Conductor `type` values (qbd.md §5.1 error object; CD usage/error-handling). */
export interface MiddlewareTypeRow extends CatalogEntry {
  readonly types: readonly string[];
  readonly delegateTo?: 'hresult' | 'qbxml';
}

export const CONDUCTOR_TYPE_ROWS: readonly MiddlewareTypeRow[] = [
  { ...M.QBD_OFFLINE, types: ['INTEGRATION_CONNECTION_ERROR'], delegateTo: 'hresult', citation: 'qbd.md §5.1 (INTEGRATION_CONNECTION_ERROR: end-user side, only the end user can fix it)' },
  { ...M.QBD_REQUEST_ERROR, types: ['INTEGRATION_ERROR'], delegateTo: 'qbxml', citation: 'qbd.md §5.1 (INTEGRATION_ERROR: problem with our request/data; see integrationCode)' },
  { ...M.MIDDLEWARE_INVALID_REQUEST, types: ['INVALID_REQUEST_ERROR'], citation: 'qbd.md §5.1 (INVALID_REQUEST_ERROR)' },
  { ...M.MIDDLEWARE_AUTHENTICATION_FAILED, types: ['AUTHENTICATION_ERROR'], citation: 'qbd.md §5.1 (AUTHENTICATION_ERROR, e.g. an incorrect API key)' },
  { ...M.MIDDLEWARE_PERMISSION_DENIED, types: ['PERMISSION_ERROR'], citation: 'qbd.md §5.1 (PERMISSION_ERROR)' },
  { ...M.MIDDLEWARE_RATE_LIMITED, types: ['RATE_LIMIT_ERROR'], citation: 'qbd.md §5.1 (conductor-node retries 429)' },
  { ...M.MIDDLEWARE_SERVICE_ERROR, types: ['INTERNAL_ERROR'], citation: 'qbd.md §5.1 (INTERNAL_ERROR: something went wrong on Conductor\'s end)' },
  { ...M.MIDDLEWARE_CONNECTION_FAILED, types: ['CONNECTION_ERROR'], citation: 'qbd.md §5.1 (CN11 client-side CONNECTION_ERROR)' },
];

/** Status-only fallback for Conductor answers without a usable error object. */
export const CONDUCTOR_HTTP_STATUS_ROWS: readonly HttpStatusRow[] = [
  { ...M.MIDDLEWARE_AUTHENTICATION_FAILED, status: [401, 401], citation: 'qbd.md §5.1 (AUTHENTICATION_ERROR)' },
  { ...M.MIDDLEWARE_BILLING_REQUIRED, status: [402, 402], citation: 'qbd.md §5.1 (setup/billing problems)' },
  { ...M.MIDDLEWARE_PERMISSION_DENIED, status: [403, 403], citation: 'qbd.md §5.1 (PERMISSION_ERROR)' },
  { ...M.CONNECTION_NOT_SET_UP, status: [409, 409], citation: 'qbd.md §5.1 (INTEGRATION_CONNECTION_NOT_SET_UP observed as HTTP 409)' },
  { ...M.MIDDLEWARE_RATE_LIMITED, status: [429, 429], citation: 'qbd.md §5.1 (429 retried by conductor-node)' },
  { ...M.MIDDLEWARE_INVALID_REQUEST, status: [400, 499], citation: 'qbd.md §5.1 (INVALID_REQUEST_ERROR)' },
  { ...M.QBD_REQUEST_TIMEOUT, status: [504, 504], citation: 'qbd.md §5.1 (QBD_REQUEST_TIMEOUT is HTTP 504)' },
  { ...M.MIDDLEWARE_SERVICE_ERROR, status: [500, 599], citation: 'qbd.md §5.1 (a 5xx or an HTML load-balancer page: transient, retried by conductor-node)' },
];
