import { randomBytes } from 'node:crypto';

const ALNUM_LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomFrom(alphabet: string, length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return out;
}

/**
 * Token shapes as Intuit issues them (qbo.md §4.4), so code that handles real tokens (length
 * limits, redaction patterns, logging) is exercised with realistic values.
 */
export const tokenFormats = {
  /** Opaque JWE: header `{"enc":"A128CBC-HS256","alg":"dir"}`, empty key part, ~900 chars. */
  accessToken: () =>
    `eyJlbmMiOiJBMTI4Q0JDLUhTMjU2IiwiYWxnIjoiZGlyIn0..${randomBytes(16).toString('base64url')}.${randomBytes(640).toString('base64url')}.${randomBytes(16).toString('base64url')}`,
  /** The 2026 format, e.g. `RT1-39-H3-1785429816rcysb9dns1ofreknypnm`. */
  refreshToken: (nowMs: number) =>
    `RT1-${10 + (randomBytes(1)[0]! % 90)}-H3-${Math.floor(Math.max(0, nowMs) / 1000)}${randomFrom(ALNUM_LOWER, 20)}`,
  authorizationCode: () => `AB11${Math.floor(Date.now() / 1000)}${randomFrom(ALNUM, 36)}`,
  /** Newer `1-<8 hex>-<24 hex>` intuit_tid form (equals the x-amzn-trace-id Root). */
  intuitTid: () => `1-${randomBytes(4).toString('hex')}-${randomBytes(12).toString('hex')}`,
};
