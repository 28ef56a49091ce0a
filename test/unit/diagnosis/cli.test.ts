import { UnifiedErrorSchema } from '@shared/diagnosis/unified-error';
import { readsStdin, runCli } from '../../../src/main/cli/run-cli';

const qbo401 = JSON.stringify({
  source: 'qbo',
  httpStatus: 401,
  headers: { intuit_tid: '1-abc' },
  body: '{"fault":{"error":[{"message":"message=AuthenticationFailed; errorCode=003200; statusCode=401","detail":"Malformed bearer token","code":"3200"}],"type":"AUTHENTICATION"}}',
});

describe('ledgerlight diagnose (single observation)', () => {
  it('prints the unified error as one JSON line and exits 0', async () => {
    const r = await runCli(['diagnose'], `${qbo401}\n`);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.endsWith('\n')).toBe(true);
    const e = UnifiedErrorSchema.parse(JSON.parse(r.stdout));
    expect(e).toMatchObject({ type: 'AUTHENTICATION_ERROR', recovery: 'refresh', code: 'QBO_ACCESS_TOKEN_EXPIRED', requestId: '1-abc', integrationCode: '3200' });
  });

  it('--pretty indents; a BOM on stdin is tolerated', async () => {
    const r = await runCli(['diagnose', '--pretty'], `\uFEFF${JSON.stringify({ source: 'network', code: 'ENOTFOUND' })}`);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('\n  "type": "NETWORK_ERROR"');
  });

  it.each([
    ['malformed JSON', '{"source":', /^diagnose: malformed JSON/],
    ['an invalid observation', '{"source":"qbo","body":""}', /^diagnose: invalid observation: httpStatus/],
    ['an unknown source', '{"source":"fax"}', /"source" must be one of/],
    ['an empty stdin', '  \n', /no observation on stdin/],
    ['two observations without --jsonl', `${qbo401}\n${qbo401}`, /use --jsonl/],
    ['an array', '[]', /must be a JSON object/],
  ])('exits 2 with a one-line reason on %s', async (_label, stdin, reason) => {
    const r = await runCli(['diagnose'], stdin);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(reason);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('rejects unknown options', async () => {
    const r = await runCli(['diagnose', '--bogus'], qbo401);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('--bogus');
  });
});

describe('ledgerlight diagnose --jsonl', () => {
  it('prints one result per observation line; a bad line gets an error object and the rest go on', async () => {
    const stdin = [
      qbo401,
      '',
      'not json',
      JSON.stringify({ source: 'qbwc', method: 'connectionError', hresult: '0x80040420', message: 'The QuickBooks user has denied access.' }),
      '{"source":"qbwc","method":"nope"}',
      '   ',
      JSON.stringify({ source: 'oauth', httpStatus: 400, body: '{"error":"invalid_grant"}' }),
    ].join('\r\n');
    const r = await runCli(['diagnose', '--jsonl'], stdin);
    expect(r.exitCode).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatchObject({ code: 'QBO_ACCESS_TOKEN_EXPIRED' });
    expect(lines[1]).toEqual({ error: expect.stringMatching(/^malformed JSON/), line: 3 });
    expect(lines[2]).toMatchObject({ code: 'QBD_CONNECTION_ERROR', integrationCode: '0x80040420' });
    expect(lines[3]).toEqual({ error: expect.stringMatching(/^invalid observation/), line: 5 });
    expect(lines[4]).toMatchObject({ code: 'QBO_REFRESH_TOKEN_INVALID', recovery: 'reconnect' });
  });

  it('prints nothing for empty input', async () => {
    expect(await runCli(['diagnose', '--jsonl'], '\n\n')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });
});

describe('ledgerlight subcommands', () => {
  it('an unknown or missing command prints usage on stderr and exits 2', async () => {
    for (const argv of [['nope'], []]) {
      const r = await runCli(argv, '');
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toContain('usage: ledgerlight');
      expect(r.stderr).toContain('diagnose');
    }
  });

  it('--help prints usage on stdout and exits 0', async () => {
    const r = await runCli(['--help'], '');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('diagnose [--jsonl]');
  });
});

describe('stdin handling', () => {
  it('reads stdin only for commands that need it, and never dispatches to prototype keys', async () => {
    expect(readsStdin(['diagnose'])).toBe(true);
    expect(readsStdin(['nope'])).toBe(false);
    expect(readsStdin(['toString'])).toBe(false);
    expect((await runCli(['toString'], '')).exitCode).toBe(2);
  });
});
