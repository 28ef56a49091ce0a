import { chmodSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KEY_GENERATE_COMMAND, loadVaultKey, parseKeyText } from '../../../src/main/vault/key-source';

const posix = process.platform !== 'win32';
const fresh = () => mkdtempSync(join(tmpdir(), 'ledgerlight-key-'));
const b64 = () => randomBytes(32).toString('base64');

describe('vault key source (headless host)', () => {
  it('uses LEDGERLIGHT_VAULT_KEY and lets it win over a key file', () => {
    const dataDir = fresh();
    writeFileSync(join(dataDir, 'vault.key'), b64(), { mode: 0o600 });
    const key = b64();
    const r = loadVaultKey({ env: { LEDGERLIGHT_VAULT_KEY: key }, dataDir });
    expect(r).toMatchObject({ ok: true, origin: 'env', created: false });
    expect(r.ok && r.key.toString('base64')).toBe(key);
  });

  it('refuses an env key of the wrong length with the generation command, never echoing the value', () => {
    const bad = randomBytes(16).toString('base64');
    const r = loadVaultKey({ env: { LEDGERLIGHT_VAULT_KEY: bad }, dataDir: fresh() });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toMatch(/exactly 32 bytes/);
    expect(r.reason).not.toContain(bad);
    expect(r.fixSteps.join(' ')).toContain(KEY_GENERATE_COMMAND);
  });

  it('accepts base64url and surrounding whitespace, rejects junk', () => {
    const raw = randomBytes(32);
    expect(parseKeyText(` ${raw.toString('base64url')}\n`)?.equals(raw)).toBe(true);
    expect(parseKeyText(`${raw.toString('base64')}\n`)?.equals(raw)).toBe(true);
    expect(parseKeyText('not a key')).toBeNull();
    expect(parseKeyText(randomBytes(31).toString('base64'))).toBeNull();
  });

  it.runIf(posix)('creates <dataDir>/vault.key (0600) on first run and reads the same key afterwards', () => {
    const dataDir = join(fresh(), 'not-yet-created');
    const first = loadVaultKey({ env: {}, dataDir });
    expect(first).toMatchObject({ ok: true, origin: 'file', created: true, path: join(dataDir, 'vault.key') });
    expect(statSync(join(dataDir, 'vault.key')).mode & 0o777).toBe(0o600);
    const second = loadVaultKey({ env: {}, dataDir });
    expect(second).toMatchObject({ ok: true, created: false });
    expect(first.ok && second.ok && first.key.equals(second.key)).toBe(true);
    expect(readFileSync(join(dataDir, 'vault.key'), 'utf8').trim()).toBe(first.ok ? first.key.toString('base64') : '');
  });

  it('does not invent a key at an explicit LEDGERLIGHT_VAULT_KEY_FILE that is missing', () => {
    const dataDir = fresh();
    const path = join(dataDir, 'mounted', 'vault.key');
    const r = loadVaultKey({ env: { LEDGERLIGHT_VAULT_KEY_FILE: path }, dataDir });
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.reason).toContain(path);
    expect(() => statSync(path)).toThrow();
  });

  it('refuses when nothing is configured and creation is off', () => {
    const r = loadVaultKey({ env: {}, dataDir: fresh(), createIfMissing: false });
    expect(r.ok).toBe(false);
  });

  it.runIf(posix)('refuses a key file others can read, with the chmod to run', () => {
    const dataDir = fresh();
    const path = join(dataDir, 'vault.key');
    writeFileSync(path, b64());
    chmodSync(path, 0o644);
    const r = loadVaultKey({ env: {}, dataDir });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toMatch(/mode 644/);
    expect(r.fixSteps).toContain(`chmod 600 ${path}`);
    chmodSync(path, 0o400);
    expect(loadVaultKey({ env: {}, dataDir }).ok).toBe(true);
  });

  it.runIf(posix)('refuses a key file owned by another user', () => {
    const dataDir = fresh();
    writeFileSync(join(dataDir, 'vault.key'), b64(), { mode: 0o600 });
    const r = loadVaultKey({ env: {}, dataDir, uid: (process.getuid?.() ?? 0) + 1 });
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.reason).toMatch(/belongs to another user/);
  });

  it('refuses a directory or a file without a 32-byte key', () => {
    const dataDir = fresh();
    mkdirSync(join(dataDir, 'vault.key'));
    expect(loadVaultKey({ env: {}, dataDir })).toMatchObject({ ok: false });
    const other = fresh();
    writeFileSync(join(other, 'vault.key'), 'hello', { mode: 0o600 });
    const r = loadVaultKey({ env: {}, dataDir: other });
    expect(!r.ok && r.reason).toMatch(/exactly 32 bytes/);
  });
});
