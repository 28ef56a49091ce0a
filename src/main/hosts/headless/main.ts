/**
 * The headless host: Ledgerlight's core in a plain Node process (no Electron), serving the
 * built window on 127.0.0.1 behind a per-launch secret. Used for monitoring from a server,
 * on machines without a desktop, and by the end-to-end tests.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../../core/create-core';
import { createClockGapDetector } from '../../core/clock-gap-detector';
import { productModules } from '../../core/product-modules';
import { systemClock, systemTimers } from '../../core/system-time';
import { DatabaseFromFutureError } from '../../db/migrate';
import { openDatabase } from '../../db/open-database';
import { createFetchTransport } from '../../http/fetch-transport';
import { fileSink, stderrSink } from '../../logging/file-sink';
import { createLogger } from '../../logging/logger';
import { createRedactor } from '../../logging/redactor';
import { createHeadlessCipher } from './headless-cipher';
import { parseHeadlessArgs } from './args';
import { newBridgeSecret } from './bridge-secret';
import { createFilePreferences } from './file-preferences';
import { createHeadlessNotifier } from './headless-notifier';
import { startHeadlessServer } from './server';

async function main(): Promise<void> {
  const args = parseHeadlessArgs(process.argv.slice(2), process.env);
  const rendererDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error('The Ledgerlight window has not been built yet. Run "npm run build" first (npm start does this for you).');
  }
  const logger = createLogger({ sinks: [fileSink(join(args.dataDir, 'logs', 'ledgerlight.log')), stderrSink], redactor: createRedactor() });
  const { db, notices } = openDatabase(join(args.dataDir, 'ledgerlight.db'), { logger });
  const gap = createClockGapDetector({ clock: systemClock, timers: systemTimers });
  let raise: (title: string, body: string, companyId?: string) => void = () => {};
  const core = createCore(
    {
      host: 'headless',
      clock: systemClock,
      timers: systemTimers,
      cipher: createHeadlessCipher({
        dataDir: args.dataDir,
        env: process.env,
        onKeyCreated: (path) => logger.warn('created a new vault key file; back it up with the data folder', { path }),
      }),
      db,
      http: createFetchTransport(),
      notifier: createHeadlessNotifier(logger, (t, b, c) => raise(t, b, c)),
      power: gap,
      logger,
      preferences: createFilePreferences(join(args.dataDir, 'preferences.json'), logger),
      dataDir: args.dataDir,
    },
    { initialNotices: notices, openExternal: async () => false, modules: productModules() },
  );
  raise = (title, body, companyId) =>
    core.state.addNotice({ id: `notify-${companyId ?? 'app'}-${title}`, level: 'warning', title, message: body, at: new Date().toISOString() });
  const stopGap = gap.start();
  core.start();
  const server = await startHeadlessServer({ core, rendererDir, secret: newBridgeSecret(), logger, port: args.port });
  process.stdout.write(`Open Ledgerlight at ${server.openUrl}\n`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    stopGap();
    await server.close();
    await core.stop();
    db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  const message = err instanceof DatabaseFromFutureError || err instanceof Error ? err.message : String(err);
  process.stderr.write(`Ledgerlight could not start: ${message}\n`);
  process.exit(1);
});
