import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, startHost, type RunningHost } from './support/headless-host';
import { addCompany, companyRow, openWindow } from './support/window';

const SHOTS = join(ROOT, 'test-results', 'screenshots');

/** Starts the demo simulators (Intuit OAuth + QBO API) and reads the env they print. */
function startSimulators(): Promise<{ child: ChildProcess; env: Record<string, string>; clientId: string; clientSecret: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'out', 'main', 'simulators.js')], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error('simulators did not start')), 15_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) {
        clearTimeout(timer);
        resolve({ child, ...(JSON.parse(line) as { env: Record<string, string>; clientId: string; clientSecret: string }) });
      }
    });
  });
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

let sims: Awaited<ReturnType<typeof startSimulators>>;
let host: RunningHost;

test.beforeAll(async () => {
  sims = await startSimulators();
  host = await startHost(mkdtempSync(join(tmpdir(), 'ledgerlight-e2e-connect-')), 20_000, { ...sims.env, LEDGERLIGHT_VAULT_KEY: 'MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=' });
});
test.afterAll(async () => {
  await host?.stop();
  sims?.child.kill('SIGTERM');
});

test('(h) connect a QuickBooks Online company through Intuit sign-in (simulator) and disconnect it', async ({ page, context }) => {
  mkdirSync(SHOTS, { recursive: true });
  await openWindow(page, host);
  // Simulator endpoints are announced, so nobody mistakes them for Intuit.
  await expect(page.getByRole('article', { name: /Not talking to Intuit directly/ })).toBeVisible();

  await page.getByRole('button', { name: 'Intuit app settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Intuit app settings' });
  await dialog.getByLabel('Client ID').fill(sims.clientId);
  await dialog.getByLabel(/Client Secret/).fill(sims.clientSecret);
  await dialog.getByLabel('Redirect address').fill(`http://localhost:${await freePort()}/oauth/callback`);
  await page.screenshot({ path: join(SHOTS, '20-intuit-settings.png') });
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect(dialog).toBeHidden();

  await addCompany(page, 'Acme Plumbing Ltd');
  const row = companyRow(page, 'Acme Plumbing Ltd');
  const popupPromise = context.waitForEvent('page');
  await row.getByRole('button', { name: 'Connect Acme Plumbing Ltd to QuickBooks' }).click();
  await expect(row.getByText('Waiting for you to approve access in your browser…')).toBeVisible();
  const consent = await popupPromise;
  await consent.waitForLoadState();
  await consent.screenshot({ path: join(SHOTS, '21-simulator-consent.png') });
  await consent.getByTestId('sim-connect').click();
  await expect(consent.getByText('You can close this tab')).toBeVisible();
  await consent.close();

  await expect(row.getByText('in QuickBooks: “Sandbox Company US 1”')).toBeVisible();
  await expect(row.getByText('Connected and working')).toBeVisible();
  await page.screenshot({ path: join(SHOTS, '22-connected.png'), fullPage: true });

  await row.getByRole('button', { name: 'Disconnect Acme Plumbing Ltd from QuickBooks' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Disconnect' }).click();
  await expect(page.getByRole('status').filter({ hasText: /confirmed that Ledgerlight's access was removed/ })).toBeVisible();
  await expect(row.getByRole('button', { name: 'Connect Acme Plumbing Ltd to QuickBooks' })).toBeVisible();
  await page.screenshot({ path: join(SHOTS, '23-disconnected.png'), fullPage: true });
});
