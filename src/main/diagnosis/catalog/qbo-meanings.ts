import type { CatalogEntry } from './types';
import { QBO_RECONNECT_STEPS, QBO_STATUS_PAGE_STEP, SEND_DETAILS_TO_SUPPORT } from './common-steps';

/**
 * The meanings a QuickBooks Online answer can have, written once. The tables in
 * qbo-fault-codes.ts and qbo-gateway.ts decide WHICH meaning applies (by code, gateway name,
 * wording or HTTP status) and cite the evidence for that decision.
 */
export type Meaning = Omit<CatalogEntry, 'citation'>;

export const QBO_ACCESS_TOKEN_EXPIRED: Meaning = {
  code: 'QBO_ACCESS_TOKEN_EXPIRED',
  type: 'AUTHENTICATION_ERROR',
  recovery: 'refresh',
  userFacingMessage:
    "Ledgerlight's short-term pass to this QuickBooks Online company had run out. Ledgerlight renews it by itself and tries again.",
  fixSteps: [
    'Nothing to do: Ledgerlight renews its access automatically and repeats the check.',
    'If this message is still shown after a few minutes, reconnect the company:',
    ...QBO_RECONNECT_STEPS,
  ],
};

export const QBO_REFRESH_TOKEN_INVALID: Meaning = {
  code: 'QBO_REFRESH_TOKEN_INVALID',
  type: 'AUTHENTICATION_ERROR',
  recovery: 'reconnect',
  userFacingMessage:
    "Ledgerlight's permission to reach this QuickBooks Online company has expired or was withdrawn. Someone with admin access needs to reconnect it.",
  fixSteps: [...QBO_RECONNECT_STEPS],
};

export const QBO_USER_NOT_IN_REALM: Meaning = {
  code: 'QBO_USER_NOT_IN_REALM',
  type: 'AUTHENTICATION_ERROR',
  recovery: 'reconnect',
  userFacingMessage:
    'The QuickBooks Online user who connected Ledgerlight is no longer a user of this company, so the connection stopped working. A current admin of the company needs to reconnect it.',
  fixSteps: [
    'Ask the primary admin of the company whether the user who first connected Ledgerlight was removed (QuickBooks Online: Settings (gear) > Manage users).',
    ...QBO_RECONNECT_STEPS,
  ],
};

export const QBO_USER_ACCESS_REVOKED: Meaning = {
  code: 'QBO_USER_ACCESS_REVOKED',
  type: 'PERMISSION_ERROR',
  recovery: 'reconnect',
  userFacingMessage:
    'The QuickBooks Online user who connected Ledgerlight has lost access or admin rights in this company. An admin needs to restore those rights or reconnect Ledgerlight.',
  fixSteps: [
    'Sign in to QuickBooks Online as the primary admin and open Settings (gear) > Manage users.',
    'Check that the user who connected Ledgerlight is still active and is an admin; restore the role if it was changed.',
    'Or reconnect Ledgerlight with a current admin:',
    ...QBO_RECONNECT_STEPS,
  ],
};

export const QBO_AUTHORIZATION_FAILED: Meaning = {
  code: 'QBO_AUTHORIZATION_FAILED',
  type: 'PERMISSION_ERROR',
  recovery: 'reconnect',
  userFacingMessage:
    'QuickBooks Online no longer allows Ledgerlight to read this company. Reconnecting it as an admin usually fixes this.',
  fixSteps: [
    ...QBO_RECONNECT_STEPS,
    'If the same message comes back right after reconnecting, Ledgerlight may be pointed at the wrong kind of company (test company versus real company). ' +
      SEND_DETAILS_TO_SUPPORT,
  ],
};

export const QBO_INSUFFICIENT_SCOPE: Meaning = {
  code: 'QBO_INSUFFICIENT_SCOPE',
  type: 'PERMISSION_ERROR',
  recovery: 'reconnect',
  userFacingMessage:
    'When this company was connected, Ledgerlight was not given access to the accounting data it needs. Reconnect it and approve the access QuickBooks asks for.',
  fixSteps: [...QBO_RECONNECT_STEPS, 'On the QuickBooks page that lists what Ledgerlight may access, leave every item ticked and click Connect.'],
};

export const QBO_THROTTLED: Meaning = {
  code: 'QBO_THROTTLED',
  type: 'RATE_LIMIT_ERROR',
  recovery: 'retry',
  userFacingMessage:
    'QuickBooks Online asked Ledgerlight to slow down because this company received too many requests in a short time. Ledgerlight waits a minute and tries again.',
  fixSteps: [
    'Nothing to do right now: Ledgerlight pauses for a minute and then checks again.',
    'If it happens often, other apps connected to the same company may be using up its allowance: in QuickBooks Online open Apps > My apps and disconnect apps you no longer use.',
  ],
  defaultRetryAfterMs: 60_000,
};

