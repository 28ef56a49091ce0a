/** Electron's own typings (global `Electron` namespace): the double cannot drift from the real API. */
type SafeStorage = Electron.SafeStorage;

/** A typed double of Electron's safeStorage: only what the cipher uses, with the real signatures. */
const safeStorage = vi.hoisted(() => ({
  isAsyncEncryptionAvailable: vi.fn<SafeStorage['isAsyncEncryptionAvailable']>(),
  encryptStringAsync: vi.fn<SafeStorage['encryptStringAsync']>(),
  decryptStringAsync: vi.fn<SafeStorage['decryptStringAsync']>(),
  getSelectedStorageBackend: vi.fn<SafeStorage['getSelectedStorageBackend']>(),
}));
vi.mock('electron', () => ({ safeStorage }));

import { createSafeStorageCipher } from '../../../src/main/platform/safe-storage-cipher';

describe('safeStorage cipher', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    safeStorage.isAsyncEncryptionAvailable.mockResolvedValue(true);
    safeStorage.getSelectedStorageBackend.mockReturnValue('gnome_libsecret');
    safeStorage.encryptStringAsync.mockImplementation(async (s) => Buffer.from(`enc:${Buffer.from(s).toString('base64')}`));
    safeStorage.decryptStringAsync.mockImplementation(async (b) => ({ result: Buffer.from(b.toString().slice(4), 'base64').toString(), shouldReEncrypt: false }));
  });

  it('encrypts and decrypts through the async API when available', async () => {
    const cipher = createSafeStorageCipher('linux');
    expect(await cipher.availability()).toEqual({ available: true, backend: 'gnome_libsecret' });
    const sealed = await cipher.encrypt('token-value');
    expect(sealed.toString()).not.toContain('token-value');
    expect(await cipher.decrypt(sealed)).toBe('token-value');
    expect(safeStorage.encryptStringAsync).toHaveBeenCalledWith('token-value');
  });

  it('refuses on Linux when the backend is basic_text, with keyring fix steps, and never encrypts', async () => {
    safeStorage.getSelectedStorageBackend.mockReturnValue('basic_text');
    const cipher = createSafeStorageCipher('linux');
    const a = await cipher.availability();
    expect(a).toMatchObject({ available: false, backend: 'basic_text' });
    expect(!a.available && a.fixSteps.join(' ')).toMatch(/gnome-keyring|KWallet/);
    await expect(cipher.encrypt('token-value')).rejects.toThrow(/basic_text/);
    expect(safeStorage.encryptStringAsync).not.toHaveBeenCalled();
  });

  it('refuses when the OS says encryption is unavailable, with steps for that OS', async () => {
    safeStorage.isAsyncEncryptionAvailable.mockResolvedValue(false);
    const mac = await createSafeStorageCipher('darwin').availability();
    expect(mac).toMatchObject({ available: false, backend: 'keychain' });
    expect(!mac.available && mac.fixSteps.join(' ')).toMatch(/Keychain/);
    const win = await createSafeStorageCipher('win32').availability();
    expect(win).toMatchObject({ available: false, backend: 'dpapi' });
    expect(!win.available && win.fixSteps.join(' ')).toMatch(/Windows account/);
    await expect(createSafeStorageCipher('win32').decrypt(Buffer.from('x'))).rejects.toThrow();
    expect(safeStorage.decryptStringAsync).not.toHaveBeenCalled();
  });

  it('refuses before app ready (Linux reports the backend as unknown)', async () => {
    safeStorage.getSelectedStorageBackend.mockReturnValue('unknown');
    expect(await createSafeStorageCipher('linux').availability()).toMatchObject({ available: false });
  });

  it('treats a throwing availability check as unavailable', async () => {
    safeStorage.isAsyncEncryptionAvailable.mockRejectedValue(new Error('boom'));
    expect(await createSafeStorageCipher('darwin').availability()).toMatchObject({ available: false });
  });
});
