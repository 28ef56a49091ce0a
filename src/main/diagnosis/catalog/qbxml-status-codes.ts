import type { CatalogEntry } from './types';
import { SEND_DETAILS_TO_SUPPORT } from './common-steps';

/**
 * qbXML `statusCode` on each `…Rs` element (qbd.md §4). Rows are keyed on statusCode, never
 * on statusSeverity: a real sample carries 3210 with severity "Info" (qbd.md §4).
 * First matching row wins; wording rows precede the plain-code row of the same code, then
 * ranges catch codes without a row.
 *
 * The seeds' meanings (3100 = duplicate DocNumber, 3200 = locked/reconciled) are wrong and
 * not used: 3100 is a duplicate list NAME, 3200 a stale EditSequence (qbd.md §4).
 */
export interface QbxmlStatusRow extends CatalogEntry {
  /** Inclusive statusCode range; single codes use [n, n]. */
  readonly range: readonly [number, number];
  readonly textMatch?: RegExp;
}

const OK_STEPS: readonly string[] = [];

/** The two NONE meanings, exported for the warning summary. */
export const QBXML_OK: Omit<CatalogEntry, 'citation'> = {
  code: 'OK',
  type: 'NONE',
  recovery: 'none',
  userFacingMessage: 'QuickBooks Desktop answered normally.',
  fixSteps: OK_STEPS,
};

const WARNING: Omit<CatalogEntry, 'citation'> = {
  code: 'QBD_WARNING',
  type: 'NONE',
  recovery: 'none',
  userFacingMessage: 'QuickBooks Desktop answered with a warning that needs no action from you.',
  fixSteps: OK_STEPS,
};

const DEV = { type: 'INVALID_REQUEST_ERROR', recovery: 'developer_action' } as const;
const DEV_STEPS = ['Nothing in QuickBooks Desktop needs to change.', SEND_DETAILS_TO_SUPPORT] as const;

const RECORD_IN_USE: Omit<CatalogEntry, 'citation'> = {
  code: 'QBD_RECORD_IN_USE',
  type: 'INTEGRATION_ERROR',
  recovery: 'retry',
  userFacingMessage: 'Someone was editing the same list or record in QuickBooks Desktop at that moment. Ledgerlight will try again.',
  fixSteps: [
    'Nothing to do: Ledgerlight sends it again (it usually goes through the second time).',
    'If it keeps happening, close any QuickBooks window where that record is open for editing.',
  ],
};

/** 3170/3175/3176/3180 sub-messages that mean "locked or modified by someone else" (qbd.md §4, CB Errors.php). */
export const LOCK_WORDING = /modified by another user|could not be locked|failed to acquire the lock|is in use|being edited/i;

/** Any error code without its own row (including non-numeric codes): QuickBooks refused, see its message. */
export const QBXML_OTHER_ERROR: QbxmlStatusRow = {
  code: 'QBD_REQUEST_ERROR',
  type: 'INTEGRATION_ERROR',
  recovery: 'developer_action',
  userFacingMessage: 'QuickBooks Desktop refused the request; its explanation is in the details.',
  fixSteps: ['Read the QuickBooks explanation in the details.', SEND_DETAILS_TO_SUPPORT],
  range: [3100, 99999],
  citation: 'qbd.md §4 (3100–9099 other errors; codes without a verified meaning, e.g. 9001, are not given one)',
};

