/**
 * A CLI command is a pure function of its arguments and stdin, so every command is tested
 * without spawning a process; main.ts is the only place that touches process streams.
 */
export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

export interface CliCommand {
  /** One line for the usage text. */
  readonly summary: string;
  /** Whether the process wrapper must read all of stdin before running the command. */
  readonly readsStdin: boolean;
  run(args: readonly string[], stdin: string): Promise<CliResult>;
}

/** Exit code for a usage error or unusable input (malformed observation, unknown command). */
export const EXIT_USAGE = 2;

export const ok = (stdout: string): CliResult => ({ stdout, stderr: '', exitCode: 0 });
export const usageError = (reason: string): CliResult => ({ stdout: '', stderr: `${oneLine(reason)}\n`, exitCode: EXIT_USAGE });

/** Collapses a reason to one line (the CLI promises one-line reasons). */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 500);
}
