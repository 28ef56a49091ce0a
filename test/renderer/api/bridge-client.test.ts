import { createBridgeClient, defaultRetryDelay, type BridgeClient } from '../../../src/renderer/src/api/bridge-client';
import type { ConnectionStatus } from '../../../src/renderer/src/api/connection';
import { makeSnapshot } from '../support/builders';
import { FakeSocket } from '../support/fake-socket';

let client: BridgeClient;
const URL = 'ws://127.0.0.1:4000/bridge';

function start(options: { requestTimeoutMs?: number } = {}) {
  client = createBridgeClient({ url: URL, WebSocket: FakeSocket, ...options });
  return FakeSocket.latest();
}

beforeEach(() => {
  FakeSocket.reset();
  vi.useFakeTimers();
});
afterEach(() => {
  client?.close();
  vi.useRealTimers();
});

describe('bridge client: requests', () => {
  it('connects to the given URL and sends invoke frames with fresh ids', async () => {
    const socket = start();
    expect(socket.url).toBe(URL);
    socket.open();
    void client.api.renameCompany({ id: 'co_0000000000000001', displayName: 'New' });
    void client.api.getSnapshot();
    expect(socket.frames()).toEqual([
      { type: 'invoke', id: 1, channel: 'companies:rename', payload: { id: 'co_0000000000000001', displayName: 'New' } },
      { type: 'invoke', id: 2, channel: 'app:getSnapshot' },
    ]);
  });

  it('resolves each request with the result carrying its id, in any order', async () => {
    const socket = start();
    socket.open();
    const first = client.api.checkAllNow();
    const second = client.api.setNotificationsPaused({ paused: true });
    socket.receive({ type: 'result', id: 2, result: { ok: true, value: { notificationsPaused: true } } });
    socket.receive({ type: 'result', id: 1, result: { ok: false, error: { code: 'INTERNAL', message: 'Nope.' } } });
    await expect(second).resolves.toEqual({ ok: true, value: { notificationsPaused: true } });
    await expect(first).resolves.toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Nope.' } });
  });

  it('holds requests made before the socket opens and sends them on open', async () => {
    const socket = start();
    const answer = client.api.getSnapshot();
    expect(socket.sent).toHaveLength(0);
    socket.open();
    expect(socket.frames()).toEqual([{ type: 'invoke', id: 1, channel: 'app:getSnapshot' }]);
    const snap = makeSnapshot({ version: 3 });
    socket.receive({ type: 'result', id: 1, result: { ok: true, value: snap } });
    await expect(answer).resolves.toEqual({ ok: true, value: snap });
  });

  it('answers an unreadable result for a known id with a typed error instead of hanging', async () => {
    const socket = start();
    socket.open();
    const answer = client.api.checkAllNow();
    socket.receive({ type: 'result', id: 1, result: 'garbage' });
    const result = await answer;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('INTERNAL');
  });

  it('times out after 15 seconds with a typed error, and ignores a late answer', async () => {
    const socket = start();
    socket.open();
    const answer = client.api.checkAllNow();
    let settled = false;
    void answer.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(14_999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const result = await answer;
    expect(result).toMatchObject({ ok: false, error: { code: 'TIMEOUT', message: expect.stringMatching(/took too long/) } });
    expect(() => socket.receive({ type: 'result', id: 1, result: { ok: true, value: { started: 1 } } })).not.toThrow();
  });

  it('honours a custom timeout', async () => {
    const socket = start({ requestTimeoutMs: 100 });
    socket.open();
    const answer = client.api.getSnapshot();
    await vi.advanceTimersByTimeAsync(100);
    expect((await answer).ok).toBe(false);
  });
});

describe('bridge client: frames from the host', () => {
  it('passes state:changed snapshots to every subscriber until it unsubscribes', () => {
    const socket = start();
    socket.open();
    const a = vi.fn();
    const b = vi.fn();
    const offA = client.api.onStateChanged(a);
    client.api.onStateChanged(b);
    const snap = makeSnapshot({ version: 7 });
    socket.receive({ type: 'event', event: 'state:changed', payload: snap });
    offA();
    socket.receive({ type: 'event', event: 'state:changed', payload: makeSnapshot({ version: 8 }) });
    expect(a).toHaveBeenCalledTimes(1);
    expect(a).toHaveBeenCalledWith(snap);
    expect(b).toHaveBeenCalledTimes(2);
  });

  it('reports a host `error` frame without failing unrelated requests or closing', async () => {
    const socket = start();
    socket.open();
    const errors = vi.fn();
    client.onBridgeError(errors);
    const answer = client.api.checkAllNow();
    socket.receive({ type: 'error', error: { code: 'INVALID_PAYLOAD', message: 'The bridge only accepts JSON messages.' } });
    expect(errors).toHaveBeenCalledWith({ code: 'INVALID_PAYLOAD', message: 'The bridge only accepts JSON messages.' });
    socket.receive({ type: 'result', id: 1, result: { ok: true, value: { started: 2 } } });
    await expect(answer).resolves.toEqual({ ok: true, value: { started: 2 } });
    expect(socket.closedByClient).toBe(false);
    expect(client.connection.current().phase).toBe('connected');
  });

  it('ignores frames that are not JSON, not objects, or of unknown type', () => {
    const socket = start();
    socket.open();
    const listener = vi.fn();
    client.api.onStateChanged(listener);
    expect(() => {
      socket.receiveRaw('not json {');
      socket.receive([1, 2]);
      socket.receive({ type: 'surprise' });
      socket.receive({ type: 'event', event: 'state:changed', payload: { nope: true } });
    }).not.toThrow();
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('bridge client: connection', () => {
  const phases = () => {
    const seen: ConnectionStatus[] = [];
    client.connection.subscribe((s) => seen.push(s));
    return seen;
  };

  it('reports connecting → connected', () => {
    const socket = start();
    expect(client.connection.current()).toEqual({ phase: 'connecting', everConnected: false, failedAttempts: 0 });
    socket.open();
    expect(client.connection.current()).toEqual({ phase: 'connected', everConnected: true, failedAttempts: 0 });
  });

  it('fails requests already sent when the connection drops, and reports it', async () => {
    const socket = start();
    socket.open();
    const seen = phases();
    const answer = client.api.removeCompany({ id: 'co_0000000000000001' });
    socket.drop();
    const result = await answer;
    expect(result).toMatchObject({ ok: false, error: { code: 'HOST_UNREACHABLE', message: expect.stringMatching(/Lost contact/) } });
    expect(seen).toEqual([{ phase: 'reconnecting', everConnected: true, failedAttempts: 0 }]);
  });

  it('reconnects with backoff, then sends requests made while it was down', async () => {
    const first = start();
    first.open();
    first.drop();
    const later = client.api.getSnapshot();
    expect(FakeSocket.instances).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(defaultRetryDelay(0));
    expect(FakeSocket.instances).toHaveLength(2);
    const second = FakeSocket.latest();
    expect(second.url).toBe(URL);
    second.open();
    expect(client.connection.current().phase).toBe('connected');
    expect(second.frames()).toEqual([{ type: 'invoke', id: 1, channel: 'app:getSnapshot' }]);
    second.receive({ type: 'result', id: 1, result: { ok: true, value: makeSnapshot() } });
    expect((await later).ok).toBe(true);
    expect(first.sent).toHaveLength(0);
  });

  it('counts consecutive failed attempts and backs off longer each time (capped)', async () => {
    start().drop(); // never opened
    expect(client.connection.current()).toEqual({ phase: 'reconnecting', everConnected: false, failedAttempts: 1 });
    await vi.advanceTimersByTimeAsync(defaultRetryDelay(1) - 1);
    expect(FakeSocket.instances).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(FakeSocket.instances).toHaveLength(2);
    FakeSocket.latest().drop();
    expect(client.connection.current().failedAttempts).toBe(2);
    expect([0, 1, 2, 3, 4, 5, 9].map(defaultRetryDelay)).toEqual([500, 1000, 2000, 4000, 8000, 10_000, 10_000]);
  });

  it('treats a WebSocket constructor that throws as a failed attempt', async () => {
    let calls = 0;
    class Throwing extends FakeSocket {
      constructor(url: string) {
        calls += 1;
        if (calls === 1) throw new Error('SecurityError');
        super(url);
      }
    }
    client = createBridgeClient({ url: URL, WebSocket: Throwing });
    expect(client.connection.current()).toMatchObject({ phase: 'reconnecting', failedAttempts: 1 });
    await vi.advanceTimersByTimeAsync(defaultRetryDelay(1));
    FakeSocket.latest().open();
    expect(client.connection.current().phase).toBe('connected');
  });

  it('ignores events from a socket it has already replaced', async () => {
    const first = start();
    first.open();
    first.drop();
    await vi.advanceTimersByTimeAsync(defaultRetryDelay(0));
    const listener = vi.fn();
    client.api.onStateChanged(listener);
    first.receive({ type: 'event', event: 'state:changed', payload: makeSnapshot() });
    expect(listener).not.toHaveBeenCalled();
  });

  it('close() settles pending requests and stops reconnecting', async () => {
    const socket = start();
    socket.open();
    const answer = client.api.checkAllNow();
    client.close();
    expect(socket.closedByClient).toBe(true);
    expect((await answer).ok).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(FakeSocket.instances).toHaveLength(1);
    expect((await client.api.getSnapshot()).ok).toBe(false);
  });
});
