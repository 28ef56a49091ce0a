import type { Redactor } from './redactor';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;

/** Structured logger; every line passes through the redactor before it reaches a sink. */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** A logger that adds `scope` to every line. */
  child(scope: string): Logger;
  readonly redactor: Redactor;
}

/** Receives one redacted JSON line per log entry. */
export type LogSink = (line: string, level: LogLevel) => void;

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function describeError(err: unknown): unknown {
  // Stack traces stay in the log file only; they never cross IPC.
  if (err instanceof Error) return { name: err.name, message: err.message, code: (err as { code?: unknown }).code, stack: err.stack };
  return err;
}

export function createLogger(options: {
  sinks: LogSink[];
  redactor: Redactor;
  level?: LogLevel;
  now?: () => number;
  scope?: string;
}): Logger {
  const min = ORDER[options.level ?? 'info'];
  const now = options.now ?? Date.now;
  const write = (level: LogLevel, message: string, fields?: LogFields): void => {
    if (ORDER[level] < min) return;
    const entry: Record<string, unknown> = { t: new Date(now()).toISOString(), level, msg: message };
    if (options.scope) entry.scope = options.scope;
    if (fields) for (const [k, v] of Object.entries(fields)) entry[k] = k === 'err' || v instanceof Error ? describeError(v) : v;
    let line: string;
    try {
      line = JSON.stringify(entry);
    } catch {
      line = JSON.stringify({ t: entry.t, level, msg: message, note: 'fields not serialisable' });
    }
    const safe = options.redactor.redact(line);
    for (const sink of options.sinks) sink(safe, level);
  };
  return {
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
    child: (scope) => createLogger({ ...options, scope: options.scope ? `${options.scope}.${scope}` : scope }),
    redactor: options.redactor,
  };
}
