import type { HttpRequest, HttpResponse, HttpTransport } from '../core/ports';

/** A transport failure with Node's error code (ECONNRESET, ENOTFOUND, ETIMEDOUT…) for diagnosis. */
export class TransportError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'TransportError';
  }
}

function codeOf(err: unknown): string {
  const e = err as { name?: string; code?: string; cause?: { code?: string; name?: string } };
  if (e?.name === 'TimeoutError') return 'ETIMEDOUT';
  if (e?.name === 'AbortError') return 'ABORT_ERR';
  return e?.cause?.code ?? e?.code ?? 'UND_ERR';
}

/**
 * The real HTTP port, on Node's fetch. The body is always read to the end under the same
 * deadline as the headers (a stalled body must not hang a check forever).
 */
export function createFetchTransport(defaults: { timeoutMs?: number } = {}): HttpTransport {
  return {
    async send(req: HttpRequest): Promise<HttpResponse> {
      const timeout = AbortSignal.timeout(req.timeoutMs ?? defaults.timeoutMs ?? 30_000);
      const signal = req.signal ? AbortSignal.any([req.signal, timeout]) : timeout;
      try {
        const res = await fetch(req.url, { method: req.method, headers: req.headers, body: req.body, signal, redirect: 'manual' });
        const body = await res.text();
        const headers: Record<string, string> = {};
        res.headers.forEach((value, key) => (headers[key.toLowerCase()] = value));
        return { status: res.status, headers, body };
      } catch (err) {
        const code = codeOf(err);
        throw new TransportError(code, `${req.method} ${new URL(req.url).origin} failed: ${code}`);
      }
    },
  };
}
