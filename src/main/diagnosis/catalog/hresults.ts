import type { CatalogEntry } from './types';
import { OPEN_WEB_CONNECTOR_STEP, QBD_ALLOW_AUTO_LOGIN_STEPS, QBD_OPEN_CHECKLIST, SEND_DETAILS_TO_SUPPORT } from './common-steps';

/**
 * HRESULTs from QBXMLRP2, as QBWC passes them to `connectionError(hresult)` and
 * `receiveResponseXML(hresult)`, and as Conductor/nXus put them in `integrationCode`
 * (qbd.md §3). 0x8004xxxx are FACILITY_ITF codes: these meanings hold only in the
 * QuickBooks request-processor context.
 *
 * Keys are normalised to `0x` + 8 upper-case hex digits.
 */
export interface HresultRow extends CatalogEntry {
  readonly hresults: readonly string[];
}

/** "QuickBooks could not be opened" — the end user must act; Conductor's code for the family. */
const CONNECTION = { code: 'QBD_CONNECTION_ERROR', type: 'INTEGRATION_CONNECTION_ERROR', recovery: 'user_action' } as const;

const THEN_UPDATE = 'Then click Update Selected in the QuickBooks Web Connector.';

export const HRESULT_ROWS: readonly HresultRow[] = [
  {
    hresults: ['0x80040400'],
    code: 'QBD_REQUEST_XML_INVALID',
    type: 'INVALID_REQUEST_ERROR',
    recovery: 'developer_action',
    userFacingMessage: 'QuickBooks Desktop could not read a request Ledgerlight sent. This needs a fix in Ledgerlight, not in QuickBooks.',
    fixSteps: ['Nothing in QuickBooks needs to change.', SEND_DETAILS_TO_SUPPORT],
    citation: 'qbd.md §3 (0x80040400 "error when parsing the provided XML text stream": request invalid → dev → no retry); sample qbd qbwc-receiveresponsexml-request-hresult-0x80040400.xml',
  },
  {
    hresults: ['0x80040401'],
    ...CONNECTION,
    userFacingMessage: 'The Web Connector could not get into QuickBooks Desktop.',
    fixSteps: [...QBD_OPEN_CHECKLIST],
    citation: 'qbd.md §3 (0x80040401 "Could not access QuickBooks": connection → user)',
  },
  {
    hresults: ['0x80040402'],
    ...CONNECTION,
    userFacingMessage: 'QuickBooks Desktop reported an unexpected problem when the Web Connector tried to open it.',
    fixSteps: [
      'Close QuickBooks Desktop completely and open it again with the company file.',
      THEN_UPDATE,
      'If it keeps happening, send Ledgerlight support the file qbsdklog.txt (in C:\\ProgramData\\Intuit\\QuickBooks) together with the copied details.',
    ],
    citation: 'qbd.md §3 (0x80040402 "Unexpected error. Check the qbsdklog.txt file": unknown → dev/support → maybe)',
  },
  {
    hresults: ['0x80040403'],
    ...CONNECTION,
    userFacingMessage: 'QuickBooks Desktop could not open the company file.',
    fixSteps: [
      'Check that the company file still exists where it was (it may have been moved or renamed) and that the network drive holding it is connected.',
      'Open the company file once in QuickBooks Desktop (File > Open or Restore Company) to confirm it opens.',
      THEN_UPDATE,
    ],
    citation: 'qbd.md §3 (0x80040403 "Could not open specified QuickBooks company data file": path/permissions → user)',
  },
  {
    hresults: ['0x80040408'],
    ...CONNECTION,
    userFacingMessage: 'The Web Connector could not start QuickBooks Desktop.',
    fixSteps: [
      'Open QuickBooks Desktop yourself and open the company file Ledgerlight syncs with (or close QuickBooks completely so the Web Connector can start it).',
      'Make sure nobody is logged in to that company file as the same QuickBooks user elsewhere, and that no admin task (backup, verify, rebuild) is running.',
      'If the company file was moved or renamed, open it from its new place once.',
      'Close any QuickBooks message that is waiting for an answer.',
      THEN_UPDATE,
    ],
    citation: 'qbd.md §3 (0x80040408 "Could not start QuickBooks": admin/single-user task, user logged in elsewhere, file moved, several files → user); sample qbd qbwc-connectionerror-0x80040408.log.txt',
  },
  {
    hresults: ['0x80040409'],
    ...CONNECTION,
    userFacingMessage: 'The company file belongs to a different version of QuickBooks Desktop than the one that is running.',
    fixSteps: ['Open the company file with the QuickBooks Desktop version it was last used with (or update it in that version).', THEN_UPDATE],
    citation: 'qbd.md §3 (0x80040409 incompatible QuickBooks version, INT-SUP)',
  },
  {
    hresults: ['0x8004040A'],
    ...CONNECTION,
    userFacingMessage: 'A different company file is open in QuickBooks Desktop than the one Ledgerlight syncs with.',
    fixSteps: ['In QuickBooks Desktop choose File > Close Company.', 'Open the company file Ledgerlight syncs with (or leave QuickBooks with no company open).', THEN_UPDATE],
    citation: 'qbd.md §3 (0x8004040A a different company file is already open; QBWC cannot switch files)',
  },
  {
    hresults: ['0x8004040D'],
    code: 'QBD_SESSION_INVALID',
    type: 'INTEGRATION_CONNECTION_ERROR',
    recovery: 'retry',
    userFacingMessage: 'The session with QuickBooks Desktop ended unexpectedly. Ledgerlight will start a new one at the next sync.',
    fixSteps: ['Nothing to do: the next scheduled sync starts a fresh session.'],
    citation: 'qbd.md §3 (0x8004040D "The ticket parameter is invalid": session/transient → retry with a new session)',
  },
  {
    hresults: ['0x80040410'],
    ...CONNECTION,
    userFacingMessage: 'The company file is open in a mode that does not let Ledgerlight in (single-user versus multi-user).',
    fixSteps: ['In QuickBooks Desktop choose File > Switch to Multi-user Mode (or close the company file).', THEN_UPDATE],
    citation: 'qbd.md §3 (0x80040410 file open in another mode: "re-open it in multi-user mode")',
  },
  {
    hresults: ['0x80040414'],
    ...CONNECTION,
    userFacingMessage: 'A window or message is open in QuickBooks Desktop and is blocking the Web Connector.',
    fixSteps: [
      'Switch to QuickBooks Desktop and close any open window or message (update available, backup reminder, a form being edited).',
      THEN_UPDATE,
    ],
    citation: 'qbd.md §3 (0x80040414 a modal dialog is showing; Conductor health-check docs)',
  },
  {
    hresults: ['0x80040416', '0x80040417'],
    ...CONNECTION,
    userFacingMessage: 'QuickBooks Desktop has no company file open, so the Web Connector had nothing to connect to.',
    fixSteps: ['Open QuickBooks Desktop and open the company file Ledgerlight syncs with (File > Open or Restore Company).', THEN_UPDATE],
    citation: 'qbd.md §3 (0x80040416 / 0x80040417 QuickBooks not running or no file open and no path supplied), §7',
  },
  {
    hresults: ['0x80040418'],
    ...CONNECTION,
    userFacingMessage: 'Ledgerlight has not yet been allowed into this company file. The QuickBooks Admin must allow it once.',
    fixSteps: [
      'Open QuickBooks Desktop, log in to the company file as Admin and switch to single-user mode (File > Switch to Single-user Mode).',
      OPEN_WEB_CONNECTOR_STEP,
      'Tick Ledgerlight and click Update Selected.',
      "When QuickBooks asks about Ledgerlight, choose 'Yes, always; allow access even if QuickBooks is not running', pick the QuickBooks user it should log in as, and click Continue, then Done.",
    ],
    citation: 'qbd.md §3 (0x80040418 first access needs the QuickBooks administrator; Seradex help: Admin, single-user, Integrated Applications)',
  },
  {
    hresults: ['0x8004041A'],
    ...CONNECTION,
    userFacingMessage: 'Ledgerlight is not allowed into this company file. The QuickBooks Admin can allow it.',
    fixSteps: [
      'Open QuickBooks Desktop and log in to the company file as Admin.',
      'Choose Edit > Preferences, then Integrated Applications, then the Company Preferences tab.',
      'Make sure Ledgerlight is in the list and its box is ticked, then click OK.',
      THEN_UPDATE,
    ],
    citation: 'qbd.md §3 (0x8004041A no permission: the administrator grants it in Integrated Application preferences)',
  },
  {
    hresults: ['0x8004041D', '0x80040420'],
    ...CONNECTION,
    userFacingMessage:
      'QuickBooks Desktop did not let Ledgerlight log in to the company file on its own. The QuickBooks Admin needs to allow automatic login.',
    fixSteps: [...QBD_ALLOW_AUTO_LOGIN_STEPS],
    citation:
      'qbd.md §3 (0x8004041D not allowed to log in automatically; 0x80040420 "The QuickBooks user has denied access", Conductor\'s documented steps); sample qbd conductor-error-qbd-connection-0x80040420.json',
  },
  {
    hresults: ['0x8004041F'],
    ...CONNECTION,
    userFacingMessage: 'This edition of QuickBooks Desktop does not allow other programs to connect to it.',
    fixSteps: ['Ledgerlight needs QuickBooks Desktop Pro, Premier or Enterprise; QuickBooks Basic cannot be connected.'],
    citation: 'qbd.md §3 (0x8004041F "QuickBooks Basic does not support software integration": user (edition) → no)',
  },
  {
    hresults: ['0x80040422'],
    ...CONNECTION,
    userFacingMessage: 'Another program is using the company file in single-user mode, so Ledgerlight cannot get in right now.',
    fixSteps: ['Close other programs that work with QuickBooks (or wait until they finish).', 'In QuickBooks Desktop, choose File > Switch to Multi-user Mode if you can.', THEN_UPDATE],
    citation: 'qbd.md §3 (0x80040422 single-user access and another application already accessing the file: user/env → later)',
  },
  {
    hresults: ['0x80040424'],
    code: 'QBD_NOT_READY',
    type: 'INTEGRATION_CONNECTION_ERROR',
    recovery: 'retry',
    userFacingMessage: 'QuickBooks Desktop was still starting up. Ledgerlight will try again shortly.',
    fixSteps: ['Nothing to do: Ledgerlight tries again once QuickBooks has finished starting.'],
    citation: 'qbd.md §3 (0x80040424 "QuickBooks did not finish its initialization. Please try again later": transient → retry yes)',
  },
  {
    hresults: ['0x80040438'],
    ...CONNECTION,
    userFacingMessage: 'A stuck copy of QuickBooks Desktop is running in the background and blocks the Web Connector.',
    fixSteps: [
      'Close QuickBooks Desktop.',
      'Open Task Manager (Ctrl+Shift+Esc), and on the Details tab end every QBW.EXE (or QBW32.EXE) process.',
      'Open QuickBooks Desktop and the company file again.',
      THEN_UPDATE,
    ],
    citation: 'qbd.md §3 (0x80040438 stale QBW.EXE -Embedding process: user)',
  },
];

/** Any other HRESULT: the general "QuickBooks could not be opened" checklist (qbd.md §3 checklist). */
export const HRESULT_UNKNOWN: CatalogEntry = {
  ...CONNECTION,
  userFacingMessage: 'The Web Connector could not connect to QuickBooks Desktop.',
  fixSteps: [...QBD_OPEN_CHECKLIST],
  citation: 'qbd.md §3 (general user checklist; PG App. A QBWC1007/1008/1013)',
};
