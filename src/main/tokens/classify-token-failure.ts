import type { UnifiedError } from '@shared/diagnosis/unified-error';
import { diagnose } from '../diagnosis/diagnose';

/**
 * The ONLY place the token lifecycle calls the diagnosis engine. diagnose() decides what an
 * answer from Intuit's token endpoint means (codes, plain-language message, fix steps,
 * Retry-After, intuit_tid); this adapter reduces it to the four kinds the refresher acts on,
 * so the decisions (needs_reauth / app settings / retry) read plainly in refresher.ts.
 */

/** What we saw: Intuit answered (any status, raw body), or the request never got an answer. */
export type TokenEndpointObservation =
  | { source: 'oauth'; httpStatus: number; headers: Record<string, string>; body: string }
  | { source: 'network'; code: string; message: string };

/**
 * - `invalid_grant`: the refresh token (or code) is dead: reconnect. Any variant, incl. user_not_in_realm.
 * - `invalid_client`: the Intuit app settings (client id/secret) are wrong: not the company's fault.
 * - `transient`: network, 5xx, 429, HTML pages, unreadable bodies: back off and retry.
 * - `rejected`: any other refusal (invalid_request, unsupported_grant_type…): a Ledgerlight or
 *   settings bug; retried slowly like a transient failure, logged as an error.
 */
export type TokenFailureKind = 'invalid_grant' | 'invalid_client' | 'transient' | 'rejected';

/** A classified failure: the kind the refresher acts on plus the words and steps for the person. */
export interface ClassifiedTokenFailure {
  kind: TokenFailureKind;
  /** Unified error code, e.g. QBO_REFRESH_TOKEN_INVALID, OAUTH_INVALID_CLIENT. */
  code: string;
  title: string;
  userFacingMessage: string;
  fixSteps: string[];
  httpStatus?: number;
  retryAfterMs?: number;
  /** intuit_tid, for support. */
  requestId?: string;
  /** Intuit's `x_error_reason` (e.g. user_not_in_realm) or the network error code. */
  detail?: string;
  /**
   * True when the request may have been processed by Intuit without us seeing the answer
   * (connection reset or timeout after sending, unreadable 200). A rotated refresh token may
   * then have been issued and lost; the refresher keeps its in-flight marker.
   */
  outcomeUnknown: boolean;
}

/** Network errors that prove the request never left (so nothing can have been issued). */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'CERT_HAS_EXPIRED', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE']);
const APP_SETTINGS_CODES = new Set(['OAUTH_INVALID_CLIENT', 'OAUTH_UNAUTHORIZED_CLIENT']);

const TITLES: Record<TokenFailureKind, string> = {
  invalid_grant: 'QuickBooks needs you to reconnect',
  invalid_client: 'Intuit does not accept the app settings',
  transient: 'QuickBooks sign-in service is having trouble',
  rejected: 'Intuit refused the request',
};

/** Reads Intuit's `x_error_reason`; only an identifier-like value is kept (it reaches logs). */
function errorReason(body: string): string | undefined {
  try {
    const reason = (JSON.parse(body.replace(/^\uFEFF/, '')) as { x_error_reason?: unknown }).x_error_reason;
    return typeof reason === 'string' && /^[A-Za-z0-9_.-]{1,64}$/.test(reason) ? reason : undefined;
  } catch {
    return undefined;
  }
}

function kindOf(e: UnifiedError): TokenFailureKind {
  if (APP_SETTINGS_CODES.has(e.code)) return 'invalid_client';
  if (e.recovery === 'reconnect') return 'invalid_grant';
  if (e.recovery === 'retry' || e.recovery === 'refresh') return 'transient';
  return 'rejected';
}

/**
 * Classifies one failed exchange with Intuit's token or revoke endpoint. `operation` adjusts
 * the wording where diagnose() cannot know the context: a dead authorization code means
 * "start Connect again", not "reconnect".
 */
export function classifyTokenFailure(observation: TokenEndpointObservation, operation: 'refresh' | 'exchange' | 'revoke'): ClassifiedTokenFailure {
  if (observation.source === 'oauth' && observation.httpStatus >= 200 && observation.httpStatus < 300) {
    // Intuit said yes but we could not read what it issued: the old refresh token may be dead.
    return {
      kind: 'transient',
      code: 'OAUTH_UNREADABLE_RESPONSE',
      title: 'QuickBooks sent an unreadable answer',
      userFacingMessage: 'Intuit answered in a form Ledgerlight could not read. It will try again.',
      fixSteps: ['Nothing to do for now. If it keeps happening, update Ledgerlight.'],
      httpStatus: observation.httpStatus,
      ...(observation.headers.intuit_tid ? { requestId: observation.headers.intuit_tid } : {}),
      outcomeUnknown: true,
    };
  }
  const unified =
    observation.source === 'network'
      ? diagnose({ source: 'network', code: observation.code, message: observation.message })
      : diagnose({ source: 'oauth', httpStatus: observation.httpStatus, headers: observation.headers, body: observation.body, endpoint: operation === 'revoke' ? 'revoke' : 'token' });
  const kind = kindOf(unified);
  const detail = observation.source === 'network' ? observation.code : errorReason(observation.body);
  const failure: ClassifiedTokenFailure = {
    kind,
    code: unified.code,
    title: observation.source === 'network' ? 'Cannot reach QuickBooks sign-in service' : TITLES[kind],
    userFacingMessage: unified.userFacingMessage,
    fixSteps: unified.fixSteps,
    ...(unified.httpStatusCode !== null ? { httpStatus: unified.httpStatusCode } : {}),
    ...(unified.retryAfterMs !== null ? { retryAfterMs: unified.retryAfterMs } : {}),
    ...(unified.requestId ? { requestId: unified.requestId } : {}),
    ...(detail ? { detail } : {}),
    outcomeUnknown: observation.source === 'network' ? unified.outcomeUnknown === true || !NEVER_SENT.has(observation.code) : false,
  };
  if (detail === 'user_not_in_realm') failure.title = 'The person who connected no longer has access';
  if (kind === 'invalid_grant' && operation === 'exchange') {
    return {
      ...failure,
      code: 'OAUTH_CODE_INVALID',
      title: 'That QuickBooks sign-in expired',
      userFacingMessage: 'The QuickBooks sign-in was already used or took too long, so it cannot be completed.',
      fixSteps: ['Start Connect again and finish signing in within a few minutes.'],
    };
  }
  return failure;
}
