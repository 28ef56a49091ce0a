import { randomBytes } from 'node:crypto';
import { AppError } from '../../../src/main/core/app-error';
import { createAesGcmCipher } from '../../../src/main/vault/aes-gcm-cipher';
import { createUnavailableCipher } from '../../../src/main/vault/unavailable-cipher';
import { createVault } from '../../../src/main/vault/vault';
import { testLogger } from '../../fakes/test-logger';

const secret = 'eyJlbmMiOiJBMTI4Q0JDLUhTMjU2IiwiYWxnIjoiZGlyIn0..secret-access-token';

describe('vault', () => {
  it('seals and opens, and registers every secret it sees with the log redactor', async () => {
    const logger = testLogger();
    const vault = createVault({ cipher: createAesGcmCipher(randomBytes(32)), logger });
    const sealed = await vault.sealSecret(secret);
    expect(await vault.openSecret(sealed)).toBe(secret);
    logger.info(`oops: ${secret}`, { token: secret });
    expect(logger.lines.join('\n')).not.toContain(secret);
    expect(logger.lines.join('\n')).toContain('[redacted]');
  });

  it('registers decrypted values (sealed by an earlier run) too', async () => {
    const key = randomBytes(32);
    const sealed = await createAesGcmCipher(key).encrypt(secret);
    const logger = testLogger();
    await createVault({ cipher: createAesGcmCipher(key), logger }).openSecret(sealed);
    logger.warn('value', { v: secret });
    expect(logger.lines.join('\n')).not.toContain(secret);
  });

  it('refuses with VAULT_UNAVAILABLE, the reason and the fix steps when the cipher cannot protect data', async () => {
    const vault = createVault({ cipher: createUnavailableCipher('basic_text', 'No keyring.', ['Install gnome-keyring.']), logger: testLogger() });
    const err = await vault.sealSecret(secret).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).toIpcError()).toEqual({ code: 'VAULT_UNAVAILABLE', message: 'No keyring.', fixSteps: ['Install gnome-keyring.'] });
    await expect(vault.openSecret(Buffer.alloc(40))).rejects.toMatchObject({ code: 'VAULT_UNAVAILABLE' });
  });

  it('explains a key change without leaking anything', async () => {
    const sealed = await createAesGcmCipher(randomBytes(32)).encrypt(secret);
    const logger = testLogger();
    const err = (await createVault({ cipher: createAesGcmCipher(randomBytes(32)), logger }).openSecret(sealed).catch((e: unknown) => e)) as AppError;
    expect(err.code).toBe('VAULT_UNAVAILABLE');
    expect(err.message).toMatch(/different vault key/);
    expect(err.extra.fixSteps?.join(' ')).toMatch(/previous key back/);
    expect(JSON.stringify(err.toIpcError()) + logger.lines.join('')).not.toContain(secret);
  });
});
