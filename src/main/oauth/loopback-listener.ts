import { createServer, type Server } from 'node:http';
import type { Logger } from '../logging/logger';

export interface LoopbackListener {
  close(): Promise<void>;
  readonly port: number;
}

const page = (title: string, body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"></head>` +
  `<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;line-height:1.5"><h1 style="font-size:1.4rem">${title}</h1><p>${body}</p></body></html>`;

/**
 * The sandbox-key callback route (a): a tiny HTTP listener on `localhost` at the redirect URI's
 * port and path, open only while a connect is pending. It answers only that path, hands the full
 * URL to `onCallback`, and shows the person a plain "you can close this tab" page.
 */
export async function startLoopbackListener(options: {
  redirectUri: string;
  logger: Logger;
  onCallback: (url: string) => Promise<{ ok: boolean; message: string }>;
}): Promise<LoopbackListener> {
  const target = new URL(options.redirectUri);
  const log = options.logger.child('oauth.loopback');
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://localhost:${target.port || 80}`);
    if (req.method !== 'GET' || url.pathname !== target.pathname) {
      res.writeHead(404, { 'content-type': 'text/plain', connection: 'close' }).end('Not found');
      return;
    }
    void options
      .onCallback(`${target.protocol}//${target.host}${url.pathname}${url.search}`)
      .then((outcome) => {
        const title = outcome.ok ? 'Ledgerlight is connected' : 'Ledgerlight could not connect';
        res.writeHead(outcome.ok ? 200 : 400, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', connection: 'close' });
        res.end(page(title, `${escapeHtml(outcome.message)} You can close this tab and go back to Ledgerlight.`));
      })
      .catch((err: unknown) => {
        log.error('callback handling failed', { err });
        res.writeHead(500, { 'content-type': 'text/plain', connection: 'close' }).end('Ledgerlight could not finish connecting. Go back to Ledgerlight for details.');
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // localhost resolves to 127.0.0.1 for the browser Intuit redirects; never a public interface.
    server.listen(Number(target.port || 80), '127.0.0.1', () => resolve());
  });
  const address = server.address();
  log.info('waiting for the QuickBooks callback', { port: typeof address === 'object' && address ? address.port : null, path: target.pathname });
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    // Stops accepting at once; the answer being written (if any) still completes.
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
