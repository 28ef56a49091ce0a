import type { CatalogEntry } from './types';
import { OPEN_WEB_CONNECTOR_STEP, QBD_OPEN_CHECKLIST, SEND_DETAILS_TO_SUPPORT } from './common-steps';

/**
 * The Web Connector's own vocabulary: QBWCxxxx codes from its dialogs and QWCLog.txt
 * (qbd.md §1.3, PG App. A), the answers our `authenticate` gives (qbd.md §1.2), SOAP-level
 * faults and .qwc file rules (qbd.md §1.1, §2).
 */
export interface QbwcCodeRow extends CatalogEntry {
  /** Inclusive range of QBWC numbers, e.g. [1041, 1045]. */
  readonly range: readonly [number, number];
}

const DEV_CONFIG = { type: 'INVALID_REQUEST_ERROR', recovery: 'developer_action' } as const;
const OUR_BUG = { type: 'INTERNAL_ERROR', recovery: 'developer_action' } as const;
const USER_CONN = { type: 'INTEGRATION_CONNECTION_ERROR', recovery: 'user_action' } as const;

const QWC_STEPS = [
  'In Ledgerlight, open this company and download a fresh Web Connector file (.qwc).',
  'In the QuickBooks Web Connector, remove the old Ledgerlight entry, then click Add an application and choose the new file.',
  SEND_DETAILS_TO_SUPPORT,
] as const;

const PASSWORD_STEPS = [
  OPEN_WEB_CONNECTOR_STEP,
  "Click in the Password box next to Ledgerlight and type the Web Connector password shown in Ledgerlight's setup screen for this company.",
  'Press Enter and answer Yes when asked to save the password.',
  'Tick Ledgerlight and click Update Selected.',
] as const;

