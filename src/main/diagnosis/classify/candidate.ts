import type { ErrorSource } from '@shared/diagnosis/unified-error';
import type { CatalogEntry } from '../catalog/types';

/**
 * The classifiers' output, before it becomes a UnifiedError: every error the answer carries
 * (one per Fault error, batch item or qbXML status), each with the catalogue row that gives
 * it meaning, plus what the answer says as a whole.
 */
export interface Candidate {
  readonly entry: CatalogEntry;
  /** QuickBooks' own code for this error, as a string. */
  readonly integrationCode: string | null;
  /** One line of developer detail for this error (provider wording, element, codes). */
  readonly detail: string;
  readonly element?: string;
  readonly batchId?: string;
}

export interface Classification {
  readonly source: ErrorSource;
  /** Never empty. */
  readonly candidates: readonly Candidate[];
  readonly httpStatusCode: number | null;
  readonly requestId: string | null;
  /** From headers or body; falls back to the row's documented default. */
  readonly retryAfterMs: number | null;
  /** Replaces `{provider}` in user-facing text (Conductor, nXus). */
  readonly providerName?: string;
  /** Prefix of `message`, e.g. "QBO HTTP 400". */
  readonly context: string;
  /** Extra developer facts appended to `message` (batch summary, provider's own user message). */
  readonly notes?: readonly string[];
}

export function candidate(entry: CatalogEntry, integrationCode: string | null | undefined, detail: string, extra: { element?: string | undefined; batchId?: string | undefined } = {}): Candidate {
  const c: { -readonly [K in keyof Candidate]: Candidate[K] } = { entry, integrationCode: integrationCode ?? null, detail };
  if (extra.element) c.element = extra.element;
  if (extra.batchId) c.batchId = extra.batchId;
  return c;
}
