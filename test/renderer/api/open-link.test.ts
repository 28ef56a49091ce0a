import { openLink } from '../../../src/renderer/src/api/open-link';
import { createFakeApi, ok, refuse } from '../support/fake-api';

describe('openLink', () => {
  it('lets the host open the link when it can (Electron)', async () => {
    const { api } = createFakeApi();
    const win = { open: vi.fn() };
    expect(await openLink(api, 'https://quickbooks.intuit.com/', win)).toEqual({ ok: true, value: { opened: true } });
    expect(win.open).not.toHaveBeenCalled();
  });

  it('opens a new tab when the headless host answers opened:false', async () => {
    const { api, mocks } = createFakeApi();
    mocks.openExternal.mockReturnValueOnce(ok({ opened: false }));
    const win = { open: vi.fn() };
    await openLink(api, 'https://quickbooks.intuit.com/', win);
    expect(win.open).toHaveBeenCalledWith('https://quickbooks.intuit.com/', '_blank', 'noopener,noreferrer');
  });

  it('never opens a link the host refused', async () => {
    const { api, mocks } = createFakeApi();
    mocks.openExternal.mockReturnValueOnce(refuse({ code: 'LINK_NOT_ALLOWED', message: 'No.' }));
    const win = { open: vi.fn() };
    expect((await openLink(api, 'http://evil.example/', win)).ok).toBe(false);
    expect(win.open).not.toHaveBeenCalled();
  });
});
