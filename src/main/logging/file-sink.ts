import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LogSink } from './logger';

const MAX_BYTES = 5 * 1024 * 1024;

/**
 * Appends JSON lines to a file, rotating once at 5 MB (keeps one `.1`). Synchronous on
 * purpose: a crash must not lose the last lines, and log volume is low.
 */
export function fileSink(path: string): LogSink {
  mkdirSync(dirname(path), { recursive: true });
  return (line) => {
    try {
      if ((statSync(path, { throwIfNoEntry: false })?.size ?? 0) > MAX_BYTES) renameSync(path, `${path}.1`);
      appendFileSync(path, `${line}\n`, { mode: 0o600 });
    } catch {
      // A full disk must not take the app down with it; the console sink still has the line.
    }
  };
}

/** Warnings and errors to stderr (what a server operator sees), everything else quiet. */
export const stderrSink: LogSink = (line, level) => {
  if (level === 'warn' || level === 'error') process.stderr.write(`${line}\n`);
};
