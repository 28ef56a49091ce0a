/**
 * Hosts the window may open in the system browser. Only https, only these domains (and their
 * subdomains): Intuit's consent and help pages, the middleware vendors' help, our own docs.
 * Compared on the parsed hostname, never with startsWith on the raw string.
 */
export const EXTERNAL_LINK_ALLOWLIST = [
  'intuit.com',
  'quickbooks.com',
  'conductor.is',
  'nx-us.net',
  'github.com',
] as const;

export function isAllowedExternalUrl(raw: string, extraHosts: readonly string[] = []): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return false;
  const host = url.hostname.toLowerCase();
  return [...EXTERNAL_LINK_ALLOWLIST, ...extraHosts].some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}
