import { Menu, Tray, nativeImage } from 'electron';
import type { AppSnapshot, OverallState } from '@shared/domain/snapshot';
import type { Disposable } from '../core/ports';
import { TRAY_TOOLTIPS, trayIconPath } from './tray-icons';
import { trayMenuTemplate, type TrayMenuActions } from './tray-menu';

/**
 * Owns the tray icon for the app's lifetime (kept referenced so it is never garbage-collected).
 * The icon and tooltip follow the overall state; the menu is rebuilt only when what it shows
 * changes.
 */
export function createTrayController(deps: {
  resourcesDir: string;
  platform: NodeJS.Platform;
  actions: TrayMenuActions;
  subscribe: (listener: (s: AppSnapshot) => void) => Disposable;
  initial: AppSnapshot;
}): { tray: Tray; dispose: Disposable } {
  const image = (state: OverallState) => {
    const img = nativeImage.createFromPath(trayIconPath(deps.resourcesDir, state, deps.platform));
    if (deps.platform === 'darwin') img.setTemplateImage(true);
    return img;
  };
  const tray = new Tray(image(deps.initial.overall));
  let shownState: OverallState | null = null;
  let shownPaused: boolean | null = null;
  const render = (s: AppSnapshot) => {
    if (tray.isDestroyed()) return;
    if (s.overall !== shownState) {
      tray.setImage(image(s.overall));
      tray.setToolTip(TRAY_TOOLTIPS[s.overall]);
      shownState = s.overall;
    }
    if (s.preferences.notificationsPaused !== shownPaused) {
      tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(s.preferences, deps.actions)));
      shownPaused = s.preferences.notificationsPaused;
    }
  };
  render(deps.initial);
  // macOS shows the menu on click; elsewhere a click opens the window.
  if (deps.platform !== 'darwin') tray.on('click', () => deps.actions.open());
  const unsubscribe = deps.subscribe(render);
  return {
    tray,
    dispose: () => {
      unsubscribe();
      if (!tray.isDestroyed()) tray.destroy();
    },
  };
}
