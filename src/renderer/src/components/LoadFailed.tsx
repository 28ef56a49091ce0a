import type { IpcError } from '@shared/ipc/result';
import { ErrorMessage } from './ErrorMessage';

/** Shown when the very first snapshot could not be loaded; offers a retry. */
export function LoadFailed({ error, onRetry }: { error: IpcError; onRetry(): void }) {
  return (
    <section className="load-failed" aria-labelledby="load-failed-heading">
      <h2 id="load-failed-heading">Ledgerlight could not show your companies</h2>
      <ErrorMessage error={error} />
      <button type="button" className="button button--primary" onClick={onRetry}>
        Try again
      </button>
    </section>
  );
}
