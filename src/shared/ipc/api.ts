import type { AppSnapshot } from '../domain/snapshot';
import type { PayloadOf, ResultOf } from './contract';
import type { IpcResult } from './result';
import type { OPERATIONS, OperationName } from './operations';

type Op<N extends OperationName> = (typeof OPERATIONS)[N];

/**
 * What the window sees as `window.ledgerlight` (Electron preload) or gets from the headless
 * bridge client: one function per operation, plus subscriptions that return an unsubscribe.
 */
export type LedgerlightApi = {
  [N in OperationName]: PayloadOf<Op<N>> extends undefined
    ? () => Promise<IpcResult<ResultOf<Op<N>>>>
    : (payload: PayloadOf<Op<N>>) => Promise<IpcResult<ResultOf<Op<N>>>>;
} & {
  onStateChanged(listener: (snapshot: AppSnapshot) => void): () => void;
};
