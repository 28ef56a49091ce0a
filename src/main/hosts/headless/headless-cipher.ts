import type { CipherAvailability, SecretCipher } from '../../core/ports';
import { createAesGcmCipher } from '../../vault/aes-gcm-cipher';
import { loadVaultKey } from '../../vault/key-source';

/**
 * The headless host's cipher: AES-256-GCM with a key from LEDGERLIGHT_VAULT_KEY (always wins),
 * else an owner-only key file (LEDGERLIGHT_VAULT_KEY_FILE, default `<dataDir>/vault.key`,
 * created 0600 on first run when nothing is configured). The key is looked up lazily, on the
 * first use, so the data folder exists by then; a refusal (bad mode, wrong owner, wrong length)
 * is re-checked on the next use, so fixing the file does not need a restart. Until a key is
 * found the cipher refuses with the reason and fix steps: no key, no token storage.
 */
export function createHeadlessCipher(deps: {
  dataDir: string;
  env: NodeJS.ProcessEnv;
  /** Told once when a new key file was created (so the host can log where). */
  onKeyCreated?: (path: string) => void;
}): SecretCipher {
  let ready: SecretCipher | null = null;
  const resolve = (): SecretCipher | Extract<CipherAvailability, { available: false }> => {
    if (ready) return ready;
    const source = loadVaultKey({ env: deps.env, dataDir: deps.dataDir });
    if (!source.ok) return { available: false, backend: 'aes-256-gcm', reason: source.reason, fixSteps: source.fixSteps };
    if (source.created && source.path) deps.onKeyCreated?.(source.path);
    ready = createAesGcmCipher(source.key, { backend: `aes-256-gcm (${source.description})` });
    source.key.fill(0);
    return ready;
  };
  const cipherOrThrow = (): SecretCipher => {
    const r = resolve();
    if ('encrypt' in r) return r;
    throw new Error(r.reason);
  };
  return {
    keyVersion: 1,
    async availability() {
      const r = resolve();
      return 'encrypt' in r ? r.availability() : r;
    },
    encrypt: async (plaintext) => cipherOrThrow().encrypt(plaintext),
    decrypt: async (sealed) => cipherOrThrow().decrypt(sealed),
  };
}
