import Store from 'electron-store';
import type { Preferences, PreferencesData } from '../core/ports';

/** Non-secret preferences in electron-store (a JSON file in userData). Never put secrets here. */
export function createElectronPreferences(): Preferences {
  const store = new Store<PreferencesData>({
    name: 'preferences',
    defaults: { notificationsPaused: false },
    schema: { notificationsPaused: { type: 'boolean' } },
    clearInvalidConfig: true,
  });
  return {
    get: (key) => store.get(key),
    set: (key, value) => store.set(key, value),
  };
}
