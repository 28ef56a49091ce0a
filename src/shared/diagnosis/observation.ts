import { z } from 'zod';

/**
 * What the diagnosis engine is shown: one failure (or success) exactly as it was observed.
 * Bodies stay raw strings on purpose — the engine sniffs JSON/XML/HTML from the content,
 * because QuickBooks does not honour the Accept header (XML arrives when JSON was asked).
 */

const HeaderValueSchema = z.union([z.string(), z.number(), z.array(z.string())]);

/**
 * Response headers as received; names are matched case-insensitively. Node's
 * IncomingHttpHeaders may hold undefined values, so those are accepted (and ignored).
 */
export const HeadersSchema = z.record(z.string(), HeaderValueSchema.nullish());
export type Headers = z.infer<typeof HeadersSchema>;

export const HttpSourceSchema = z.enum(['qbo', 'oauth', 'conductor', 'nxus', 'gateway']);
export type HttpSource = z.infer<typeof HttpSourceSchema>;

/** An HTTP answer from an API we call. `httpStatus` 0 means no status line was seen. */
export const HttpObservationSchema = z.object({
  source: HttpSourceSchema,
  httpStatus: z.number().int().min(0).max(999),
  headers: HeadersSchema.optional(),
  body: z.string().default(''),
  /**
   * Optional, for source "oauth": which Intuit endpoint answered. A revoke that is refused
   * because the token is already invalid means the goal (a dead token) is reached.
   */
  endpoint: z.enum(['token', 'revoke']).optional(),
});
export type HttpObservation = z.infer<typeof HttpObservationSchema>;

/** QBWC called our `connectionError(ticket, hresult, message)`: QuickBooks could not be opened. */
export const QbwcConnectionErrorSchema = z.object({
  source: z.literal('qbwc'),
  method: z.literal('connectionError'),
  hresult: z.string(),
  message: z.string().default(''),
});

/** QBWC called our `receiveResponseXML(ticket, response, hresult, message)`. */
export const QbwcReceiveResponseSchema = z.object({
  source: z.literal('qbwc'),
  method: z.literal('receiveResponseXML'),
  response: z.string().default(''),
  hresult: z.string().default(''),
  message: z.string().default(''),
});

/** The answer our `authenticate` gave QBWC: [ticket, ""|"none"|"nvu"|"busy"|path, ...]. */
export const QbwcAuthenticateResultSchema = z.object({
  source: z.literal('qbwc'),
  method: z.literal('authenticate-result'),
  result: z.array(z.string().nullable()),
});

export const QbwcObservationSchema = z.discriminatedUnion('method', [
  QbwcConnectionErrorSchema,
  QbwcReceiveResponseSchema,
  QbwcAuthenticateResultSchema,
]);
export type QbwcObservation = z.infer<typeof QbwcObservationSchema>;

/** A Node network failure: `code` (ECONNRESET…) and/or `name` (AbortError, TimeoutError). */
export const NetworkObservationSchema = z
  .object({
    source: z.literal('network'),
    code: z.string().optional(),
    message: z.string().default(''),
    name: z.string().optional(),
  })
  .refine((o) => Boolean(o.code || o.name || o.message), { message: 'a network observation needs a code, name or message' });
export type NetworkObservation = z.infer<typeof NetworkObservationSchema>;

/** Every observation, discriminated on `source` (and on `method` for the Web Connector). */
export const ObservationSchema = z.discriminatedUnion('source', [HttpObservationSchema, QbwcObservationSchema, NetworkObservationSchema]);
/** What callers pass: optional fields (body, message, response, hresult) may be left out. */
export type Observation = z.input<typeof ObservationSchema>;
/** After validation: defaults applied (missing body → ""). */
export type ParsedObservation = z.output<typeof ObservationSchema>;

const ALL_SOURCES = [...HttpSourceSchema.options, 'qbwc', 'network'] as const;

/**
 * Validates an unknown value and explains a refusal in ONE line (for the CLI and logs).
 * It dispatches on `source` first so the reason names the real problem instead of a
 * union-wide "no variant matched".
 */
export function parseObservation(value: unknown): { ok: true; observation: ParsedObservation } | { ok: false; reason: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'an observation must be a JSON object' };
  }
  const source = (value as { source?: unknown }).source;
  if (typeof source !== 'string' || !(ALL_SOURCES as readonly string[]).includes(source)) {
    return { ok: false, reason: `"source" must be one of ${ALL_SOURCES.join(', ')}` };
  }
  const schema =
    source === 'qbwc' ? QbwcObservationSchema : source === 'network' ? NetworkObservationSchema : HttpObservationSchema;
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, observation: parsed.data };
  const reason = parsed.error.issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
  return { ok: false, reason: reason.replace(/\s+/g, ' ') };
}
