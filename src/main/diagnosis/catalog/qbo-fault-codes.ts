import type { CatalogEntry } from './types';
import * as M from './qbo-meanings';

/**
 * QuickBooks Online `Fault` error codes (JSON `Fault.Error[].code`, lower-case gateway
 * `fault.error[].code`, XML `<Error code>`).
 *
 * Rows are tried top to bottom; the first whose code matches AND whose `textMatch` (if any)
 * matches the error's Message + Detail wins. Wording rows come before the plain-code row of
 * the same code. Deliberately NOT range-based: 3001/3100/3200 sit in Intuit's "validation"
 * range but are throttle/authorization/authentication (qbo.md §2.1), and 10100 is above
 * 10000 but is a request-size problem.
 *
 * The seed documents' meanings (2030 = stale, 3100 = duplicate DocNumber, 3200 = locked) are
 * wrong and are not used (qbo.md §0).
 */
export interface QboFaultRow extends CatalogEntry {
  readonly faultCodes: readonly string[];
  readonly textMatch?: RegExp;
}

const row = (faultCodes: string[], meaning: M.Meaning, citation: string, textMatch?: RegExp): QboFaultRow =>
  textMatch ? { ...meaning, faultCodes, citation, textMatch } : { ...meaning, faultCodes, citation };

export const QBO_FAULT_CODE_ROWS: readonly QboFaultRow[] = [
  row(['3001'], M.QBO_THROTTLED, 'qbo.md §1.3, §2.2, §3.1 ("wait 60 seconds"); samples qbo #5 (HTTP 403), #6 (HTTP 429)'),

  row(['3100'], M.QBO_INSUFFICIENT_SCOPE, 'qbo.md §2.2, §7.4 (re-consent with the right scope); sample qbo #26', /sufficient scope/i),
  row(['3100'], M.QBO_SERVICE_UNAVAILABLE, 'qbo.md §1.3 (InternalServerError; errorCode=003100; statusCode=500 during an outage, minimul/qbo_api#81)', /InternalServerError|statusCode\s*[=:]\s*5\d\d/i),
  row(['3100'], M.QBO_AUTHORIZATION_FAILED, 'qbo.md §0, §1.3, §2.2 (AuthorizationFailed / ApplicationAuthorizationFailed, HTTP 403); samples qbo #24, #25, #27'),

  row(['3200'], M.QBO_ACCESS_TOKEN_EXPIRED, 'qbo.md §0, §1.3, §4.5 (AuthenticationFailed, HTTP 401: expired, revoked or malformed access token); samples qbo #22, #23, #30'),
  row(['100'], M.QBO_ACCESS_TOKEN_EXPIRED, 'qbo.md §0, §2.2 (General Authentication Error, HTTP 401); samples qbo #28, #29 (a token/realm mismatch gives the same body: reconnect if it persists after a refresh)'),
  row(['110'], M.QBO_ACCESS_TOKEN_EXPIRED, 'qbo.md §2.2 (IPP listing: Authentication OAuth Error)'),

  row(['120'], M.QBO_SERVICE_UNAVAILABLE, 'qbo.md §2.2 (120 "Unknown Error during Authentication, statusCode: 500", minimul/qbo_api#96)', /statusCode\s*[=:]\s*5\d\d|Unknown Error/i),
  row(['120'], M.QBO_USER_ACCESS_REVOKED, 'qbo.md §2.2 (120 Authorization Failure: the connecting user lost access or admin rights; Intuit blog 2017, handling-common-errors)'),
  row(['130'], M.QBO_WRONG_CLUSTER, 'qbo.md §2.2 (IPP listing: Wrong cluster)'),
  row(['140'], M.QBO_COMPANY_LOCKED_OUT, 'qbo.md §2.2 (IPP listing: Company Locked Out)'),
  row(['150'], M.QBO_COMPANY_UNDER_MAINTENANCE, 'qbo.md §2.2 (IPP listing: Company Under Maintenance)'),

  row(['500'], M.QBO_UNSUPPORTED_OPERATION, 'qbo.md §2.2 (Unsupported Operation: bad URL/operation or non-UTF-8 payload; a QBO code, not HTTP 500); sample qbo #31'),
  row(['600'], M.QBO_DUPLICATE_REQUEST_ID, 'qbo.md §2.2, §5 (RequestId already exists)'),
  row(['610'], M.QBO_INVALID_REFERENCE, 'qbo.md §2.2 (610 "Something you\'re trying to use has been made inactive", Intuit blog 2017)', /inactive/i),
  row(['610'], M.QBO_OBJECT_NOT_FOUND, 'qbo.md §2.2 (610 Object Not Found, "Another user has deleted this transaction"); sample qbo #42'),
  row(['620'], M.QBO_TXN_LINK_FAILED, 'qbo.md §2.2 (IPP listing: Txn can\'t be linked)'),
  row(['630'], M.QBO_DUPLICATE_OBJECT, 'qbo.md §2.2 (IPP listing: duplicate object, unique constraint)'),
  row(['1040'], M.QBO_BATCH_TOO_LARGE, 'qbo.md §2.2 (Batch size exceeds allowed limit)'),

  row(['2020'], M.QBO_REQUIRED_FIELD_MISSING, 'qbo.md §2.2 (Required param missing; element names the field); sample qbo #40'),
  row(['2050', '2080', '2170'], M.QBO_VALIDATION_ERROR, 'qbo.md §2.2 (length exceeds limit / illegal number format / invalid enumeration); samples qbo #1, #8'),
  row(['2500'], M.QBO_INVALID_REFERENCE, 'qbo.md §2.2 (Invalid Reference Id: "has been made inactive"); sample qbo #32'),
  row(['4000', '4001'], M.QBO_INVALID_QUERY, 'qbo.md §2.2, §5 (Invalid query, e.g. STARTPOSITION 0); sample qbo #4'),

  row(['5010'], M.QBO_STALE_OBJECT, 'qbo.md §0, §2.2 (Stale Object Error: old SyncToken; NOT 2030); sample qbo #41'),
  row(['5020'], M.QBO_PERMISSION_DENIED, 'qbo.md §1.1, §2.2 (Permission Denied, arrives as HTTP 400: plan or role); sample qbo #37'),
  row(['5030'], M.QBO_FEATURE_NOT_SUPPORTED, 'qbo.md §2.2 (IPP listing: Feature Not Supported)'),

  row(['6000'], M.QBO_TRANSIENT_ERROR, 'qbo.md §2.2, §7.5 (6000 "Please wait a few minutes and try again" is transient; the entity may save anyway); sample qbo #39', /try again|wait a few minutes|temporarily/i),
  row(['6000'], M.QBO_BUSINESS_VALIDATION, 'qbo.md §2.2 (Business Validation Error; e.g. "Unexpected Internal Error (-30000)" from a missing realmId, node-quickbooks#48)'),
  row(['6002'], M.QBO_GATEWAY_TIMEOUT, 'qbo.md §1.3, §2.2 (Timeout occurred while proxying request, HTTP 504); sample qbo #34'),
  row(['6070'], M.QBO_BUSINESS_VALIDATION, 'qbo.md §2.2 (Amount calculation incorrect); sample qbo #33'),
  row(['6140'], M.QBO_DUPLICATE_DOC_NUMBER, 'qbo.md §0, §2.2 (Duplicate Document Number; NOT 3100); sample qbo #40'),
  row(['6190'], M.QBO_SUBSCRIPTION_ENDED, 'qbo.md §2.2 (Invalid Company Status: subscription ended, cancelled or billing problem; Intuit blog 2017)'),
  row(['6210'], M.QBO_PERIOD_CLOSED, 'qbo.md §0, §2.2 (Account Period Closed; NOT 3200; Intuit blog 2017)'),
  row(['6240'], M.QBO_DUPLICATE_NAME, 'qbo.md §2.2 (Duplicate Name Exists); samples qbo #3, #7'),
  row(['6540'], M.QBO_DEPOSITED_TXN_LOCKED, 'qbo.md §2.2 (Deposited Transaction cannot be changed; Intuit blog 2017)'),

  row(['10000'], M.QBO_BAD_URL, 'qbo.md §2.2 (10000 with "Could not find resource for relative" is a bad URL: a caller bug); sample qbo #2', /could not find resource/i),
  row(['10000'], M.QBO_SYSTEM_FAULT, 'qbo.md §1.1 (HTTP 500: "Resubmit the request once"), §2.2 (SystemFault 10000)'),
  row(['10100'], M.QBO_RESULT_SET_TOO_LARGE, 'qbo.md §2.1, §2.2 (Result Set Big: narrow the report; not a system fault); sample qbo #38'),
];

