import { createTestCore } from '../../fakes/test-core';

const qbo = { kind: 'qbo' as const };

describe('companies registry (through the core and its dispatcher)', () => {
  const trusted = { trusted: true, description: 'test' };

  it('adds, lists, renames, pauses, resumes and removes companies, publishing a new snapshot each time', async () => {
    const { core } = createTestCore();
    const versions: number[] = [];
    core.state.subscribe((s) => versions.push(s.version));
    const added = await core.dispatcher.invoke('companies:add', { displayName: 'Acme Books', settings: qbo }, trusted);
    expect(added.ok).toBe(true);
    const id = (added as { value: { id: string } }).value.id;
    expect(id).toMatch(/^co_[a-z0-9]{16}$/);
    let snap = core.state.snapshot();
    expect(snap.companies).toHaveLength(1);
    expect(snap.companies[0]).toMatchObject({ displayName: 'Acme Books', status: 'not_checked', statusText: 'Not checked yet', paused: false });

    await core.dispatcher.invoke('companies:rename', { id, displayName: 'Acme Ltd' }, trusted);
    await core.dispatcher.invoke('companies:setPaused', { id, paused: true }, trusted);
    snap = core.state.snapshot();
    expect(snap.companies[0]).toMatchObject({ displayName: 'Acme Ltd', paused: true, status: 'paused' });
    await core.dispatcher.invoke('companies:setPaused', { id, paused: false }, trusted);
    expect(core.state.snapshot().companies[0]!.status).toBe('not_checked');

    await core.dispatcher.invoke('companies:remove', { id }, trusted);
    expect(core.state.snapshot().companies).toEqual([]);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions.length).toBeGreaterThanOrEqual(5);
  });

  it('keeps every company across a restart', async () => {
    const first = createTestCore();
    await first.core.dispatcher.invoke('companies:add', { displayName: 'Desk Co', settings: { kind: 'qbd_conductor', endUserId: 'end_usr_abc123' } }, trusted);
    await first.core.dispatcher.invoke('companies:add', { displayName: 'Online Co', settings: qbo }, trusted);
    first.ports.db.close();
    const second = createTestCore({ dataDir: first.dataDir });
    expect(second.core.state.snapshot().companies.map((c) => c.displayName)).toEqual(['Desk Co', 'Online Co']);
    expect(second.core.state.snapshot().companies[0]!.settings).toEqual({ kind: 'qbd_conductor', endUserId: 'end_usr_abc123' });
  });

  it('answers NOT_FOUND for a company that does not exist', async () => {
    const { core } = createTestCore();
    const r = await core.dispatcher.invoke('companies:rename', { id: 'co_0000000000000000', displayName: 'x' }, trusted);
    expect(r.ok ? null : r.error.code).toBe('NOT_FOUND');
  });

  it('refuses a second company for the same QuickBooks Online realm', async () => {
    const { core } = createTestCore();
    await core.dispatcher.invoke('companies:add', { displayName: 'A', settings: { kind: 'qbo', realmId: '123145' } }, trusted);
    const r = await core.dispatcher.invoke('companies:add', { displayName: 'B', settings: { kind: 'qbo', realmId: '123145' } }, trusted);
    expect(r.ok ? null : r.error.code).toBe('CONFLICT');
  });

  it('runs before-remove hooks and removes the company even when a hook fails', async () => {
    const { core, logger } = createTestCore();
    const seen: string[] = [];
    core.companies.onBeforeRemove(async (c) => {
      seen.push(c.displayName);
      throw new Error('revoke failed');
    });
    const added = core.companies.add({ displayName: 'Gone Soon', settings: qbo });
    await core.companies.remove(added.id);
    expect(seen).toEqual(['Gone Soon']);
    expect(core.companies.list()).toEqual([]);
    expect(logger.lines.some((l) => l.includes('before-remove step failed'))).toBe(true);
  });
});
