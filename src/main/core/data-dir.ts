import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the headless host keeps its data when no `--data-dir`/LEDGERLIGHT_DATA_DIR is given.
 * Separate from the desktop app's folder on purpose: the desktop app's secrets are sealed by
 * the OS keychain and cannot be opened by a headless process.
 */
export function defaultHeadlessDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'Ledgerlight Headless');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Ledgerlight Headless');
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'ledgerlight-headless');
}