/**
 * For codes no row knows: the Fault `type` is the next-best evidence. Validation faults split
 * by Intuit's published ranges only here, as a last resort (qbo.md §2.1).
 */
export interface QboFaultTypeRow extends CatalogEntry {
  readonly faultType: RegExp;
  /** Optional code range the row is limited to. */
  readonly codeRange?: readonly [number, number];
}

export const QBO_FAULT_TYPE_ROWS: readonly QboFaultTypeRow[] = [
  { ...M.QBO_ACCESS_TOKEN_EXPIRED, faultType: /^auth(entication)?(fault)?$/i, citation: 'qbo.md §1.2 (AuthenticationFault / AUTHENTICATION)' },
  { ...M.QBO_AUTHORIZATION_FAILED, faultType: /^authori[sz]at?i?on(fault)?$/i, citation: 'qbo.md §1.2 (AuthorizationFault, also the misspelt AuthorizatonFault seen in minimul/qbo_api#96)' },
  { ...M.QBO_SYSTEM_FAULT, faultType: /^system(fault)?$/i, citation: 'qbo.md §1.2, §2.2 (SystemFault)' },
  { ...M.QBO_VALIDATION_ERROR, faultType: /^validation(fault)?$/i, codeRange: [2000, 4999], citation: 'qbo.md §2.1 (2000–4999 validation range, used only when no code row matched)' },
  { ...M.QBO_BUSINESS_VALIDATION, faultType: /^validation(fault)?$/i, citation: 'qbo.md §1.2, §2.1 (ValidationFault outside the validation range: business rules)' },
];
