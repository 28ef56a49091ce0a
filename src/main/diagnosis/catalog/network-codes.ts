import type { CatalogEntry } from './types';
import { CHECK_INTERNET_STEPS } from './common-steps';

/**
 * Node network failures on OUR side of the wire (error `code` such as ECONNRESET, or `name`
 * such as AbortError/TimeoutError). First matching row wins; `codes` are compared exactly
 * (upper-cased), `prefix` rows catch families (UND_ERR_*, ERR_TLS_*, CERT_*).
 *
 * Why TLS certificate failures are `user_action` and not `retry`: Intuit's and the
 * middlewares' certificates are valid for everyone else, so a certificate the computer
 * rejects means something on THIS computer or network is in the way — antivirus "HTTPS
 * scanning", a company proxy that re-signs traffic, or a wrong system clock (certificates look
 * expired or not yet valid). Waiting does not change any of those; the person must.
 */
export interface NetworkCodeRow extends CatalogEntry {
  readonly codes?: readonly string[];
  readonly prefixes?: readonly string[];
  /** Tested against the error message when no code matched. */
  readonly textMatch?: RegExp;
}

const RETRY = { type: 'NETWORK_ERROR', recovery: 'retry' } as const;

const CLOCK_STEP =
  "Check this computer's date, time and time zone (Windows: Settings > Time & language > Date & time > turn on 'Set time automatically'; Mac: System Settings > General > Date & Time).";

