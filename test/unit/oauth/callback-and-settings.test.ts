import { parseCallbackUrl } from '../../../src/main/oauth/callback-params';
import { readOverrides } from '../../../src/main/oauth/intuit-endpoints';
import { discoverEndpoints } from '../../../src/main/oauth/discovery';
import { DOCUMENTED_ENDPOINTS } from '../../../src/main/oauth/intuit-endpoints';
import { redirectUriProblem } from '../../../src/shared/domain/intuit-settings';
import { openDatabase } from '../../../src/main/db/open-database';
import { testLogger } from '../../fakes/test-logger';
import { readFileSync } from 'node:fs';

describe('parseCallbackUrl (all three routes)', () => {
  it('reads code, state and realmId from loopback, protocol and pasted addresses', () => {
    for (const raw of [
      'http://localhost:8765/cb?code=AB11&state=s1&realmId=9341452222222222',
      'ledgerlight://oauth/callback?code=AB11&state=s1&realmId=9341452222222222',
      '  "https://relay.example.com/oauth?code=AB11&state=s1&realmId=9341452222222222"\n',
    ]) {
      expect(parseCallbackUrl(raw)).toEqual({ kind: 'code', code: 'AB11', state: 's1', realmId: '9341452222222222' });
    }
  });

  it('recognises a refusal and explains malformed addresses', () => {
    expect(parseCallbackUrl('https://r.example/cb?error=access_denied&state=s1')).toMatchObject({ kind: 'denied', error: 'access_denied', state: 's1' });
    expect(parseCallbackUrl('not a url')).toMatchObject({ kind: 'invalid', reason: expect.stringMatching(/whole address/) });
    expect(parseCallbackUrl('https://r.example/cb?state=s1')).toMatchObject({ kind: 'invalid' });
    expect(parseCallbackUrl('https://r.example/cb?code=a&state=s&realmId=abc')).toMatchObject({ kind: 'invalid', reason: expect.stringMatching(/which QuickBooks company/) });
  });
});

describe('redirect address rules (qbo.md §4.3)', () => {
  it.each([
    ['https://relay.example.com/oauth', 'production', null],
    ['http://localhost:8765/cb', 'sandbox', null],
    ['http://localhost:8765/cb', 'production', /sandbox keys/],
    ['https://127.0.0.1/cb', 'sandbox', /IP addresses/],
    ['http://relay.example.com/cb', 'sandbox', /https/],
    ['ledgerlight://oauth/callback', 'production', /relay page/],
    ['nonsense', 'sandbox', /full address/],
  ] as const)('%s (%s)', (uri, env, expected) => {
    const problem = redirectUriProblem(uri, env);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});

describe('endpoint overrides', () => {
  it('lets environment variables win over the setting and ignores non-URLs', () => {
    const { overrides, ignored } = readOverrides(
      { LEDGERLIGHT_INTUIT_TOKEN_URL: 'http://127.0.0.1:9999/token/', LEDGERLIGHT_QBO_API_BASE: 'ftp://nope' },
      { token: 'https://proxy.example/token', revoke: 'https://proxy.example/revoke' },
    );
    expect(overrides).toEqual({ token: 'http://127.0.0.1:9999/token', revoke: 'https://proxy.example/revoke' });
    expect(ignored).toEqual(['LEDGERLIGHT_QBO_API_BASE=ftp://nope']);
  });
});

describe('discovery', () => {
  const prodDoc = readFileSync(new URL('../../../../shared/samples/qbo/discovery-production-bom.json', import.meta.url), 'utf8');
  const deps = () => ({
    db: openDatabase(':memory:', { logger: testLogger() }).db,
    clock: { now: () => 1_000_000 },
    logger: testLogger(),
    environment: 'production' as const,
    url: 'https://developer.api.intuit.com/.well-known/openid_configuration',
    fallback: DOCUMENTED_ENDPOINTS.production,
  });

  it('reads Intuit\'s document (with its BOM) and caches it', async () => {
    const send = vi.fn(async () => ({ status: 200, headers: {}, body: prodDoc }));
    const d = deps();
    const first = await discoverEndpoints({ ...d, http: { send } });
    expect(first).toEqual({ source: 'discovery', endpoints: { authorization: 'https://appcenter.intuit.com/connect/oauth2', token: 'https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer', revoke: 'https://developer.api.intuit.com/v2/oauth2/tokens/revoke' } });
    await discoverEndpoints({ ...d, http: { send } });
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('falls back to the documented endpoints when discovery answers HTML or fails', async () => {
    const html = await discoverEndpoints({ ...deps(), http: { send: async () => ({ status: 200, headers: {}, body: '<html>maintenance</html>' }) } });
    expect(html.source).toBe('documented-defaults');
    const down = await discoverEndpoints({ ...deps(), http: { send: async () => { throw new Error('ENOTFOUND'); } } });
    expect(down).toMatchObject({ source: 'documented-defaults', endpoints: { token: DOCUMENTED_ENDPOINTS.production.token } });
  });
});
