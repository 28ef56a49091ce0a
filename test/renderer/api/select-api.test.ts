import type { LedgerlightApi } from '@shared/ipc/api';
import { bridgeUrl, selectClient } from '../../../src/renderer/src/api/select-api';
import { FakeSocket } from '../support/fake-socket';
import { createFakeApi } from '../support/fake-api';

beforeEach(() => FakeSocket.reset());

describe('selectClient', () => {
  it('uses the Electron preload API when the page has one, and never opens a socket', () => {
    const { api } = createFakeApi();
    const client = selectClient({ ledgerlight: api, location: window.location }, FakeSocket);
    expect(client.api).toBe(api);
    expect(client.connection.current().phase).toBe('connected');
    expect(FakeSocket.instances).toHaveLength(0);
  });

  it('builds the API over the bridge on the page’s own origin when there is no preload', () => {
    const client = selectClient({ ledgerlight: undefined, location: { protocol: 'http:', host: '127.0.0.1:5123' } as Location }, FakeSocket);
    expect(FakeSocket.latest().url).toBe('ws://127.0.0.1:5123/bridge');
    const api: LedgerlightApi = client.api;
    expect(typeof api.addCompany).toBe('function');
    expect(client.connection.current().phase).toBe('connecting');
  });

  it('uses wss when the page is served over https', () => {
    expect(bridgeUrl({ protocol: 'https:', host: 'example.test' })).toBe('wss://example.test/bridge');
  });
});
