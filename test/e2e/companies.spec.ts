import { expect, test } from './support/fixtures';
import { addCompany, companyRow, openWindow } from './support/window';

test.afterEach(({ pageProblems }) => {
  expect(pageProblems, 'browser errors or CSP refusals').toEqual([]);
});

test('(a) add a company through the window and see it listed as "Not checked yet"', async ({ page, host, shot }) => {
  await openWindow(page, host.current);
  await expect(page.getByRole('heading', { name: /Watch your clients’ QuickBooks connections/ })).toBeVisible();
  await expect(page.getByText('No companies yet')).toBeVisible();
  await shot('01-empty-list');

  await page.getByRole('button', { name: 'Add company' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a company' });
  await expect(dialog.getByRole('textbox', { name: /Company name/ })).toBeFocused();
  await shot('02-add-form');

  // Client-side validation, per kind.
  await dialog.getByRole('radio', { name: /via Conductor/ }).check();
  await dialog.getByRole('textbox', { name: /Conductor end-user ID/ }).fill('usr_123');
  await dialog.getByRole('button', { name: 'Add company' }).click();
  await expect(dialog.getByText('Please enter a name for this company.')).toBeVisible();
  await expect(dialog.getByText('Conductor end-user IDs look like end_usr_…')).toBeVisible();
  await shot('03-add-form-validation');

  await dialog.getByRole('radio', { name: /QuickBooks Online/ }).check();
  await expect(dialog.getByRole('textbox')).toHaveCount(1);
  await dialog.getByRole('textbox', { name: /Company name/ }).fill('Acme Plumbing Ltd');
  await dialog.getByRole('button', { name: 'Add company' }).click();
  await expect(dialog).toBeHidden();

  const row = companyRow(page, 'Acme Plumbing Ltd');
  await expect(row).toBeVisible();
  await expect(row.getByText('QuickBooks Online')).toBeVisible();
  await expect(row.getByText('Not checked yet')).toBeVisible();
  await expect(row.getByText('Last checked: never')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Added “Acme Plumbing Ltd”' })).toBeVisible();

  await addCompany(page, 'Birch & Co', 'via Conductor', { 'Conductor end-user ID': 'end_usr_B1rch' });
  await expect(companyRow(page, 'Birch & Co').getByText('QuickBooks Desktop via Conductor')).toBeVisible();
  await shot('04-list-with-companies');

  // "Check all now" answers in words either way.
  await page.getByRole('button', { name: 'Check all now' }).click();
  await expect(page.getByRole('status')).toHaveText(/Started \d+ checks?|Nothing to check yet — connect a company first/);
});

test('(b) a company survives a host restart; the new printed address opens it', async ({ page, host, shot }) => {
  await openWindow(page, host.current);
  await addCompany(page, 'Cedar LLP', 'via nXus', { 'nXus connection ID': 'conn-cedar-1' });

  const before = host.current;
  await host.stop();
  await expect(page.getByText('Lost contact with Ledgerlight — reconnecting…')).toBeVisible();
  await shot('05-lost-contact');

  const after = await host.restart();
  expect(after.url).not.toBe(before.url);
  await openWindow(page, after);
  const row = companyRow(page, 'Cedar LLP');
  await expect(row).toBeVisible();
  await expect(row.getByText('QuickBooks Desktop via nXus')).toBeVisible();
  await expect(row.getByText('Not checked yet')).toBeVisible();
  await expect(page.getByText(/Lost contact/)).toBeHidden();
  await shot('06-after-restart');
});

test('(c) rename, pause and resume a company', async ({ page, host, shot }) => {
  await openWindow(page, host.current);
  await addCompany(page, 'Dune Ltd', 'Web Connector', { 'Web Connector user name': 'dune-qbwc' });

  await page.getByRole('button', { name: 'Rename Dune Ltd' }).click();
  const input = page.getByRole('textbox', { name: 'New name for “Dune Ltd”' });
  await expect(input).toBeFocused();
  await input.fill('Dune Holdings Ltd');
  await shot('07-rename-form');
  await input.press('Enter');
  await expect(companyRow(page, 'Dune Holdings Ltd')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Rename Dune Holdings Ltd' })).toBeFocused();

  await page.getByRole('button', { name: 'Pause Dune Holdings Ltd' }).click();
  const row = companyRow(page, 'Dune Holdings Ltd');
  await expect(row.getByText('Paused — not being checked')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Resume Dune Holdings Ltd' })).toBeVisible();
  await expect(page.getByText('All companies are paused')).toBeVisible();
  await shot('08-paused');

  // The change is the host's, not just the page's.
  await page.reload();
  await expect(companyRow(page, 'Dune Holdings Ltd').getByText('Paused — not being checked')).toBeVisible();

  await page.getByRole('button', { name: 'Resume Dune Holdings Ltd' }).click();
  await expect(companyRow(page, 'Dune Holdings Ltd').getByText('Not checked yet')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pause Dune Holdings Ltd' })).toBeVisible();
  await shot('09-resumed');
});

test('(d) remove a company after confirming; it stays gone after a restart', async ({ page, host, shot }) => {
  await openWindow(page, host.current);
  await addCompany(page, 'Elm Street Bakery');

  await page.getByRole('button', { name: 'Remove Elm Street Bakery' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Remove “Elm Street Bakery”?' });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await shot('10-confirm-remove');

  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await expect(confirm).toBeHidden();
  await expect(companyRow(page, 'Elm Street Bakery')).toBeVisible();

  await page.getByRole('button', { name: 'Remove Elm Street Bakery' }).click();
  await confirm.getByRole('button', { name: 'Remove company' }).click();
  await expect(confirm).toBeHidden();
  await expect(companyRow(page, 'Elm Street Bakery')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add company' })).toBeVisible();
  await shot('11-after-remove');

  const after = await host.restart();
  await openWindow(page, after);
  await expect(page.getByText('No companies yet')).toBeVisible();
  await expect(page.getByText('Elm Street Bakery')).toHaveCount(0);
  await shot('12-after-remove-and-restart');
});
