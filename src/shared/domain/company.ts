import { z } from 'zod';

/**
 * How Ledgerlight reaches a company's books. QuickBooks Desktop has three routes because
 * bookkeepers use all three: our own built-in Web Connector endpoint, or a hosted middleware.
 */
export const CompanyKindSchema = z.enum(['qbo', 'qbd_qbwc', 'qbd_conductor', 'qbd_nxus']);
export type CompanyKind = z.infer<typeof CompanyKindSchema>;

/** Labels a bookkeeper recognises, used by the window and notifications. */
export const COMPANY_KIND_LABELS: Record<CompanyKind, string> = {
  qbo: 'QuickBooks Online',
  qbd_qbwc: 'QuickBooks Desktop (Web Connector)',
  qbd_conductor: 'QuickBooks Desktop via Conductor',
  qbd_nxus: 'QuickBooks Desktop via nXus',
};

const trimmed = (max: number) => z.string().trim().min(1).max(max);

/**
 * Non-secret, per-kind provider settings. Secrets (tokens, API keys, passwords) never live
 * here: they go through the encrypted vault.
 */
export const ProviderSettingsSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('qbo'),
    /** Filled in by the OAuth callback; a company can be added before it is connected. */
    realmId: z.string().regex(/^\d{1,20}$/, 'A QuickBooks company ID (realm ID) is digits only').optional(),
    /** The name QuickBooks gives the company (read from CompanyInfo when it connects). */
    qboCompanyName: z.string().trim().min(1).max(120).optional(),
  }),
  z.object({
    kind: z.literal('qbd_qbwc'),
    /** The user name the Web Connector sends; the password is set in the Web Connector itself. */
    qbwcUserName: trimmed(64).optional(),
    /** Optional full path of the company file; empty means "whichever file is open". */
    companyFilePath: z.string().trim().max(400).optional(),
  }),
  z.object({
    kind: z.literal('qbd_conductor'),
    /** Conductor end-user id (`end_usr_…`). */
    endUserId: z.string().trim().regex(/^end_usr_[A-Za-z0-9]+$/, 'Conductor end-user IDs look like end_usr_…'),
  }),
  z.object({
    kind: z.literal('qbd_nxus'),
    /** nXus connection id sent as X-Connection-ID. */
    connectionId: trimmed(100),
  }),
]);
export type ProviderSettings = z.infer<typeof ProviderSettingsSchema>;

export const CompanyIdSchema = z.string().regex(/^co_[a-z0-9]{16}$/, 'Not a Ledgerlight company id');
export type CompanyId = z.infer<typeof CompanyIdSchema>;

export const DisplayNameSchema = trimmed(120);

/**
 * What the window and tray show for a company. `not_checked` until a check has run;
 * `needs_reauth` is terminal until a person reconnects; `paused` companies are never checked.
 */
export const CompanyStatusSchema = z.enum([
  'not_checked',
  'not_connected',
  'healthy',
  'checking',
  'degraded',
  'needs_reauth',
  'error',
  'paused',
]);
export type CompanyStatus = z.infer<typeof CompanyStatusSchema>;

/** Plain-language problem summary attached to a company (a trimmed unified error). */
export interface CompanyProblem {
  code: string;
  title: string;
  userFacingMessage: string;
  fixSteps: string[];
  occurredAt: string;
  requestId?: string;
}

export interface CompanySummary {
  id: CompanyId;
  kind: CompanyKind;
  displayName: string;
  paused: boolean;
  status: CompanyStatus;
  /** One line a bookkeeper understands, e.g. "Not checked yet". */
  statusText: string;
  problem: CompanyProblem | null;
  settings: ProviderSettings;
  createdAt: string;
  updatedAt: string;
  lastCheckedAt: string | null;
}
