import { screen, waitFor, within } from '@testing-library/react';
import { AddCompanyForm } from '../../../src/renderer/src/features/companies/AddCompanyForm';
import { validateAddCompany, EMPTY_VALUES } from '../../../src/renderer/src/features/companies/add-company-values';
import { makeCompany, makeSnapshot } from '../support/builders';
import { createFakeApi, refuse } from '../support/fake-api';
import { renderApp, renderWithApi } from '../support/render-app';

function setup() {
  const onAdded = vi.fn();
  const onCancel = vi.fn();
  const r = renderWithApi(<AddCompanyForm onAdded={onAdded} onCancel={onCancel} />, createFakeApi());
  return { ...r, onAdded, onCancel };
}

const nameInput = () => screen.getByRole('textbox', { name: /company name/i });
const submit = () => screen.getByRole('button', { name: 'Add company' });

describe('add company form: per-kind fields and validation', () => {
  it('QuickBooks Online needs only a name; an empty name is refused in plain words', async () => {
    const { user, fake, onAdded } = setup();
    expect(screen.getByRole('radio', { name: /QuickBooks Online/ })).toBeChecked();
    expect(screen.getAllByRole('textbox')).toHaveLength(1);

    await user.click(submit());
    expect(screen.getByText('Please enter a name for this company.')).toBeInTheDocument();
    expect(nameInput()).toHaveAttribute('aria-invalid', 'true');
    expect(nameInput()).toHaveFocus();
    expect(nameInput()).toHaveAccessibleDescription(expect.stringContaining('Please enter a name for this company.'));
    expect(fake.mocks.addCompany).not.toHaveBeenCalled();

    await user.type(nameInput(), '  Acme Plumbing Ltd ');
    expect(screen.queryByText('Please enter a name for this company.')).not.toBeInTheDocument();
    await user.click(submit());
    expect(fake.mocks.addCompany).toHaveBeenCalledWith({ displayName: 'Acme Plumbing Ltd', settings: { kind: 'qbo' } });
    await waitFor(() => expect(onAdded).toHaveBeenCalledWith(expect.objectContaining({ displayName: 'Acme Plumbing Ltd' })));
  });

  it('Conductor needs an end-user id that looks like end_usr_…', async () => {
    const { user, fake } = setup();
    await user.type(nameInput(), 'Birch & Co');
    await user.click(screen.getByRole('radio', { name: /via Conductor/ }));
    const id = screen.getByRole('textbox', { name: /Conductor end-user ID/ });
    expect(id).toHaveAccessibleDescription(expect.stringContaining('End Users'));

    await user.click(submit());
    expect(screen.getByText(/Please enter the Conductor end-user ID/)).toBeInTheDocument();
    expect(id).toHaveFocus();

    await user.type(id, 'usr_123');
    await user.click(submit());
    expect(screen.getByText('Conductor end-user IDs look like end_usr_…')).toBeInTheDocument();
    expect(fake.mocks.addCompany).not.toHaveBeenCalled();

    await user.clear(id);
    await user.type(id, 'end_usr_Ab12');
    await user.click(submit());
    expect(fake.mocks.addCompany).toHaveBeenCalledWith({ displayName: 'Birch & Co', settings: { kind: 'qbd_conductor', endUserId: 'end_usr_Ab12' } });
  });

  it('nXus needs a connection id', async () => {
    const { user, fake } = setup();
    await user.type(nameInput(), 'Cedar LLP');
    await user.click(screen.getByRole('radio', { name: /via nXus/ }));
    await user.click(submit());
    expect(screen.getByText('Please enter the nXus connection ID.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /nXus connection ID/ }), ' conn-42 ');
    await user.click(submit());
    expect(fake.mocks.addCompany).toHaveBeenCalledWith({ displayName: 'Cedar LLP', settings: { kind: 'qbd_nxus', connectionId: 'conn-42' } });
  });

  it('Web Connector user name and company file are optional and left out when blank', async () => {
    const { user, fake } = setup();
    await user.type(nameInput(), 'Dune Ltd');
    await user.click(screen.getByRole('radio', { name: /Web Connector/ }));
    expect(screen.getByRole('textbox', { name: /Web Connector user name/ })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Company file path/ })).toBeInTheDocument();
    await user.click(submit());
    expect(fake.mocks.addCompany).toHaveBeenLastCalledWith({ displayName: 'Dune Ltd', settings: { kind: 'qbd_qbwc' } });
  });

  it('Web Connector fields are sent when filled in', async () => {
    const { user, fake } = setup();
    await user.type(nameInput(), 'Dune Ltd');
    await user.click(screen.getByRole('radio', { name: /Web Connector/ }));
    await user.type(screen.getByRole('textbox', { name: /Web Connector user name/ }), 'dune-qbwc');
    await user.type(screen.getByRole('textbox', { name: /Company file path/ }), 'C:\\Books\\Dune.qbw');
    await user.click(submit());
    expect(fake.mocks.addCompany).toHaveBeenCalledWith({
      displayName: 'Dune Ltd',
      settings: { kind: 'qbd_qbwc', qbwcUserName: 'dune-qbwc', companyFilePath: 'C:\\Books\\Dune.qbw' },
    });
  });

  it('validation uses the shared schema limits (too long names)', () => {
    const result = validateAddCompany({ ...EMPTY_VALUES, displayName: 'x'.repeat(121) });
    expect(result).toEqual({ ok: false, errors: { displayName: 'This is too long — at most 120 characters.' } });
  });
});

