import type { SecretCipher } from '../core/ports';

/**
 * A cipher that refuses everything, with the reason and what to do. Used when the host has no
 * way to protect secrets: Ledgerlight then stores no tokens at all rather than plaintext.
 */
export function createUnavailableCipher(backend: string, reason: string, fixSteps: string[]): SecretCipher {
  const refuse = () => Promise.reject(new Error(reason));
  return {
    keyVersion: 0,
    availability: async () => ({ available: false, backend, reason, fixSteps }),
    encrypt: refuse,
    decrypt: refuse,
  };
}
