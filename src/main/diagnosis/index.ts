/**
 * The diagnosis engine's public surface. Everything else under src/main/diagnosis is an
 * implementation detail (catalogue tables, body normalisation, one parser per format).
 */
export { diagnose, diagnoseMany, isRetryable } from './diagnose';
export type { DiagnoseOptions } from './diagnose';
export { diagnoseQbwcDocument, diagnoseQbwcLogLine, observationFromQbwcSoap } from './qbwc-document';
export type { Observation, ParsedObservation } from '@shared/diagnosis/observation';
export { ObservationSchema, parseObservation } from '@shared/diagnosis/observation';
export type { ErrorSource, ErrorType, Recovery, UnifiedError } from '@shared/diagnosis/unified-error';
export { UnifiedErrorSchema } from '@shared/diagnosis/unified-error';
