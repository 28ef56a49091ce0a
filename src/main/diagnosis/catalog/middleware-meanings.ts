import type { CatalogEntry } from './types';
import { OPEN_WEB_CONNECTOR_STEP, SEND_DETAILS_TO_SUPPORT } from './common-steps';

/**
 * Meanings shared by the hosted QuickBooks Desktop middlewares (Conductor, nXus). `{provider}`
 * in a message or step is replaced with the provider's name when the error is built.
 * The tables conductor-codes.ts and nxus-codes.ts pick the meaning and cite the evidence.
 */
export type Meaning = Omit<CatalogEntry, 'citation'>;

export const CONNECTION_NOT_ACTIVE: Meaning = {
  code: 'INTEGRATION_CONNECTION_NOT_ACTIVE',
  type: 'INTEGRATION_CONNECTION_ERROR',
  recovery: 'user_action',
  userFacingMessage:
    'The QuickBooks Web Connector on the computer that runs QuickBooks Desktop has not checked in with {provider} for a few minutes, so the company cannot be reached.',
  fixSteps: [
    'Make sure the computer that runs QuickBooks Desktop is switched on, not asleep, and connected to the internet.',
    'Open QuickBooks Desktop with the company file.',
    OPEN_WEB_CONNECTOR_STEP,
    'In the Web Connector, tick Auto-Run next to the {provider} entry.',
    'Click Hide (not the X) so the Web Connector keeps running in the background.',
  ],
};

export const CONNECTION_NOT_SET_UP: Meaning = {
  code: 'INTEGRATION_CONNECTION_NOT_SET_UP',
  type: 'INTEGRATION_CONNECTION_ERROR',
  recovery: 'user_action',
  userFacingMessage: 'The QuickBooks Desktop connection through {provider} was started but never finished.',
  fixSteps: [
    'On the computer that runs QuickBooks Desktop, open Ledgerlight, select this company and click Finish setup.',
    "Follow {provider}'s setup pages to the end: download the Web Connector file, add it to the QuickBooks Web Connector, and enter the password shown.",
    'Keep QuickBooks Desktop open with the company file until the setup page says the connection works.',
  ],
};

export const API_KEY_INVALID: Meaning = {
  code: 'API_KEY_INVALID',
  type: 'AUTHENTICATION_ERROR',
  recovery: 'reconnect',
  userFacingMessage: "{provider} no longer accepts Ledgerlight's access key for this connection, so nothing can be synced.",
  fixSteps: [
    'Sign in to your {provider} dashboard and create a new secret API key (or copy the current one).',
    'In Ledgerlight, open this company, click Edit connection, paste the key and click Save.',
  ],
};

export const MIDDLEWARE_AUTHENTICATION_FAILED: Meaning = { ...API_KEY_INVALID, code: 'MIDDLEWARE_AUTHENTICATION_FAILED' };

export const MIDDLEWARE_PERMISSION_DENIED: Meaning = {
  code: 'MIDDLEWARE_PERMISSION_DENIED',
  type: 'PERMISSION_ERROR',
  recovery: 'user_action',
  userFacingMessage: "{provider} refused the request: this account or key is not allowed to do it.",
  fixSteps: [
    'Sign in to your {provider} dashboard and check that the key Ledgerlight uses belongs to the right account and has access to this connection.',
    SEND_DETAILS_TO_SUPPORT,
  ],
};

export const MIDDLEWARE_BILLING_REQUIRED: Meaning = {
  code: 'MIDDLEWARE_BILLING_REQUIRED',
  type: 'PERMISSION_ERROR',
  recovery: 'user_action',
  userFacingMessage: 'The {provider} account has no active subscription for live connections.',
  fixSteps: ['Sign in to your {provider} dashboard and complete the billing setup.', 'Ledgerlight checks again a few minutes later.'],
};

export const MIDDLEWARE_RATE_LIMITED: Meaning = {
  code: 'MIDDLEWARE_RATE_LIMITED',
  type: 'RATE_LIMIT_ERROR',
  recovery: 'retry',
  userFacingMessage: '{provider} asked Ledgerlight to slow down. Ledgerlight waits and tries again.',
  fixSteps: ['Nothing to do: Ledgerlight waits and tries again.'],
};

export const MIDDLEWARE_SERVICE_ERROR: Meaning = {
  code: 'MIDDLEWARE_SERVICE_ERROR',
  type: 'SERVICE_ERROR',
  recovery: 'retry',
  userFacingMessage: '{provider} is having a temporary problem on its side. Ledgerlight will try again shortly.',
  fixSteps: ['Nothing to do: Ledgerlight retries automatically.', SEND_DETAILS_TO_SUPPORT],
};

