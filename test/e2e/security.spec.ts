import { request } from 'node:http';
import { expect, test } from './support/fixtures';
import { addCompany, companyRow, openWindow } from './support/window';

test.afterEach(({ pageProblems }) => {
  expect(pageProblems, 'browser errors or CSP refusals').toEqual([]);
});

/** Status of a raw WebSocket upgrade to /bridge (101 = accepted). */
function upgradeStatus(port: number, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1',
      port,
      path: '/bridge',
      headers: {
        connection: 'Upgrade',
        upgrade: 'websocket',
        'sec-websocket-version': '13',
        'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
        ...headers,
      },
    });
    req.on('upgrade', (res, socket) => {
      socket.destroy();
      resolve(res.statusCode ?? 0);
    });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Opens a WebSocket without a cookie and reports whether it opened. */
function tryWebSocket(url: string): Promise<'opened' | 'refused'> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url);
    ws.addEventListener('open', () => {
      ws.close();
      resolve('opened');
    });
    ws.addEventListener('error', () => resolve('refused'));
  });
}

test('(e) requests without the secret, or with a wrong one, are refused and the host keeps serving', async ({ page, browser, host, shot }) => {
  const { origin, port, key } = host.current;

  // Plain fetch: no cookie, no key.
  expect((await fetch(`${origin}/`)).status).toBe(401);
  expect((await fetch(`${origin}/api/status`)).status).toBe(401);
  // Wrong key, in the address and as a cookie.
  expect((await fetch(`${origin}/?key=wrong-key`, { redirect: 'manual' })).status).toBe(401);
  expect((await fetch(`${origin}/`, { headers: { cookie: `ledgerlight_key_${port}=wrong-key` } })).status).toBe(401);

  // The bridge: no cookie, wrong cookie → the upgrade is refused.
  expect(await upgradeStatus(port)).toBe(401);
  expect(await upgradeStatus(port, { cookie: `ledgerlight_key_${port}=wrong-key` })).toBe(401);
  expect(await tryWebSocket(`ws://127.0.0.1:${port}/bridge`)).toBe('refused');
  // Sanity: the same upgrade with the real key is accepted, so the refusals above are about the key.
  expect(await upgradeStatus(port, { cookie: `ledgerlight_key_${port}=${encodeURIComponent(key)}`, origin })).toBe(101);

  // A browser without the cookie sees an explanation, not the window.
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  const refused = await strangerPage.goto(`${origin}/`);
  expect(refused?.status()).toBe(401);
  await expect(strangerPage.getByText(/open the address printed when the Ledgerlight host started/)).toBeVisible();
  await shot('13-refused-without-key', strangerPage);
  const wrongKey = await strangerPage.goto(`${origin}/?key=not-the-key`);
  expect(wrongKey?.status()).toBe(401);
  await stranger.close();

  // …and the host still serves the real window afterwards.
  await openWindow(page, host.current);
  await addCompany(page, 'Still Serving Ltd');
  await expect(companyRow(page, 'Still Serving Ltd').getByText('Not checked yet')).toBeVisible();
});

interface Frame {
  type: string;
  id?: number;
  result?: { ok: boolean; error?: { code: string; message: string; issues?: string[] }; value?: unknown };
  error?: { code: string; message: string };
  event?: string;
}

test('(f) malformed IPC over an authenticated bridge gets a typed refusal and the host keeps serving', async ({ page, host }) => {
  await openWindow(page, host.current);
  const bridge = `ws://127.0.0.1:${host.current.port}/bridge`;

  const frames = await page.evaluate(async (url) => {
    const got: unknown[] = [];
    const ws = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      ws.addEventListener('open', () => resolve());
      ws.addEventListener('error', () => reject(new Error('bridge refused an authenticated page')));
    });
    const has = (pred: (f: Record<string, unknown>) => boolean) => got.some((f) => pred(f as Record<string, unknown>));
    ws.addEventListener('message', (e) => got.push(JSON.parse(String(e.data))));
    ws.send(JSON.stringify({ type: 'invoke', id: 1, channel: 'companies:add', payload: { displayName: '' } }));
    ws.send('this is not JSON {');
    ws.send(JSON.stringify({ type: 'invoke', channel: 'companies:add' }));
    ws.send(JSON.stringify({ type: 'invoke', id: 2, channel: 'shell:exec', payload: { cmd: 'rm -rf /' } }));
    ws.send(JSON.stringify({ type: 'invoke', id: 3, channel: 'app:getSnapshot' }));
    const deadline = Date.now() + 10_000;
    while (!(has((f) => f.id === 3) && got.filter((f) => (f as { type?: string }).type === 'error').length >= 2) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    const stillOpen = ws.readyState === WebSocket.OPEN;
    ws.close();
    return { got, stillOpen };
  }, bridge);

  const got = frames.got as Frame[];
  const result = (id: number) => got.find((f) => f.type === 'result' && f.id === id)?.result;
  expect(result(1)).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
  expect(result(1)?.error?.issues?.some((i) => i.startsWith('displayName'))).toBe(true);
  expect(got.filter((f) => f.type === 'error').map((f) => f.error?.code)).toEqual(['INVALID_PAYLOAD', 'INVALID_PAYLOAD']);
  expect(result(2)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  expect(result(3)).toMatchObject({ ok: true });
  expect(frames.stillOpen).toBe(true);
  // Nothing was added by the malformed request.
  expect((result(3)?.value as { companies: unknown[] }).companies).toEqual([]);

  // The window's own connection is unaffected and the host still works.
  await addCompany(page, 'After The Noise Ltd');
  await expect(companyRow(page, 'After The Noise Ltd').getByText('Not checked yet')).toBeVisible();
});
