import { decodeEntities } from '../body/xml';

/**
 * A Web Connector application file (.qwc, root `<QBWCXML>`), checked against the rules QBWC
 * enforces when the file is added (qbd.md §1.1, §2; PG Table 4-1 and App. A):
 * required elements (QBWC1039), no IP addresses (QBWC1001/1002), https except for
 * `localhost` (QBWC1010), AppURL and AppSupport on the same domain unless AppURL is
 * localhost (QBWC1000).
 */
export type QwcViolation = 'QBWC1000' | 'QBWC1001' | 'QBWC1002' | 'QBWC1010' | 'QBWC1039';

export interface QwcCheck {
  readonly violations: ReadonlyArray<{ readonly rule: QwcViolation; readonly detail: string }>;
  readonly appUrl?: string;
  readonly appSupport?: string;
}

const REQUIRED = ['AppName', 'AppID', 'AppURL', 'AppDescription', 'AppSupport', 'UserName', 'OwnerID', 'FileID', 'QBType'] as const;

export function checkQwc(xml: string): QwcCheck {
  const values = new Map<string, string | undefined>();
  for (const name of REQUIRED) values.set(name, readElement(xml, name));
  const violations: Array<{ rule: QwcViolation; detail: string }> = [];

  const missing = REQUIRED.filter((n) => values.get(n) === undefined);
  if (missing.length) violations.push({ rule: 'QBWC1039', detail: `missing elements: ${missing.join(', ')}` });

  const appUrl = values.get('AppURL');
  const appSupport = values.get('AppSupport');
  const url = parseUrl(appUrl);
  const support = parseUrl(appSupport);
  if (url && isIp(url.hostname)) violations.push({ rule: 'QBWC1001', detail: `AppURL host is an IP address (${url.hostname})` });
  if (support && isIp(support.hostname)) violations.push({ rule: 'QBWC1002', detail: `AppSupport host is an IP address (${support.hostname})` });
  if (url && url.protocol !== 'https:' && url.hostname.toLowerCase() !== 'localhost') {
    violations.push({ rule: 'QBWC1010', detail: `AppURL is ${url.protocol.replace(':', '')} on ${url.hostname}; only https is allowed except for localhost` });
  }
  if (url && support && url.hostname.toLowerCase() !== 'localhost' && !isIp(url.hostname) && !isIp(support.hostname) && domainOf(url.hostname) !== domainOf(support.hostname)) {
    violations.push({ rule: 'QBWC1000', detail: `AppURL domain ${url.hostname} differs from AppSupport domain ${support.hostname}` });
  }
  if (appUrl !== undefined && !url) violations.push({ rule: 'QBWC1039', detail: `AppURL is not a valid URL: ${appUrl.slice(0, 200)}` });

  return { violations, ...(appUrl ? { appUrl } : {}), ...(appSupport ? { appSupport } : {}) };
}

function readElement(xml: string, name: string): string | undefined {
  const m = new RegExp(`<${name}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${name}\\s*>)`).exec(xml);
  return m ? decodeEntities(m[1] ?? '').trim() : undefined;
}

function parseUrl(value: string | undefined): URL | undefined {
  if (!value) return undefined;
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

function isIp(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[') || /^[0-9a-f:]+$/i.test(host) && host.includes(':');
}

/** The registrable part, approximated by the last two labels (corp.intuit.net → intuit.net). */
function domainOf(host: string): string {
  return host.toLowerCase().split('.').slice(-2).join('.');
}
