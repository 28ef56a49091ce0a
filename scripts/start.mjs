// `npm start`: installs and builds when needed, then launches the Electron app. Where no
// Electron runtime exists (or no display), it says so in one sentence and starts the headless
// host instead. `npm run serve` (or `npm start -- --headless`) always starts the headless host.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuild, ensureDependencies, root } from './lib/bootstrap.mjs';

const args = process.argv.slice(2);
ensureDependencies('start', args);
ensureBuild();

const electronDir = join(root, 'node_modules', 'electron');
function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const bin = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(bin) ? bin : null;
}

/** Why Electron cannot run here, or null when it can. Tries the one-time runtime download once. */
function whyNoElectron() {
  if (args.includes('--headless')) return '';
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'There is no desktop display on this machine, so Ledgerlight is starting its headless host instead.';
  }
  if (!electronBinary() && !process.env.LEDGERLIGHT_NO_ELECTRON_DOWNLOAD) {
    console.log('Fetching the Electron runtime (one time)…');
    spawnSync(process.execPath, [join(electronDir, 'install.js')], { cwd: root, stdio: 'ignore', timeout: 120_000 });
  }
  if (!electronBinary()) {
    return 'No Electron runtime could be found or downloaded on this machine, so Ledgerlight is starting its headless host instead.';
  }
  return null;
}

function launch(cmd, cmdArgs) {
  const child = spawn(cmd, cmdArgs, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
}

const reason = whyNoElectron();
if (reason === null) {
  launch(electronBinary(), ['.', ...args]);
} else {
  if (reason) console.log(reason);
  launch(process.execPath, [join(root, 'out', 'main', 'headless.js'), ...args.filter((a) => a !== '--headless')]);
}
