/**
 * One QuickBooks Online Fault error, whatever shape it arrived in (JSON `Fault`, lower-case
 * gateway `fault`, XML `<Fault>`, Ecosystem gateway object, regex-recovered).
 */
export interface QboFaultError {
  /** Fault code ("5010") or, for the Ecosystem gateway, a name ("AuthenticationFailed"). */
  readonly code?: string;
  readonly message?: string;
  readonly detail?: string;
  readonly element?: string;
  /** The BatchItemResponse `bId` the fault belongs to. */
  readonly batchId?: string;
  /** Fault `type`: ValidationFault, SystemFault, AUTHENTICATION, SERVICE… */
  readonly faultType?: string;
}

export interface QboFaultExtraction {
  readonly errors: QboFaultError[];
  /** A Fault key/element was present (possibly `"Fault": null`). */
  readonly sawFault: boolean;
  /** Number of batch items seen (0 when not a batch). */
  readonly batchItems: number;
  /** `requestId` from the body (JSON field or IntuitResponse attribute). */
  readonly requestId?: string;
}

export const NO_FAULT: QboFaultExtraction = { errors: [], sawFault: false, batchItems: 0 };
