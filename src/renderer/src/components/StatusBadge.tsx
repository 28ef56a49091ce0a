import type { CompanyStatus } from '@shared/domain/company';
import { Icon, type IconName } from './Icon';

/** Short words per status, used when no statusText is given. */
export const STATUS_LABELS: Record<CompanyStatus, string> = {
  not_checked: 'Not checked yet',
  not_connected: 'Not connected',
  healthy: 'Working',
  checking: 'Checking…',
  degraded: 'Working, with problems',
  needs_reauth: 'Needs reconnecting',
  error: 'Not working',
  paused: 'Paused',
};

/** Colour family + icon per status: the tone drives the CSS colour, the icon and text carry meaning. */
const LOOK: Record<CompanyStatus, { tone: 'ok' | 'attention' | 'error' | 'syncing' | 'neutral'; icon: IconName }> = {
  not_checked: { tone: 'neutral', icon: 'clock' },
  not_connected: { tone: 'attention', icon: 'plug' },
  healthy: { tone: 'ok', icon: 'check' },
  checking: { tone: 'syncing', icon: 'sync' },
  degraded: { tone: 'attention', icon: 'warning' },
  needs_reauth: { tone: 'error', icon: 'cross' },
  error: { tone: 'error', icon: 'cross' },
  paused: { tone: 'neutral', icon: 'pause' },
};

/**
 * A company's status as icon + words + colour (never colour alone, for colour-blind people and
 * greyscale screens). `text` is the host's one-line statusText.
 */
export function StatusBadge({ status, text }: { status: CompanyStatus; text?: string }) {
  const look = LOOK[status];
  return (
    <span className={`badge badge--${look.tone}`} data-status={status}>
      <Icon name={look.icon} />
      <span>{text ?? STATUS_LABELS[status]}</span>
    </span>
  );
}
