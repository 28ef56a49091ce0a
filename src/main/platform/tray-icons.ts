import { join } from 'node:path';
import type { OverallState } from '@shared/domain/snapshot';

/**
 * The icon file for a tray state on each OS: .ico on Windows, monochrome template PNGs on
 * macOS (the menu bar tints them), coloured PNGs on Linux.
 */
export function trayIconPath(resourcesDir: string, state: OverallState, platform: NodeJS.Platform): string {
  if (platform === 'win32') return join(resourcesDir, 'tray', `${state}.ico`);
  if (platform === 'darwin') return join(resourcesDir, 'tray', `${state}Template.png`);
  return join(resourcesDir, 'tray', `${state}.png`);
}

/** Tooltip words for the tray: colour is never the only signal. */
export const TRAY_TOOLTIPS: Record<OverallState, string> = {
  ok: 'Ledgerlight — all companies are working',
  attention: 'Ledgerlight — something needs a look',
  error: 'Ledgerlight — a company needs you',
  syncing: 'Ledgerlight — checking…',
};
