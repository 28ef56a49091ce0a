import type { IpcError, IpcErrorCode } from '@shared/ipc/result';

/** An IpcError as the window shows it: a sentence, optional details, optional steps. */
export interface PlainError {
  message: string;
  /** One line per problem field, e.g. "Company name: Please fill this in." */
  details: string[];
  fixSteps: string[];
}

/** Used when the host's message is missing or does not look safe to show. */
const FALLBACK: Record<IpcErrorCode, string> = {
  INVALID_PAYLOAD: 'Ledgerlight could not accept those details.',
  UNKNOWN_CHANNEL: 'Ledgerlight did not understand that request. It may have just been updated — reload this window.',
  FORBIDDEN_SENDER: 'Ledgerlight refused that request because it did not come from its own window.',
  NOT_FOUND: 'That company is no longer in Ledgerlight.',
  CONFLICT: 'That would clash with a company already in Ledgerlight.',
  VAULT_UNAVAILABLE: 'Ledgerlight cannot reach its secure storage right now.',
  STORAGE_FULL: 'The disk is full, so Ledgerlight could not save that change. Nothing was lost.',
  STORAGE_FAILED: 'Ledgerlight could not save that change. Nothing was lost.',
  OAUTH_STATE_INVALID: 'The QuickBooks sign-in did not match this request. Please start connecting again.',
  PROVIDER_ERROR: 'QuickBooks (or the service that connects to it) reported a problem.',
  NOT_CONFIGURED: 'This part of Ledgerlight has not been set up yet.',
  LINK_NOT_ALLOWED: 'Ledgerlight only opens secure links to QuickBooks and its partners.',
  HOST_UNREACHABLE: 'Lost contact with Ledgerlight, so that change may not have been made.',
  TIMEOUT: 'Ledgerlight took too long to answer, so that change may not have been made.',
  INTERNAL: 'Something went wrong inside Ledgerlight. The details are in the log file.',
};

/** Names a bookkeeper recognises for the payload fields the host may complain about. */
export const FIELD_LABELS: Record<string, string> = {
  displayName: 'Company name',
  settings: 'Connection details',
  'settings.kind': 'How the company connects',
  'settings.realmId': 'QuickBooks company ID',
  'settings.qbwcUserName': 'Web Connector user name',
  'settings.companyFilePath': 'Company file path',
  'settings.endUserId': 'Conductor end-user ID',
  'settings.connectionId': 'nXus connection ID',
  id: 'Company',
  url: 'Link',
};

/** Text that must never reach a bookkeeper: stack traces, raw JSON, walls of text. */
function looksUnsafe(text: string): boolean {
  const t = text.trim();
  return t === '' || t.length > 400 || /^[[{]/.test(t) || /\n\s+at\s/.test(t) || /\(\S+:\d+:\d+\)/.test(t);
}

/**
 * Zod's built-in messages ("Too small: expected string to have >=1 characters") are written
 * for developers; custom schema messages ("Conductor end-user IDs look like end_usr_…") are
 * already plain and are kept.
 */
export function plainIssueMessage(message: string): string {
  if (/^too small/i.test(message)) return 'Please fill this in.';
  if (/^too big/i.test(message)) return 'This is too long.';
  if (/^invalid (input|option|discriminator|type)|expected /i.test(message)) return 'This is missing or not filled in correctly.';
  if (/^unrecognized key/i.test(message)) return 'This detail is not used here.';
  return looksUnsafe(message) ? 'This is not filled in correctly.' : message;
}

/** `"settings.endUserId: message"` (the dispatcher's format) → path + plain message. */
export function parseIssue(issue: string): { path: string; message: string } {
  const at = issue.indexOf(': ');
  if (at < 0) return { path: '', message: plainIssueMessage(issue) };
  const path = issue.slice(0, at).trim();
  return { path: path === '(payload)' ? '' : path, message: plainIssueMessage(issue.slice(at + 2).trim()) };
}

/** Turns any IpcError into words for the person: never a stack trace, never raw JSON. */
export function describeError(error: IpcError): PlainError {
  const fallback = FALLBACK[error.code] ?? FALLBACK.INTERNAL;
  const details = (error.issues ?? []).map((issue) => {
    const { path, message } = parseIssue(issue);
    const label = FIELD_LABELS[path];
    return label ? `${label}: ${message}` : message;
  });
  const message = error.code === 'INVALID_PAYLOAD' ? fallback : looksUnsafe(error.message) ? fallback : error.message;
  const fixSteps = (error.fixSteps ?? []).filter((s) => !looksUnsafe(s));
  return { message, details: [...new Set(details)], fixSteps };
}