export const QBWC_CODE_ROWS: readonly QbwcCodeRow[] = [
  {
    range: [1000, 1002],
    ...DEV_CONFIG,
    code: 'QBWC_APP_FILE_INVALID',
    userFacingMessage: "The Web Connector refused Ledgerlight's setup file because its addresses are not acceptable.",
    fixSteps: QWC_STEPS,
    citation: 'qbd.md §1.3 (QBWC1000 domain mismatch, 1001/1002 IP address: dev)',
  },
  {
    range: [1003, 1004],
    ...DEV_CONFIG,
    code: 'QBWC_SUPPORT_URL_UNREACHABLE',
    userFacingMessage: "The Web Connector could not open Ledgerlight's support page while adding the application.",
    fixSteps: ['Make sure Ledgerlight is running on this computer.', ...QWC_STEPS],
    citation: 'qbd.md §1.3 (QBWC1003/1004 AppSupport URL unreachable: dev/ops)',
  },
  {
    range: [1005, 1006],
    ...USER_CONN,
    code: 'QBWC_NOT_RUNNING',
    userFacingMessage: 'The QuickBooks Web Connector itself failed to start.',
    fixSteps: [
      'Close the QuickBooks Web Connector (right-click its icon near the clock and choose Exit) and start it again from QuickBooks Desktop: File > App Management > Update Web Services.',
      'If it still fails, restart the computer, or reinstall the Web Connector from Intuit\'s website.',
    ],
    citation: 'qbd.md §1.3 (QBWC1005/1006 QBWC failed to run: user)',
  },
  {
    range: [1007, 1009],
    ...USER_CONN,
    code: 'QBD_CONNECTION_ERROR',
    userFacingMessage: 'The Web Connector could not connect to QuickBooks Desktop.',
    fixSteps: [...QBD_OPEN_CHECKLIST],
    citation: 'qbd.md §1.3 (QBWC1007/1008/1009 could not connect to QuickBooks: QB not running, no file open, a dialog open → user)',
  },
  {
    range: [1010, 1010],
    ...DEV_CONFIG,
    code: 'QBWC_HTTPS_REQUIRED',
    userFacingMessage: "The Web Connector refused Ledgerlight's setup file because its address is not secure.",
    fixSteps: QWC_STEPS,
    citation: 'qbd.md §1.1, §1.3 (QBWC1010 AppURL must be https; http only for localhost)',
  },
  {
    range: [1011, 1011],
    ...USER_CONN,
    code: 'QBWC_APP_NOT_REGISTERED',
    userFacingMessage: 'The Web Connector lost track of the Ledgerlight application.',
    fixSteps: ['Close the QuickBooks Web Connector (right-click its icon near the clock and choose Exit).', OPEN_WEB_CONNECTOR_STEP, 'Tick Ledgerlight and click Update Selected.'],
    citation: 'qbd.md §1.3 (QBWC1011 app not in the registry → restart QBWC: user)',
  },
  {
    range: [1012, 1012],
    code: 'QBWC_AUTHENTICATE_FAILED',
    type: 'SERVICE_ERROR',
    recovery: 'retry',
    userFacingMessage: 'The Web Connector could not finish signing in to Ledgerlight because the connection broke off.',
    fixSteps: [
      'Make sure Ledgerlight is running on the computer the Web Connector points to.',
      'Tick Ledgerlight in the Web Connector and click Update Selected to try again.',
      SEND_DETAILS_TO_SUPPORT,
    ],
    citation: 'qbd.md §1.3 (QBWC1012 authenticate() threw, e.g. "The connection was closed unexpectedly": dev/ops, retry may help); sample qbd qbwc-qwclog-qbwc1012-connection-closed.txt',
  },
  {
    range: [1013, 1013],
    ...USER_CONN,
    code: 'QBD_CONNECTION_ERROR',
    userFacingMessage: 'The Web Connector lost its connection to QuickBooks Desktop during an update.',
    fixSteps: [...QBD_OPEN_CHECKLIST],
    citation: 'qbd.md §1.3 (QBWC1013 could not connect during update: user)',
  },
  {
    range: [1014, 1014],
    ...USER_CONN,
    code: 'QBWC_COMPANY_INFO_FAILED',
    userFacingMessage: 'The Web Connector could not read basic information about the company file from QuickBooks Desktop.',
    fixSteps: ['Close QuickBooks Desktop and open it again with the company file.', 'Tick Ledgerlight in the Web Connector and click Update Selected.', SEND_DETAILS_TO_SUPPORT],
    citation: 'qbd.md §1.3 (QBWC1014 could not get/parse the Host/Company/Preferences response: dev/user)',
  },
  {
    range: [1016, 1020],
    code: 'QBWC_UI_NOTICE',
    type: 'NONE',
    recovery: 'none',
    userFacingMessage: 'The Web Connector showed an informational message; nothing is wrong.',
    fixSteps: [],
    citation: 'qbd.md §1.3 (QBWC1016–1020 UI states)',
  },
  {
    range: [1022, 1027],
    ...USER_CONN,
    code: 'QBWC_ADD_APP_FAILED',
    userFacingMessage: 'The Web Connector could not add Ledgerlight to this company file.',
    fixSteps: [
      'Open QuickBooks Desktop, log in to the company file as Admin, and keep it open.',
      'In the QuickBooks Web Connector click Add an application and choose the Ledgerlight file (.qwc) again.',
      "When QuickBooks asks about Ledgerlight, choose 'Yes, always; allow access even if QuickBooks is not running' and click Continue.",
    ],
    citation: 'qbd.md §1.3 (QBWC1022–1027 connect/FileID/register failures while adding the app: user)',
  },
  {
    range: [1028, 1030],
    code: 'QBWC_PASSWORD_REJECTED',
    type: 'AUTHENTICATION_ERROR',
    recovery: 'reconnect',
    userFacingMessage: "The Web Connector does not have Ledgerlight's password (it was never entered or could not be read).",
    fixSteps: PASSWORD_STEPS,
    citation: 'qbd.md §1.3 (QBWC1028/1029 password encrypt/decrypt, 1030 password not set: user)',
  },
  {
    range: [1031, 1031],
    ...OUR_BUG,
    code: 'QBWC_UPDATE_FINISHED_WITH_ERRORS',
    userFacingMessage: 'The last Web Connector update finished with errors.',
    fixSteps: ['Ledgerlight shows the individual errors for this company.', SEND_DETAILS_TO_SUPPORT],
    citation: 'qbd.md §1.3 (QBWC1031 scheduled update finished with errors: varies)',
  },
  {
    range: [1035, 1036],
    ...OUR_BUG,
    code: 'QBWC_SERVICE_FAULT',
    userFacingMessage: 'Ledgerlight gave the Web Connector an answer it could not use. This needs a fix in Ledgerlight.',
    fixSteps: [SEND_DETAILS_TO_SUPPORT],
    citation: 'qbd.md §1.3 (QBWC1035 Dns.Resolve(localhost) failed, 1036 exception during clientVersion: dev)',
  },
  {
    range: [1037, 1037],
    ...USER_CONN,
    code: 'QBWC_UPGRADE_REQUIRED',
    userFacingMessage: 'This version of the QuickBooks Web Connector is too old for Ledgerlight.',
    fixSteps: ["Download and install the latest QuickBooks Web Connector from Intuit's website.", OPEN_WEB_CONNECTOR_STEP, 'Tick Ledgerlight and click Update Selected.'],
    citation: 'qbd.md §1.3 (QBWC1037 the service returned W:/E: from clientVersion: user (upgrade QBWC))',
  },
  {
    range: [1038, 1038],
    code: 'QBWC_PASSWORD_REJECTED',
    type: 'AUTHENTICATION_ERROR',
    recovery: 'reconnect',
    userFacingMessage: "The Web Connector does not have Ledgerlight's password (it was never entered or could not be read).",
    fixSteps: PASSWORD_STEPS,
    citation: 'qbd.md §1.3 (QBWC1038 master key: user)',
  },
  {
    range: [1039, 1039],
    ...DEV_CONFIG,
    code: 'QBWC_APP_FILE_INVALID',
    userFacingMessage: "The Web Connector refused Ledgerlight's setup file because its addresses are not acceptable.",
    fixSteps: QWC_STEPS,
    citation: 'qbd.md §1.3 (QBWC1039 QWC missing required elements: dev)',
  },
  {
    range: [1040, 1040],
    code: 'QBWC_PASSWORD_REJECTED',
    type: 'AUTHENTICATION_ERROR',
    recovery: 'reconnect',
    userFacingMessage: "The Web Connector does not have Ledgerlight's password (it was never entered or could not be read).",
    fixSteps: PASSWORD_STEPS,
    citation: 'qbd.md §1.3 (QBWC1040 the service got no valid username or password: user)',
  },
  {
    range: [1041, 1046],
    ...OUR_BUG,
    code: 'QBWC_SERVICE_FAULT',
    userFacingMessage: 'Ledgerlight gave the Web Connector an answer it could not use. This needs a fix in Ledgerlight.',
    fixSteps: [SEND_DETAILS_TO_SUPPORT],
    citation: 'qbd.md §1.3 (QBWC1041–1045 exception in a callback, e.g. 1042 "Response is not well-formed XML"; 1046 bad clientVersion syntax: dev); sample qbd qbwc-dialog-qbwc1042-not-wellformed.txt',
  },
  {
    range: [1048, 1048],
    ...DEV_CONFIG,
    code: 'QBWC_CERTIFICATE_UNVERIFIED',
    userFacingMessage: "The Web Connector could not verify Ledgerlight's security certificate.",
    fixSteps: QWC_STEPS,
    citation: 'qbd.md §1.3 (QBWC1048 could not verify the server certificate: dev)',
  },
  {
    range: [1051, 1051],
    ...DEV_CONFIG,
    code: 'QBWC_HTTPS_REQUIRED',
    userFacingMessage: "The Web Connector refused Ledgerlight's setup file because its address is not secure.",
    fixSteps: QWC_STEPS,
    citation: 'qbd.md §1.1, §1.3 (QBWC1051 new application not added: non-https URL: dev); sample qbd qbwc-dialog-qbwc1051-http-not-secure.txt',
  },
];

