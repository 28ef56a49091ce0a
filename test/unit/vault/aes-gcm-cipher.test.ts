import { randomBytes } from 'node:crypto';
import { createAesGcmCipher, VaultDecryptError } from '../../../src/main/vault/aes-gcm-cipher';

const key = Buffer.alloc(32, 7);
const secret = 'RT1-39-H3-1785429816rcysb9dns1ofreknypnm';

describe('AES-256-GCM cipher', () => {
  it('round-trips, with a fresh nonce per value (same plaintext, different ciphertext)', async () => {
    const c = createAesGcmCipher(key);
    const a = await c.encrypt(secret);
    const b = await c.encrypt(secret);
    expect(a.equals(b)).toBe(false);
    expect(a.subarray(5, 17).equals(b.subarray(5, 17))).toBe(false);
    expect(await c.decrypt(a)).toBe(secret);
    expect(await c.decrypt(b)).toBe(secret);
    expect(a.includes(Buffer.from(secret))).toBe(false);
    expect(await c.availability()).toEqual({ available: true, backend: 'aes-256-gcm' });
  });

  it('round-trips unicode and empty strings', async () => {
    const c = createAesGcmCipher(key);
    for (const text of ['', 'ünïcødé ✓ 秘密', 'x'.repeat(5000)]) expect(await c.decrypt(await c.encrypt(text))).toBe(text);
  });

  it('detects a flipped bit anywhere in the body, nonce or tag', async () => {
    const c = createAesGcmCipher(key);
    const sealed = await c.encrypt(secret);
    for (const at of [6, 20, 40, sealed.length - 1]) {
      const tampered = Buffer.from(sealed);
      tampered[at]! ^= 0x01;
      await expect(c.decrypt(tampered)).rejects.toMatchObject({ kind: 'tampered' });
    }
  });

  it('says "different key" rather than "damaged" when the key changed, and never echoes the value', async () => {
    const sealed = await createAesGcmCipher(key).encrypt(secret);
    const err = await createAesGcmCipher(randomBytes(32)).decrypt(sealed).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(VaultDecryptError);
    expect(err).toMatchObject({ kind: 'wrong_key' });
    expect(String((err as Error).message)).not.toContain(secret);
  });

  it('refuses a truncated or foreign envelope', async () => {
    const c = createAesGcmCipher(key);
    await expect(c.decrypt(Buffer.alloc(10))).rejects.toMatchObject({ kind: 'malformed' });
    const sealed = await c.encrypt(secret);
    sealed[0] = 0x02;
    await expect(c.decrypt(sealed)).rejects.toMatchObject({ kind: 'malformed' });
  });

  it('refuses a key that is not exactly 32 bytes', () => {
    expect(() => createAesGcmCipher(Buffer.alloc(16))).toThrow(/32 bytes/);
    expect(() => createAesGcmCipher(Buffer.alloc(33))).toThrow(/32 bytes/);
  });
});
