import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..', '..');
export const HEADLESS_ENTRY = join(ROOT, 'out', 'main', 'headless.js');

/** The one line the host prints when it is ready. */
const READY = /^Open Ledgerlight at (http:\/\/127\.0\.0\.1:(\d+)\/\?key=([A-Za-z0-9_-]+))$/;

export interface RunningHost {
  /** The printed address, key included. */
  url: string;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  key: string;
  /** Everything the host wrote so far (stdout + stderr), for failure reports. */
  output(): string;
  /** SIGTERM, then SIGKILL if it has not exited within 5 s. */
  stop(): Promise<void>;
}

/**
 * Starts `node out/main/headless.js --data-dir <dir> --port 0` with the Node that runs the
 * tests (Node 22 via npx) and resolves once it prints its address (20 s limit). Rejects with
 * the host's own output if it exits or stays silent.
 */
export function startHost(dataDir: string, timeoutMs = 20_000, extraEnv: Record<string, string> = {}): Promise<RunningHost> {
  if (!existsSync(HEADLESS_ENTRY)) {
    return Promise.reject(new Error(`${HEADLESS_ENTRY} does not exist — run "npx electron-vite build" first.`));
  }
  const env = { ...process.env, ...extraEnv };
  delete env.LEDGERLIGHT_PORT;
  delete env.LEDGERLIGHT_DATA_DIR;
  const child = spawn(process.execPath, [HEADLESS_ENTRY, '--data-dir', dataDir, '--port', '0'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  let pending = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));

  return new Promise<RunningHost>((resolveReady, rejectReady) => {
    let settled = false;
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      rejectReady(new Error(`${why}\n--- host output ---\n${log}`));
    };
    const timer = setTimeout(() => fail(`The headless host did not print its address within ${timeoutMs} ms.`), timeoutMs);
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      log += chunk;
      pending += chunk;
      let nl: number;
      while ((nl = pending.indexOf('\n')) >= 0) {
        const line = pending.slice(0, nl).trim();
        pending = pending.slice(nl + 1);
        const m = READY.exec(line);
        if (m && !settled) {
          settled = true;
          clearTimeout(timer);
          const port = Number(m[2]);
          resolveReady({
            url: m[1]!,
            origin: `http://127.0.0.1:${port}`,
            port,
            key: m[3]!,
            output: () => log,
            stop: () => stopChild(child, exited),
          });
        }
      }
    });
    child.once('error', (err) => fail(`Could not start the headless host: ${err.message}`));
    child.once('exit', (code, signal) => fail(`The headless host exited before it was ready (code ${code}, signal ${signal}).`));
  });
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(killer);
}