export const QBXML_STATUS_ROWS: readonly QbxmlStatusRow[] = [
  { ...QBXML_OK, range: [0, 0], citation: 'qbd.md §4 (0 Status OK); samples qbd qbxml-0-customeradd-ok.xml, qbxml-receivepaymentadd-ok.xml' },
  { ...QBXML_OK, code: 'QBD_NO_MATCH', range: [1, 1], userFacingMessage: 'QuickBooks Desktop found nothing matching the search.', citation: 'qbd.md §4 (1 "No match": empty result → none)' },
  { ...QBXML_OK, range: [2, 499], citation: 'qbd.md §4 (0–499 Info)' },
  { ...WARNING, range: [500, 999], citation: 'qbd.md §4 (500–999 Warn: 500 not fully completed → treat as not found, 530/531 unsupported field but the write happened); samples qbd qbxml-500-warn-customerquery.xml, qbxml-530-warn-unsupported-field.xml' },

  {
    code: 'QBD_INTERNAL_ERROR',
    type: 'INTEGRATION_ERROR',
    recovery: 'retry',
    userFacingMessage: 'QuickBooks Desktop had an internal problem with this request. Ledgerlight will try again.',
    fixSteps: ['Nothing to do: Ledgerlight tries again.', 'If it keeps happening, restart QuickBooks Desktop.'],
    range: [1000, 1000],
    citation: 'qbd.md §4 (1000 internal error: maybe transient)',
  },
  {
    code: 'QBD_NOT_AVAILABLE',
    type: 'INTEGRATION_CONNECTION_ERROR',
    recovery: 'retry',
    userFacingMessage: 'QuickBooks Desktop was not available to answer. Ledgerlight will try again.',
    fixSteps: ['Nothing to do: Ledgerlight tries again.', 'If it keeps happening, check that QuickBooks Desktop is open and not showing a message.'],
    range: [1010, 1010],
    citation: 'qbd.md §4 (1010 system not available: maybe transient)',
  },
  {
    ...DEV,
    code: 'QBD_REQUEST_INVALID',
    userFacingMessage: 'QuickBooks Desktop could not accept a request Ledgerlight sent. This needs a fix in Ledgerlight.',
    fixSteps: DEV_STEPS,
    range: [1001, 2999],
    citation: 'qbd.md §4 (1030/1060 unsupported message / invalid request ID; 2000–2999 not supported for QuickBooks)',
  },
  {
    ...DEV,
    code: 'QBD_REQUEST_INVALID',
    userFacingMessage: 'QuickBooks Desktop could not accept a request Ledgerlight sent. This needs a fix in Ledgerlight.',
    fixSteps: DEV_STEPS,
    range: [3000, 3099],
    citation: 'qbd.md §4 (3000–3099 format errors: invalid object ID, boolean, date, range)',
  },

  {
    code: 'QBD_DUPLICATE_NAME',
    type: 'INTEGRATION_ERROR',
    recovery: 'developer_action',
    userFacingMessage: 'QuickBooks Desktop already has a list entry (customer, vendor, item…) with this name.',
    fixSteps: [
      'In QuickBooks Desktop, look for the name shown in the details in the list concerned (include inactive entries).',
      'Use the existing entry, or rename one of them so the names differ.',
      SEND_DETAILS_TO_SUPPORT,
    ],
    range: [3100, 3100],
    citation: 'qbd.md §4 (3100 "The name … of the list element is already in use": duplicate list NAME, NOT a duplicate DocNumber); sample qbd qbwc-receiveresponsexml-request-3100-duplicate-name.xml',
  },
  {
    code: 'QBD_OBJECT_NOT_FOUND',
    type: 'INTEGRATION_ERROR',
    recovery: 'developer_action',
    userFacingMessage: 'The record Ledgerlight referred to no longer exists in QuickBooks Desktop; it may have been deleted.',
    fixSteps: ['If it was deleted by mistake, re-create it in QuickBooks Desktop.', SEND_DETAILS_TO_SUPPORT],
    range: [3120, 3120],
    citation: 'qbd.md §4 (3120 object specified in the request cannot be found: resync mapping → dev); sample qbd qbxml-3120-object-not-found.xml',
  },
  {
    code: 'QBD_INVALID_REFERENCE',
    type: 'INTEGRATION_ERROR',
    recovery: 'developer_action',
    userFacingMessage: 'This transaction uses a list entry (an item, account, customer…) that is missing or inactive in QuickBooks Desktop.',
    fixSteps: [
      'In QuickBooks Desktop, open the list named in the details (for example Lists > Item List) and choose Include inactive.',
      'Make the entry active again, or create it if it is missing, then let Ledgerlight try again.',
      SEND_DETAILS_TO_SUPPORT,
    ],
    range: [3140, 3140],
    citation: 'qbd.md §4 (3140 invalid reference to a missing/inactive list item: dev or user → no); sample qbd qbxml-3140-invalid-reference.RECONSTRUCTED.xml',
  },
  { ...RECORD_IN_USE, range: [3170, 3170], citation: 'qbd.md §4 (3170 "This list has been modified by another user": transient → yes); sample qbd qbxml-3170-modified-by-another-user.RECONSTRUCTED.xml' },
  { ...RECORD_IN_USE, range: [3175, 3176], citation: 'qbd.md §4 (3175/3176 lock failures: transient → yes)' },
  { ...RECORD_IN_USE, range: [3180, 3180], textMatch: LOCK_WORDING, citation: 'qbd.md §4 (3180 with "modified by another user": retry); sample qbd qbxml-3180-list-modified-by-another-user.xml' },
  {
    code: 'QBD_SAVE_FAILED',
    type: 'INTEGRATION_ERROR',
    recovery: 'developer_action',
    userFacingMessage: 'QuickBooks Desktop could not save a list entry; its explanation is in the details.',
    fixSteps: ['Read the QuickBooks explanation in the details.', SEND_DETAILS_TO_SUPPORT],
    range: [3180, 3180],
    citation: 'qbd.md §4 (3180 generic save failure: depends on the sub-message)',
  },
  {
    code: 'QBD_EDIT_SEQUENCE_STALE',
    type: 'INTEGRATION_ERROR',
    recovery: 'refetch',
    userFacingMessage: 'Someone changed this record in QuickBooks Desktop after Ledgerlight read it. Ledgerlight reads it again and retries.',
    fixSteps: ['Nothing to do: Ledgerlight re-reads the record and repeats the change.'],
    range: [3200, 3200],
    citation: 'qbd.md §4 (3200 "The provided edit sequence … is out-of-date": re-read, then resend; NOT "transaction locked"); sample qbd qbxml-3200-edit-sequence-out-of-date.xml',
  },
  {
    code: 'QBD_INVALID_VALUE',
    type: 'INTEGRATION_ERROR',
    recovery: 'developer_action',
    userFacingMessage: 'QuickBooks Desktop refused a value because it breaks one of its accounting rules.',
    fixSteps: ['Read the QuickBooks explanation in the details (for example "You cannot pay more than the amount due").', SEND_DETAILS_TO_SUPPORT],
    range: [3210, 3210],
    citation: 'qbd.md §4 (3210 invalid value / business rule: dev or user data → no); sample qbd qbxml-3210-invalid-value-payment-exceeds-due.xml',
  },
  {
    code: 'QBD_FEATURE_NOT_ENABLED',
    type: 'INTEGRATION_ERROR',
    recovery: 'user_action',
    userFacingMessage: 'A QuickBooks Desktop feature Ledgerlight needs is turned off, or this edition does not have it.',
    fixSteps: [
      'In QuickBooks Desktop, log in as Admin and choose Edit > Preferences.',
      'Open the preference for the feature (for example Sales & Customers for sales orders, or Items & Inventory for inventory) and the Company Preferences tab.',
      'Turn the feature on and click OK. If it is not offered, this QuickBooks edition does not include it.',
    ],
    range: [3250, 3250],
    citation: 'qbd.md §4 (3250 feature not enabled or not available: user (enable the preference) or dev (skip)); sample qbd qbxml-3250-feature-not-enabled.RECONSTRUCTED.xml',
  },
  {
    code: 'QBD_INSUFFICIENT_PERMISSION',
    type: 'PERMISSION_ERROR',
    recovery: 'user_action',
    userFacingMessage: 'The QuickBooks Desktop user that Ledgerlight logs in as is not allowed to do this.',
    fixSteps: [
      'In QuickBooks Desktop, log in as Admin and choose Company > Users > Set Up Users and Roles.',
      'Select the user Ledgerlight logs in as (see Edit > Preferences > Integrated Applications > Company Preferences > Ledgerlight > Properties…) and give its role the rights it needs.',
      'Or, in those Properties, choose a QuickBooks user that has the rights, then click OK.',
    ],
    range: [3260, 3260],
    citation: 'qbd.md §4 (3260 insufficient permission level of the QuickBooks user the app logs in as: user/admin); sample qbd qbxml-3260-insufficient-permission.RECONSTRUCTED.xml',
  },
  {
    code: 'QBD_PERSONAL_DATA_NOT_ALLOWED',
    type: 'PERMISSION_ERROR',
    recovery: 'user_action',
    userFacingMessage: 'Ledgerlight is not allowed to read personal data (such as employee details) in this company file.',
    fixSteps: [
      'In QuickBooks Desktop, log in as Admin and choose Edit > Preferences > Integrated Applications > Company Preferences.',
      'Select Ledgerlight, click Properties…, and allow access to personal data. Click OK twice.',
    ],
    range: [3261, 3261],
    citation: 'qbd.md §4 (3261 the integrated application has no permission to access personal data: user/admin)',
  },
  {
    code: 'QBD_MERGE_NOT_ALLOWED',
    type: 'INTEGRATION_ERROR',
    recovery: 'developer_action',
    userFacingMessage: 'QuickBooks Desktop refused to merge these two list entries.',
    fixSteps: [SEND_DETAILS_TO_SUPPORT],
    range: [3500, 3500],
    citation: 'qbd.md §4 (3500 merge refused, DesktopAccountingAPI v0.9.1)',
  },
  {
    ...DEV,
    code: 'QBD_REQUEST_INVALID',
    userFacingMessage: 'QuickBooks Desktop could not accept a request Ledgerlight sent. This needs a fix in Ledgerlight.',
    fixSteps: DEV_STEPS,
    range: [9100, 9199],
    citation: 'qbd.md §4 (9100–9199 macro-related errors)',
  },
  QBXML_OTHER_ERROR,
];

