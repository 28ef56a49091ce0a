// Shared by `npm start` and `npm test`: make a fresh clone runnable. Plain ESM that also runs
// on an old system Node, because before the first install the pinned Node 22 is not there yet.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const isWin = process.platform === 'win32';

/** Runs a command with inherited output; returns its exit code. */
export function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: isWin, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

/**
 * Installs dependencies when node_modules is missing or older than the lockfile, then re-runs
 * the same npm script so it executes on the pinned Node 22 that the install just provided.
 */
export function ensureDependencies(scriptName, args) {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  const stale = !existsSync(marker) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs + 1000);
  const major = Number(process.versions.node.split('.')[0]);
  if (!stale && major >= 22) return;
  if (process.env.LEDGERLIGHT_BOOTSTRAPPED) {
    console.error(`Ledgerlight needs Node 22 (found ${process.version}) and could not provide it. Run "npm ci" and try again.`);
    process.exit(1);
  }
  if (stale) {
    console.log('Installing Ledgerlight\'s dependencies (first run)…');
    const code = run('npm', [existsSync(lock) ? 'ci' : 'install', '--no-audit', '--no-fund'], {
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    });
    if (code !== 0) process.exit(code);
  }
  process.exit(run('npm', ['run', '-s', scriptName, '--', ...args], { env: { ...process.env, LEDGERLIGHT_BOOTSTRAPPED: '1' } }));
}

function newestMtime(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Builds the app when the build output is missing or older than any source file. */
export function ensureBuild() {
  const built = join(root, 'out', 'main', 'headless.js');
  const sources = ['src', 'resources', 'electron.vite.config.ts', 'package.json'].map((p) => join(root, p)).filter(existsSync);
  const fresh = existsSync(built) && existsSync(join(root, 'out', 'renderer', 'index.html')) && statSync(built).mtimeMs >= Math.max(...sources.map(newestMtime));
  if (fresh) return;
  console.log('Building Ledgerlight…');
  const code = run('npx', ['electron-vite', 'build']);
  if (code !== 0) process.exit(code);
}
