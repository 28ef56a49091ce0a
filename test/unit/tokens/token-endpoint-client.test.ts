import type { HttpRequest, HttpResponse } from '../../../src/main/core/ports';
import type { IntuitAppConfig } from '../../../src/main/oauth/intuit-app-config';
import { createTokenEndpointClient } from '../../../src/main/tokens/token-endpoint-client';
import { testLogger } from '../../fakes/test-logger';

const config: IntuitAppConfig = {
  clientId: 'ABclientid',
  clientSecret: 'the-client-secret',
  environment: 'sandbox',
  redirectUri: 'https://example.com/cb',
  scopes: ['com.intuit.quickbooks.accounting'],
  endpoints: { authorization: 'https://a.test/auth', token: 'https://t.test/token', revoke: 'https://r.test/revoke', apiBase: 'https://api.test' },
  overridden: [],
};

// token-success-refresh-2017-bom.json (starts with a UTF-8 BOM), shortened access token.
const BOM_BODY = '\uFEFF{\n  "token_type": "bearer",\n  "expires_in": 3600,\n  "refresh_token": "L311478109728uVoOkDSUCl4s8FDRvjHR6kUKz0RHe3WtZQuBq",\n  "x_refresh_token_expires_in": 15552000,\n  "access_token": "eyJlbmMiOiJBMTI4Q0JDLUhTMjU2IiwiYWxnIjoiZGlyIn0..KM1_Fezsm6BUSaqqfTedaA.dBUC",\n  "id_token": "eyJraWQiOi.x.y"\n}';
// token-success-refresh-hard-expires.json
const HARD_BODY = '{"access_token":"eyJhbGciOiJkaXIi..sample","token_type":"bearer","expires_in":3600,"refresh_token":"RT1-39-H3-1785429816rcysb9dns1ofreknypnm","x_refresh_token_expires_in":8726400,"x_refresh_token_hard_expires_in":156032154}';

function transport(reply: (req: HttpRequest) => HttpResponse | Error) {
  const requests: HttpRequest[] = [];
  return {
    requests,
    send: async (req: HttpRequest) => {
      requests.push(req);
      const r = reply(req);
      if (r instanceof Error) throw r;
      return r;
    },
  };
}

describe('token endpoint client', () => {
  it('refreshes with a Basic-auth form POST, JSON Accept and the hard-expiry header', async () => {
    const http = transport(() => ({ status: 200, headers: { intuit_tid: '1-aa-bb' }, body: HARD_BODY }));
    const client = createTokenEndpointClient({ http, logger: testLogger() });
    const res = await client.refresh(config, 'RT-old');
    const req = http.requests[0]!;
    expect(req).toMatchObject({ method: 'POST', url: 'https://t.test/token' });
    expect(req.headers).toMatchObject({
      Accept: 'application/json',
      'Content-Type': 'application/x-www-form-urlencoded',
      Authorization: `Basic ${Buffer.from('ABclientid:the-client-secret').toString('base64')}`,
      'x-include-refresh-token-hard-expires-in': 'true',
    });
    expect(Object.fromEntries(new URLSearchParams(req.body))).toEqual({ grant_type: 'refresh_token', refresh_token: 'RT-old' });
    expect(res).toEqual({
      ok: true,
      requestId: '1-aa-bb',
      tokens: { accessToken: 'eyJhbGciOiJkaXIi..sample', refreshToken: 'RT1-39-H3-1785429816rcysb9dns1ofreknypnm', expiresInSec: 3600, refreshExpiresInSec: 8726400, hardExpiresInSec: 156032154 },
    });
  });

  it('exchanges a code with the redirect URI, and strips a BOM', async () => {
    const http = transport(() => ({ status: 200, headers: {}, body: BOM_BODY }));
    const res = await createTokenEndpointClient({ http, logger: testLogger() }).exchangeCode(config, 'AB11code');
    expect(Object.fromEntries(new URLSearchParams(http.requests[0]!.body))).toEqual({ grant_type: 'authorization_code', code: 'AB11code', redirect_uri: 'https://example.com/cb' });
    expect(res.ok && res.tokens).toMatchObject({ refreshToken: 'L311478109728uVoOkDSUCl4s8FDRvjHR6kUKz0RHe3WtZQuBq', refreshExpiresInSec: 15552000, hardExpiresInSec: null });
  });

  it('reports a response without refresh_token as such (the caller keeps the old one)', async () => {
    const http = transport(() => ({ status: 200, headers: {}, body: '{"access_token":"at-123456","expires_in":"3600","token_type":"bearer"}' }));
    const res = await createTokenEndpointClient({ http, logger: testLogger() }).refresh(config, 'RT-old');
    expect(res.ok && res.tokens).toMatchObject({ accessToken: 'at-123456', refreshToken: null, expiresInSec: 3600, refreshExpiresInSec: null });
  });

  it('treats an unreadable 200 as transient with an unknown outcome', async () => {
    const http = transport(() => ({ status: 200, headers: {}, body: '{"access_token":' }));
    const res = await createTokenEndpointClient({ http, logger: testLogger() }).refresh(config, 'RT-old');
    expect(res).toMatchObject({ ok: false, failure: { kind: 'transient', outcomeUnknown: true } });
  });

  it('classifies refusals and transport failures', async () => {
    const refused = createTokenEndpointClient({ http: transport(() => ({ status: 400, headers: {}, body: '{"error":"invalid_grant"}' })), logger: testLogger() });
    expect(await refused.refresh(config, 'RT')).toMatchObject({ ok: false, failure: { kind: 'invalid_grant' } });
    const reset = createTokenEndpointClient({ http: transport(() => Object.assign(new Error('x'), { code: 'ECONNRESET' })), logger: testLogger() });
    expect(await reset.refresh(config, 'RT')).toMatchObject({ ok: false, failure: { kind: 'transient', outcomeUnknown: true, detail: 'ECONNRESET' } });
  });

  it('revokes with a JSON body and treats 400 as "already gone"', async () => {
    const ok = transport(() => ({ status: 200, headers: {}, body: '' }));
    expect(await createTokenEndpointClient({ http: ok, logger: testLogger() }).revoke(config, 'RT-x')).toEqual({ ok: true, revoked: true });
    expect(ok.requests[0]).toMatchObject({ url: 'https://r.test/revoke', body: '{"token":"RT-x"}' });
    expect(ok.requests[0]!.headers).toMatchObject({ 'Content-Type': 'application/json', Authorization: expect.stringMatching(/^Basic /) });
    const gone = transport(() => ({ status: 400, headers: {}, body: '{"error":"invalid_token"}' }));
    expect(await createTokenEndpointClient({ http: gone, logger: testLogger() }).revoke(config, 'RT-x')).toMatchObject({ ok: true, revoked: false });
  });

  it('registers every secret with the log redactor before anything can log it', async () => {
    const logger = testLogger();
    const http = transport(() => ({ status: 200, headers: {}, body: HARD_BODY }));
    await createTokenEndpointClient({ http, logger }).refresh(config, 'RT-sent-by-us-123');
    logger.error('everything', { a: 'the-client-secret', b: 'RT-sent-by-us-123', c: 'RT1-39-H3-1785429816rcysb9dns1ofreknypnm', d: 'eyJhbGciOiJkaXIi..sample' });
    for (const s of ['the-client-secret', 'RT-sent-by-us-123', 'RT1-39-H3-1785429816rcysb9dns1ofreknypnm', 'eyJhbGciOiJkaXIi..sample']) expect(logger.lines.join('')).not.toContain(s);
  });
});
