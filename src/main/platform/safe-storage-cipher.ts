import { safeStorage } from 'electron';
import type { CipherAvailability, SecretCipher } from '../core/ports';

type Refusal = Extract<CipherAvailability, { available: false }>;

/** What to do, in the words of the person's own operating system. */
export function safeStorageFixSteps(platform: NodeJS.Platform): string[] {
  switch (platform) {
    case 'darwin':
      return [
        'Open Keychain Access and unlock the "login" keychain (File > Unlock Keychain).',
        'When macOS asks whether Ledgerlight may use its keychain item, choose "Always Allow".',
        'Restart Ledgerlight.',
      ];
    case 'win32':
      return [
        'Sign in to your Windows account normally (not a temporary or guest profile).',
        'If you run Ledgerlight as another user or over Remote Desktop with a roaming profile, start it from your own desktop session instead.',
        'Restart Ledgerlight.',
      ];
    default:
      return [
        'Install a keyring: GNOME Keyring (packages gnome-keyring and libsecret) or KWallet.',
        'Unlock it: sign in to your desktop session normally, or unlock the "Login" keyring in Passwords and Keys (Seahorse) / KWallet Manager.',
        'If your desktop is not detected, start Ledgerlight with --password-store=gnome-libsecret (or kwallet5 / kwallet6).',
        'Restart Ledgerlight.',
      ];
  }
}

function backendName(platform: NodeJS.Platform): string {
  if (platform === 'linux') return safeStorage.getSelectedStorageBackend();
  if (platform === 'darwin') return 'keychain';
  if (platform === 'win32') return 'dpapi';
  return platform;
}

/**
 * Electron's safeStorage behind the SecretCipher port, on the async API (electron 45 has
 * `isAsyncEncryptionAvailable`/`encryptStringAsync`/`decryptStringAsync`; the sync one is
 * deprecated). It refuses, with per-OS fix steps and never a plaintext fallback, when
 * encryption is unavailable or when Linux reports the `basic_text` backend (a hard-coded
 * password: the data would only look encrypted).
 *
 * Create and use it only after the app's `ready` event: before that, Linux reports the
 * backend as `unknown` and availability is meaningless (we refuse in that case too).
 *
 * Decryption's `shouldReEncrypt` needs no handling for tokens: every refresh seals both tokens
 * again, so a rotated OS key is adopted within the hour.
 */
export function createSafeStorageCipher(platform: NodeJS.Platform = process.platform): SecretCipher {
  const availability = async (): Promise<CipherAvailability> => {
    const backend = backendName(platform);
    const refuse = (reason: string): Refusal => ({ available: false, backend, reason, fixSteps: safeStorageFixSteps(platform) });
    if (platform === 'linux' && backend === 'basic_text') {
      return refuse('No system keyring is available (Linux reports the "basic_text" store), so QuickBooks tokens would not really be protected. Ledgerlight will not store them.');
    }
    if (platform === 'linux' && backend === 'unknown') {
      return refuse('Secure storage was asked before Ledgerlight finished starting, so it could not be checked.');
    }
    let available: boolean;
    try {
      available = await safeStorage.isAsyncEncryptionAvailable();
    } catch {
      available = false;
    }
    if (!available) return refuse('Your operating system\'s secure storage is not available, so Ledgerlight will not store QuickBooks tokens.');
    return { available: true, backend };
  };

  return {
    keyVersion: 1,
    availability,
    async encrypt(plaintext) {
      const a = await availability();
      if (!a.available) throw new Error(a.reason);
      return safeStorage.encryptStringAsync(plaintext);
    },
    async decrypt(sealed) {
      const a = await availability();
      if (!a.available) throw new Error(a.reason);
      return (await safeStorage.decryptStringAsync(sealed)).result;
    },
  };
}
