import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, startHost, type RunningHost } from './headless-host';

export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');

/** The host under test: one data folder for the whole test, restartable. */
export interface HostControl {
  readonly current: RunningHost;
  readonly dataDir: string;
  /** Kill + start again with the same data folder; the new host has a new port and key. */
  restart(): Promise<RunningHost>;
  stop(): Promise<void>;
}

interface Fixtures {
  host: HostControl;
  /** Full-page screenshot to test-results/screenshots/<name>.png (the window only while a modal is open). */
  shot(name: string, page?: Page): Promise<void>;
  /** Browser-side problems seen during the test (uncaught errors, CSP refusals). */
  pageProblems: string[];
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use, testInfo) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ledgerlight-e2e-'));
    let running: RunningHost | null = await startHost(dataDir);
    const outputs: string[] = [];
    const control: HostControl = {
      dataDir,
      get current() {
        if (!running) throw new Error('The host is stopped.');
        return running;
      },
      async restart() {
        await control.stop();
        running = await startHost(dataDir);
        return running;
      },
      async stop() {
        if (!running) return;
        outputs.push(running.output());
        await running.stop();
        running = null;
      },
    };
    await use(control);
    await control.stop();
    await testInfo.attach('host output', { body: outputs.join('\n--- restart ---\n'), contentType: 'text/plain' });
    rmSync(dataDir, { recursive: true, force: true });
  },

  pageProblems: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
    page.on('console', (msg) => {
      const text = msg.text();
      // A CSP refusal means the built window breaks its own policy. (frame-ancestors in a
      // <meta> tag is ignored by design; the host sends it as a header as well.)
      if (/Content Security Policy/i.test(text) && !/frame-ancestors/.test(text)) problems.push(`csp: ${text}`);
    });
    await use(problems);
  },

  shot: async ({ page }, use) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await use(async (name, target = page) => {
      // While a modal dialog is open the page behind it cannot scroll, so the window itself is
      // the whole picture (a full-page capture would show the fixed backdrop cut off).
      const modalOpen = (await target.locator('[aria-modal="true"]').count()) > 0;
      await target.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: !modalOpen });
    });
  },
});

export { expect };
