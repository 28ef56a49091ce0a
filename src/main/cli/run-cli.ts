import type { CliCommand, CliResult } from './cli-types';
import { EXIT_USAGE, oneLine } from './cli-types';
import { diagnoseCommand } from './diagnose-command';

/**
 * Subcommand dispatch. Later capabilities add their command to COMMANDS (one line each).
 */
export const COMMANDS: Readonly<Record<string, CliCommand>> = {
  diagnose: diagnoseCommand,
};

export function usage(): string {
  const lines = Object.entries(COMMANDS).map(([, c]) => `  ${c.summary}`);
  return ['usage: ledgerlight <command> [options]   (npm run -s cli -- <command>)', 'commands:', ...lines, ''].join('\n');
}

/** The whole CLI as a function: arguments (without node and script) and stdin in, streams and exit code out. */
export async function runCli(argv: readonly string[], stdin: string): Promise<CliResult> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') return { stdout: usage(), stderr: '', exitCode: 0 };
  const command = name && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    const why = name ? `unknown command: ${oneLine(name)}` : 'missing command';
    return { stdout: '', stderr: `${why}\n${usage()}`, exitCode: EXIT_USAGE };
  }
  try {
    return await command.run(rest, stdin);
  } catch (err) {
    // A command bug must still end with a reason, not a stack trace on a user's terminal.
    return { stdout: '', stderr: `${name} failed: ${oneLine(err instanceof Error ? err.message : String(err))}\n`, exitCode: 1 };
  }
}

/** Whether the command named by argv reads stdin (so the wrapper does not block on a terminal otherwise). */
export function readsStdin(argv: readonly string[]): boolean {
  const name = argv[0];
  return name !== undefined && Object.hasOwn(COMMANDS, name) && COMMANDS[name]!.readsStdin;
}
