import { screen, within } from '@testing-library/react';
import { makeCompany, makeSnapshot } from '../support/builders';
import { renderApp } from '../support/render-app';

describe('QuickBooks Online connect actions', () => {
  it('connects: opens Intuit sign-in, waits, and accepts a pasted final address', async () => {
    const company = makeCompany({ displayName: 'Acme', status: 'not_connected', statusText: 'Not connected to QuickBooks yet' });
    const { user, fake } = renderApp(makeSnapshot({ companies: [company] }));
    await user.click(await screen.findByRole('button', { name: 'Connect Acme to QuickBooks' }));
    expect(fake.mocks.startConnect).toHaveBeenCalledWith({ companyId: company.id });
    expect(await screen.findByText('Waiting for you to approve access in your browser…')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /paste the address/i }), 'http://localhost:8765/cb?code=a&state=b&realmId=1');
    await user.click(screen.getByRole('button', { name: 'Finish connecting' }));
    expect(fake.mocks.completeConnectFromUrl).toHaveBeenCalledWith({ url: 'http://localhost:8765/cb?code=a&state=b&realmId=1' });
  });

  it('opens the sign-in page itself when the host cannot (headless)', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const { user, fake } = renderApp(makeSnapshot({ companies: [makeCompany({ displayName: 'Acme' })] }));
    fake.mocks.startConnect.mockResolvedValueOnce({ ok: true, value: { authorizationUrl: 'http://127.0.0.1:9/connect/oauth2?state=s', via: 'loopback', expiresAt: 'x', opened: false } });
    await user.click(await screen.findByRole('button', { name: 'Connect Acme to QuickBooks' }));
    expect(open).toHaveBeenCalledWith('http://127.0.0.1:9/connect/oauth2?state=s', '_blank', 'noopener,noreferrer');
  });

  it('shows a refused sign-in in plain words', async () => {
    const { user, fake } = renderApp(makeSnapshot({ companies: [makeCompany({ displayName: 'Acme' })] }));
    fake.mocks.startConnect.mockResolvedValueOnce({ ok: false, error: { code: 'NOT_CONFIGURED', message: 'Enter your Intuit app settings before connecting a company.' } });
    await user.click(await screen.findByRole('button', { name: 'Connect Acme to QuickBooks' }));
    expect(await screen.findByText('Enter your Intuit app settings before connecting a company.')).toBeInTheDocument();
  });

  it('offers Reconnect when the company needs it, and Disconnect (after confirming) when connected', async () => {
    const reauth = makeCompany({ displayName: 'Birch', status: 'needs_reauth', settings: { kind: 'qbo', realmId: '123' } });
    const live = makeCompany({ displayName: 'Cedar', status: 'healthy', settings: { kind: 'qbo', realmId: '456', qboCompanyName: 'Cedar LLP' } });
    const { user, fake } = renderApp(makeSnapshot({ companies: [reauth, live] }));
    expect(await screen.findByRole('button', { name: 'Reconnect Birch to QuickBooks' })).toBeInTheDocument();
    const cedar = screen.getByRole('listitem', { name: 'Cedar' });
    expect(cedar).toHaveTextContent('in QuickBooks: “Cedar LLP”');
    await user.click(within(cedar).getByRole('button', { name: 'Disconnect Cedar from QuickBooks' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Disconnect' }));
    expect(fake.mocks.disconnectCompany).toHaveBeenCalledWith({ id: live.id });
  });
});

describe('Intuit app settings', () => {
  it('validates like the host, never shows the secret, and saves', async () => {
    const { user, fake } = renderApp(makeSnapshot());
    await user.click(await screen.findByRole('button', { name: 'Intuit app settings' }));
    const dialog = await screen.findByRole('dialog', { name: 'Intuit app settings' });
    await user.type(within(dialog).getByLabelText('Client ID'), 'ABcdefghijklmnop');
    await user.click(within(dialog).getByRole('radio', { name: 'Production keys' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save settings' }));
    expect(within(dialog).getByText(/only accepts http:\/\/localhost for sandbox keys/)).toBeInTheDocument();
    expect(within(dialog).getByText(/Paste the Client Secret/)).toBeInTheDocument();
    expect(fake.mocks.saveIntuitSettings).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('radio', { name: 'Development (sandbox) keys' }));
    const secret = within(dialog).getByLabelText(/Client Secret/);
    expect(secret).toHaveAttribute('type', 'password');
    await user.type(secret, 'shh-secret');
    await user.click(within(dialog).getByRole('button', { name: 'Save settings' }));
    expect(fake.mocks.saveIntuitSettings).toHaveBeenCalledWith(expect.objectContaining({ clientId: 'ABcdefghijklmnop', clientSecret: 'shh-secret', environment: 'sandbox' }));
  });
});
