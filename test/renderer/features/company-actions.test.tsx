import { act, screen, waitFor, within } from '@testing-library/react';
import type { CompanySummary } from '@shared/domain/company';
import { makeCompany, makeSnapshot } from '../support/builders';
import { refuse } from '../support/fake-api';
import { renderApp } from '../support/render-app';

const ACME = makeCompany({ id: 'co_acme000000000001', displayName: 'Acme Plumbing Ltd' });

async function setup(company: CompanySummary = ACME) {
  const r = renderApp(makeSnapshot({ version: 1, companies: [company] }));
  await screen.findByRole('listitem', { name: company.displayName });
  return r;
}

describe('rename', () => {
  it('renames in place and returns focus to the Rename button', async () => {
    const { user, fake } = await setup();
    await user.click(screen.getByRole('button', { name: 'Rename Acme Plumbing Ltd' }));
    const input = screen.getByRole('textbox', { name: 'New name for “Acme Plumbing Ltd”' });
    expect(input).toHaveFocus();
    expect(input).toHaveValue('Acme Plumbing Ltd');

    await user.clear(input);
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(screen.getByText('Please enter a name for this company.')).toBeInTheDocument();
    expect(fake.mocks.renameCompany).not.toHaveBeenCalled();

    fake.mocks.renameCompany.mockImplementationOnce(async ({ displayName }) => {
      const renamed = { ...ACME, displayName };
      fake.push(makeSnapshot({ version: 2, companies: [renamed] }));
      return { ok: true, value: renamed };
    });
    await user.type(input, 'Acme Plumbing & Heating{Enter}');
    expect(fake.mocks.renameCompany).toHaveBeenCalledWith({ id: ACME.id, displayName: 'Acme Plumbing & Heating' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Rename Acme Plumbing & Heating' })).toHaveFocus());
    expect(screen.getByRole('status')).toHaveTextContent('Renamed “Acme Plumbing Ltd” to “Acme Plumbing & Heating”');
  });

  it('Escape cancels without asking the host', async () => {
    const { user, fake } = await setup();
    await user.click(screen.getByRole('button', { name: 'Rename Acme Plumbing Ltd' }));
    await user.type(screen.getByRole('textbox', { name: /New name/ }), ' changed');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: /New name/ })).not.toBeInTheDocument();
    expect(fake.mocks.renameCompany).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Rename Acme Plumbing Ltd' })).toHaveFocus();
  });

  it('shows the host’s refusal under the field in plain words', async () => {
    const { user, fake } = await setup();
    fake.mocks.renameCompany.mockReturnValueOnce(
      refuse({ code: 'NOT_FOUND', message: 'That company is no longer in Ledgerlight. It may have been removed in another window.' }),
    );
    await user.click(screen.getByRole('button', { name: 'Rename Acme Plumbing Ltd' }));
    await user.type(screen.getByRole('textbox', { name: /New name/ }), ' 2{Enter}');
    expect(await screen.findByText(/no longer in Ledgerlight/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /New name/ })).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('pause and resume', () => {
  it('pauses an active company and says so', async () => {
    const { user, fake } = await setup();
    await user.click(screen.getByRole('button', { name: 'Pause Acme Plumbing Ltd' }));
    expect(fake.mocks.setCompanyPaused).toHaveBeenCalledWith({ id: ACME.id, paused: true });
    expect(await screen.findByRole('status')).toHaveTextContent('Paused checks for “Acme Plumbing Ltd”');
  });

  it('resumes a paused company', async () => {
    const { user, fake } = await setup({ ...ACME, paused: true, status: 'paused', statusText: 'Paused — not being checked' });
    expect(screen.getByText('Paused — not being checked')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Resume Acme Plumbing Ltd' }));
    expect(fake.mocks.setCompanyPaused).toHaveBeenCalledWith({ id: ACME.id, paused: false });
    expect(await screen.findByRole('status')).toHaveTextContent('Resumed checks for “Acme Plumbing Ltd”');
  });

  it('follows the host: the button flips when the pushed snapshot says paused', async () => {
    const { fake } = await setup();
    act(() => fake.push(makeSnapshot({ version: 2, companies: [{ ...ACME, paused: true, status: 'paused', statusText: 'Paused — not being checked' }] })));
    expect(screen.getByRole('button', { name: 'Resume Acme Plumbing Ltd' })).toBeInTheDocument();
  });

  it('shows a failure in plain words', async () => {
    const { user, fake } = await setup();
    fake.mocks.setCompanyPaused.mockReturnValueOnce(
      refuse({ code: 'STORAGE_FULL', message: 'The disk is full, so Ledgerlight could not save that change. Nothing was lost.', fixSteps: ['Free some space.'] }),
    );
    await user.click(screen.getByRole('button', { name: 'Pause Acme Plumbing Ltd' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The disk is full');
    expect(within(alert).getByRole('listitem')).toHaveTextContent('Free some space.');
  });
});

describe('remove', () => {
  it('asks for confirmation in an accessible dialog, with focus on the safe choice', async () => {
    const { user, fake } = await setup();
    await user.click(screen.getByRole('button', { name: 'Remove Acme Plumbing Ltd' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Remove “Acme Plumbing Ltd”?' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleDescription(/Nothing in QuickBooks is changed/);
    expect(within(dialog).getByRole('button', { name: 'Keep it' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(fake.mocks.removeCompany).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Remove Acme Plumbing Ltd' })).toHaveFocus();
  });

  it('Escape also cancels', async () => {
    const { user, fake } = await setup();
    await user.click(screen.getByRole('button', { name: 'Remove Acme Plumbing Ltd' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(fake.mocks.removeCompany).not.toHaveBeenCalled();
  });

  it('removes after confirming; the row goes when the host pushes the new list', async () => {
    const { user, fake } = await setup();
    fake.mocks.removeCompany.mockImplementationOnce(async () => {
      fake.push(makeSnapshot({ version: 2, companies: [] }));
      return { ok: true, value: { removed: true as const } };
    });
    await user.click(screen.getByRole('button', { name: 'Remove Acme Plumbing Ltd' }));
    await user.click(screen.getByRole('button', { name: 'Remove company' }));
    expect(fake.mocks.removeCompany).toHaveBeenCalledWith({ id: ACME.id });
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(screen.queryByRole('listitem', { name: 'Acme Plumbing Ltd' })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Removed “Acme Plumbing Ltd”');
  });

  it('keeps the dialog open and explains when removal fails', async () => {
    const { user, fake } = await setup();
    fake.mocks.removeCompany.mockReturnValueOnce(refuse({ code: 'INTERNAL', message: 'Error: boom\n    at remove (/x/y.js:1:2)' }));
    await user.click(screen.getByRole('button', { name: 'Remove Acme Plumbing Ltd' }));
    await user.click(screen.getByRole('button', { name: 'Remove company' }));
    const dialog = screen.getByRole('alertdialog');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Something went wrong inside Ledgerlight. The details are in the log file.');
    expect(dialog).not.toHaveTextContent('boom');
  });
});
