import type { HttpStatusRow } from './qbo-gateway';
import type { MiddlewareCodeRow, MiddlewareTypeRow } from './conductor-codes';
import * as M from './middleware-meanings';

/**
 * nXus (nx-us.net) `StandardErrorResponse` `{"error":{message, userFacingMessage, type, code,
 * httpStatusCode, integrationCode, requestId}}` (qbd.md §5.2; seed 004 is nXus's own page).
 * `type` values end in `_TYPE`; the classifier strips that suffix before matching `types`.
 * nXus documents its errors as NOT transient except 429 (wait `retryAfter` seconds).
 */
export const NXUS_CODE_ROWS: readonly MiddlewareCodeRow[] = [
  { ...M.API_KEY_INVALID, codes: ['API_KEY_INVALID'], citation: 'qbd.md §5.2 (API_KEY_INVALID); sample qbd nxus-error-api-key-invalid.json' },
  {
    ...M.QBD_OFFLINE,
    codes: ['QBD_CONNECTION_ERROR'],
    delegateTo: 'hresult',
    citation: 'qbd.md §5.2 (QBD_CONNECTION_ERROR; integrationCode = HRESULT or qbXML statusCode), §3',
  },
  {
    ...M.QBD_EDIT_SEQUENCE_STALE,
    codes: ['QBD_STALE_EDIT_SEQUENCE'],
    citation: 'qbd.md §5.2 (QBD_STALE_EDIT_SEQUENCE 409: re-fetch the record, then resubmit); seed 004',
  },
  { ...M.MIDDLEWARE_RATE_LIMITED, codes: ['RATE_LIMIT_EXCEEDED'], citation: 'qbd.md §5.2 (429 with retryAfter seconds); seed 004' },
  { ...M.QBD_REQUEST_ERROR, codes: ['QBD_REQUEST_ERROR'], delegateTo: 'qbxml', citation: 'qbd.md §5.2 (integrationCode = qbXML statusCode for business errors); seed 004' },
  { ...M.QBD_REQUEST_TIMEOUT, codes: ['QBD_REQUEST_TIMEOUT'], citation: 'qbd.md §5.1, §7 (a timed-out write may have landed)' },
];

export const NXUS_TYPE_ROWS: readonly MiddlewareTypeRow[] = [
  { ...M.MIDDLEWARE_AUTHENTICATION_FAILED, types: ['AUTHENTICATION_ERROR'], citation: 'qbd.md §5.2 (AUTHENTICATION_ERROR_TYPE); seed 004 (isAuthError: fix credentials)' },
  { ...M.MIDDLEWARE_PERMISSION_DENIED, types: ['PERMISSION_ERROR', 'AUTHORIZATION_ERROR'], citation: 'seed 004 (403 valid key but insufficient permissions)' },
  { ...M.MIDDLEWARE_RATE_LIMITED, types: ['RATE_LIMIT_ERROR'], citation: 'qbd.md §5.2 (RATE_LIMIT_ERROR_TYPE)' },
  { ...M.QBD_REQUEST_ERROR, types: ['INTEGRATION_RESPONSE_ERROR', 'INTEGRATION_ERROR'], delegateTo: 'qbxml', citation: 'seed 004 (INTEGRATION_RESPONSE_ERROR_TYPE; integrationCode = qbXML statusCode)' },
  { ...M.QBD_OFFLINE, types: ['INTEGRATION_CONNECTION_ERROR', 'CONNECTION_ERROR'], delegateTo: 'hresult', citation: 'seed 004 (502/503 QuickBooks Desktop unreachable; integrationCode = HRESULT)' },
  { ...M.MIDDLEWARE_NOT_FOUND, types: ['NOT_FOUND_ERROR'], citation: 'seed 004 (NOT_FOUND_ERROR_TYPE: the QuickBooks object does not exist)' },
  { ...M.MIDDLEWARE_INVALID_REQUEST, types: ['VALIDATION_ERROR', 'INVALID_REQUEST_ERROR', 'BAD_REQUEST_ERROR'], citation: 'seed 004 (400/422: fix the request)' },
  { ...M.MIDDLEWARE_BILLING_REQUIRED, types: ['PAYMENT_REQUIRED_ERROR', 'BILLING_ERROR'], citation: 'seed 004 (402 no active subscription)' },
  { ...M.MIDDLEWARE_SERVICE_ERROR, types: ['INTERNAL_ERROR', 'API_ERROR'], citation: 'seed 004 (500 internal error)' },
];

export const NXUS_HTTP_STATUS_ROWS: readonly HttpStatusRow[] = [
  { ...M.API_KEY_INVALID, status: [401, 401], citation: 'seed 004 (401 missing, invalid, expired or revoked API key)' },
  { ...M.MIDDLEWARE_BILLING_REQUIRED, status: [402, 402], citation: 'seed 004 (402 payment required)' },
  { ...M.MIDDLEWARE_PERMISSION_DENIED, status: [403, 403], citation: 'seed 004 (403 insufficient permissions)' },
  { ...M.MIDDLEWARE_NOT_FOUND, status: [404, 404], citation: 'seed 004 (404 the QuickBooks object does not exist)' },
  {
    code: 'QBD_NOT_RESPONDING',
    type: 'INTEGRATION_CONNECTION_ERROR',
    recovery: 'user_action',
    userFacingMessage: 'QuickBooks Desktop did not respond in time, so the request was not carried out.',
    fixSteps: [
      'Switch to QuickBooks Desktop and close any open window or message.',
      'Wait until QuickBooks finishes any backup or large report; Ledgerlight checks again later.',
    ],
    status: [408, 408],
    citation: 'seed 004 (408: verify QuickBooks Desktop is responsive; the COM call already failed)',
  },
  { ...M.QBD_EDIT_SEQUENCE_STALE, status: [409, 409], citation: 'seed 004 (409 stale edit sequence: re-fetch, then resubmit)' },
  { ...M.MIDDLEWARE_RATE_LIMITED, status: [429, 429], citation: 'seed 004 (429: wait retryAfter seconds)' },
  { ...M.MIDDLEWARE_INVALID_REQUEST, status: [400, 499], citation: 'seed 004 (400/405/422: fix the request)' },
  { ...M.QBD_OFFLINE, status: [502, 503], citation: 'qbd.md §5.2; seed 004 (502/503 QuickBooks Desktop unreachable)' },
  { ...M.MIDDLEWARE_SERVICE_ERROR, status: [500, 599], citation: 'seed 004 (500 internal error)' },
];
