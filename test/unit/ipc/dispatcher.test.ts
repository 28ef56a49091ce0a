import { AppError } from '../../../src/main/core/app-error';
import { createDispatcher, type Handlers } from '../../../src/main/ipc/dispatcher';
import { testLogger } from '../../fakes/test-logger';

const trusted = { trusted: true, description: 'test window' };

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const unused = () => {
    throw new Error('not used');
  };
  return {
    'app:getSnapshot': unused,
    'app:openExternal': unused,
    'companies:add': unused,
    'companies:rename': unused,
    'companies:setPaused': unused,
    'companies:remove': unused,
    'companies:checkAll': unused,
    'prefs:setNotificationsPaused': unused,
    'notices:dismiss': unused,
    ...overrides,
  } as Handlers;
}

describe('IPC dispatcher', () => {
  it('refuses an untrusted sender without calling the handler', async () => {
    const spy = vi.fn();
    const d = createDispatcher(handlers({ 'companies:checkAll': spy }), testLogger());
    const r = await d.invoke('companies:checkAll', undefined, { trusted: false, description: 'iframe' });
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: 'FORBIDDEN_SENDER' }) });
    expect(spy).not.toHaveBeenCalled();
  });

  it('answers an unknown channel with a typed error (also for prototype keys)', async () => {
    const d = createDispatcher(handlers(), testLogger());
    for (const channel of ['nope:x', 'toString', '__proto__', 42, null]) {
      const r = await d.invoke(channel, undefined, trusted);
      expect(r.ok ? null : r.error.code).toBe('UNKNOWN_CHANNEL');
    }
  });

  it('validates payloads against the shared schema and lists the problems', async () => {
    const spy = vi.fn();
    const d = createDispatcher(handlers({ 'companies:add': spy }), testLogger());
    const r = await d.invoke('companies:add', { displayName: '', settings: { kind: 'qbd_conductor', endUserId: 'nope' } }, trusted);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INVALID_PAYLOAD');
    expect(r.error.issues?.join('\n')).toMatch(/displayName/);
    expect(r.error.issues?.join('\n')).toMatch(/end_usr_/);
    expect(spy).not.toHaveBeenCalled();
  });

  it('passes parsed (trimmed) payloads to the handler and wraps the value', async () => {
    const d = createDispatcher(handlers({ 'companies:rename': (p) => ({ id: p.id, displayName: p.displayName }) as never }), testLogger());
    const r = await d.invoke('companies:rename', { id: 'co_abcdefghijklmnop', displayName: '  Acme Ltd  ' }, trusted);
    expect(r).toEqual({ ok: true, value: { id: 'co_abcdefghijklmnop', displayName: 'Acme Ltd' } });
  });

  it('turns an AppError into its typed answer with fix steps', async () => {
    const d = createDispatcher(
      handlers({ 'companies:checkAll': () => { throw new AppError('NOT_FOUND', 'gone', { fixSteps: ['do this'] }); } }),
      testLogger(),
    );
    expect(await d.invoke('companies:checkAll', undefined, trusted)).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'gone', fixSteps: ['do this'] } });
  });

  it('reports a full disk as STORAGE_FULL', async () => {
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    const d = createDispatcher(handlers({ 'companies:checkAll': () => { throw full; } }), testLogger());
    const r = await d.invoke('companies:checkAll', undefined, trusted);
    expect(r.ok ? null : r.error.code).toBe('STORAGE_FULL');
  });

  it('hides internal failures: generic message across IPC, the stack only in the log', async () => {
    const logger = testLogger();
    const d = createDispatcher(handlers({ 'companies:checkAll': () => { throw new TypeError('secret internals at foo.ts:12'); } }), logger);
    const r = await d.invoke('companies:checkAll', undefined, trusted);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INTERNAL');
    expect(JSON.stringify(r)).not.toContain('secret internals');
    expect(logger.lines.some((l) => l.includes('secret internals'))).toBe(true);
  });
});
