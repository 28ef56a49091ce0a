import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { SecretCipher } from '../core/ports';

/**
 * Envelope (all binary, stored as a BLOB):
 *   [0]      format version, 0x01
 *   [1..4]   key id: first 4 bytes of HMAC-SHA256(key, "ledgerlight-vault-key-id")
 *   [5..16]  12-byte random nonce (fresh for every value: GCM must never reuse a nonce with a key)
 *   [17..32] 16-byte GCM authentication tag
 *   [33..]   ciphertext
 * The first five bytes are authenticated as AAD, so a swapped header is detected like a
 * tampered body. The key id lets us say "this was sealed with a different key" instead of
 * the vaguer "the data is damaged" when a deployer changes LEDGERLIGHT_VAULT_KEY.
 */
const FORMAT_V1 = 0x01;
const KEY_ID_BYTES = 4;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + KEY_ID_BYTES;
const MIN_BYTES = HEADER_BYTES + NONCE_BYTES + TAG_BYTES;

/** Why a sealed value could not be opened; messages never contain the value itself. */
export class VaultDecryptError extends Error {
  constructor(
    readonly kind: 'wrong_key' | 'tampered' | 'malformed',
    message: string,
  ) {
    super(message);
    this.name = 'VaultDecryptError';
  }
}

/** A non-secret fingerprint of the key, stored in every envelope. */
export function vaultKeyId(key: Buffer): Buffer {
  return createHmac('sha256', key).update('ledgerlight-vault-key-id').digest().subarray(0, KEY_ID_BYTES);
}

/**
 * AES-256-GCM cipher for the headless host (and for tests and benchmarks): authenticated, with
 * a random 96-bit nonce per value. Key handling (env var or owner-only key file) lives in
 * key-source.ts; this file only needs the 32 key bytes.
 */
export function createAesGcmCipher(key: Buffer, options: { backend?: string; keyVersion?: number } = {}): SecretCipher {
  if (key.length !== 32) throw new Error(`An AES-256 key must be exactly 32 bytes (got ${key.length}).`);
  const keyBytes = Buffer.from(key); // our own copy: the caller may wipe theirs
  const keyId = vaultKeyId(keyBytes);
  const backend = options.backend ?? 'aes-256-gcm';
  return {
    keyVersion: options.keyVersion ?? 1,
    availability: async () => ({ available: true, backend }),
    async encrypt(plaintext) {
      const header = Buffer.concat([Buffer.from([FORMAT_V1]), keyId]);
      const nonce = randomBytes(NONCE_BYTES);
      const cipher = createCipheriv('aes-256-gcm', keyBytes, nonce, { authTagLength: TAG_BYTES });
      cipher.setAAD(header);
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return Buffer.concat([header, nonce, cipher.getAuthTag(), body]);
    },
    async decrypt(sealed) {
      if (sealed.length < MIN_BYTES || sealed[0] !== FORMAT_V1) {
        throw new VaultDecryptError('malformed', 'The stored secret is not in a format this version of Ledgerlight understands.');
      }
      const header = sealed.subarray(0, HEADER_BYTES);
      if (!timingSafeEqual(header.subarray(1), keyId)) {
        throw new VaultDecryptError('wrong_key', 'The stored secret was encrypted with a different vault key than the one configured now.');
      }
      const nonce = sealed.subarray(HEADER_BYTES, HEADER_BYTES + NONCE_BYTES);
      const tag = sealed.subarray(HEADER_BYTES + NONCE_BYTES, MIN_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', keyBytes, nonce, { authTagLength: TAG_BYTES });
      decipher.setAAD(header);
      decipher.setAuthTag(tag);
      try {
        return Buffer.concat([decipher.update(sealed.subarray(MIN_BYTES)), decipher.final()]).toString('utf8');
      } catch {
        throw new VaultDecryptError('tampered', 'The stored secret failed its integrity check (it was changed or damaged on disk).');
      }
    },
  };
}
