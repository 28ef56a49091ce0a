import { screen, within } from '@testing-library/react';
import { makeSnapshot } from '../support/builders';
import { renderApp } from '../support/render-app';

describe('notices', () => {
  it('shows one banner per notice with title, message and fix steps, most serious first', async () => {
    renderApp(
      makeSnapshot({
        notices: [
          { id: 'sim', level: 'info', title: 'Test endpoints in use', message: 'Ledgerlight is talking to simulators.', at: '2025-11-21T10:00:00Z' },
          {
            id: 'db recovered',
            level: 'error',
            title: 'The database was recovered',
            message: 'Ledgerlight found its database damaged and started a fresh one.',
            fixSteps: ['Add your companies again.', 'Tell your IT contact.'],
            at: '2025-11-21T10:00:00Z',
          },
        ],
      }),
    );
    const region = await screen.findByRole('region', { name: 'Messages from Ledgerlight' });
    const banners = within(region).getAllByRole('article');
    expect(banners).toHaveLength(2);
    expect(banners[0]).toHaveAccessibleName('Problem: The database was recovered');
    expect(banners[0]).toHaveTextContent('Ledgerlight found its database damaged and started a fresh one.');
    expect(within(banners[0]!).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Add your companies again.', 'Tell your IT contact.']);
    expect(banners[1]).toHaveAccessibleName('Note: Test endpoints in use');
  });

  it('dismisses a notice through the host', async () => {
    const { user, fake } = renderApp(
      makeSnapshot({ notices: [{ id: 'n1', level: 'warning', title: 'Fresh database', message: 'It was recovered.', at: '2025-11-21T10:00:00Z' }] }),
    );
    await user.click(await screen.findByRole('button', { name: 'Dismiss: Fresh database' }));
    expect(fake.mocks.dismissNotice).toHaveBeenCalledWith({ id: 'n1' });
  });

  it('shows nothing when there are no notices', async () => {
    renderApp();
    await screen.findByRole('button', { name: 'Add company' });
    expect(screen.queryByRole('region', { name: 'Messages from Ledgerlight' })).not.toBeInTheDocument();
  });
});
