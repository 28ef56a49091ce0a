import type { CipherAvailability, SecretCipher } from '../core/ports';
import { AppError } from '../core/app-error';
import type { Logger } from '../logging/logger';
import { VaultDecryptError } from './aes-gcm-cipher';

/**
 * The one door secrets go through on their way to and from disk (tokens, the Intuit client
 * secret). It turns a cipher refusal into a typed VAULT_UNAVAILABLE error the window can show
 * with fix steps, and registers every secret it sees with the log redactor so a value held in
 * memory can never show up in a log line.
 */
export interface Vault {
  /** What the cipher says right now (shown as an app notice when unavailable). */
  availability(): Promise<CipherAvailability>;
  /** Stored next to each sealed value so keys can be rotated later. */
  readonly keyVersion: number;
  /** Encrypts; throws AppError('VAULT_UNAVAILABLE') rather than ever returning plaintext. */
  sealSecret(plaintext: string): Promise<Buffer>;
  /** Decrypts; throws AppError('VAULT_UNAVAILABLE') with a reason when it cannot. */
  openSecret(sealed: Buffer): Promise<string>;
}

const GENERIC_STEPS = ['Restart Ledgerlight.', 'If it keeps happening, reconnect the company; its stored keys will be replaced.'];

function decryptFailure(err: unknown): AppError {
  if (err instanceof VaultDecryptError && err.kind === 'wrong_key') {
    return new AppError('VAULT_UNAVAILABLE', 'Saved QuickBooks keys were locked with a different vault key than the one Ledgerlight has now.', {
      fixSteps: [
        'If you changed LEDGERLIGHT_VAULT_KEY or the vault key file, put the previous key back and restart Ledgerlight.',
        'Otherwise reconnect each QuickBooks company so new keys are saved with the current vault key.',
      ],
    });
  }
  if (err instanceof VaultDecryptError) {
    return new AppError('VAULT_UNAVAILABLE', 'A saved QuickBooks key is damaged and cannot be read.', { fixSteps: ['Reconnect the company to save fresh keys.'] });
  }
  return new AppError('VAULT_UNAVAILABLE', 'Secure storage could not unlock a saved QuickBooks key.', { fixSteps: GENERIC_STEPS });
}

/** Wraps the host's cipher; one vault per consumer is fine (it holds no state of its own). */
export function createVault(deps: { cipher: SecretCipher; logger: Logger }): Vault {
  const { cipher } = deps;
  const log = deps.logger.child('vault');
  const refuse = (a: Extract<CipherAvailability, { available: false }>) =>
    new AppError('VAULT_UNAVAILABLE', a.reason, { fixSteps: a.fixSteps });

  return {
    availability: () => cipher.availability(),
    get keyVersion() {
      return cipher.keyVersion;
    },
    async sealSecret(plaintext) {
      deps.logger.redactor.addSecret(plaintext);
      const a = await cipher.availability();
      if (!a.available) throw refuse(a);
      try {
        return await cipher.encrypt(plaintext);
      } catch (err) {
        // The cipher's own message is logged (it never contains the plaintext); the person gets ours.
        log.error('encryption failed', { backend: a.backend, err });
        throw new AppError('VAULT_UNAVAILABLE', 'Secure storage refused to encrypt a QuickBooks key, so nothing was saved.', { fixSteps: GENERIC_STEPS });
      }
    },
    async openSecret(sealed) {
      const a = await cipher.availability();
      if (!a.available) throw refuse(a);
      let plaintext: string;
      try {
        plaintext = await cipher.decrypt(sealed);
      } catch (err) {
        log.error('decryption failed', { backend: a.backend, err });
        throw decryptFailure(err);
      }
      deps.logger.redactor.addSecret(plaintext);
      return plaintext;
    },
  };
}
