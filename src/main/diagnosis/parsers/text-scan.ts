import { REGEX_SCAN_CHARS } from '../body/xml';

/**
 * Last-resort reading of a body that is neither valid JSON nor XML (a truncated JSON Fault,
 * plain text from a proxy): pull out the few fields that decide a classification.
 */
export interface TextSignals {
  /** A Fault-style numeric code: `"code":"5010"` or `code="5010"`. */
  readonly faultCode?: string;
  /** An OAuth/policy `"error":"invalid_grant"`. */
  readonly errorName?: string;
  readonly message?: string;
  readonly detail?: string;
}

export function scanText(raw: string): TextSignals {
  const text = raw.slice(0, REGEX_SCAN_CHARS);
  const out: { -readonly [K in keyof TextSignals]: TextSignals[K] } = {};
  const code = /["']?\bcode["']?\s*[:=]\s*["']?(\d{1,6})\b/i.exec(text);
  if (code) out.faultCode = code[1];
  const error = /["']error["']\s*:\s*["']([A-Za-z_][\w.-]{0,80})["']/.exec(text);
  if (error) out.errorName = error[1]!.toLowerCase();
  const message = /["']message["']\s*:\s*["']((?:[^"'\\]|\\.){0,500})/i.exec(text);
  if (message) out.message = message[1];
  const detail = /["']detail["']\s*:\s*["']((?:[^"'\\]|\\.){0,500})/i.exec(text);
  if (detail) out.detail = detail[1];
  return out;
}
