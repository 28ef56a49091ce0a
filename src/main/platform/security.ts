import { app, session, shell, type WebContents } from 'electron';
import { isAllowedExternalUrl } from '../core/external-links';
import type { Logger } from '../logging/logger';

/**
 * Electron security checklist, applied to every web contents the app ever creates:
 * navigation and new windows refused (allowlisted https links go to the system browser
 * instead), <webview> refused, and every permission request denied.
 * @param isAppUrl tells whether a URL is the window's own page (reloads are allowed)
 */
export function installSecurityGuards(logger: Logger, isAppUrl: (url: string) => boolean): void {
  const log = logger.child('security');
  const denyAll = session.defaultSession;
  denyAll.setPermissionRequestHandler((_wc, permission, callback) => {
    log.warn('denied permission request', { permission });
    callback(false);
  });
  denyAll.setPermissionCheckHandler(() => false);

  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedExternalUrl(url)) void shell.openExternal(url);
      else log.warn('refused to open a new window', { url: url.slice(0, 200) });
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event, url) => {
      if (isAppUrl(url)) return;
      event.preventDefault();
      log.warn('refused navigation', { url: url.slice(0, 200) });
    });
    contents.on('will-redirect', (event, url) => {
      if (isAppUrl(url)) return;
      event.preventDefault();
      log.warn('refused redirect', { url: url.slice(0, 200) });
    });
    contents.on('will-attach-webview', (event) => {
      event.preventDefault();
      log.warn('refused to attach a webview');
    });
  });
}
