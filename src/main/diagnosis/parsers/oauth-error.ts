import { field, isObject, strField } from '../body/json';

/**
 * Intuit OAuth 2.0 token/revoke endpoint answers (qbo.md §4.4, §4.6; RFC 6749 §5.2):
 * `{"error":"invalid_grant","error_description":"…","x_error_reason":"user_not_in_realm",
 * "x_error_reason_detail":"…"}` — key order varies between captures.
 */
export interface OAuthError {
  readonly error: string;
  readonly description?: string;
  readonly reason?: string;
  readonly reasonDetail?: string;
}

export function extractOAuthError(json: unknown): OAuthError | undefined {
  if (!isObject(json)) return undefined;
  const raw = field(json, 'error');
  if (typeof raw !== 'string' || !/^[A-Za-z_][\w.-]{0,80}$/.test(raw.trim())) return undefined;
  const out: { -readonly [K in keyof OAuthError]: OAuthError[K] } = { error: raw.trim().toLowerCase() };
  const description = strField(json, 'error_description');
  const reason = strField(json, 'x_error_reason');
  const reasonDetail = strField(json, 'x_error_reason_detail');
  if (description) out.description = description;
  if (reason) out.reason = reason;
  if (reasonDetail) out.reasonDetail = reasonDetail;
  return out;
}

/** A successful token response: an access token and its lifetime (values are never copied). */
export function isTokenSuccess(json: unknown): boolean {
  return isObject(json) && typeof field(json, 'access_token') === 'string' && field(json, 'error') === undefined;
}
