import type { CatalogEntry } from './types';
import { SEND_DETAILS_TO_SUPPORT } from './common-steps';

/**
 * Meanings that belong to no provider: success, and the engine's own last resorts.
 */

/** Nothing failed. `userFacingMessage` is still set so the window can show a healthy state. */
export const OK: CatalogEntry = {
  code: 'OK',
  type: 'NONE',
  recovery: 'none',
  userFacingMessage: 'Everything is working.',
  fixSteps: [],
  citation: 'issue brief (NONE for success and warning-only results)',
};

/** The observation given to diagnose() does not have a usable shape (a caller bug). */
export const OBSERVATION_INVALID: CatalogEntry = {
  code: 'OBSERVATION_INVALID',
  type: 'INTERNAL_ERROR',
  recovery: 'developer_action',
  userFacingMessage: 'Ledgerlight could not make sense of what happened. This needs a fix in Ledgerlight.',
  fixSteps: [SEND_DETAILS_TO_SUPPORT],
  citation: 'shared/diagnosis/observation.ts (the observation contract)',
};

/** The engine itself failed; the raw detail is kept in `message`. */
export const DIAGNOSIS_FAILED: CatalogEntry = {
  ...OBSERVATION_INVALID,
  code: 'DIAGNOSIS_FAILED',
  citation: 'diagnose() never throws: worst case INTERNAL_ERROR with the raw detail',
};
