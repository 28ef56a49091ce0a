// `npm test`: every test the project has — unit, database, integration and component tests
// (vitest), then the end-to-end tests (Playwright driving the headless host in Debian's
// Chromium) — and one closing line "N passed, N failed".
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuild, ensureDependencies, root, run } from './lib/bootstrap.mjs';

ensureDependencies('test', process.argv.slice(2));
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });

function ensureChromium() {
  if (existsSync('/usr/bin/chromium')) return true;
  if (process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log("Installing Debian's Chromium for the end-to-end tests…");
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  if (existsSync('/usr/bin/chromium')) return true;
  console.error('The end-to-end tests need Chromium at /usr/bin/chromium (Debian: apt-get install chromium).');
  return false;
}

let passed = 0;
let failed = 0;

const vitestJson = join(results, 'vitest.json');
const vitestCode = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
if (existsSync(vitestJson)) {
  const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (vitestCode !== 0 && r.numFailedTests === 0 ? 1 : 0);
} else failed += 1;

ensureBuild();
if (ensureChromium()) {
  const pwJson = join(results, 'playwright.json');
  const pwCode = run('npx', ['playwright', 'test', '--reporter=list,json'], { env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson } });
  if (existsSync(pwJson)) {
    const s = JSON.parse(readFileSync(pwJson, 'utf8')).stats;
    passed += s.expected + s.flaky;
    failed += s.unexpected + (pwCode !== 0 && s.unexpected === 0 ? 1 : 0);
  } else failed += 1;
} else failed += 1;

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
