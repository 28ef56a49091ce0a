import { act, screen } from '@testing-library/react';
import type { ConnectionSource, ConnectionStatus } from '../../../src/renderer/src/api/connection';
import { makeSnapshot } from '../support/builders';
import { renderApp } from '../support/render-app';

function connection(initial: ConnectionStatus) {
  let status = initial;
  const listeners = new Set<(s: ConnectionStatus) => void>();
  const source: ConnectionSource = { current: () => status, subscribe: (l) => (listeners.add(l), () => void listeners.delete(l)) };
  return {
    source,
    set(next: ConnectionStatus) {
      status = next;
      act(() => listeners.forEach((l) => l(next)));
    },
  };
}

describe('connection banner', () => {
  it('says plainly when contact with the host is lost, with a hint after repeated failures, and clears on reconnect', async () => {
    const conn = connection({ phase: 'connected', everConnected: true, failedAttempts: 0 });
    renderApp(makeSnapshot(), conn.source);
    await screen.findByRole('button', { name: 'Add company' });
    expect(screen.queryByText(/Lost contact/)).not.toBeInTheDocument();

    conn.set({ phase: 'reconnecting', everConnected: true, failedAttempts: 0 });
    expect(screen.getByText('Lost contact with Ledgerlight — reconnecting…')).toBeInTheDocument();
    expect(screen.queryByText(/open the new address/)).not.toBeInTheDocument();

    conn.set({ phase: 'reconnecting', everConnected: true, failedAttempts: 3 });
    expect(screen.getByText(/open the new address it printed/)).toBeInTheDocument();

    conn.set({ phase: 'connected', everConnected: true, failedAttempts: 0 });
    expect(screen.queryByText(/Lost contact/)).not.toBeInTheDocument();
    await act(async () => {}); // the reconnect reloads the snapshot
  });

  it('distinguishes "still connecting" from "lost contact"', async () => {
    const conn = connection({ phase: 'connecting', everConnected: false, failedAttempts: 0 });
    renderApp(makeSnapshot(), conn.source);
    expect(screen.getByText('Connecting to Ledgerlight…')).toBeInTheDocument();
    conn.set({ phase: 'reconnecting', everConnected: false, failedAttempts: 1 });
    expect(screen.getByText('Cannot reach Ledgerlight yet — still trying…')).toBeInTheDocument();
    await act(async () => {});
  });
});
