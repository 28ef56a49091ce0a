import { resolve } from 'node:path';
import { defaultHeadlessDataDir } from '../../core/data-dir';

export interface HeadlessArgs {
  dataDir: string;
  port: number;
}

/** `--data-dir DIR` / LEDGERLIGHT_DATA_DIR, `--port N` / LEDGERLIGHT_PORT (0 = any free port). */
export function parseHeadlessArgs(argv: readonly string[], env: NodeJS.ProcessEnv): HeadlessArgs {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    if (i >= 0) return argv[i + 1];
    return argv.find((a) => a.startsWith(`${flag}=`))?.slice(flag.length + 1);
  };
  const portRaw = value('--port') ?? env.LEDGERLIGHT_PORT ?? '0';
  const port = Number(portRaw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535 (got "${portRaw}")`);
  return { dataDir: resolve(value('--data-dir') ?? env.LEDGERLIGHT_DATA_DIR ?? defaultHeadlessDataDir()), port };
}
