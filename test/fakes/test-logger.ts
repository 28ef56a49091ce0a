import { createLogger, type Logger } from '../../src/main/logging/logger';
import { createRedactor } from '../../src/main/logging/redactor';

/** A real logger (with redaction) whose lines are kept in memory for assertions. */
export function testLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const logger = createLogger({ sinks: [(line) => lines.push(line)], redactor: createRedactor(), level: 'debug' });
  return Object.assign(logger, { lines });
}
