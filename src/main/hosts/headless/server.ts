import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { BRIDGE_PATH } from '@shared/ipc/bridge-protocol';
import type { Core } from '../../core/create-core';
import type { Logger } from '../../logging/logger';
import { cookieName, presentedSecret, secretMatches } from './bridge-secret';
import { serveBridgeSocket } from './bridge-socket';
import { readRendererFile } from './static-files';

export interface HeadlessServer {
  /** The URL a person opens (carries the secret once; the host swaps it for a cookie). */
  openUrl: string;
  port: number;
  close(): Promise<void>;
}

/** Content-Security-Policy for the window when served over http (mirrors the meta tag). */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const SECURITY_HEADERS = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'x-frame-options': 'DENY',
};

function refuse(res: ServerResponse, status: 401 | 403 | 404 | 405, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
  res.end(`${text}\n`);
}

/**
 * Serves the built window and the IPC bridge on 127.0.0.1 only. Every request must carry the
 * per-launch secret (query `key` once, then an HttpOnly SameSite=Strict cookie, or a Bearer
 * header for scripts); anything else gets 401 and a log line. Host and Origin are checked too,
 * so a web page on another origin (or a DNS-rebinding name) cannot drive the bridge.
 */
export async function startHeadlessServer(options: {
  core: Core;
  rendererDir: string;
  secret: string;
  logger: Logger;
  port?: number;
}): Promise<HeadlessServer> {
  const { core, secret, rendererDir } = options;
  const log = options.logger.child('headless');
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const peerOf = (req: IncomingMessage) => `${req.socket.remoteAddress}:${req.socket.remotePort}`;
  const hostOk = (req: IncomingMessage) => allowedHosts().has(String(req.headers.host ?? '').toLowerCase());

  const onRequest = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const fromQuery = url.searchParams.get('key');
    const authed = secretMatches(fromQuery ?? presentedSecret(req, port), secret);
    if (!authed) {
      log.warn('refused request without a valid secret', { peer: peerOf(req), method: req.method, path: url.pathname });
      return refuse(res, 401, 'Ledgerlight: open the address printed when the Ledgerlight host started (it contains the access key).');
    }
    if (!hostOk(req)) {
      log.warn('refused request for a foreign host name', { peer: peerOf(req), host: req.headers.host });
      return refuse(res, 403, 'Ledgerlight only answers on 127.0.0.1 and localhost.');
    }
    if (fromQuery !== null) {
      // Trade the key in the address bar for a cookie, then drop it from the URL and history.
      url.searchParams.delete('key');
      res.writeHead(303, {
        location: url.pathname + url.search,
        'set-cookie': `${cookieName(port)}=${encodeURIComponent(secret)}; HttpOnly; SameSite=Strict; Path=/`,
        ...SECURITY_HEADERS,
      });
      return res.end();
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Method not allowed.');
    if (url.pathname === '/api/status') {
      // For monitoring from a server: the same snapshot the window renders, as JSON.
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', ...SECURITY_HEADERS });
      return res.end(JSON.stringify(core.state.snapshot()));
    }
    const file = await readRendererFile(rendererDir, url.pathname);
    if (!file) return refuse(res, 404, 'Not found.');
    res.writeHead(200, { 'content-type': file.type, ...SECURITY_HEADERS });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  };

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const origin = String(req.headers.origin ?? '');
    const originOk = origin === '' || [...allowedHosts()].some((h) => origin === `http://${h}`);
    const reject = (status: string, why: string) => {
      log.warn('refused bridge connection', { peer: peerOf(req), why });
      socket.end(`HTTP/1.1 ${status}\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n${why}\n`);
    };
    if (!secretMatches(presentedSecret(req, port), secret)) return reject('401 Unauthorized', 'missing or wrong access key');
    if (!hostOk(req) || !originOk) return reject('403 Forbidden', 'foreign host or origin');
    if (url.pathname !== BRIDGE_PATH) return reject('404 Not Found', 'no such endpoint');
    wss.handleUpgrade(req, socket, head, (ws) => serveBridgeSocket(ws, core, log, peerOf(req)));
  };

  const server: Server = createServer((req, res) => {
    onRequest(req, res).catch((err: unknown) => {
      log.error('request failed', { err });
      if (!res.headersSent) refuse(res, 404, 'Not found.');
      else res.end();
    });
  });
  server.on('upgrade', onUpgrade);
  server.on('clientError', (_err, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  log.info('headless host listening', { port });
  return {
    port,
    openUrl: `http://127.0.0.1:${port}/?key=${secret}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        wss.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
