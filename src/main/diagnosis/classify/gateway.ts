import type { HttpObservation } from '@shared/diagnosis/observation';
import type { CatalogEntry } from '../catalog/types';
import { GATEWAY_APP_CODE_ROWS, GATEWAY_HTTP_STATUS_ROWS, GATEWAY_POLICY_ROWS } from '../catalog/gateway-seed002';
import { OK } from '../catalog/generic';
import { getHeader } from '../body/headers';
import { safeExcerpt } from '../body/redact';
import { extractApplicationError, extractPolicyViolation } from '../parsers/gateway-seed002';
import type { Candidate, Classification } from './candidate';
import { candidate } from './candidate';
import { describeBody, httpContext, isSuccess, statusLabel, statusRow } from './http-common';

const SERVICE_FALLBACK: CatalogEntry = {
  ...(GATEWAY_HTTP_STATUS_ROWS.find((r) => r.code === 'GATEWAY_SERVICE_ERROR') as CatalogEntry),
  citation: 'seed 002 (an answer in neither documented format from a failing gateway)',
};

/**
 * The generic API gateway of seed 002: Application Errors by `code` (then `status`), Policy
 * Violations by `error` (then HTTP status). `reference_id` / `x-transaction-id` identify the
 * request for support.
 */
export function classifyGateway(obs: HttpObservation, now: Date): Classification {
  const ctx = httpContext(obs, now);
  const { body, status } = ctx;
  let c: Candidate | undefined;
  let bodyRequestId: string | undefined;

  if (body.kind === 'json') {
    const app = extractApplicationError(body.json);
    if (app) {
      bodyRequestId = app.referenceId;
      const effective = status > 0 ? status : (app.status ?? 0);
      const entry = (app.code && GATEWAY_APP_CODE_ROWS.find((r) => r.codes.includes(app.code!))) || statusRow(GATEWAY_HTTP_STATUS_ROWS, app.status ?? effective);
      const detail = [`${app.code ?? 'error'} (${app.type ?? 'no type'})`, app.message, app.description].filter(Boolean).join('; ');
      if (entry) c = candidate(entry, app.code ?? null, safeExcerpt(detail, 900));
    } else {
      const policy = extractPolicyViolation(body.json);
      if (policy) {
        const entry = GATEWAY_POLICY_ROWS.find((r) => r.errorMatch.test(policy.error)) ?? statusRow(GATEWAY_HTTP_STATUS_ROWS, status);
        const detail = `policy violation error=${policy.error}${policy.description ? `; ${policy.description}` : ''}`;
        if (entry) c = candidate(entry, policy.error, safeExcerpt(detail, 900));
      }
    }
  }

  if (!c) {
    const byStatus = isSuccess(status) ? undefined : statusRow(GATEWAY_HTTP_STATUS_ROWS, status);
    if (byStatus) c = candidate(byStatus, null, describeBody(body));
    else if (isSuccess(status) && body.kind !== 'html') c = candidate({ ...OK, citation: 'seed 002 (errors carry a 4xx/5xx status)' }, null, describeBody(body));
    else c = candidate(SERVICE_FALLBACK, null, `unexpected answer: ${describeBody(body)}`);
  }

  return {
    source: 'gateway',
    candidates: [c],
    httpStatusCode: status > 0 ? status : null,
    requestId: bodyRequestId ?? getHeader(obs.headers, 'x-transaction-id') ?? ctx.headerRequestId ?? null,
    retryAfterMs: ctx.headerRetryAfterMs,
    context: `API gateway ${statusLabel(status)}`,
  };
}
