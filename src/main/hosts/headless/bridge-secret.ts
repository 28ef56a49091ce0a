import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** A fresh random secret for every launch of the headless host. */
export function newBridgeSecret(): string {
  return randomBytes(32).toString('base64url');
}

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/** Constant-time comparison (hashing first makes the lengths equal, so nothing leaks through timing). */
export function secretMatches(candidate: string | undefined | null, secret: string): boolean {
  if (typeof candidate !== 'string' || candidate.length === 0 || candidate.length > 512) return false;
  return timingSafeEqual(digest(candidate), digest(secret));
}

/** Cookie names are per port: cookies ignore ports, and two hosts may run side by side. */
export const cookieName = (port: number) => `ledgerlight_key_${port}`;

export function readCookie(req: IncomingMessage, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

/** Where the secret may come from: the cookie (browser), or `Authorization: Bearer` (scripts). */
export function presentedSecret(req: IncomingMessage, port: number): string | undefined {
  const auth = req.headers.authorization;
  if (auth?.toLowerCase().startsWith('bearer ')) return auth.slice(7).trim();
  return readCookie(req, cookieName(port));
}
