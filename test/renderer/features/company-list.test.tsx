import { screen, within } from '@testing-library/react';
import { makeCompany, makeSnapshot } from '../support/builders';
import { renderApp } from '../support/render-app';

const row = (name: string) => screen.getByRole('listitem', { name });

describe('company list', () => {
  it('shows name, kind, status in words and "never" for a company not checked yet', async () => {
    renderApp(makeSnapshot({ companies: [makeCompany({ displayName: 'Acme Plumbing Ltd' })] }));
    const acme = await screen.findByRole('listitem', { name: 'Acme Plumbing Ltd' });
    expect(within(acme).getByText('QuickBooks Online')).toBeInTheDocument();
    expect(within(acme).getByText('Not checked yet')).toBeInTheDocument();
    expect(within(acme).getByText(/Last checked:/)).toHaveTextContent('Last checked: never');
    expect(screen.getByRole('heading', { name: /Companies \(1\)/ })).toBeInTheDocument();
  });

  it('shows every status with an icon and words, not colour alone', async () => {
    const statuses = [
      ['healthy', 'Connected and working'],
      ['checking', 'Checking…'],
      ['degraded', 'Working, with problems'],
      ['needs_reauth', 'Needs you to reconnect'],
      ['error', 'Not working'],
      ['not_connected', 'Not connected to QuickBooks yet'],
    ] as const;
    renderApp(
      makeSnapshot({
        overall: 'error',
        companies: statuses.map(([status, statusText], i) => makeCompany({ displayName: `Co ${i}`, status, statusText })),
      }),
    );
    await screen.findByRole('listitem', { name: 'Co 0' });
    statuses.forEach(([status, text], i) => {
      const badge = within(row(`Co ${i}`)).getByText(text).closest('.badge');
      expect(badge).toHaveAttribute('data-status', status);
      expect(badge?.querySelector('svg')).not.toBeNull();
    });
  });

  it('shows when a company was last checked', async () => {
    renderApp(makeSnapshot({ companies: [makeCompany({ displayName: 'Birch', status: 'healthy', statusText: 'Connected and working', lastCheckedAt: '2025-11-21T14:05:00.000Z' })] }));
    const time = (await screen.findByRole('listitem', { name: 'Birch' })).querySelector('time');
    expect(time).toHaveAttribute('datetime', '2025-11-21T14:05:00.000Z');
    expect(time?.textContent).toMatch(/2025/);
  });

  it('explains a problem and lists the fix steps in order under "How to fix"', async () => {
    renderApp(
      makeSnapshot({
        overall: 'error',
        companies: [
          makeCompany({
            displayName: 'Cedar LLP',
            status: 'needs_reauth',
            statusText: 'Needs you to reconnect',
            problem: {
              code: 'QBO_REFRESH_TOKEN_EXPIRED',
              title: 'QuickBooks sign-in expired',
              userFacingMessage: 'QuickBooks no longer accepts Ledgerlight’s sign-in for this company.',
              fixSteps: ['Click Reconnect.', 'Sign in to QuickBooks as an admin.', 'Choose Cedar LLP and click Connect.'],
              occurredAt: '2025-11-21T10:00:00.000Z',
              requestId: 'req-123',
            },
          }),
        ],
      }),
    );
    const cedar = await screen.findByRole('listitem', { name: 'Cedar LLP' });
    expect(within(cedar).getByRole('heading', { name: 'QuickBooks sign-in expired' })).toBeInTheDocument();
    expect(within(cedar).getByText('QuickBooks no longer accepts Ledgerlight’s sign-in for this company.')).toBeInTheDocument();
    expect(within(cedar).getByText('How to fix')).toBeInTheDocument();
    const steps = within(cedar).getAllByRole('listitem').map((li) => li.textContent);
    expect(steps).toEqual(['Click Reconnect.', 'Sign in to QuickBooks as an admin.', 'Choose Cedar LLP and click Connect.']);
    expect(cedar.querySelector('ol')).not.toBeNull();
    expect(within(cedar).getByText(/req-123/)).toBeInTheDocument();
  });

  it('shows the empty state with an explanation and a prominent Add company button', async () => {
    renderApp(makeSnapshot({ companies: [] }));
    expect(await screen.findByRole('heading', { name: /Watch your clients’ QuickBooks connections/ })).toBeInTheDocument();
    expect(screen.getByText(/tells you in plain words/)).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Add company' })).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Add company' })).toHaveClass('button--large');
    expect(screen.getByText('No companies yet')).toBeInTheDocument();
  });

  it('puts provider-specific actions before the generic ones (QuickBooks Online: Connect; others: none yet)', async () => {
    renderApp(
      makeSnapshot({
        companies: [
          makeCompany({ displayName: 'Acme' }),
          makeCompany({ displayName: 'Desk', kind: 'qbd_conductor', settings: { kind: 'qbd_conductor', endUserId: 'end_usr_1' } }),
        ],
      }),
    );
    const acme = await screen.findByRole('listitem', { name: 'Acme' });
    expect(within(acme).getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual(['Connect Acme to QuickBooks', 'Rename Acme', 'Pause Acme', 'Remove Acme']);
    const desk = screen.getByRole('listitem', { name: 'Desk' });
    expect(within(desk).getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual(['Rename Desk', 'Pause Desk', 'Remove Desk']);
  });
});
