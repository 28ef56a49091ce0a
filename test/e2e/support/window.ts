import { expect, type Page } from '@playwright/test';
import type { RunningHost } from './headless-host';

export type KindChoice = 'QuickBooks Online' | 'Web Connector' | 'via Conductor' | 'via nXus';

/** Opens the printed address (which trades the key for a cookie) and waits for the window. */
export async function openWindow(page: Page, host: RunningHost): Promise<void> {
  const response = await page.goto(host.url);
  expect(response?.status()).toBe(200);
  // The key must not stay in the address bar.
  expect(page.url()).toBe(`${host.origin}/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Ledgerlight' })).toBeVisible();
  await expect(page.getByText('Loading your companies…')).toBeHidden();
}

/** Adds a company through the add dialog, as a person would. */
export async function addCompany(page: Page, name: string, kind: KindChoice = 'QuickBooks Online', extra: Record<string, string> = {}) {
  await page.getByRole('button', { name: 'Add company' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add a company' });
  await dialog.getByRole('textbox', { name: /Company name/ }).fill(name);
  await dialog.getByRole('radio', { name: new RegExp(kind) }).check();
  for (const [label, value] of Object.entries(extra)) await dialog.getByRole('textbox', { name: new RegExp(label) }).fill(value);
  await dialog.getByRole('button', { name: 'Add company' }).click();
  await expect(dialog).toBeHidden();
  await expect(companyRow(page, name)).toBeVisible();
}

/** A company's row, found by its accessible name (the company name). */
export const companyRow = (page: Page, name: string) => page.getByRole('listitem', { name, exact: true });
