import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHeadlessCipher } from '../../../src/main/hosts/headless/headless-cipher';

const posix = process.platform !== 'win32';

describe('headless cipher', () => {
  it.runIf(posix)('creates a key file on first use, says where, and encrypts with it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ledgerlight-hc-'));
    const created: string[] = [];
    const cipher = createHeadlessCipher({ dataDir, env: {}, onKeyCreated: (p) => created.push(p) });
    const a = await cipher.availability();
    expect(a).toMatchObject({ available: true });
    expect(a.backend).toContain(join(dataDir, 'vault.key'));
    expect(created).toEqual([join(dataDir, 'vault.key')]);
    expect(await cipher.decrypt(await cipher.encrypt('s3cret-value'))).toBe('s3cret-value');
    // A second process over the same folder opens what the first sealed.
    const again = createHeadlessCipher({ dataDir, env: {} });
    expect(await again.decrypt(await cipher.encrypt('s3cret-value'))).toBe('s3cret-value');
  });

  it('refuses (no plaintext fallback) with the reason when the env key is bad', async () => {
    const cipher = createHeadlessCipher({ dataDir: mkdtempSync(join(tmpdir(), 'ledgerlight-hc-')), env: { LEDGERLIGHT_VAULT_KEY: 'short' } });
    expect(await cipher.availability()).toMatchObject({ available: false, reason: expect.stringMatching(/LEDGERLIGHT_VAULT_KEY/) });
    await expect(cipher.encrypt('x')).rejects.toThrow(/LEDGERLIGHT_VAULT_KEY/);
  });

  it.runIf(posix)('re-checks after a refusal: fixing the file mode needs no restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ledgerlight-hc-'));
    const path = join(dataDir, 'vault.key');
    writeFileSync(path, randomBytes(32).toString('base64'));
    chmodSync(path, 0o640);
    const cipher = createHeadlessCipher({ dataDir, env: {} });
    expect(await cipher.availability()).toMatchObject({ available: false, fixSteps: [`chmod 600 ${path}`, 'Restart Ledgerlight.'] });
    chmodSync(path, 0o600);
    expect(await cipher.availability()).toMatchObject({ available: true });
  });
});
