import { diagnose, diagnoseMany, isRetryable, ObservationSchema, parseObservation, UnifiedErrorSchema } from '../../../src/main/diagnosis';
import type { Observation } from '../../../src/main/diagnosis';
import { FIXED_NOW, now } from './support/samples';

describe('diagnose() contract', () => {
  it('stamps occurredAt from the injected clock', () => {
    expect(diagnose({ source: 'network', code: 'ECONNRESET' }, { now }).occurredAt).toBe(FIXED_NOW.toISOString());
    const bad = diagnose({ source: 'network', code: 'ECONNRESET' }, { now: () => new Date(NaN) });
    expect(() => UnifiedErrorSchema.parse(bad)).not.toThrow();
    const throwing = diagnose({ source: 'network', code: 'ECONNRESET' }, { now: () => { throw new Error('clock'); } });
    expect(throwing.code).toBe('NETWORK_CONNECTION_RESET');
  });

  it.each([
    ['an unknown source', { source: 'fax', httpStatus: 200, body: '' }, 'internal'],
    ['a missing status', { source: 'qbo', body: '{}' }, 'qbo'],
    ['a wrong method', { source: 'qbwc', method: 'sendRequestXML' }, 'qbwc'],
    ['null', null, 'internal'],
    ['a string', 'hello', 'internal'],
    ['a network observation without anything', { source: 'network' }, 'network'],
  ])('never throws on %s: INTERNAL_ERROR, developer_action', (_label, raw, source) => {
    const e = diagnose(raw as unknown as Observation, { now });
    expect(UnifiedErrorSchema.parse(e)).toMatchObject({ type: 'INTERNAL_ERROR', recovery: 'developer_action', code: 'OBSERVATION_INVALID', source });
  });

  it('survives a hostile object (throwing getters) with a schema-valid error', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); }, has: () => { throw new Error('boom'); }, ownKeys: () => { throw new Error('boom'); } });
    const e = diagnose(hostile as Observation, { now });
    expect(() => UnifiedErrorSchema.parse(e)).not.toThrow();
    expect(e.type).toBe('INTERNAL_ERROR');
    expect(diagnoseMany(hostile as Observation, { now })).toHaveLength(1);
  });

  it('applies observation defaults (missing body is empty)', () => {
    expect(diagnose({ source: 'qbo', httpStatus: 429 } as Observation, { now }).code).toBe('QBO_THROTTLED');
  });
});

describe('isRetryable', () => {
  it.each([
    ['retry', undefined, true],
    ['refresh', undefined, true],
    ['refetch', undefined, false],
    ['reconnect', undefined, false],
    ['user_action', undefined, false],
    ['developer_action', undefined, false],
    ['none', undefined, false],
    ['retry', true, true],
  ] as const)('%s (outcomeUnknown %s)', (recovery, outcomeUnknown, expected) => {
    expect(isRetryable({ recovery, ...(outcomeUnknown === undefined ? {} : { outcomeUnknown }) })).toBe(expected);
  });

  it('refuses a non-idempotent retry when the first attempt may have landed', () => {
    expect(isRetryable({ recovery: 'retry', outcomeUnknown: true }, { idempotent: false })).toBe(false);
    expect(isRetryable({ recovery: 'retry', outcomeUnknown: true }, { idempotent: true })).toBe(true);
    expect(isRetryable({ recovery: 'retry' }, { idempotent: false })).toBe(true);
  });
});

describe('ObservationSchema / parseObservation', () => {
  it('accepts every documented shape', () => {
    for (const o of [
      { source: 'qbo', httpStatus: 401, headers: { intuit_tid: 'x', n: 1, m: ['a'], absent: undefined, gone: null }, body: '' },
      { source: 'oauth', httpStatus: 400, body: '{}', endpoint: 'revoke' },
      { source: 'conductor', httpStatus: 502, body: '' },
      { source: 'nxus', httpStatus: 429, body: '' },
      { source: 'gateway', httpStatus: 504, body: '' },
      { source: 'qbwc', method: 'connectionError', hresult: '0x80040408', message: 'm' },
      { source: 'qbwc', method: 'receiveResponseXML', response: '<QBXML/>', hresult: '', message: '' },
      { source: 'qbwc', method: 'authenticate-result', result: ['', 'nvu'] },
      { source: 'network', code: 'ECONNRESET', message: 'x' },
      { source: 'network', name: 'AbortError' },
    ]) {
      expect(ObservationSchema.safeParse(o).success).toBe(true);
      expect(parseObservation(o).ok).toBe(true);
    }
  });

  it('explains a refusal in one line', () => {
    const cases: unknown[] = [[], 'x', { source: 'qbo' }, { source: 'qbo', httpStatus: 'x', body: 1 }, { source: 'qbwc', method: 'x' }, { source: 'network' }];
    for (const c of cases) {
      const r = parseObservation(c);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).not.toMatch(/\n/);
    }
    const r = parseObservation({ source: 'qbo', body: '' });
    expect(r.ok ? '' : r.reason).toContain('httpStatus');
  });
});
