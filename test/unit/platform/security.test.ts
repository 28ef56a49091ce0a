import { app, FakeWebContents, permission, shell } from '../../fakes/electron-double';
import { installSecurityGuards } from '../../../src/main/platform/security';
import { testLogger } from '../../fakes/test-logger';

vi.mock('electron', () => import('../../fakes/electron-double'));

describe('security guards', () => {
  const isAppUrl = (url: string) => url.startsWith('file:///app/');
  installSecurityGuards(testLogger(), isAppUrl);
  const contents = new FakeWebContents();
  app.emit('web-contents-created', {}, contents);

  it('denies every permission request and check', () => {
    const cb = vi.fn();
    permission.request!(contents, 'media', cb);
    expect(cb).toHaveBeenCalledWith(false);
    expect(permission.check!(contents, 'notifications')).toBe(false);
  });

  it('refuses new windows; allowlisted https links go to the system browser, others nowhere', () => {
    expect(contents.windowOpenHandler!({ url: 'https://quickbooks.intuit.com/help' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'http://evil.example/' })).toEqual({ action: 'deny' });
    expect(shell.opened).toEqual(['https://quickbooks.intuit.com/help']);
  });

  it('refuses navigation and redirects away from our page, and refuses webviews', () => {
    for (const event of ['will-navigate', 'will-redirect']) {
      const away = { preventDefault: vi.fn() };
      contents.emit(event, away, 'https://evil.example/');
      expect(away.preventDefault).toHaveBeenCalled();
      const reload = { preventDefault: vi.fn() };
      contents.emit(event, reload, 'file:///app/out/renderer/index.html');
      expect(reload.preventDefault).not.toHaveBeenCalled();
    }
    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });
});
