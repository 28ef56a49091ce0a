import type { IpcError, IpcResult } from '@shared/ipc/result';
import { CONTRACT, type ParsedPayloadOf, type ResultOf } from '@shared/ipc/contract';
import type { Channel } from '@shared/ipc/operations';
import { AppError, storageErrorFrom } from '../core/app-error';
import type { Logger } from '../logging/logger';

/** One implementation per channel; payloads arrive already validated. */
export type Handlers = {
  [C in Channel]: (payload: ParsedPayloadOf<C>) => Promise<ResultOf<C>> | ResultOf<C>;
};

/** Who is calling, as established by the host (Electron frame check, headless bridge secret). */
export interface SenderInfo {
  trusted: boolean;
  /** For the log only, e.g. "webContents 3 top frame" or "bridge 127.0.0.1:51234". */
  description: string;
}

export interface Dispatcher {
  invoke(channel: unknown, payload: unknown, sender: SenderInfo): Promise<IpcResult<unknown>>;
}

const isChannel = (value: unknown): value is Channel => typeof value === 'string' && Object.hasOwn(CONTRACT, value);

/**
 * The single `handle()` both hosts route through: refuses untrusted senders, validates the
 * payload against the shared schema, and turns every failure into a typed answer. A handler
 * bug becomes INTERNAL (logged with its stack here, never sent to the window).
 */
export function createDispatcher(handlers: Handlers, logger: Logger): Dispatcher {
  const log = logger.child('ipc');
  return {
    async invoke(channel, payload, sender) {
      if (!sender.trusted) {
        log.warn('refused IPC from untrusted sender', { channel: String(channel).slice(0, 64), sender: sender.description });
        return { ok: false, error: { code: 'FORBIDDEN_SENDER', message: 'This request did not come from the Ledgerlight window.' } };
      }
      if (!isChannel(channel)) {
        log.warn('unknown IPC channel', { channel: String(channel).slice(0, 64) });
        return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Ledgerlight does not know that request.' } };
      }
      const parsed = CONTRACT[channel].payload.safeParse(payload);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`);
        log.warn('invalid IPC payload', { channel, issues });
        return { ok: false, error: { code: 'INVALID_PAYLOAD', message: 'That request was not in the expected form.', issues } };
      }
      try {
        const handler = handlers[channel] as (p: unknown) => unknown;
        const value = await handler(parsed.data);
        return { ok: true, value };
      } catch (err) {
        return { ok: false, error: toIpcError(err, channel, log) };
      }
    },
  };
}

function toIpcError(err: unknown, channel: string, log: Logger): IpcError {
  if (err instanceof AppError) {
    log.info('IPC request refused', { channel, code: err.code });
    return err.toIpcError();
  }
  const storage = storageErrorFrom(err);
  if (storage) {
    log.error('storage failure in IPC handler', { channel, err });
    return storage.toIpcError();
  }
  log.error('IPC handler failed', { channel, err });
  return { code: 'INTERNAL', message: 'Something went wrong inside Ledgerlight. The details are in the log file.' };
}
