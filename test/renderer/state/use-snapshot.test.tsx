import { act, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { AppSnapshot } from '@shared/domain/snapshot';
import type { IpcResult } from '@shared/ipc/result';
import { ApiProvider } from '../../../src/renderer/src/api/api-context';
import type { ConnectionSource, ConnectionStatus } from '../../../src/renderer/src/api/connection';
import { shouldReplace } from '../../../src/renderer/src/state/snapshot-order';
import { useSnapshot } from '../../../src/renderer/src/state/use-snapshot';
import { makeCompany, makeSnapshot } from '../support/builders';
import { createFakeApi, refuse } from '../support/fake-api';

function Probe() {
  const { snapshot, loadError, reload } = useSnapshot();
  return (
    <div>
      <p data-testid="version">{snapshot ? snapshot.version : 'none'}</p>
      <p data-testid="names">{snapshot?.companies.map((c) => c.displayName).join(',')}</p>
      {loadError && <button onClick={reload}>retry: {loadError.code}</button>}
    </div>
  );
}

function controllableConnection(initial: ConnectionStatus['phase'] = 'connected') {
  let status: ConnectionStatus = { phase: initial, everConnected: initial === 'connected', failedAttempts: 0 };
  const listeners = new Set<(s: ConnectionStatus) => void>();
  const source: ConnectionSource = {
    current: () => status,
    subscribe: (l) => (listeners.add(l), () => void listeners.delete(l)),
  };
  const set = (phase: ConnectionStatus['phase']) => {
    status = { phase, everConnected: true, failedAttempts: 0 };
    for (const l of listeners) l(status);
  };
  return { source, set };
}

const version = () => screen.getByTestId('version').textContent;
const wrap = (ui: ReactNode, fake: ReturnType<typeof createFakeApi>, connection?: ConnectionSource) => (
  <ApiProvider api={fake.api} connection={connection}>
    {ui}
  </ApiProvider>
);

describe('shouldReplace', () => {
  it('accepts the first, newer and equal versions; refuses older ones', () => {
    expect(shouldReplace(null, makeSnapshot({ version: 0 }))).toBe(true);
    expect(shouldReplace(makeSnapshot({ version: 2 }), makeSnapshot({ version: 3 }))).toBe(true);
    expect(shouldReplace(makeSnapshot({ version: 2 }), makeSnapshot({ version: 2 }))).toBe(true);
    expect(shouldReplace(makeSnapshot({ version: 2 }), makeSnapshot({ version: 1 }))).toBe(false);
  });

  it('always accepts a snapshot from a restarted host, whatever its version', () => {
    expect(shouldReplace(makeSnapshot({ version: 9 }), makeSnapshot({ version: 1, hostInstanceId: 'host-2' }))).toBe(true);
  });
});

describe('useSnapshot', () => {
  it('loads the snapshot on mount and follows pushes', async () => {
    const fake = createFakeApi(makeSnapshot({ version: 4 }));
    render(wrap(<Probe />, fake));
    await waitFor(() => expect(version()).toBe('4'));
    expect(fake.mocks.getSnapshot).toHaveBeenCalledTimes(1);
    act(() => fake.push(makeSnapshot({ version: 5, companies: [makeCompany({ displayName: 'Birch & Co' })] })));
    expect(version()).toBe('5');
    expect(screen.getByTestId('names')).toHaveTextContent('Birch & Co');
  });

  it('ignores pushes whose version is lower than the one shown', async () => {
    const fake = createFakeApi(makeSnapshot({ version: 10, companies: [makeCompany({ displayName: 'Current' })] }));
    render(wrap(<Probe />, fake));
    await waitFor(() => expect(version()).toBe('10'));
    act(() => fake.push(makeSnapshot({ version: 9, companies: [makeCompany({ displayName: 'Stale' })] })));
    expect(version()).toBe('10');
    expect(screen.getByTestId('names')).toHaveTextContent('Current');
  });

  it('ignores a getSnapshot answer that is older than a push that overtook it', async () => {
    const fake = createFakeApi();
    let answer!: (r: IpcResult<AppSnapshot>) => void;
    fake.mocks.getSnapshot.mockImplementationOnce(() => new Promise((r) => (answer = r)));
    render(wrap(<Probe />, fake));
    act(() => fake.push(makeSnapshot({ version: 7 })));
    expect(version()).toBe('7');
    await act(async () => answer({ ok: true, value: makeSnapshot({ version: 6 }) }));
    expect(version()).toBe('7');
  });

  it('accepts a lower version after a reconnection (the host restarted and counts again)', async () => {
    const fake = createFakeApi(makeSnapshot({ version: 30 }));
    const conn = controllableConnection();
    render(wrap(<Probe />, fake, conn.source));
    await waitFor(() => expect(version()).toBe('30'));
    const restarted = makeSnapshot({ version: 1, companies: [makeCompany({ displayName: 'After restart' })] });
    act(() => conn.set('reconnecting'));
    fake.mocks.getSnapshot.mockReturnValueOnce(Promise.resolve({ ok: true, value: restarted }));
    act(() => conn.set('connected'));
    act(() => fake.push(restarted));
    expect(version()).toBe('1');
    expect(screen.getByTestId('names')).toHaveTextContent('After restart');
    // …and from then on the usual rule applies again.
    await waitFor(() => expect(fake.mocks.getSnapshot).toHaveBeenCalledTimes(2));
    act(() => fake.push(makeSnapshot({ version: 0 })));
    expect(version()).toBe('1');
  });

  it('shows why the first load failed and can retry', async () => {
    const fake = createFakeApi(makeSnapshot({ version: 2 }));
    fake.mocks.getSnapshot.mockReturnValueOnce(refuse({ code: 'INTERNAL', message: 'Lost contact.' }));
    const { getByRole } = render(wrap(<Probe />, fake));
    const retry = await waitFor(() => getByRole('button', { name: /retry: INTERNAL/ }));
    act(() => retry.click());
    await waitFor(() => expect(version()).toBe('2'));
  });

  it('unsubscribes when unmounted', async () => {
    const fake = createFakeApi();
    const { unmount } = render(wrap(<Probe />, fake));
    await waitFor(() => expect(version()).toBe('1'));
    expect(fake.listeners()).toBe(1);
    unmount();
    expect(fake.listeners()).toBe(0);
  });
});
