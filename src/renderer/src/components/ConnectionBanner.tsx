import type { ConnectionStatus } from '../api/connection';
import { Icon } from './Icon';

/** After this many failed attempts the likely cause is a restarted host with a new access key. */
const HINT_AFTER_ATTEMPTS = 3;

/**
 * Says plainly when the window cannot reach Ledgerlight (headless host restarted or stopped),
 * so nobody acts on a list that may be out of date. Hidden while connected.
 */
export function ConnectionBanner({ status }: { status: ConnectionStatus }) {
  if (status.phase === 'connected') return null;
  const text =
    status.phase === 'connecting'
      ? 'Connecting to Ledgerlight…'
      : status.everConnected
        ? 'Lost contact with Ledgerlight — reconnecting…'
        : 'Cannot reach Ledgerlight yet — still trying…';
  return (
    <div className={`connection-banner${status.phase === 'connecting' ? ' connection-banner--quiet' : ''}`} role="status" aria-live="assertive">
      <p>
        <Icon name="sync" />
        <span>{text}</span>
      </p>
      {status.phase === 'reconnecting' && status.failedAttempts >= HINT_AFTER_ATTEMPTS && (
        <p className="connection-banner__hint">
          If Ledgerlight was restarted, open the new address it printed when it started (the one with “?key=”). What you
          see below may be out of date until then.
        </p>
      )}
    </div>
  );
}