describe('add company form: the host says no', () => {
  it('shows an INVALID_PAYLOAD refusal next to the field, in plain words, with no raw field paths', async () => {
    const { user, fake, onAdded } = setup();
    fake.mocks.addCompany.mockReturnValueOnce(
      refuse({
        code: 'INVALID_PAYLOAD',
        message: 'That request was not in the expected form.',
        issues: ['settings.endUserId: Conductor end-user IDs look like end_usr_…', 'settings.extra: Unrecognized key: "extra"'],
      }),
    );
    await user.type(nameInput(), 'Birch & Co');
    await user.click(screen.getByRole('radio', { name: /via Conductor/ }));
    await user.type(screen.getByRole('textbox', { name: /Conductor end-user ID/ }), 'end_usr_x1');
    await user.click(submit());

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Ledgerlight could not accept those details.');
    expect(alert).toHaveTextContent('This detail is not used here.');
    expect(screen.getByRole('textbox', { name: /Conductor end-user ID/ })).toHaveAccessibleDescription(
      expect.stringContaining('Conductor end-user IDs look like end_usr_…'),
    );
    expect(document.body).not.toHaveTextContent('settings.endUserId');
    expect(document.body).not.toHaveTextContent('{');
    expect(onAdded).not.toHaveBeenCalled();
  });

  it('shows a CONFLICT refusal as the host wrote it, and lets the person try again', async () => {
    const { user, fake, onAdded } = setup();
    fake.mocks.addCompany.mockReturnValueOnce(refuse({ code: 'CONFLICT', message: 'This QuickBooks company is already in Ledgerlight as "Acme".' }));
    await user.type(nameInput(), 'Acme again');
    await user.click(submit());
    expect(await screen.findByRole('alert')).toHaveTextContent('This QuickBooks company is already in Ledgerlight as "Acme".');
    expect(submit()).toBeEnabled();
    await user.click(submit());
    await waitFor(() => expect(onAdded).toHaveBeenCalled());
  });

  it('disables the button while the host is working', async () => {
    const { user, fake } = setup();
    fake.mocks.addCompany.mockReturnValueOnce(new Promise(() => {}));
    await user.type(nameInput(), 'Slow Ltd');
    await user.click(submit());
    expect(screen.getByRole('button', { name: 'Adding…' })).toBeDisabled();
  });
});

describe('add company dialog in the window', () => {
  it('opens from the empty state, focuses the name, closes on Escape and returns focus', async () => {
    const { user } = renderApp();
    const open = await screen.findByRole('button', { name: 'Add company' });
    await user.click(open);
    const dialog = screen.getByRole('dialog', { name: 'Add a company' });
    expect(within(dialog).getByRole('textbox', { name: /company name/i })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(open).toHaveFocus();
  });

  it('keeps Tab inside the dialog', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Add company' }));
    const dialog = screen.getByRole('dialog');
    for (let i = 0; i < 12; i++) {
      await user.tab();
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }
  });

  it('closes after adding, announces it, and shows the company once the host pushes it', async () => {
    const { user, fake } = renderApp(makeSnapshot({ version: 1 }));
    await user.click(await screen.findByRole('button', { name: 'Add company' }));
    await user.type(screen.getByRole('textbox', { name: /company name/i }), 'Acme Plumbing Ltd');
    fake.mocks.addCompany.mockImplementationOnce(async (p) => {
      const company = makeCompany({ displayName: p.displayName });
      fake.push(makeSnapshot({ version: 2, companies: [company] }));
      return { ok: true, value: company };
    });
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Add company' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('status')).toHaveTextContent('Added “Acme Plumbing Ltd”');
    expect(screen.getByRole('heading', { name: 'Acme Plumbing Ltd' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Companies/ })).toHaveFocus();
  });
});