export const MIDDLEWARE_INVALID_REQUEST: Meaning = {
  code: 'MIDDLEWARE_INVALID_REQUEST',
  type: 'INVALID_REQUEST_ERROR',
  recovery: 'developer_action',
  userFacingMessage: '{provider} refused a request Ledgerlight sent. This needs a fix in Ledgerlight.',
  fixSteps: ['Nothing in QuickBooks needs to change.', SEND_DETAILS_TO_SUPPORT],
};

export const MIDDLEWARE_NOT_FOUND: Meaning = {
  code: 'MIDDLEWARE_NOT_FOUND',
  type: 'INTEGRATION_ERROR',
  recovery: 'developer_action',
  userFacingMessage: 'The QuickBooks Desktop record Ledgerlight asked for does not exist (it may have been deleted).',
  fixSteps: ['If it was deleted by mistake, re-create it in QuickBooks Desktop.', SEND_DETAILS_TO_SUPPORT],
};

export const QBD_REQUEST_ERROR: Meaning = {
  code: 'QBD_REQUEST_ERROR',
  type: 'INTEGRATION_ERROR',
  recovery: 'developer_action',
  userFacingMessage: 'QuickBooks Desktop refused the request; its explanation is in the details.',
  fixSteps: ['Read the QuickBooks explanation in the details.', SEND_DETAILS_TO_SUPPORT],
};

/**
 * A request that timed out inside QuickBooks Desktop. Recovery is `retry` because the
 * monitor's own calls are reads (health checks); `outcomeUnknown` tells a writer that the
 * change may still have landed, so it must re-read before resending (qbd.md §5.1, §7).
 */
export const QBD_REQUEST_TIMEOUT: Meaning = {
  code: 'QBD_REQUEST_TIMEOUT',
  type: 'SERVICE_ERROR',
  recovery: 'retry',
  userFacingMessage:
    'QuickBooks Desktop took too long to answer (it may be starting up or working on a large company file). Ledgerlight will try again.',
  fixSteps: [
    'Nothing to do: Ledgerlight tries again.',
    'If it keeps happening, check that QuickBooks Desktop is not showing a message and is not busy with a backup or a large report.',
    'If you were saving something, check in QuickBooks Desktop whether it was saved before entering it again.',
  ],
  outcomeUnknown: true,
};

export const QBD_NO_RESPONSE: Meaning = { ...QBD_REQUEST_TIMEOUT, code: 'QBD_NO_RESPONSE', userFacingMessage: 'QuickBooks Desktop did not answer. Ledgerlight will try again.' };

/** nXus 502/503 without a QuickBooks code: "QuickBooks Desktop is unreachable" (seed 004 / qbd.md §5.2). */
export const QBD_OFFLINE: Meaning = {
  code: 'QBD_CONNECTION_ERROR',
  type: 'INTEGRATION_CONNECTION_ERROR',
  recovery: 'user_action',
  userFacingMessage: 'QuickBooks Desktop cannot be reached through {provider}: QuickBooks or the Web Connector is not running, or that computer is offline.',
  fixSteps: [
    'On the computer that runs QuickBooks Desktop, open QuickBooks and the company file.',
    OPEN_WEB_CONNECTOR_STEP,
    'Make sure Auto-Run is ticked next to the {provider} entry and click Hide to keep the Web Connector running.',
  ],
};

export const QBD_EDIT_SEQUENCE_STALE: Meaning = {
  code: 'QBD_EDIT_SEQUENCE_STALE',
  type: 'INTEGRATION_ERROR',
  recovery: 'refetch',
  userFacingMessage: 'Someone changed this record in QuickBooks Desktop after Ledgerlight read it. Ledgerlight reads it again and retries.',
  fixSteps: ['Nothing to do: Ledgerlight re-reads the record and repeats the change.'],
};

/** A 2xx JSON body from the middleware (health check `{"status":"ok"}`, data). */
export const MIDDLEWARE_OK: Meaning = {
  code: 'OK',
  type: 'NONE',
  recovery: 'none',
  userFacingMessage: 'QuickBooks Desktop is connected and answering.',
  fixSteps: [],
};

/** The client-side CONNECTION_ERROR type of conductor-node 11 maps to our NETWORK_ERROR. */
export const MIDDLEWARE_CONNECTION_FAILED: Meaning = {
  code: 'NETWORK_ERROR',
  type: 'NETWORK_ERROR',
  recovery: 'retry',
  userFacingMessage: 'Ledgerlight could not reach {provider} over the internet. It will try again.',
  fixSteps: ['Check that this computer is connected to the internet.', 'Ledgerlight retries automatically.'],
};
