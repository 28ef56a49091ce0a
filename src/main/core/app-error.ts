import type { IpcError, IpcErrorCode } from '@shared/ipc/result';

/**
 * A failure the person can be told about. Anything else that escapes a handler is reported
 * as INTERNAL with a generic message (details go to the log, never across IPC).
 */
export class AppError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
    readonly extra: Pick<IpcError, 'fixSteps' | 'issues'> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  toIpcError(): IpcError {
    return { code: this.code, message: this.message, ...this.extra };
  }
}

/** SQLite error codes that mean "the disk said no"; everything is kept, the write is refused. */
export function storageErrorFrom(err: unknown): AppError | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  if (code === 'SQLITE_FULL') {
    return new AppError('STORAGE_FULL', 'The disk is full, so Ledgerlight could not save that change. Nothing was lost.', {
      fixSteps: ['Free some space on the disk that holds your user profile.', 'Then try the same action again.'],
    });
  }
  return new AppError('STORAGE_FAILED', 'Ledgerlight could not save that change to its database. Nothing was lost.', {
    fixSteps: ['Try again in a moment.', 'If it keeps failing, restart Ledgerlight.'],
  });
}
