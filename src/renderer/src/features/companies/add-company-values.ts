import type { z } from 'zod';
import type { CompanyKind } from '@shared/domain/company';
import { AddCompanyPayload } from '@shared/ipc/contract';
import type { IpcError } from '@shared/ipc/result';
import { parseIssue } from '../../api/describe-error';

/** What the add form holds: one flat set of text fields; only the chosen kind's are sent. */
export interface AddCompanyValues {
  displayName: string;
  kind: CompanyKind;
  qbwcUserName: string;
  companyFilePath: string;
  endUserId: string;
  connectionId: string;
}

/** The text inputs of the add form. */
export type AddCompanyField = Exclude<keyof AddCompanyValues, 'kind'>;
/** One plain message per field that needs fixing. */
export type FieldErrors = Partial<Record<AddCompanyField, string>>;

/** A fresh form: QuickBooks Online preselected, being the most common and the simplest. */
export const EMPTY_VALUES: AddCompanyValues = {
  displayName: '',
  kind: 'qbo',
  qbwcUserName: '',
  companyFilePath: '',
  endUserId: '',
  connectionId: '',
};

/** Which fields each kind shows, in order (QuickBooks Online needs only the name). */
export const FIELDS_BY_KIND: Record<CompanyKind, AddCompanyField[]> = {
  qbo: [],
  qbd_qbwc: ['qbwcUserName', 'companyFilePath'],
  qbd_conductor: ['endUserId'],
  qbd_nxus: ['connectionId'],
};

/** What to say when a required field was left empty. */
const EMPTY_MESSAGES: Partial<Record<AddCompanyField, string>> = {
  displayName: 'Please enter a name for this company.',
  endUserId: 'Please enter the Conductor end-user ID (it starts with end_usr_).',
  connectionId: 'Please enter the nXus connection ID.',
};

const blankToUndefined = (s: string) => (s.trim() === '' ? undefined : s);

/** The request body for the chosen kind; optional Web Connector fields are left out when blank. */
export function toPayloadInput(v: AddCompanyValues): unknown {
  const settings = (() => {
    switch (v.kind) {
      case 'qbo':
        return { kind: v.kind };
      case 'qbd_qbwc':
        return { kind: v.kind, qbwcUserName: blankToUndefined(v.qbwcUserName), companyFilePath: blankToUndefined(v.companyFilePath) };
      case 'qbd_conductor':
        return { kind: v.kind, endUserId: v.endUserId };
      case 'qbd_nxus':
        return { kind: v.kind, connectionId: v.connectionId };
    }
  })();
  return { displayName: v.displayName, settings };
}

/** `displayName` / `settings.endUserId` → the form field that shows the problem. */
export function fieldForPath(path: string): AddCompanyField | null {
  const key = path.startsWith('settings.') ? path.slice('settings.'.length) : path;
  return key in EMPTY_VALUES && key !== 'kind' ? (key as AddCompanyField) : null;
}

/** Either the exact request body to send, or the field messages to show. */
export type Validation = { ok: true; payload: z.output<typeof AddCompanyPayload> } | { ok: false; errors: FieldErrors };

/**
 * Checks the form with the same shared schema the host uses, so what passes here is what the
 * host accepts. Messages are written for bookkeepers ("Please enter…") rather than zod's defaults.
 */
export function validateAddCompany(v: AddCompanyValues): Validation {
  const parsed = AddCompanyPayload.safeParse(toPayloadInput(v), {
    error: (iss) => (iss.code === 'too_big' ? `This is too long — at most ${String(iss.maximum)} characters.` : 'This is not filled in correctly.'),
  });
  if (parsed.success) return { ok: true, payload: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = fieldForPath(issue.path.join('.'));
    if (!field || errors[field]) continue;
    errors[field] = v[field].trim() === '' ? (EMPTY_MESSAGES[field] ?? issue.message) : issue.message;
  }
  return { ok: false, errors };
}

/**
 * Splits a host refusal into messages for individual fields and whatever is left for the form
 * as a whole (the message itself, plus issues that belong to no visible field).
 */
export function splitServerError(error: IpcError): { fieldErrors: FieldErrors; formError: IpcError } {
  const fieldErrors: FieldErrors = {};
  const rest: string[] = [];
  for (const issue of error.issues ?? []) {
    const { path, message } = parseIssue(issue);
    const field = fieldForPath(path);
    if (field && !fieldErrors[field]) fieldErrors[field] = message;
    else rest.push(issue);
  }
  return { fieldErrors, formError: { ...error, issues: rest } };
}
