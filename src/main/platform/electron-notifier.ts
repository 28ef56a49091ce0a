import { Notification } from 'electron';
import type { Notifier, Preferences } from '../core/ports';

/**
 * Desktop notifications through the OS. Suppressed while the person has paused notifications;
 * clicking one opens the window.
 */
export function createElectronNotifier(preferences: Preferences, onClick: (companyId?: string) => void): Notifier {
  return {
    notify({ title, body, companyId }) {
      if (preferences.get('notificationsPaused') || !Notification.isSupported()) return;
      const n = new Notification({ title, body, silent: false });
      n.on('click', () => onClick(companyId));
      n.show();
    },
  };
}
