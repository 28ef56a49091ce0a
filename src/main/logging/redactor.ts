/**
 * Scrubs secrets out of anything that is about to be logged. Two layers: exact values the
 * vault registers while it holds them (tokens, client secret, API keys), and patterns for
 * secrets we never saw (Authorization headers, token fields in bodies and URLs).
 */
export interface Redactor {
  /** Registers a secret value; every later occurrence in a log line is replaced. */
  addSecret(value: string): void;
  /** Forgets a secret that no longer exists anywhere (e.g. a revoked token). */
  removeSecret(value: string): void;
  redact(text: string): string;
}

/**
 * How many exact values are remembered. Tokens rotate hourly, so the set would otherwise grow
 * for the life of the process and every log line would be checked against all of them. The
 * most recently registered (or re-registered, as every decryption does) values are the live
 * ones; older ones are still covered by the patterns below.
 */
export const MAX_REMEMBERED_SECRETS = 512;

const PATTERNS: Array<[RegExp, string]> = [
  [/(authorization["']?\s*[:=]\s*["']?)(bearer|basic)\s+[A-Za-z0-9._~+/=-]+/gi, '$1$2 [redacted]'],
  [/\b(bearer)\s+[A-Za-z0-9._~+/=-]{8,}/gi, '$1 [redacted]'],
  [
    // Also matches inside JSON that was itself serialised into a log line (escaped quotes).
    /(\\?"?(?:access_token|refresh_token|id_token|client_secret|clientSecret|accessToken|refreshToken|apiKey|api_key|password|code)\\?"?\s*[:=]\s*\\?"?)([^"\\&\s,}]{4,})/gi,
    '$1[redacted]',
  ],
  [/\bsk_(live|test)_[A-Za-z0-9]+/g, 'sk_$1_[redacted]'],
];

export function createRedactor(limit = MAX_REMEMBERED_SECRETS): Redactor {
  const secrets = new Set<string>(); // insertion order = recency
  return {
    addSecret(value) {
      if (value.length < 6) return;
      secrets.delete(value);
      secrets.add(value);
      if (secrets.size > limit) secrets.delete(secrets.values().next().value as string);
    },
    removeSecret(value) {
      secrets.delete(value);
    },
    redact(text) {
      let out = text;
      for (const secret of secrets) {
        if (out.includes(secret)) out = out.split(secret).join('[redacted]');
      }
      for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
      return out;
    },
  };
}
