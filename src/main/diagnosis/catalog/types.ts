import type { ErrorType, Recovery } from '@shared/diagnosis/unified-error';

/**
 * One meaning in the catalogue: what a code means, what must happen next, and what the
 * bookkeeper is told. Every row cites where its meaning comes from (a section of
 * ../shared/reference/*.md and, where one exists, the sample number) so a reviewer can check
 * it against the evidence instead of trusting the code.
 */
export interface CatalogEntry {
  /** Our stable code, e.g. QBO_STALE_OBJECT. Several rows may share a code; they then share type and recovery. */
  readonly code: string;
  readonly type: ErrorType;
  readonly recovery: Recovery;
  /** Plain language for a non-technical bookkeeper: no HTTP numbers, no "token", no "HRESULT". */
  readonly userFacingMessage: string;
  /** Ordered and concrete: which menu, which setting, which button. */
  readonly fixSteps: readonly string[];
  /** Evidence, e.g. "qbo.md §2.2; sample qbo #26". */
  readonly citation: string;
  /** The request may have been applied although it failed (see UnifiedError.outcomeUnknown). */
  readonly outcomeUnknown?: boolean;
  /** A documented wait when the answer carries none (Intuit: wait 60 s after a throttle). */
  readonly defaultRetryAfterMs?: number;
}

/** A row matched on free text (message/detail) rather than on a code. */
export interface TextRule {
  /** Tested against the provider's message and detail joined together. */
  readonly match: RegExp;
}
