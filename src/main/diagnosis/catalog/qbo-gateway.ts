import type { CatalogEntry } from './types';
import * as M from './qbo-meanings';

/**
 * Intuit's API gateway speaks its own vocabulary: `message=<Name>; errorCode=<6 digits>;
 * statusCode=<http>` inside a Fault Message, the lower-case JSON variant, and the Ecosystem
 * gateway's `{"code":"AuthenticationFailed",…}` (qbo.md §1.3). The NAME is the strongest
 * evidence (qbo.md §7.3), so it maps to the Fault code whose row (qbo-fault-codes.ts) carries
 * the meaning — one meaning, one place.
 */
export interface QboGatewayNameRow {
  readonly names: readonly string[];
  readonly faultCode: string;
  readonly citation: string;
}

export const QBO_GATEWAY_NAME_ROWS: readonly QboGatewayNameRow[] = [
  { names: ['ThrottleExceeded'], faultCode: '3001', citation: 'qbo.md §1.3; samples qbo #5, #6' },
  { names: ['AuthorizationFailed', 'ApplicationAuthorizationFailed'], faultCode: '3100', citation: 'qbo.md §1.3; samples qbo #24–#27' },
  { names: ['AuthenticationFailed', 'ApplicationAuthenticationFailed'], faultCode: '3200', citation: 'qbo.md §1.3; samples qbo #22, #23, #30, #43' },
  { names: ['Timeout occurred while proxying request'], faultCode: '6002', citation: 'qbo.md §1.3; sample qbo #34' },
];

/**
 * When the body names no code we recognise (empty, HTML, plain text, `"Fault": null`), the
 * HTTP status is all that is left. First matching row wins.
 */
export interface HttpStatusRow extends CatalogEntry {
  /** Inclusive status range. */
  readonly status: readonly [number, number];
}

export const QBO_HTTP_STATUS_ROWS: readonly HttpStatusRow[] = [
  { ...M.QBO_ACCESS_TOKEN_EXPIRED, status: [401, 401], citation: 'qbo.md §1.1, §4.5 ("If an API request returns a 401 … the access token has expired")' },
  { ...M.QBO_AUTHORIZATION_FAILED, status: [403, 403], citation: 'qbo.md §1.1 (403 "URL exists, but it\'s restricted"); only when the body does not say ThrottleExceeded' },
  { ...M.QBO_NOT_FOUND, status: [404, 404], citation: 'qbo.md §1.1 (404 Not found)' },
  { ...M.QBO_GATEWAY_TIMEOUT, status: [408, 408], citation: 'qbo.md §3.1 (requests taking longer than 120 s time out)' },
  { ...M.QBO_THROTTLED, status: [429, 429], citation: 'qbo.md §1.1, §3.1 (429 throttling, "wait 60 seconds")' },
  { ...M.QBO_VALIDATION_ERROR, status: [400, 499], citation: 'qbo.md §1.1 (400 "bad syntax")' },
  { ...M.QBO_GATEWAY_TIMEOUT, status: [504, 504], citation: 'qbo.md §1.1 (502/504 from the gateway); sample qbo #34' },
  { ...M.QBO_SERVICE_UNAVAILABLE, status: [500, 599], citation: 'qbo.md §1.1 (500 "resubmit once", 503 temporarily unavailable), §7.5' },
];

/** HTML/plain-text pages recognised by their wording, whatever the status (qbo.md §1.4). */
export interface TextPageRow extends CatalogEntry {
  readonly textMatch: RegExp;
}

export const QBO_TEXT_PAGE_ROWS: readonly TextPageRow[] = [
  {
    ...M.QBO_MAINTENANCE,
    textMatch: /we['’]ll be back soon|down for (scheduled )?maintenance|under maintenance|scheduled maintenance/i,
    citation: 'qbo.md §1.4 (maintenance page "We\'ll be back soon", QuickBooks-V3-DotNET-SDK#29)',
  },
  {
    ...M.QBO_THROTTLED,
    textMatch: /too many requests|rate limit|throttl/i,
    citation: 'qbo.md §1.1, §3.1 (throttling)',
  },
  {
    ...M.QBO_GATEWAY_TIMEOUT,
    textMatch: /gateway time-?out|upstream request timeout|timed out/i,
    citation: 'qbo.md §1.1 (504 from the gateway)',
  },
  {
    ...M.QBO_SERVICE_UNAVAILABLE,
    textMatch: /service (temporarily )?unavailable|bad gateway|internal server error|upstream connect error/i,
    citation: 'qbo.md §1.4 (503 Avi Vantage and IIS pages); samples qbo #35, #36',
  },
];

/** A 2xx page that is HTML (captive portal, proxy login, error page served as 200). */
export const QBO_UNEXPECTED_PAGE: CatalogEntry = {
  ...M.QBO_UNEXPECTED_RESPONSE,
  citation: 'qbo.md §1.4 (non-JSON/XML bodies; the .NET SDK crashed on an HTML page)',
};

/** A QBO answer without any error: CompanyInfo, query results, CDC, batch without faults. */
export const QBO_OK_CITATION = 'qbo.md §1.1 (200 succeeded), §5 (CompanyInfo as a health ping); samples qbo #9–#11' as const;
