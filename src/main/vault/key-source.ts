import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, statSync, writeSync, constants as fsConstants } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';

/** base64 of exactly 32 random bytes; always wins over any key file. */
export const VAULT_KEY_ENV = 'LEDGERLIGHT_VAULT_KEY';
/** Path of an owner-only key file holding the base64 key; defaults to `<dataDir>/vault.key`. */
export const VAULT_KEY_FILE_ENV = 'LEDGERLIGHT_VAULT_KEY_FILE';
export const DEFAULT_KEY_FILE_NAME = 'vault.key';
/** What we tell people to run to make a key (Node is there already: Ledgerlight runs on it). */
export const KEY_GENERATE_COMMAND = `node -e "console.log(require('crypto').randomBytes(32).toString('base64'))"`;

export type VaultKeySource =
  | { ok: true; key: Buffer; origin: 'env' | 'file'; path?: string; created: boolean; description: string }
  | { ok: false; reason: string; fixSteps: string[] };

export interface LoadVaultKeyOptions {
  env: NodeJS.ProcessEnv;
  dataDir: string;
  platform?: NodeJS.Platform;
  /** Current user id (POSIX); injected for tests. */
  uid?: number;
  /**
   * Create `<dataDir>/vault.key` (mode 0600) when neither the env var nor any key file exists.
   * Never applies to an explicit LEDGERLIGHT_VAULT_KEY_FILE: a missing explicit file usually
   * means a secrets mount failed, and inventing a new key there would hide that.
   */
  createIfMissing?: boolean;
}

const BASE64_32 = /^(?:[A-Za-z0-9+/]{43}=|[A-Za-z0-9_-]{43}=?)$/;

/** Decodes a base64 (or base64url) key text; null unless it is exactly 32 bytes. */
export function parseKeyText(text: string): Buffer | null {
  const trimmed = text.trim();
  if (!BASE64_32.test(trimmed)) return null;
  const key = Buffer.from(trimmed.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  return key.length === 32 ? key : null;
}

const makeKeySteps = (target: string) => [
  `Create a key: ${KEY_GENERATE_COMMAND}`,
  `Put it in ${VAULT_KEY_ENV}, or save it in ${target} and run: chmod 600 ${target}`,
  'Restart Ledgerlight.',
];

/**
 * Finds the headless vault key. Order: LEDGERLIGHT_VAULT_KEY (always wins), then the key file
 * (LEDGERLIGHT_VAULT_KEY_FILE or `<dataDir>/vault.key`). A key file must be a regular file
 * owned by the current user with no group/other permission bits (0600 or 0400); anything
 * else is refused with the reason and the exact fix, never used "just this once".
 */
export function loadVaultKey(options: LoadVaultKeyOptions): VaultKeySource {
  const platform = options.platform ?? process.platform;
  const envKey = options.env[VAULT_KEY_ENV];
  if (envKey !== undefined) {
    const key = parseKeyText(envKey);
    if (key) return { ok: true, key, origin: 'env', created: false, description: `key from ${VAULT_KEY_ENV}` };
    return {
      ok: false,
      reason: `${VAULT_KEY_ENV} is set but is not the base64 of exactly 32 bytes, so Ledgerlight will not store QuickBooks tokens.`,
      fixSteps: [`Create a key: ${KEY_GENERATE_COMMAND}`, `Set ${VAULT_KEY_ENV} to that value (or unset it to use a key file).`, 'Restart Ledgerlight.'],
    };
  }

  const explicitPath = options.env[VAULT_KEY_FILE_ENV]?.trim();
  const path = explicitPath || join(options.dataDir, DEFAULT_KEY_FILE_NAME);
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) {
    if (explicitPath) {
      return {
        ok: false,
        reason: `${VAULT_KEY_FILE_ENV} points to ${path}, which does not exist, so Ledgerlight will not store QuickBooks tokens.`,
        fixSteps: [`Check that ${path} is mounted or spelled correctly.`, ...makeKeySteps(path)],
      };
    }
    if (options.createIfMissing ?? true) {
      // Another process may win the race to create it; then we read the one it wrote.
      return createKeyFile(path) ?? loadVaultKey({ ...options, createIfMissing: false });
    }
    return { ok: false, reason: `No vault key is configured (no ${VAULT_KEY_ENV} and no ${path}).`, fixSteps: makeKeySteps(path) };
  }
  if (!stat.isFile()) {
    return { ok: false, reason: `The vault key path ${path} is not a regular file.`, fixSteps: makeKeySteps(path) };
  }
  if (platform !== 'win32') {
    const uid = options.uid ?? process.getuid?.();
    if (uid !== undefined && stat.uid !== uid) {
      return {
        ok: false,
        reason: `The vault key file ${path} belongs to another user (uid ${stat.uid}), so it may have been read or replaced by them.`,
        fixSteps: [`Give the file to the account that runs Ledgerlight: chown $(id -u) ${path}`, `chmod 600 ${path}`, 'Restart Ledgerlight.'],
      };
    }
    if ((stat.mode & 0o077) !== 0) {
      const mode = (stat.mode & 0o777).toString(8).padStart(3, '0');
      return {
        ok: false,
        reason: `The vault key file ${path} can be read by other users (mode ${mode}); Ledgerlight only uses a key file that is private to its owner.`,
        fixSteps: [`chmod 600 ${path}`, 'Restart Ledgerlight.'],
      };
    }
  }
  let key: Buffer | null;
  try {
    key = parseKeyText(readFileSync(path, 'utf8'));
  } catch {
    return { ok: false, reason: `The vault key file ${path} could not be read.`, fixSteps: [`Check that the account running Ledgerlight can read ${path}.`, 'Restart Ledgerlight.'] };
  }
  if (!key) {
    return { ok: false, reason: `The vault key file ${path} does not contain the base64 of exactly 32 bytes.`, fixSteps: makeKeySteps(path) };
  }
  return { ok: true, key, origin: 'file', path, created: false, description: `key file ${path}` };
}

/**
 * First run with no key anywhere: create one, owner-only, atomically (O_EXCL), and make it
 * durable. Returns null when another process created the file first.
 */
function createKeyFile(path: string): VaultKeySource | null {
  const key = randomBytes(32);
  let fd: number | undefined;
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    fd = openSync(path, fsConstants.O_WRONLY | fsConstants.O_CREAT | fsConstants.O_EXCL, 0o600);
    writeSync(fd, `${key.toString('base64')}\n`);
    fsyncSync(fd);
  } catch (err) {
    const code = (err as { code?: string }).code ?? 'unknown error';
    if (code === 'EEXIST') return null;
    return { ok: false, reason: `Ledgerlight could not create its vault key file ${path} (${code}).`, fixSteps: makeKeySteps(path) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return { ok: true, key, origin: 'file', path, created: true, description: `key file ${path}, created on first run` };
}
