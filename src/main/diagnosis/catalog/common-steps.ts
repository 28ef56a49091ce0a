/**
 * Fix-step fragments several catalogue rows share, so the same instruction reads the same
 * everywhere (and is corrected in one place).
 */

/** Reconnecting a QuickBooks Online company: only an admin can authorize (qbo.md §4.2). */
export const QBO_RECONNECT_STEPS = [
  "In Ledgerlight, click Reconnect next to this company.",
  'Sign in to QuickBooks Online with a user who is an admin of this company (the primary admin or a company admin).',
  'Pick this company in the list and click Connect.',
] as const;

export const SEND_DETAILS_TO_SUPPORT =
  "If it keeps happening, click Copy details in Ledgerlight and send them to Ledgerlight support." as const;

export const QBO_STATUS_PAGE_STEP = 'You can check Intuit\'s status page at status.quickbooks.intuit.com for a reported outage.' as const;

/** Opening the Web Connector from QuickBooks Desktop (qbd.md §1, Conductor connection-not-active help). */
export const OPEN_WEB_CONNECTOR_STEP =
  'In QuickBooks Desktop, choose File > App Management > Update Web Services to open the QuickBooks Web Connector.' as const;

/** The general "QuickBooks could not be opened" checklist (qbd.md §3, PG App. A QBWC1007/1008/1013). */
export const QBD_OPEN_CHECKLIST = [
  'On the computer that runs QuickBooks Desktop, open QuickBooks and open the company file Ledgerlight syncs with (File > Open or Restore Company).',
  'Close any QuickBooks window or message that is waiting for an answer (update available, backup reminder, login box).',
  'Make sure a Windows user is logged in on that computer and that it is not asleep.',
  OPEN_WEB_CONNECTOR_STEP,
  'Tick Ledgerlight in the Web Connector list and click Update Selected.',
] as const;

/** Granting the integrated application automatic login (Conductor's documented steps, qbd.md §3 0x80040420). */
export const QBD_ALLOW_AUTO_LOGIN_STEPS = [
  'Open QuickBooks Desktop and log in to the company file as Admin.',
  'Choose Edit > Preferences, then Integrated Applications in the left list, then the Company Preferences tab.',
  'Select Ledgerlight in the list and click Properties…',
  "Tick 'Allow this application to log in automatically', choose the QuickBooks user it should log in as, and click OK.",
  'Click OK to close Preferences, then click Update Selected in the QuickBooks Web Connector.',
] as const;

/** Network checks on the bookkeeper's computer. */
export const CHECK_INTERNET_STEPS = [
  'Check that this computer is connected to the internet (open any website).',
  'If you use a VPN or a company proxy, make sure it is connected, or try again without it.',
] as const;
