import type { MenuItemConstructorOptions } from 'electron';

export interface TrayMenuActions {
  open(): void;
  checkAllNow(): void;
  setNotificationsPaused(paused: boolean): void;
  quit(): void;
}

/** The tray menu as data (so it is testable): Open, Check all now, Pause notifications, Quit. */
export function trayMenuTemplate(state: { notificationsPaused: boolean }, actions: TrayMenuActions): MenuItemConstructorOptions[] {
  return [
    { label: 'Open Ledgerlight', click: () => actions.open() },
    { label: 'Check all now', click: () => actions.checkAllNow() },
    {
      label: 'Pause notifications',
      type: 'checkbox',
      checked: state.notificationsPaused,
      click: (item) => actions.setNotificationsPaused(item.checked),
    },
    { type: 'separator' },
    { label: 'Quit Ledgerlight', role: 'quit', click: () => actions.quit() },
  ];
}