export const QBO_SERVICE_UNAVAILABLE: Meaning = {
  code: 'QBO_SERVICE_UNAVAILABLE',
  type: 'SERVICE_ERROR',
  recovery: 'retry',
  userFacingMessage: 'QuickBooks Online is having a temporary problem on its side. Ledgerlight will try again shortly.',
  fixSteps: ['Nothing to do: Ledgerlight retries automatically.', QBO_STATUS_PAGE_STEP],
};

export const QBO_MAINTENANCE: Meaning = {
  code: 'QBO_MAINTENANCE',
  type: 'SERVICE_ERROR',
  recovery: 'retry',
  userFacingMessage: 'QuickBooks Online is down for maintenance. Ledgerlight will check again when it is back.',
  fixSteps: ['Nothing to do: Ledgerlight retries automatically.', QBO_STATUS_PAGE_STEP],
};

export const QBO_GATEWAY_TIMEOUT: Meaning = {
  code: 'QBO_GATEWAY_TIMEOUT',
  type: 'SERVICE_ERROR',
  recovery: 'retry',
  userFacingMessage: 'QuickBooks Online took too long to answer. Ledgerlight will try again shortly.',
  fixSteps: ['Nothing to do: Ledgerlight retries automatically.', QBO_STATUS_PAGE_STEP],
  outcomeUnknown: true,
};

export const QBO_TRANSIENT_ERROR: Meaning = {
  code: 'QBO_TRANSIENT_ERROR',
  type: 'SERVICE_ERROR',
  recovery: 'retry',
  userFacingMessage:
    'QuickBooks Online had an unexpected problem saving or reading data and asked to try again in a few minutes. Ledgerlight will do that.',
  fixSteps: [
    'Nothing to do: Ledgerlight waits a few minutes and tries again.',
    'If you were saving something, check in QuickBooks Online whether it was saved before entering it again.',
  ],
  outcomeUnknown: true,
};

export const QBO_SYSTEM_FAULT: Meaning = {
  code: 'QBO_SYSTEM_FAULT',
  type: 'SERVICE_ERROR',
  recovery: 'retry',
  userFacingMessage: 'QuickBooks Online hit an internal problem while answering. Ledgerlight will try once more.',
  fixSteps: ['Nothing to do: Ledgerlight tries again.', SEND_DETAILS_TO_SUPPORT],
};

export const QBO_COMPANY_UNDER_MAINTENANCE: Meaning = {
  code: 'QBO_COMPANY_UNDER_MAINTENANCE',
  type: 'SERVICE_ERROR',
  recovery: 'retry',
  userFacingMessage: 'Intuit is doing maintenance on this QuickBooks Online company. Ledgerlight will check again later.',
  fixSteps: ['Nothing to do: Ledgerlight retries automatically.', QBO_STATUS_PAGE_STEP],
};

export const QBO_COMPANY_LOCKED_OUT: Meaning = {
  code: 'QBO_COMPANY_LOCKED_OUT',
  type: 'PERMISSION_ERROR',
  recovery: 'user_action',
  userFacingMessage: 'Intuit has locked this QuickBooks Online company, so nobody can use it until that is resolved.',
  fixSteps: [
    'Sign in to QuickBooks Online as the primary admin and read the message QuickBooks shows.',
    'Check Settings (gear) > Account and settings > Billing & subscription for an unpaid bill.',
    'If it is still locked, contact Intuit QuickBooks support.',
  ],
};

export const QBO_PERMISSION_DENIED: Meaning = {
  code: 'QBO_PERMISSION_DENIED',
  type: 'PERMISSION_ERROR',
  recovery: 'user_action',
  userFacingMessage:
    "This company's QuickBooks Online plan or the connected user's role does not include a feature Ledgerlight tried to use.",
  fixSteps: [
    'Sign in to QuickBooks Online as the primary admin.',
    'Open Settings (gear) > Account and settings > Billing & subscription and check which plan the company has (some features, such as purchase orders, need Plus or Advanced).',
    'Open Settings (gear) > Manage users and check that the user who connected Ledgerlight is an admin.',
    'If you changed the plan or the role, wait a few minutes; Ledgerlight will check again.',
  ],
};

export const QBO_FEATURE_NOT_SUPPORTED: Meaning = {
  ...QBO_PERMISSION_DENIED,
  code: 'QBO_FEATURE_NOT_SUPPORTED',
  userFacingMessage: "This company's QuickBooks Online plan does not support a feature Ledgerlight tried to use.",
};

