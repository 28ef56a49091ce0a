import { z } from 'zod';
import {
  CompanyIdSchema,
  DisplayNameSchema,
  ProviderSettingsSchema,
  type CompanySummary,
} from '../domain/company';
import type { AppSnapshot } from '../domain/snapshot';
import { IntuitSettingsInputSchema, type IntuitSettingsView } from '../domain/intuit-settings';
import type { Channel } from './operations';

/** Pairs a payload schema with its result type (the `result` field is a type-only marker). */
interface ChannelSpec<P extends z.ZodType, R> {
  payload: P;
  result?: R;
}
const spec = <R>() => <P extends z.ZodType>(payload: P): ChannelSpec<P, R> => ({ payload });

const None = z.undefined();

export const AddCompanyPayload = z.object({
  displayName: DisplayNameSchema,
  settings: ProviderSettingsSchema,
});

/**
 * The single source of truth for request channels: main validates every payload against
 * these schemas; the renderer and preload derive their types from it.
 */
export const CONTRACT = {
  'app:getSnapshot': spec<AppSnapshot>()(None),
  'app:openExternal': spec<{ opened: boolean }>()(z.object({ url: z.string().max(2048) })),
  'companies:add': spec<CompanySummary>()(AddCompanyPayload),
  'companies:rename': spec<CompanySummary>()(z.object({ id: CompanyIdSchema, displayName: DisplayNameSchema })),
  'companies:setPaused': spec<CompanySummary>()(z.object({ id: CompanyIdSchema, paused: z.boolean() })),
  'companies:remove': spec<{ removed: true }>()(z.object({ id: CompanyIdSchema })),
  'companies:checkAll': spec<{ started: number }>()(None),
  'prefs:setNotificationsPaused': spec<{ notificationsPaused: boolean }>()(z.object({ paused: z.boolean() })),
  'notices:dismiss': spec<{ dismissed: boolean }>()(z.object({ id: z.string().min(1).max(200) })),
  'intuit:getSettings': spec<IntuitSettingsView>()(None),
  'intuit:saveSettings': spec<IntuitSettingsView>()(IntuitSettingsInputSchema),
  'oauth:startConnect': spec<{ authorizationUrl: string; via: 'loopback' | 'relay'; expiresAt: string; opened: boolean }>()(
    z.object({ companyId: CompanyIdSchema }),
  ),
  'oauth:completeFromUrl': spec<{ companyId: string; qboCompanyName: string | null; message: string }>()(z.object({ url: z.string().min(1).max(4096) })),
  'oauth:disconnect': spec<{ revoked: boolean; message: string }>()(z.object({ id: CompanyIdSchema })),
} satisfies Record<Channel, ChannelSpec<z.ZodType, unknown>>;

export type Contract = typeof CONTRACT;
export type PayloadOf<C extends Channel> = z.input<Contract[C]['payload']>;
export type ParsedPayloadOf<C extends Channel> = z.output<Contract[C]['payload']>;
export type ResultOf<C extends Channel> = NonNullable<Contract[C]['result']>;
