import { exposed, ipcRenderer } from '../../fakes/electron-double';
import { OPERATIONS } from '../../../src/shared/ipc/operations';
import type { LedgerlightApi } from '../../../src/shared/ipc/api';

vi.mock('electron', () => import('../../fakes/electron-double'));

describe('preload bridge', () => {
  it('exposes one function per operation and a subscription — never ipcRenderer', async () => {
    await import('../../../src/preload/index');
    const api = exposed.ledgerlight as LedgerlightApi & Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...Object.keys(OPERATIONS), 'onStateChanged'].sort());
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
    expect(Object.isFrozen(api)).toBe(true);
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipc|invoke|send/i);

    await api.renameCompany({ id: 'co_abcdefghijklmnop', displayName: 'X' });
    expect(ipcRenderer.invoked.at(-1)).toEqual({ channel: 'companies:rename', payload: { id: 'co_abcdefghijklmnop', displayName: 'X' } });
  });

  it('delivers snapshots without the Electron event object, and unsubscribes', async () => {
    await import('../../../src/preload/index');
    const api = exposed.ledgerlight as LedgerlightApi;
    const got: unknown[][] = [];
    const off = api.onStateChanged((...args: unknown[]) => got.push(args));
    ipcRenderer.emit('state:changed', { sender: 'secret event' }, { version: 3 });
    off();
    ipcRenderer.emit('state:changed', { sender: 'secret event' }, { version: 4 });
    expect(got).toEqual([[{ version: 3 }]]);
  });
});
