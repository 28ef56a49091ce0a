import { screen, waitFor } from '@testing-library/react';
import type { AppSnapshot } from '@shared/domain/snapshot';
import { overallWords } from '../../../src/renderer/src/components/overall-words';
import { makeCompany, makeSnapshot } from '../support/builders';
import { ok, refuse } from '../support/fake-api';
import { renderApp } from '../support/render-app';

describe('header', () => {
  it('names the app and says the overall state in words', async () => {
    renderApp(makeSnapshot({ overall: 'attention', companies: [makeCompany({ status: 'degraded', statusText: 'Working, with problems' })] }));
    expect(screen.getByRole('heading', { level: 1, name: 'Ledgerlight' })).toBeInTheDocument();
    expect(await screen.findByText('1 company needs attention')).toBeInTheDocument();
  });

  it('"Check all now" reports how many checks started', async () => {
    const { user, fake } = renderApp(makeSnapshot({ companies: [makeCompany()] }));
    fake.mocks.checkAllNow.mockReturnValueOnce(ok({ started: 3 }));
    await user.click(await screen.findByRole('button', { name: 'Check all now' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Started 3 checks');
  });

  it('"Check all now" with nothing connected says what to do', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Check all now' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Nothing to check yet — connect a company first');
  });

  it('"Check all now" failure is shown in plain words', async () => {
    const { user, fake } = renderApp();
    fake.mocks.checkAllNow.mockReturnValueOnce(refuse({ code: 'VAULT_UNAVAILABLE', message: '' }));
    await user.click(await screen.findByRole('button', { name: 'Check all now' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Ledgerlight cannot reach its secure storage right now.');
  });

  it('"Pause notifications" reflects the preference and changes it', async () => {
    const { user, fake } = renderApp(makeSnapshot({ preferences: { notificationsPaused: true } }));
    const box = await screen.findByRole('checkbox', { name: 'Pause notifications' });
    expect(box).toBeChecked();
    await user.click(box);
    expect(fake.mocks.setNotificationsPaused).toHaveBeenCalledWith({ paused: false });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Notifications are on again'));
  });
});

describe('overall words', () => {
  const snap = (overall: AppSnapshot['overall'], companies: AppSnapshot['companies']) => overallWords({ overall, companies });
  it('covers each overall state', () => {
    expect(snap('ok', []).text).toBe('No companies yet');
    expect(snap('ok', [makeCompany({ status: 'healthy' })])).toMatchObject({ text: 'All companies are working', tone: 'ok', icon: 'check' });
    expect(snap('ok', [makeCompany({ status: 'not_checked' })]).text).toBe('Waiting for the first check');
    expect(snap('ok', [makeCompany({ paused: true, status: 'paused' })]).text).toBe('All companies are paused');
    expect(snap('attention', [makeCompany({ status: 'degraded' }), makeCompany({ status: 'not_connected' })]).text).toBe('2 companies need attention');
    expect(snap('error', [makeCompany({ status: 'needs_reauth' }), makeCompany({ status: 'error', paused: true })])).toMatchObject({
      text: '1 company needs fixing',
      tone: 'error',
    });
    expect(snap('syncing', [makeCompany({ status: 'checking' })]).text).toBe('Checking your companies…');
  });
});
