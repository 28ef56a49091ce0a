import type { LedgerlightApi } from '@shared/ipc/api';
import type { IpcResult } from '@shared/ipc/result';

/**
 * Opens a help or sign-in link. Electron opens it in the system browser; the headless host
 * cannot (it answers `{opened:false}`), but the person is already in a browser, so a new tab
 * does the job. The host's allowlist still applies: a refused link is never opened here.
 */
export async function openLink(
  api: Pick<LedgerlightApi, 'openExternal'>,
  url: string,
  win: Pick<Window, 'open'> = window,
): Promise<IpcResult<{ opened: boolean }>> {
  const result = await api.openExternal({ url });
  if (result.ok && !result.value.opened) {
    win.open(url, '_blank', 'noopener,noreferrer');
    return { ok: true, value: { opened: true } };
  }
  return result;
}
