import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Notice } from '../../src/shared/domain/snapshot';
import { createCore, type Core, type CoreOptions } from '../../src/main/core/create-core';
import type { CorePorts, DesktopNotification, Preferences, PreferencesData } from '../../src/main/core/ports';
import { openDatabase } from '../../src/main/db/open-database';
import { createUnavailableCipher } from '../../src/main/vault/unavailable-cipher';
import { FakeTime } from './fake-time';
import { testLogger } from './test-logger';

export function memoryPreferences(): Preferences {
  const data: PreferencesData = { notificationsPaused: false };
  return { get: (k) => data[k], set: (k, v) => void (data[k] = v) };
}

export interface TestCore {
  core: Core;
  ports: CorePorts;
  time: FakeTime;
  logger: ReturnType<typeof testLogger>;
  notifications: DesktopNotification[];
  dataDir: string;
  notices: Notice[];
}

/**
 * A core over a real SQLite file in a temp folder with fake time and in-memory ports.
 * Pass the same dataDir again to simulate a restart.
 */
export function createTestCore(options: { dataDir?: string; overrides?: Partial<CorePorts>; core?: Partial<CoreOptions> } = {}): TestCore {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'ledgerlight-test-'));
  const time = new FakeTime();
  const logger = testLogger();
  const { db, notices } = openDatabase(join(dataDir, 'ledgerlight.db'), { logger, now: () => time.now() });
  const notifications: DesktopNotification[] = [];
  const ports: CorePorts = {
    host: 'headless',
    clock: time,
    timers: time,
    cipher: createUnavailableCipher('test', 'no cipher in this test', []),
    db,
    http: { send: async () => ({ status: 599, headers: {}, body: '' }) },
    notifier: { notify: (n) => void notifications.push(n) },
    power: { on: () => () => {} },
    logger,
    preferences: memoryPreferences(),
    dataDir,
    ...options.overrides,
  };
  const core = createCore(ports, { openExternal: async () => false, initialNotices: notices, ...options.core });
  return { core, ports, time, logger, notifications, dataDir, notices };
}
