import { app, Notification } from '../../fakes/electron-double';
import { createElectronPreferences } from '../../../src/main/platform/electron-preferences';
import { createElectronNotifier } from '../../../src/main/platform/electron-notifier';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

vi.mock('electron', () => import('../../fakes/electron-double'));

describe('electron-store preferences', () => {
  it('persists non-secret preferences in userData', () => {
    const prefs = createElectronPreferences();
    expect(prefs.get('notificationsPaused')).toBe(false);
    prefs.set('notificationsPaused', true);
    expect(createElectronPreferences().get('notificationsPaused')).toBe(true);
    expect(JSON.parse(readFileSync(join(app.userData, 'preferences.json'), 'utf8'))).toEqual({ notificationsPaused: true });
  });
});

describe('desktop notifications', () => {
  it('shows notifications unless the person paused them', () => {
    let paused = false;
    const notifier = createElectronNotifier({ get: () => paused, set: () => {} } as never, () => {});
    notifier.notify({ title: 'Acme needs you', body: 'Reconnect to QuickBooks' });
    paused = true;
    notifier.notify({ title: 'Hidden', body: 'x' });
    expect(Notification.shown).toEqual([{ title: 'Acme needs you', body: 'Reconnect to QuickBooks' }]);
  });
});