export const QBO_SUBSCRIPTION_ENDED: Meaning = {
  code: 'QBO_SUBSCRIPTION_ENDED',
  type: 'PERMISSION_ERROR',
  recovery: 'user_action',
  userFacingMessage:
    "This company's QuickBooks Online subscription has ended, was cancelled or has a billing problem, so QuickBooks refuses changes.",
  fixSteps: [
    'Sign in to QuickBooks Online as the primary admin.',
    'Open Settings (gear) > Account and settings > Billing & subscription.',
    'Update the payment method or resubscribe, then wait a few minutes; Ledgerlight will check again.',
  ],
};

export const QBO_PERIOD_CLOSED: Meaning = {
  code: 'QBO_PERIOD_CLOSED',
  type: 'INTEGRATION_ERROR',
  recovery: 'user_action',
  userFacingMessage: 'The books are closed for the date of this transaction, so QuickBooks Online refused the change.',
  fixSteps: [
    'In QuickBooks Online open Settings (gear) > Account and settings > Advanced > Accounting.',
    'Look at "Close the books" and its closing date.',
    'Either move the closing date earlier, or give the transaction a date after the closing date, then let Ledgerlight try again.',
  ],
};

export const QBO_DEPOSITED_TXN_LOCKED: Meaning = {
  code: 'QBO_DEPOSITED_TXN_LOCKED',
  type: 'INTEGRATION_ERROR',
  recovery: 'user_action',
  userFacingMessage: 'This payment is already part of a bank deposit, so QuickBooks Online will not let it be changed.',
  fixSteps: [
    'In QuickBooks Online open the bank deposit that includes this payment.',
    'Remove the payment from the deposit (or change the deposit instead), save, then let Ledgerlight try again.',
  ],
};

export const QBO_INVALID_REFERENCE: Meaning = {
  code: 'QBO_INVALID_REFERENCE',
  type: 'INTEGRATION_ERROR',
  recovery: 'user_action',
  userFacingMessage:
    'A customer, vendor, product, account or employee this transaction uses has been made inactive (or deleted) in QuickBooks Online.',
  fixSteps: [
    'In QuickBooks Online open the list the record belongs to (Customers, Vendors, Products and services, Chart of accounts or Employees).',
    'Use the filter or gear icon above the list to include inactive records.',
    'Find the record and click Make active, then let Ledgerlight try again.',
  ],
};

export const QBO_OBJECT_NOT_FOUND: Meaning = {
  code: 'QBO_OBJECT_NOT_FOUND',
  type: 'INTEGRATION_ERROR',
  recovery: 'developer_action',
  userFacingMessage: 'The record Ledgerlight tried to use no longer exists in QuickBooks Online; someone may have deleted it.',
  fixSteps: [
    'In QuickBooks Online, check the Audit log (Settings (gear) > Audit log) to see who deleted it and when.',
    'If it was deleted by mistake, re-create it; otherwise no action is needed in QuickBooks.',
    SEND_DETAILS_TO_SUPPORT,
  ],
};

export const QBO_STALE_OBJECT: Meaning = {
  code: 'QBO_STALE_OBJECT',
  type: 'INTEGRATION_ERROR',
  recovery: 'refetch',
  userFacingMessage:
    'Someone changed this record in QuickBooks Online at the same time as Ledgerlight. Ledgerlight reads the latest version and tries again.',
  fixSteps: [
    'Nothing to do: Ledgerlight re-reads the record and repeats the change.',
    'If it keeps happening, avoid editing the same record while Ledgerlight is working on it.',
  ],
};

export const QBO_DUPLICATE_DOC_NUMBER: Meaning = {
  code: 'QBO_DUPLICATE_DOC_NUMBER',
  type: 'INTEGRATION_ERROR',
  recovery: 'developer_action',
  userFacingMessage:
    'A transaction with the same number already exists in QuickBooks Online. It may be the same transaction, saved by an earlier attempt.',
  fixSteps: [
    'In QuickBooks Online, search (magnifying glass) for the transaction number shown in the details.',
    'If it is the same transaction, nothing else is needed. If it is a different one, change the number on one of them.',
    SEND_DETAILS_TO_SUPPORT,
  ],
};

export const QBO_DUPLICATE_NAME: Meaning = {
  code: 'QBO_DUPLICATE_NAME',
  type: 'INTEGRATION_ERROR',
  recovery: 'developer_action',
  userFacingMessage:
    'QuickBooks Online already has a record with this name (names must be unique across customers, vendors and employees).',
  fixSteps: [
    'In QuickBooks Online, search for the name shown in the details, including inactive records.',
    'Use the existing record, or rename one of them so the names differ.',
    SEND_DETAILS_TO_SUPPORT,
  ],
};

export const QBO_DUPLICATE_OBJECT: Meaning = {
  ...QBO_DUPLICATE_NAME,
  code: 'QBO_DUPLICATE_OBJECT',
  userFacingMessage: 'QuickBooks Online already has this record, so it refused to add it a second time.',
};

