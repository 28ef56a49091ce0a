import { useState } from 'react';
import { useApi } from '../../api/api-context';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useIpcAction } from '../../state/use-ipc-action';

/**
 * "Pause notifications": silences pop-ups while the person works through problems; checks keep
 * running. Shows the host's preference, and the requested value while the change is in flight.
 */
export function NotificationsToggle({ paused }: { paused: boolean }) {
  const api = useApi();
  const announce = useAnnounce();
  const action = useIpcAction();
  const [requested, setRequested] = useState<boolean | null>(null);
  const onChange = async (next: boolean) => {
    setRequested(next);
    const result = await action.run(() => api.setNotificationsPaused({ paused: next }));
    setRequested(null);
    if (result.ok) announce(result.value.notificationsPaused ? 'Notifications paused — Ledgerlight keeps checking quietly' : 'Notifications are on again');
  };
  return (
    <div className="toggle">
      <label className="toggle__label">
        <input
          type="checkbox"
          checked={requested ?? paused}
          disabled={action.pending}
          onChange={(e) => void onChange(e.currentTarget.checked)}
        />
        <span>Pause notifications</span>
      </label>
      <ErrorMessage error={action.error} />
    </div>
  );
}
