/**
 * Scrubs secrets out of anything that is about to be logged. Two layers: exact values the
 * vault registers while it holds them (tokens, client secret, API keys), and patterns for
 * secrets we never saw (Authorization headers, token fields in bodies and URLs).
 */
export interface Redactor {
  /** Registers a secret value; every later occurrence in a log line is replaced. */
  addSecret(value: string): void;
  redact(text: string): string;
}

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

export function createRedactor(): Redactor {
  const secrets = new Set<string>();
  return {
    addSecret(value) {
      if (value.length >= 6) secrets.add(value);
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
