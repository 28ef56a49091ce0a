/**
 * The process wrapper of the Ledgerlight CLI (`npm run -s cli -- <command>`, bundled to
 * out/main/cli.js). All logic lives in run-cli.ts so it is testable without a process.
 */
import { readsStdin, runCli } from './run-cli';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const stdin = readsStdin(argv) ? await readStdin() : '';
  const result = await runCli(argv, stdin);
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  return result.exitCode;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`ledgerlight: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
