import { diagnose, isRetryable } from '../../../src/main/diagnosis';
import type { UnifiedError } from '../../../src/main/diagnosis';
import { expectDiagnosis, now } from './support/samples';

const net = (fields: { code?: string; name?: string; message?: string }): UnifiedError => diagnose({ source: 'network', ...fields }, { now });

describe('network failures on our side', () => {
  it.each([
    ['ECONNRESET', 'NETWORK_CONNECTION_RESET'],
    ['EPIPE', 'NETWORK_CONNECTION_RESET'],
    ['UND_ERR_SOCKET', 'NETWORK_CONNECTION_RESET'],
    ['ECONNREFUSED', 'NETWORK_CONNECTION_REFUSED'],
    ['ENOTFOUND', 'NETWORK_DNS_FAILED'],
    ['EAI_AGAIN', 'NETWORK_DNS_FAILED'],
    ['ETIMEDOUT', 'NETWORK_TIMEOUT'],
    ['UND_ERR_CONNECT_TIMEOUT', 'NETWORK_TIMEOUT'],
    ['UND_ERR_HEADERS_TIMEOUT', 'NETWORK_TIMEOUT'],
    ['UND_ERR_BODY_TIMEOUT', 'NETWORK_TIMEOUT'],
    ['ABORT_ERR', 'NETWORK_ABORTED'],
    ['UND_ERR_ABORTED', 'NETWORK_ABORTED'],
    ['ENETUNREACH', 'NETWORK_UNREACHABLE'],
    ['ERR_TLS_HANDSHAKE_TIMEOUT', 'NETWORK_TLS_ERROR'],
    ['EPROTO', 'NETWORK_TLS_ERROR'],
    ['econnreset', 'NETWORK_CONNECTION_RESET'],
    ['UND_ERR', 'NETWORK_ERROR'],
    ['E_SOMETHING_NEW', 'NETWORK_ERROR'],
  ])('%s → retry (%s)', (code, ours) => {
    expectDiagnosis(net({ code, message: 'x' }), { type: 'NETWORK_ERROR', recovery: 'retry', code: ours, integrationCode: code });
  });

  it.each(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'ERR_TLS_CERT_ALTNAME_INVALID', 'CERT_SOMETHING_ELSE'])(
    'certificate problem %s needs the person (antivirus, proxy, clock)',
    (code) => {
      const e = net({ code });
      expectDiagnosis(e, { type: 'NETWORK_ERROR', recovery: 'user_action', code: 'NETWORK_TLS_CERTIFICATE' });
      expect(e.fixSteps.join(' ')).toMatch(/date, time/);
      expect(e.fixSteps.join(' ')).toMatch(/antivirus/);
    },
  );

  it('reads the error name when there is no code', () => {
    expect(net({ name: 'AbortError', message: 'This operation was aborted' }).code).toBe('NETWORK_ABORTED');
    expect(net({ name: 'TimeoutError', message: 'The operation was aborted due to timeout' }).code).toBe('NETWORK_TIMEOUT');
  });

  it('reads the message when there is neither', () => {
    expect(net({ message: 'socket hang up' }).code).toBe('NETWORK_CONNECTION_RESET');
    expect(net({ message: 'unable to verify the first certificate' }).code).toBe('NETWORK_TLS_CERTIFICATE');
    expect(net({ message: 'request timed out after 30000ms' }).code).toBe('NETWORK_TIMEOUT');
    expect(net({ code: 'ERR_SOCKET_CONNECTION_TIMEOUT' }).code).toBe('NETWORK_TIMEOUT');
  });

  it('a malformed URL is ours to fix', () => {
    expectDiagnosis(net({ code: 'ERR_INVALID_URL', message: 'Invalid URL' }), { type: 'INVALID_REQUEST_ERROR', recovery: 'developer_action', code: 'NETWORK_BAD_URL' });
  });

  it('timeouts and resets leave a write\'s outcome unknown', () => {
    const e = net({ code: 'ETIMEDOUT' });
    expect(e.outcomeUnknown).toBe(true);
    expect(isRetryable(e)).toBe(true);
    expect(isRetryable(e, { idempotent: false })).toBe(false);
    expect(isRetryable(net({ code: 'ENOTFOUND' }), { idempotent: false })).toBe(true);
  });
});
