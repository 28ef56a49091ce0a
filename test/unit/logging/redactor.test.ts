import { createLogger } from '../../../src/main/logging/logger';
import { createRedactor } from '../../../src/main/logging/redactor';

describe('log redaction', () => {
  it('remembers a bounded number of exact secrets, keeping the most recently used', () => {
    const redactor = createRedactor(3);
    for (const s of ['secret-one', 'secret-two', 'secret-three']) redactor.addSecret(s);
    redactor.addSecret('secret-one'); // used again: now the most recent
    redactor.addSecret('secret-four'); // evicts the least recent: secret-two
    const out = redactor.redact('secret-one secret-two secret-three secret-four');
    expect(out).toBe('[redacted] secret-two [redacted] [redacted]');
    redactor.removeSecret('secret-four');
    expect(redactor.redact('secret-four')).toBe('secret-four');
  });

  it('removes registered secrets and secret-looking fields from every line', () => {
    const lines: string[] = [];
    const redactor = createRedactor();
    const log = createLogger({ sinks: [(l) => lines.push(l)], redactor });
    redactor.addSecret('RT1-39-H3-abcdefghijkl');
    log.info('refreshed', { token: 'RT1-39-H3-abcdefghijkl', header: 'Authorization: Bearer eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4' });
    log.warn('body', { body: '{"access_token":"eyJzzzzzzzzz","refresh_token":"AB11xxxxxxxxx","expires_in":3600}' });
    log.error('form', { form: 'grant_type=refresh_token&refresh_token=Q011secretvalue&x=1' });
    const all = lines.join('\n');
    for (const secret of ['RT1-39-H3-abcdefghijkl', 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4', 'eyJzzzzzzzzz', 'AB11xxxxxxxxx', 'Q011secretvalue']) {
      expect(all).not.toContain(secret);
    }
    expect(all).toContain('[redacted]');
    expect(all).toContain('expires_in');
  });
});