export const NETWORK_CODE_ROWS: readonly NetworkCodeRow[] = [
  {
    ...RETRY,
    code: 'NETWORK_DNS_FAILED',
    codes: ['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'ENODATA'],
    userFacingMessage: 'This computer could not look up the QuickBooks server address, which usually means the internet connection is down.',
    fixSteps: [...CHECK_INTERNET_STEPS, 'Ledgerlight retries automatically once the connection is back.'],
    citation: 'Node.js dns errors (ENOTFOUND, EAI_AGAIN); qbo.md §7.5 (network errors are retryable, mcp-server PR #104)',
  },
  {
    ...RETRY,
    code: 'NETWORK_CONNECTION_REFUSED',
    codes: ['ECONNREFUSED'],
    userFacingMessage: 'The server refused the connection. Ledgerlight will try again shortly.',
    fixSteps: [...CHECK_INTERNET_STEPS, 'Ledgerlight retries automatically.'],
    citation: 'Node.js net errors (ECONNREFUSED); qbo.md §7.5',
  },
  {
    ...RETRY,
    code: 'NETWORK_CONNECTION_RESET',
    codes: ['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ERR_STREAM_PREMATURE_CLOSE'],
    userFacingMessage: 'The connection to the server broke off. Ledgerlight will try again shortly.',
    fixSteps: [...CHECK_INTERNET_STEPS, 'Ledgerlight retries automatically.'],
    citation: 'Node.js net errors (ECONNRESET, EPIPE), undici UND_ERR_SOCKET; qbo.md §7.5; qbd.md §5.1 (a reset is one of the failures a checker must survive)',
    outcomeUnknown: true,
  },
  {
    ...RETRY,
    code: 'NETWORK_UNREACHABLE',
    codes: ['ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'EHOSTDOWN', 'EADDRNOTAVAIL'],
    userFacingMessage: 'This computer has no route to the server right now; the internet connection may be down.',
    fixSteps: [...CHECK_INTERNET_STEPS, 'Ledgerlight retries automatically.'],
    citation: 'Node.js net errors (ENETUNREACH, EHOSTUNREACH)',
  },
  {
    ...RETRY,
    code: 'NETWORK_TIMEOUT',
    codes: ['ETIMEDOUT', 'ESOCKETTIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'TIMEOUTERROR', 'ERR_TIMEOUT'],
    userFacingMessage: 'The server took too long to answer. Ledgerlight will try again shortly.',
    fixSteps: [...CHECK_INTERNET_STEPS, 'Ledgerlight retries automatically.'],
    citation: 'Node.js ETIMEDOUT, undici UND_ERR_*_TIMEOUT, AbortSignal.timeout TimeoutError; qbd.md §5.1 (a checker needs its own overall deadline)',
    outcomeUnknown: true,
  },
  {
    ...RETRY,
    code: 'NETWORK_ABORTED',
    codes: ['ABORT_ERR', 'ABORTERROR', 'UND_ERR_ABORTED', 'ERR_ABORTED'],
    userFacingMessage: 'The request was cancelled before it finished (for example while the computer was going to sleep). Ledgerlight will try again.',
    fixSteps: ['Nothing to do: Ledgerlight tries again.'],
    citation: 'Node.js ABORT_ERR / AbortError (AbortController), undici UND_ERR_ABORTED',
    outcomeUnknown: true,
  },
  {
    code: 'NETWORK_TLS_CERTIFICATE',
    type: 'NETWORK_ERROR',
    recovery: 'user_action',
    codes: [
      'CERT_HAS_EXPIRED',
      'CERT_NOT_YET_VALID',
      'DEPTH_ZERO_SELF_SIGNED_CERT',
      'SELF_SIGNED_CERT_IN_CHAIN',
      'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
      'UNABLE_TO_GET_ISSUER_CERT',
      'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
      'ERR_TLS_CERT_ALTNAME_INVALID',
      'CERT_UNTRUSTED',
      'CERT_REVOKED',
      'CERT_SIGNATURE_FAILURE',
      'HOSTNAME_MISMATCH',
    ],
    prefixes: ['CERT_'],
    textMatch: /certificate|self[- ]signed/i,
    userFacingMessage:
      "This computer did not trust the QuickBooks server's security certificate. Something on this computer or network is getting in the way, or the computer's clock is wrong.",
    fixSteps: [
      CLOCK_STEP,
      "If your antivirus has 'HTTPS scanning', 'web shield' or 'SSL inspection', turn it off or add an exception for Ledgerlight.",
      'If you are on a company network with a proxy, ask your IT team to allow Ledgerlight to reach intuit.com (and conductor.is or nx-us.net if you use them) without inspection.',
      'Then click Check now in Ledgerlight.',
    ],
    citation: 'Node.js TLS/X.509 error codes (CERT_*, DEPTH_ZERO_SELF_SIGNED_CERT, ERR_TLS_CERT_ALTNAME_INVALID); qbo.md §5 (Intuit requires TLS 1.2+)',
  },
  {
    ...RETRY,
    code: 'NETWORK_TLS_ERROR',
    codes: ['EPROTO', 'ECONNRESET_TLS'],
    prefixes: ['ERR_TLS_', 'ERR_SSL_'],
    textMatch: /\b(tls|ssl)\b|handshake/i,
    userFacingMessage: 'A secure connection to the server could not be set up. Ledgerlight will try again shortly.',
    fixSteps: [...CHECK_INTERNET_STEPS, "If this keeps happening, check your antivirus's HTTPS scanning settings.", 'Ledgerlight retries automatically.'],
    citation: 'Node.js ERR_TLS_* / ERR_SSL_* / EPROTO; qbo.md §5 (TLS 1.0/1.1 removed 2022-06-01)',
  },
  {
    code: 'NETWORK_BAD_URL',
    type: 'INVALID_REQUEST_ERROR',
    recovery: 'developer_action',
    codes: ['ERR_INVALID_URL', 'ERR_INVALID_URL_SCHEME', 'ERR_INVALID_ARG_TYPE', 'ERR_INVALID_ARG_VALUE', 'ERR_INVALID_HTTP_TOKEN', 'ERR_INVALID_CHAR'],
    userFacingMessage: 'Ledgerlight built an address or request it cannot send. This needs a fix in Ledgerlight.',
    fixSteps: ["Click Copy details in Ledgerlight and send them to Ledgerlight support."],
    citation: 'Node.js ERR_INVALID_URL / ERR_INVALID_ARG_*: the request is ours and malformed',
  },
  {
    ...RETRY,
    code: 'NETWORK_TIMEOUT',
    textMatch: /time(d)? ?out/i,
    userFacingMessage: 'The server took too long to answer. Ledgerlight will try again shortly.',
    fixSteps: [...CHECK_INTERNET_STEPS, 'Ledgerlight retries automatically.'],
    citation: 'message wording (timeout) when no code is given',
    outcomeUnknown: true,
  },
  {
    ...RETRY,
    code: 'NETWORK_CONNECTION_RESET',
    textMatch: /socket hang up|reset|closed unexpectedly|other side closed/i,
    userFacingMessage: 'The connection to the server broke off. Ledgerlight will try again shortly.',
    fixSteps: [...CHECK_INTERNET_STEPS, 'Ledgerlight retries automatically.'],
    citation: 'message wording ("socket hang up", undici "other side closed") when no code is given',
    outcomeUnknown: true,
  },
];

/** Any other network failure: still ours, still worth one more try. */
export const NETWORK_UNKNOWN: CatalogEntry = {
  ...RETRY,
  code: 'NETWORK_ERROR',
  userFacingMessage: 'Ledgerlight could not reach the server over the internet. It will try again shortly.',
  fixSteps: [...CHECK_INTERNET_STEPS, 'Ledgerlight retries automatically.'],
  citation: 'qbo.md §7.5 (network errors are retryable; quickbooks-online-mcp-server PR #104)',
};
