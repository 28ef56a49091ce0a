import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { Logger } from '../../logging/logger';
import type { Preferences, PreferencesData } from '../../core/ports';

const Schema = z.object({ notificationsPaused: z.boolean().default(false) });
const DEFAULTS: PreferencesData = { notificationsPaused: false };

/**
 * Non-secret preferences for the headless host: a JSON file in its data folder, written
 * atomically (temp file + rename). A damaged file falls back to defaults and is logged.
 */
export function createFilePreferences(file: string, logger: Logger): Preferences {
  let data: PreferencesData = DEFAULTS;
  try {
    data = Schema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (err) {
    if ((err as { code?: string }).code !== 'ENOENT') logger.warn('preferences file unreadable; using defaults', { file, err });
  }
  return {
    get: (key) => data[key],
    set(key, value) {
      data = { ...data, [key]: value };
      mkdirSync(dirname(file), { recursive: true });
      const tmp = `${file}.tmp`;
      writeFileSync(tmp, JSON.stringify(data, null, 2), { mode: 0o600 });
      renameSync(tmp, file);
    },
  };
}
