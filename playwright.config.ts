import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests: each test starts the built headless host (out/main/headless.js) on a free
 * port with its own data folder and drives the real window in Debian's Chromium. Build first
 * (`npx electron-vite build`; `npm test` does it). Never `playwright install`: the browser is
 * the system one, launched without a sandbox because CI runs as root with no network.
 */
export default defineConfig({
  testDir: 'test/e2e',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: 'list',
  outputDir: 'test-results/playwright',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    browserName: 'chromium',
    viewport: { width: 800, height: 600 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
