import type { ErrorDetail, UnifiedError } from '@shared/diagnosis/unified-error';
import type { CatalogEntry } from './catalog/types';
import type { Candidate, Classification } from './classify/candidate';
import { selectPrimary } from './classify/select-primary';
import { redactSecrets, safeExcerpt, truncate } from './body/redact';

/**
 * Turns a classification into UnifiedError values. All wording comes from the catalogue row;
 * this file only assembles, fills `{provider}`, composes the developer `message` (redacted,
 * bounded) and decides `retryAfterMs`.
 */
export function buildPrimary(c: Classification, now: Date): UnifiedError {
  const { primary, rest } = selectPrimary(c.candidates);
  const error = build(c, primary, rest, now);
  if (rest.length > 0) error.details = rest.slice(0, 50).map(toDetail);
  return error;
}

/** One UnifiedError per error in the answer (each batch item, each Fault error, each qbXML status). */
export function buildEach(c: Classification, now: Date): UnifiedError[] {
  return c.candidates.map((cand) => build(c, cand, [], now));
}

function build(c: Classification, primary: Candidate, rest: readonly Candidate[], now: Date): UnifiedError {
  const entry = primary.entry;
  const fill = (s: string): string => s.replaceAll('{provider}', c.providerName ?? 'the service');
  const error: UnifiedError = {
    type: entry.type,
    recovery: entry.recovery,
    code: entry.code,
    httpStatusCode: c.httpStatusCode,
    integrationCode: primary.integrationCode,
    message: composeMessage(c, primary, rest),
    userFacingMessage: fill(entry.userFacingMessage),
    fixSteps: entry.fixSteps.map(fill),
    retryAfterMs: retryAfter(c, entry),
    requestId: c.requestId ? safeExcerpt(c.requestId, 200) : null,
    source: c.source,
    occurredAt: now.toISOString(),
  };
  if (entry.outcomeUnknown) error.outcomeUnknown = true;
  return error;
}

function retryAfter(c: Classification, entry: CatalogEntry): number | null {
  if (entry.type === 'NONE') return null;
  return c.retryAfterMs ?? entry.defaultRetryAfterMs ?? null;
}

function composeMessage(c: Classification, primary: Candidate, rest: readonly Candidate[]): string {
  const parts = [`${c.context}: ${primary.detail}`];
  if (rest.length > 0) {
    const shown = rest.slice(0, 5).map((r) => r.detail).join(' | ');
    parts.push(`${rest.length} more: ${shown}${rest.length > 5 ? ' | …' : ''}`);
  }
  if (c.notes) parts.push(...c.notes);
  if (c.requestId) parts.push(`requestId=${c.requestId}`);
  parts.push(`[${primary.entry.code} per ${primary.entry.citation}]`);
  return truncate(redactSecrets(parts.join('; ')));
}

function toDetail(cand: Candidate): ErrorDetail {
  const d: ErrorDetail = { integrationCode: cand.integrationCode, message: safeExcerpt(cand.detail, 600) };
  if (cand.element) d.element = cand.element;
  if (cand.batchId) d.batchId = cand.batchId;
  return d;
}
