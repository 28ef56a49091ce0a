import type { IpcError } from '@shared/ipc/result';

/**
 * Errors the window itself produces when the host cannot answer, with a plain message and steps.
 */
export const hostUnreachable = (): IpcError => ({
  code: 'HOST_UNREACHABLE',
  message: 'Lost contact with Ledgerlight before it answered, so that change may not have been made.',
  fixSteps: ['Wait until the "reconnecting" message goes away.', 'Check the list, then try again if needed.'],
});

/** A request the host did not answer within the time limit. */
export const hostTimedOut = (): IpcError => ({
  code: 'TIMEOUT',
  message: 'Ledgerlight took too long to answer, so that change may not have been made.',
  fixSteps: ['Check the list, then try again.', 'If this keeps happening, restart Ledgerlight.'],
});

/** The bridge client was shut down (the window is closing). */
export const clientClosed = (): IpcError => ({
  code: 'HOST_UNREACHABLE',
  message: 'This window is no longer connected to Ledgerlight.',
  fixSteps: ['Reload the page or reopen Ledgerlight.'],
});
