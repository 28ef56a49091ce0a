import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { startHeadlessServer, type HeadlessServer } from '../../../src/main/hosts/headless/server';
import { newBridgeSecret, secretMatches } from '../../../src/main/hosts/headless/bridge-secret';
import { createTestCore, type TestCore } from '../../fakes/test-core';

let t: TestCore;
let server: HeadlessServer;
let secret: string;
let base: string;

beforeEach(async () => {
  t = createTestCore();
  const rendererDir = mkdtempSync(join(tmpdir(), 'll-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Ledgerlight</title>');
  writeFileSync(join(rendererDir, 'app.js'), 'console.log(1)');
  secret = newBridgeSecret();
  server = await startHeadlessServer({ core: t.core, rendererDir, secret, logger: t.logger });
  base = `http://127.0.0.1:${server.port}`;
});
afterEach(async () => {
  await server.close();
});

const cookie = () => `ledgerlight_key_${server.port}=${encodeURIComponent(secret)}`;

function openSocket(headers: Record<string, string>): Promise<{ ws: WebSocket; frames: unknown[] }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/bridge`, { headers });
    const frames: unknown[] = [];
    ws.on('message', (d) => frames.push(JSON.parse(d.toString())));
    ws.on('open', () => resolve({ ws, frames }));
    ws.on('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.on('error', reject);
  });
}

const until = async (fn: () => boolean) => {
  for (let i = 0; i < 200 && !fn(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(fn()).toBe(true);
};

describe('headless host', () => {
  it('listens on 127.0.0.1 only and prints an address that carries the key', () => {
    expect(server.openUrl).toBe(`http://127.0.0.1:${server.port}/?key=${secret}`);
  });

  it('refuses requests without the secret, or with a wrong one, with 401 and a log line', async () => {
    expect((await fetch(`${base}/`)).status).toBe(401);
    expect((await fetch(`${base}/?key=wrong`)).status).toBe(401);
    expect((await fetch(`${base}/api/status`, { headers: { authorization: 'Bearer nope' } })).status).toBe(401);
    expect(t.logger.lines.filter((l) => l.includes('refused request without a valid secret'))).toHaveLength(3);
    // …and keeps serving the right key afterwards.
    expect((await fetch(`${base}/api/status`, { headers: { authorization: `Bearer ${secret}` } })).status).toBe(200);
  });

  it('trades the key in the address for an HttpOnly SameSite cookie and drops it from the URL', async () => {
    const res = await fetch(`${base}/?key=${secret}`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
    expect(res.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict; Path=\//);
    const page = await fetch(`${base}/`, { headers: { cookie: cookie() } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('Ledgerlight');
  });

  it('never serves files outside the window folder', async () => {
    for (const path of ['/../../../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/nope.js']) {
      expect((await fetch(`${base}${path}`, { headers: { cookie: cookie() } })).status).toBe(404);
    }
  });

  it('refuses a foreign Host header (DNS rebinding) even with the key', async () => {
    // fetch() may not set Host, so use a raw request the way a rebinding page's browser would send it.
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: '/api/status', headers: { authorization: `Bearer ${secret}`, host: 'evil.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });

  it('refuses a bridge connection without the cookie, or from another origin', async () => {
    await expect(openSocket({})).rejects.toThrow('HTTP 401');
    await expect(openSocket({ cookie: 'ledgerlight_key_1=x' })).rejects.toThrow('HTTP 401');
    await expect(openSocket({ cookie: cookie(), origin: 'https://evil.example' })).rejects.toThrow('HTTP 403');
  });

  it('pushes the snapshot on connect and answers invokes through the shared contract', async () => {
    const { ws, frames } = await openSocket({ cookie: cookie(), origin: `http://127.0.0.1:${server.port}` });
    await until(() => frames.length >= 1);
    expect(frames[0]).toMatchObject({ type: 'event', event: 'state:changed', payload: { host: 'headless', companies: [] } });
    ws.send(JSON.stringify({ type: 'invoke', id: 7, channel: 'companies:add', payload: { displayName: 'Acme', settings: { kind: 'qbo' } } }));
    await until(() => frames.some((f) => (f as { id?: number }).id === 7));
    expect(frames.find((f) => (f as { id?: number }).id === 7)).toMatchObject({ type: 'result', result: { ok: true, value: { displayName: 'Acme' } } });
    await until(() => frames.some((f) => (f as { payload?: { companies?: unknown[] } }).payload?.companies?.length === 1));
    ws.close();
  });

  it('answers malformed frames and payloads with typed refusals and keeps serving', async () => {
    const { ws, frames } = await openSocket({ cookie: cookie() });
    ws.send('this is not json');
    ws.send(JSON.stringify({ hello: 'world' }));
    ws.send(JSON.stringify({ type: 'invoke', id: 1, channel: 'companies:add', payload: { displayName: '' } }));
    ws.send(JSON.stringify({ type: 'invoke', id: 2, channel: 'shell:exec', payload: 'rm -rf /' }));
    ws.send(JSON.stringify({ type: 'invoke', id: 3, channel: 'app:getSnapshot' }));
    await until(() => frames.some((f) => (f as { id?: number }).id === 3));
    const errors = frames.filter((f) => (f as { type: string }).type === 'error');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatchObject({ error: { code: 'INVALID_PAYLOAD' } });
    const byId = (id: number) => frames.find((f) => (f as { id?: number }).id === id) as { result: { ok: boolean; error?: { code: string } } };
    expect(byId(1).result.error?.code).toBe('INVALID_PAYLOAD');
    expect(byId(2).result.error?.code).toBe('UNKNOWN_CHANNEL');
    expect(byId(3).result.ok).toBe(true);
    ws.close();
  });
});

describe('bridge secret comparison', () => {
  it('accepts only the exact secret', () => {
    const s = newBridgeSecret();
    expect(s).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(secretMatches(s, s)).toBe(true);
    expect(secretMatches(`${s}x`, s)).toBe(false);
    expect(secretMatches(s.slice(1), s)).toBe(false);
    expect(secretMatches('', s)).toBe(false);
    expect(secretMatches(undefined, s)).toBe(false);
  });
});