export const QBO_DUPLICATE_REQUEST_ID: Meaning = {
  code: 'QBO_DUPLICATE_REQUEST_ID',
  type: 'INTEGRATION_ERROR',
  recovery: 'developer_action',
  userFacingMessage: 'QuickBooks Online saw this exact change before and did not apply it twice.',
  fixSteps: ['Nothing to do in QuickBooks.', SEND_DETAILS_TO_SUPPORT],
};

export const QBO_BUSINESS_VALIDATION: Meaning = {
  code: 'QBO_BUSINESS_VALIDATION',
  type: 'INTEGRATION_ERROR',
  recovery: 'developer_action',
  userFacingMessage: 'QuickBooks Online refused the data because it breaks one of its accounting rules.',
  fixSteps: ['Read the QuickBooks explanation in the details; it names the rule.', SEND_DETAILS_TO_SUPPORT],
};

export const QBO_TXN_LINK_FAILED: Meaning = {
  ...QBO_BUSINESS_VALIDATION,
  code: 'QBO_TXN_LINK_FAILED',
  userFacingMessage: 'QuickBooks Online would not link these two transactions together.',
};

export const QBO_VALIDATION_ERROR: Meaning = {
  code: 'QBO_VALIDATION_ERROR',
  type: 'INVALID_REQUEST_ERROR',
  recovery: 'developer_action',
  userFacingMessage: 'QuickBooks Online rejected the data Ledgerlight sent because a value was not in the expected form.',
  fixSteps: ['Nothing in QuickBooks needs to change.', SEND_DETAILS_TO_SUPPORT],
};

export const QBO_REQUIRED_FIELD_MISSING: Meaning = {
  ...QBO_VALIDATION_ERROR,
  code: 'QBO_REQUIRED_FIELD_MISSING',
  userFacingMessage: 'QuickBooks Online rejected the data Ledgerlight sent because a required value was missing.',
};

export const QBO_INVALID_QUERY: Meaning = {
  ...QBO_VALIDATION_ERROR,
  code: 'QBO_INVALID_QUERY',
  userFacingMessage: 'QuickBooks Online could not understand a search Ledgerlight sent.',
};

export const QBO_UNSUPPORTED_OPERATION: Meaning = {
  ...QBO_VALIDATION_ERROR,
  code: 'QBO_UNSUPPORTED_OPERATION',
  userFacingMessage: 'Ledgerlight asked QuickBooks Online for something it does not support at that address.',
};

export const QBO_BAD_URL: Meaning = {
  ...QBO_VALIDATION_ERROR,
  code: 'QBO_BAD_URL',
  userFacingMessage: 'Ledgerlight used a QuickBooks Online address that does not exist.',
};

export const QBO_BATCH_TOO_LARGE: Meaning = {
  ...QBO_VALIDATION_ERROR,
  code: 'QBO_BATCH_TOO_LARGE',
  userFacingMessage: 'Ledgerlight sent QuickBooks Online too many changes at once.',
};

export const QBO_RESULT_SET_TOO_LARGE: Meaning = {
  ...QBO_VALIDATION_ERROR,
  code: 'QBO_RESULT_SET_TOO_LARGE',
  userFacingMessage: 'The report Ledgerlight asked for is too large for QuickBooks Online to produce in one go.',
};

export const QBO_WRONG_CLUSTER: Meaning = {
  ...QBO_VALIDATION_ERROR,
  code: 'QBO_WRONG_CLUSTER',
  userFacingMessage: 'Ledgerlight reached the wrong QuickBooks Online server for this company.',
};

export const QBO_NOT_FOUND: Meaning = {
  ...QBO_VALIDATION_ERROR,
  code: 'QBO_NOT_FOUND',
  userFacingMessage: 'QuickBooks Online did not find what Ledgerlight asked for at that address.',
};

export const QBO_UNEXPECTED_RESPONSE: Meaning = {
  code: 'QBO_UNEXPECTED_RESPONSE',
  type: 'SERVICE_ERROR',
  recovery: 'retry',
  userFacingMessage: 'QuickBooks Online sent back a page Ledgerlight did not expect. Ledgerlight will try again shortly.',
  fixSteps: [
    'Nothing to do: Ledgerlight retries automatically.',
    'If you are on hotel, airport or guest Wi-Fi, open a web browser and complete its sign-in page.',
    QBO_STATUS_PAGE_STEP,
  ],
};

export const QBO_UNKNOWN_FAULT: Meaning = {
  code: 'QBO_UNKNOWN_FAULT',
  type: 'INTERNAL_ERROR',
  recovery: 'developer_action',
  userFacingMessage: 'QuickBooks Online refused the request with an error Ledgerlight does not recognise.',
  fixSteps: ['Read the QuickBooks explanation in the details.', SEND_DETAILS_TO_SUPPORT],
};
