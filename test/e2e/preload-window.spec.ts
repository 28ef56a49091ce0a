import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Page } from '@playwright/test';
import type { AppSnapshot } from '../../src/shared/domain/snapshot';
import { expect, test } from './support/fixtures';
import { ROOT } from './support/headless-host';

/**
 * The same built window, but with a `window.ledgerlight` object on the page, as Electron's
 * preload provides it. No host is started: this drives the preload path of the bridge
 * selection in a real browser and shows states the fresh headless host cannot produce
 * (problems with fix steps, app notices, failing checks).
 */
const RENDERER = join(ROOT, 'out', 'renderer');
const ORIGIN = 'http://ledgerlight.test';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

async function serveBuiltWindow(page: Page) {
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    const file = normalize(join(RENDERER, path === '/' ? 'index.html' : path));
    if (!file.startsWith(RENDERER + sep)) return route.fulfill({ status: 404 });
    try {
      await route.fulfill({ body: await readFile(file), contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
    } catch {
      await route.fulfill({ status: 404 });
    }
  });
}

const problem = {
  code: 'QBO_REFRESH_TOKEN_EXPIRED',
  title: 'QuickBooks sign-in has expired',
  userFacingMessage: 'QuickBooks stopped accepting Ledgerlight’s sign-in for this company, so it cannot be checked.',
  fixSteps: ['Click “Reconnect” (coming soon) or remove and add the company again.', 'Sign in to QuickBooks as an admin user.', 'Choose “Cedar LLP” and click Connect.'],
  occurredAt: '2025-11-21T10:00:00.000Z',
  requestId: 'a1b2c3',
};

const company = (i: number, o: Partial<AppSnapshot['companies'][number]>): AppSnapshot['companies'][number] => ({
  id: `co_${String(i).padStart(16, '0')}`,
  kind: 'qbo',
  displayName: `Company ${i}`,
  paused: false,
  status: 'healthy',
  statusText: 'Connected and working',
  problem: null,
  settings: { kind: 'qbo' },
  createdAt: '2025-11-20T09:00:00.000Z',
  updatedAt: '2025-11-20T09:00:00.000Z',
  lastCheckedAt: '2025-11-21T14:05:00.000Z',
  ...o,
});

const SNAPSHOT: AppSnapshot = {
  hostInstanceId: 'preview',
  version: 5,
  host: 'electron',
  overall: 'error',
  preferences: { notificationsPaused: true },
  notices: [
    {
      id: 'db-recovered',
      level: 'warning',
      title: 'Ledgerlight recovered its database',
      message: 'The database file was damaged, so Ledgerlight restored the last good copy. Changes from the last few minutes may be missing.',
      fixSteps: ['Check that every company you expect is listed.', 'Add any that are missing.'],
      at: '2025-11-21T09:00:00.000Z',
    },
  ],
  companies: [
    company(1, { displayName: 'Acme Plumbing Ltd' }),
    company(2, { displayName: 'Cedar LLP', status: 'needs_reauth', statusText: 'Needs you to reconnect', problem }),
    company(3, {
      displayName: 'Birch & Co',
      kind: 'qbd_conductor',
      settings: { kind: 'qbd_conductor', endUserId: 'end_usr_B1rch' },
      status: 'degraded',
      statusText: 'Working, with problems',
      problem: {
        code: 'CONDUCTOR_QBD_NOT_RUNNING',
        title: 'QuickBooks Desktop is not open',
        userFacingMessage: 'Conductor could not reach QuickBooks Desktop on the client’s computer.',
        fixSteps: ['Ask the client to open QuickBooks Desktop and the company file.', 'Click “Check all now”.'],
        occurredAt: '2025-11-21T10:00:00.000Z',
      },
    }),
    company(4, { displayName: 'Dune Ltd', kind: 'qbd_qbwc', settings: { kind: 'qbd_qbwc' }, paused: true, status: 'paused', statusText: 'Paused — not being checked', lastCheckedAt: null }),
  ],
};

test('(g) problems, fix steps and notices render through the Electron-style preload API', async ({ page, shot, pageProblems }) => {
  await serveBuiltWindow(page);
  await page.addInitScript((snapshot) => {
    const calls: unknown[] = [];
    const answer = (value: unknown) => Promise.resolve({ ok: true, value });
    Object.assign(globalThis, {
      __calls: calls,
      ledgerlight: {
        getSnapshot: () => answer(snapshot),
        checkAllNow: () => answer({ started: 3 }),
        setNotificationsPaused: (p: { paused: boolean }) => (calls.push(['prefs', p]), answer({ notificationsPaused: p.paused })),
        onStateChanged: () => () => {},
        openExternal: () => answer({ opened: true }),
        addCompany: () => Promise.resolve({ ok: false, error: { code: 'CONFLICT', message: 'This QuickBooks company is already in Ledgerlight as "Acme Plumbing Ltd".' } }),
        renameCompany: () => answer(null),
        setCompanyPaused: () => answer(null),
        removeCompany: () => answer({ removed: true }),
      },
    });
  }, SNAPSHOT);
  await page.goto(`${ORIGIN}/`);

  await expect(page.getByText('1 company needs fixing')).toBeVisible();
  await expect(page.getByText(/Lost contact|Connecting/)).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: 'Pause notifications' })).toBeChecked();
  const notice = page.getByRole('region', { name: 'Messages from Ledgerlight' });
  await expect(notice.getByRole('heading', { name: /Ledgerlight recovered its database/ })).toBeVisible();

  const cedar = page.getByRole('listitem', { name: 'Cedar LLP', exact: true });
  await expect(cedar.getByText('Needs you to reconnect')).toBeVisible();
  await expect(cedar.getByText('How to fix')).toBeVisible();
  await expect(cedar.locator('ol > li')).toHaveText(problem.fixSteps);
  await expect(page.getByRole('listitem', { name: 'Dune Ltd', exact: true }).getByText('Last checked: never')).toBeVisible();
  await shot('14-problems-and-notices');

  await page.getByRole('button', { name: 'Check all now' }).click();
  await expect(page.getByRole('status')).toHaveText('Started 3 checks');

  // A host refusal in the add form, in plain words.
  await page.getByRole('button', { name: 'Add company' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a company' });
  await dialog.getByRole('textbox', { name: /Company name/ }).fill('Acme again');
  await dialog.getByRole('button', { name: 'Add company' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/already in Ledgerlight as "Acme Plumbing Ltd"/);
  await shot('15-add-refused-by-host');

  expect(pageProblems).toEqual([]);
});
