import type { HttpObservation } from '@shared/diagnosis/observation';
import { OAUTH_ERROR_ROWS, OAUTH_HTTP_STATUS_ROWS, OAUTH_OK_CITATION, OAUTH_REVOKE_ALREADY_INVALID, OAUTH_SERVICE_UNAVAILABLE } from '../catalog/oauth-errors';
import { OK } from '../catalog/generic';
import { safeExcerpt } from '../body/redact';
import { extractOAuthError, isTokenSuccess } from '../parsers/oauth-error';
import type { Candidate, Classification } from './candidate';
import { candidate } from './candidate';
import { describeBody, httpContext, isSuccess, statusLabel, statusRow } from './http-common';

/**
 * Intuit OAuth 2.0 token and revoke endpoints (qbo.md §4). The `error` code decides; an HTML
 * page or a 5xx is the service being down (retry); a bare 401 is the client credentials.
 */
export function classifyOAuth(obs: HttpObservation, now: Date): Classification {
  const ctx = httpContext(obs, now);
  const { body, status } = ctx;
  const revoke = obs.endpoint === 'revoke';
  let c: Candidate | undefined;

  if (body.kind === 'json') {
    if (isTokenSuccess(body.json)) {
      c = candidate({ ...OK, userFacingMessage: 'Ledgerlight renewed its access to QuickBooks Online.', citation: OAUTH_OK_CITATION }, null, 'token response without error (token values not copied)');
    } else {
      const oe = extractOAuthError(body.json);
      if (oe && revoke && !isSuccess(status) && (oe.error === 'invalid_grant' || oe.error === 'invalid_token')) {
        c = candidate(OAUTH_REVOKE_ALREADY_INVALID, oe.error, `revoke refused with ${oe.error}: the token was already invalid`);
      } else {
        c = classifyOAuthJson(body.json);
      }
    }
  } else if (body.kind === 'html' && !isSuccess(status) && status !== 429) {
    // An HTML page from the token endpoint is its load balancer or maintenance page (qbo.md §7.5).
    c = candidate(OAUTH_SERVICE_UNAVAILABLE, null, describeBody(body));
  }

  if (!c) {
    const byStatus = statusRow(OAUTH_HTTP_STATUS_ROWS, status);
    if (byStatus) c = candidate(byStatus, null, describeBody(body));
    else if (isSuccess(status) && body.kind !== 'html') c = candidate({ ...OK, citation: OAUTH_OK_CITATION }, null, describeBody(body));
    else c = candidate(OAUTH_SERVICE_UNAVAILABLE, null, `unexpected answer: ${describeBody(body)}`);
  }

  return {
    source: 'oauth',
    candidates: [c],
    httpStatusCode: status > 0 ? status : null,
    requestId: ctx.headerRequestId ?? null,
    retryAfterMs: ctx.headerRetryAfterMs,
    context: `Intuit OAuth ${revoke ? 'revoke' : 'token'} endpoint ${statusLabel(status)}`,
  };
}

/** The OAuth `error` body → its row, or undefined when it is not an OAuth error we know. */
export function classifyOAuthJson(json: unknown): Candidate | undefined {
  const oe = extractOAuthError(json);
  if (oe) {
    const row = OAUTH_ERROR_ROWS.find((r) => r.errors.includes(oe.error) && (!r.reason || r.reason.test(oe.reason ?? '')));
    if (!row) return undefined;
    const parts = [`error=${oe.error}`];
    if (oe.description) parts.push(`error_description=${oe.description}`);
    if (oe.reason) parts.push(`x_error_reason=${oe.reason}`);
    if (oe.reasonDetail) parts.push(`x_error_reason_detail=${oe.reasonDetail}`);
    return candidate(row, oe.error, safeExcerpt(parts.join('; '), 600));
  }
  return undefined;
}
