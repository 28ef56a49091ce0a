import type { AppSnapshot } from '@shared/domain/snapshot';
import { OverallBanner } from '../../components/OverallBanner';
import { IntuitSettingsButton } from '../intuit/IntuitSettingsButton';
import { CheckAllButton } from './CheckAllButton';
import { NotificationsToggle } from './NotificationsToggle';

/** App name, the overall state in words, and the app-wide controls. */
export function AppHeader({ snapshot }: { snapshot: AppSnapshot | null }) {
  return (
    <header className="app-header">
      <div className="app-header__title">
        <h1>Ledgerlight</h1>
        {snapshot && <OverallBanner snapshot={snapshot} />}
      </div>
      {snapshot && (
        <div className="app-header__controls">
          <IntuitSettingsButton />
          <CheckAllButton />
          <NotificationsToggle paused={snapshot.preferences.notificationsPaused} />
        </div>
      )}
    </header>
  );
}
