import { z } from 'zod';

/**
 * One error model for every QuickBooks failure (QBO, Intuit OAuth, the Web Connector,
 * QuickBooks Desktop, Conductor, nXus, a generic API gateway, the network).
 *
 * It lives in `src/shared` because the window renders it and the request engine (main) acts
 * on it: `type` says WHAT went wrong, `recovery` says WHAT MUST HAPPEN NEXT. They are separate
 * on purpose — a throttle and an outage are different types but both recover by waiting.
 */

/**
 * What kind of failure it is. Decided from the content of the answer, never from the HTTP
 * status alone (a throttle has arrived as 403, a permission error as 400).
 */
export const ErrorTypeSchema = z.enum([
  /** Credentials or tokens were rejected. */
  'AUTHENTICATION_ERROR',
  /** Authenticated but not allowed: scope, role, subscription, entitlement. */
  'PERMISSION_ERROR',
  /** Our request is malformed or invalid: bad URL, bad query, missing field, unparsable qbXML. */
  'INVALID_REQUEST_ERROR',
  /** QuickBooks refused on its business or data rules: not found, duplicate, stale, closed period, in use. */
  'INTEGRATION_ERROR',
  /** QuickBooks or the Web Connector on the end user's side cannot be reached or opened. */
  'INTEGRATION_CONNECTION_ERROR',
  'RATE_LIMIT_ERROR',
  /** Provider-side outage: 5xx, gateway timeout, maintenance page, transient "try again". */
  'SERVICE_ERROR',
  /** Our side of the wire: DNS, reset, refused, TLS, timeout. */
  'NETWORK_ERROR',
  /** Nothing better fits (including answers we could not interpret). */
  'INTERNAL_ERROR',
  /** Success, or a warning-only result: nothing failed. */
  'NONE',
]);
export type ErrorType = z.infer<typeof ErrorTypeSchema>;

/**
 * What has to happen before the same work can succeed. The request engine keys its retry
 * policy on this, the window keys its buttons on it.
 */
export const RecoverySchema = z.enum([
  /** Transient: wait (see `retryAfterMs`), then send the same request again. */
  'retry',
  /** Refresh the OAuth access token, then retry. */
  'refresh',
  /** A person must renew this connection's credentials (OAuth again, new API key, Web Connector password). */
  'reconnect',
  /** The end user must fix something in QuickBooks, the Web Connector, their subscription or permissions. */
  'user_action',
  /** The request or data must change; sending it unchanged cannot help. */
  'developer_action',
  /** Re-read the object (fresh SyncToken / EditSequence), then resubmit. */
  'refetch',
  'none',
]);
export type Recovery = z.infer<typeof RecoverySchema>;

/** Where the observation came from. `internal` is used only when the observation itself is unusable. */
export const ErrorSourceSchema = z.enum(['qbo', 'oauth', 'conductor', 'nxus', 'gateway', 'qbwc', 'network', 'internal']);
export type ErrorSource = z.infer<typeof ErrorSourceSchema>;

/**
 * One further error carried by the same answer (other Fault errors, other faulted batch
 * items, other qbXML statuses, warnings). The primary error is the most actionable one.
 */
export const ErrorDetailSchema = z.object({
  integrationCode: z.string().nullable(),
  message: z.string(),
  element: z.string().optional(),
  batchId: z.string().optional(),
});
export type ErrorDetail = z.infer<typeof ErrorDetailSchema>;

export const UnifiedErrorSchema = z.object({
  type: ErrorTypeSchema,
  recovery: RecoverySchema,
  /** Our stable code, e.g. QBO_STALE_OBJECT, QBD_EDIT_SEQUENCE_STALE, OK. */
  code: z.string().min(1),
  httpStatusCode: z.number().int().nullable(),
  /** QuickBooks' own code as a string: Fault code "5010", HRESULT "0x80040408", qbXML "3200". */
  integrationCode: z.string().nullable(),
  /** Developer-facing, full detail (codes, Detail text, element); never a token value. */
  message: z.string(),
  /** Plain language for a non-technical bookkeeper. */
  userFacingMessage: z.string().min(1),
  /** Ordered, concrete steps (which menu, which setting, which button). */
  fixSteps: z.array(z.string()),
  /** How long to wait before retrying, when the answer (or Intuit's documentation) says so. */
  retryAfterMs: z.number().int().nonnegative().nullable(),
  /** intuit_tid, reference_id, x-transaction-id, Conductor/nXus requestId: quote it to support. */
  requestId: z.string().nullable(),
  source: ErrorSourceSchema,
  occurredAt: z.iso.datetime({ offset: true }),
  /**
   * True when the request may have been applied although it failed (timeouts after sending,
   * "try again" faults that may still save). Retrying a non-idempotent write is then unsafe
   * unless it carries an idempotency key (QBO `requestid`) or the object is re-read first.
   */
  outcomeUnknown: z.boolean().optional(),
  details: z.array(ErrorDetailSchema).optional(),
});
export type UnifiedError = z.infer<typeof UnifiedErrorSchema>;