/** A QBWC number no row knows. */
export const QBWC_CODE_UNKNOWN: CatalogEntry = {
  ...OUR_BUG,
  code: 'QBWC_ERROR',
  userFacingMessage: 'The QuickBooks Web Connector reported an error.',
  fixSteps: [OPEN_WEB_CONNECTOR_STEP, 'Read the message shown next to Ledgerlight in the Status column.', SEND_DETAILS_TO_SUPPORT],
  citation: 'qbd.md §1.3 (QBWC-level error codes)',
};

/** `authenticate` answered "nvu": wrong Web Connector password or unknown user (qbd.md §1.2). */
export const QBWC_AUTH_NVU: CatalogEntry = {
  code: 'QBWC_PASSWORD_REJECTED',
  type: 'AUTHENTICATION_ERROR',
  recovery: 'reconnect',
  userFacingMessage:
    'The Web Connector signed in to Ledgerlight with a password Ledgerlight does not accept, so QuickBooks Desktop is not being synced.',
  fixSteps: PASSWORD_STEPS,
  citation: 'qbd.md §1.2 (authenticate [1] = "nvu": invalid user; QBWC shows "Invalid password for username"); sample qbd qbwc-authenticate-response-nvu.http.txt',
};

/**
 * `authenticate` answered "busy". PG lists it with "nvu" among the answers that start NO
 * session: nothing was synced, and the cure is time (QBWC tries again at its next run), so it
 * is a transient SERVICE_ERROR with recovery retry rather than NONE (qbd.md §1.2).
 */
