import type { IpcError } from '@shared/ipc/result';
import { describeError } from '../api/describe-error';
import { FixSteps } from './FixSteps';
import { Icon } from './Icon';

/**
 * Shows any IpcError in plain words (message, problem details, fix steps) and is announced to
 * screen readers as soon as it appears. Renders nothing for `null`, so callers can always mount it.
 */
export function ErrorMessage({ error, id }: { error: IpcError | null; id?: string }) {
  if (!error) return null;
  const plain = describeError(error);
  return (
    <div className="error-message" role="alert" id={id}>
      <p className="error-message__text">
        <Icon name="warning" />
        <span>{plain.message}</span>
      </p>
      {plain.details.length > 0 && (
        <ul className="error-message__details">
          {plain.details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
      <FixSteps steps={plain.fixSteps} heading="What you can do" />
    </div>
  );
}
