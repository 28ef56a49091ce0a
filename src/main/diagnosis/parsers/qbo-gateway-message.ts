/**
 * Intuit's gateway message string `message=ThrottleExceeded; errorCode=003001; statusCode=429`
 * (qbo.md §1.3). It appears in Fault Messages (JSON and XML), in the lower-case gateway JSON
 * and sometimes as a bare text body. The embedded status can differ from the HTTP status
 * (a 2016 throttle said statusCode=403).
 */
export interface GatewayMessage {
  readonly name: string;
  /** errorCode without leading zeros: "003001" → "3001". */
  readonly errorCode?: string;
  readonly statusCode?: number;
}

const PATTERN = /message\s*=\s*([^;]{1,200});\s*errorCode\s*=\s*(\d{1,10})(?:\s*;\s*statusCode\s*=\s*(\d{3}))?/i;

export function parseGatewayMessage(text: string | undefined): GatewayMessage | undefined {
  if (!text) return undefined;
  const m = PATTERN.exec(text);
  if (!m) return undefined;
  const name = m[1]!.trim();
  const errorCode = m[2]!.replace(/^0+(?=\d)/, '');
  const statusCode = m[3] ? Number(m[3]) : undefined;
  return statusCode === undefined ? { name, errorCode } : { name, errorCode, statusCode };
}

/** A `statusCode: 401` / `statusCode=500` anywhere in a message or detail. */
export function embeddedStatus(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const m = /statusCode\s*[=:]\s*(\d{3})\b/i.exec(text);
  return m ? Number(m[1]) : undefined;
}