export const QBWC_AUTH_BUSY: CatalogEntry = {
  code: 'QBWC_SERVICE_BUSY',
  type: 'SERVICE_ERROR',
  recovery: 'retry',
  userFacingMessage: 'Ledgerlight was busy when the Web Connector called, so this sync was skipped. It will run at the next scheduled time.',
  fixSteps: ['Nothing to do: the Web Connector tries again at its next scheduled run.', 'To sync now, tick Ledgerlight in the Web Connector and click Update Selected.'],
  citation: 'qbd.md §1.2 (authenticate [1] = "busy"; [2] optionally postpones by N seconds)',
};

/** `authenticate` answered a session ("" = open file, a path) or "none" (no work). */
export const QBWC_AUTH_OK_CITATION =
  'qbd.md §1.2 (authenticate [1] = "" | path → session, "none" → "No data exchange required"); samples qbd qbwc-authenticate-response-ok.http.txt, qbwc-log-authenticate-none.txt' as const;

/** A SOAP Fault (e.g. VersionMismatch) from a web service talking to QBWC: our service is wrong. */
export const QBWC_SOAP_FAULT: CatalogEntry = {
  ...OUR_BUG,
  code: 'QBWC_SOAP_FAULT',
  userFacingMessage: 'Ledgerlight and the Web Connector could not understand each other. This needs a fix in Ledgerlight.',
  fixSteps: [SEND_DETAILS_TO_SUPPORT],
  citation: 'qbd.md §1.1 (SOAP 1.1 document/literal; a SOAP-1.2-only server answers VersionMismatch, consolibyte/quickbooks-php#257); sample qbd qbwc-soap-fault-versionmismatch.xml',
};

/** A document-style reply outside http://developer.intuit.com/ or with a wrapped result. */
export const QBWC_WRONG_NAMESPACE: CatalogEntry = {
  ...OUR_BUG,
  code: 'QBWC_WRONG_NAMESPACE',
  userFacingMessage: 'Ledgerlight answered the Web Connector in a form it cannot read. This needs a fix in Ledgerlight.',
  fixSteps: [SEND_DETAILS_TO_SUPPORT],
  citation: 'qbd.md §1.1 (namespace must stay http://developer.intuit.com/; result is a plain string); sample qbd qbwc-serverversion-response-wrong-namespace.xml',
};

/** .qwc rules (qbd.md §1.1, §2): IP hosts, http off localhost, domain mismatch, missing elements. */
export const QWC_RULE_ROWS: Readonly<Record<'QBWC1000' | 'QBWC1001' | 'QBWC1002' | 'QBWC1010' | 'QBWC1039', CatalogEntry>> = {
  QBWC1000: { ...rowFor(1000), citation: 'qbd.md §1.1, §2 (AppURL and AppSupport domains must match, except localhost)' },
  QBWC1001: { ...rowFor(1001), citation: 'qbd.md §1.1, §2 (AppURL may not be an IP address); sample qbd qwc-loopback-issue-7-ip-address-http.qwc' },
  QBWC1002: { ...rowFor(1002), citation: 'qbd.md §1.1, §2 (AppSupport may not be an IP address); sample qbd qwc-loopback-issue-7-ip-address-http.qwc' },
  QBWC1010: { ...rowFor(1010), citation: 'qbd.md §1.1 (https required except localhost)' },
  QBWC1039: { ...rowFor(1039), citation: 'qbd.md §2 (required elements: AppName, AppID, AppURL, AppDescription, AppSupport, UserName, OwnerID, FileID, QBType)' },
};

function rowFor(n: number): QbwcCodeRow {
  return QBWC_CODE_ROWS.find((r) => n >= r.range[0] && n <= r.range[1]) ?? { ...QBWC_CODE_UNKNOWN, range: [n, n] };
}
