import type { SecretCipher } from '../../core/ports';
import { createUnavailableCipher } from '../../vault/unavailable-cipher';

/**
 * Chooses the headless host's cipher. Until the AES-256-GCM key vault lands, no key source
 * exists, so the host refuses to store secrets (and says why) instead of storing plaintext.
 */
export function createHeadlessCipher(_deps: { dataDir: string; env: NodeJS.ProcessEnv }): SecretCipher {
  return createUnavailableCipher('none', 'No encryption key is configured for the headless host, so Ledgerlight will not store QuickBooks tokens.', [
    'Set LEDGERLIGHT_VAULT_KEY to a 32-byte key (base64), or create an owner-only key file.',
  ]);
}
