/**
 * Keeps secrets out of `message`. Error bodies can echo what was sent (a token endpoint
 * answer, an Authorization header, an OAuth 1 SignatureBaseString), and `message` is logged
 * and shown to support, so token-looking values are replaced before anything is copied.
 */
const SECRET_PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [
  // JSON/form/XML fields holding a secret: "access_token": "…", refresh_token=…, <strPassword>…<
  [
    /(["']?\b(?:access_token|refresh_token|id_token|client_secret|clientSecret|accessToken|refreshToken|idToken|api_key|apiKey|password|strPassword|assertion)\b["']?\s*[:=>]\s*["']?)[^"'&\s,}<]+/gi,
    '$1[redacted]',
  ],
  // Log lines such as "Password locally stored = Admin" (a QBWC server log, sample qbd connectionError log).
  [/(\bpassword\b[^\r\n:=<>"]{0,40}[:=]\s*)[^\s,;<"]+/gi, '$1[redacted]'],
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{6,}/gi, '$1 [redacted]'],
  // JWT / JWE compact serialisations (Intuit access tokens are JWE, qbo.md §4.4).
  [/\beyJ[A-Za-z0-9_-]{8,}(?:\.[A-Za-z0-9_-]*){1,4}/g, '[redacted-jwt]'],
  [/\bsk_(live|test)_[A-Za-z0-9]+/g, 'sk_$1_[redacted]'],
  // OAuth 1.0a SignatureBaseString pieces (sample qbo #30), raw or URL-encoded.
  [/(oauth_(?:token|signature|consumer_key|nonce)(?:%3D|%3d|=))[^%&\s<"]*/g, '$1[redacted]'],
];

export function redactSecrets(text: string): string {
  let out = text;
  for (const [pattern, replacement] of SECRET_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

/** `message` stays readable in a log line: about 2,000 characters at most. */
export const MAX_MESSAGE_CHARS = 2000;

export function truncate(text: string, max = MAX_MESSAGE_CHARS): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 20)}… [${text.length - max + 20} more chars]`;
}

/** One line, secrets removed, bounded length: safe to put in `message`. */
export function safeExcerpt(text: string, max = 500): string {
  return truncate(redactSecrets(text.replace(/\s+/g, ' ').trim()), max);
}