/**
 * receiveResponseXML delivered no hresult and no readable status. PG: when ProcessRequest
 * succeeds the response holds the qbXML; when it throws, hresult is set (qbd.md §1.2). An
 * empty or status-less response is therefore a fault in what we asked for or how we read it.
 */
export const QBXML_RESPONSE_UNREADABLE: CatalogEntry = {
  code: 'QBD_RESPONSE_UNREADABLE',
  type: 'INTERNAL_ERROR',
  recovery: 'developer_action',
  userFacingMessage: 'QuickBooks Desktop sent back an answer Ledgerlight could not read. This needs a fix in Ledgerlight.',
  fixSteps: [SEND_DETAILS_TO_SUPPORT],
  citation: 'qbd.md §1.2 (receiveResponseXML: response holds the qbXML unless hresult is set), §4 (every …Rs carries statusCode)',
};

/** A qbXML request (…Rq) shown where a response was expected: nothing failed in it. */
export const QBXML_REQUEST_ONLY: CatalogEntry = {
  ...QBXML_OK,
  code: 'QBD_REQUEST_DOCUMENT',
  userFacingMessage: 'This is a request to QuickBooks Desktop, not an answer; nothing went wrong in it.',
  citation: 'qbd.md §4 (iterator requests); sample qbd qbxml-iterator-customerquery-continue-request.xml',
};
