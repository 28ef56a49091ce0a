import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { QBO_FAULTS } from './fault-bodies';

export interface QboSimCompany {
  realmId: string;
  name: string;
}

/** A fault the simulator injects for the next N requests. */
export type QboFault =
  | { kind: 'throttle' }
  | { kind: 'unavailable' }
  | { kind: 'maintenance' }
  | { kind: 'gateway-timeout' }
  | { kind: 'malformed-bearer' }
  | { kind: 'reset' }
  | { kind: 'xml' };

export interface QboApiSimulatorOptions {
  companies: QboSimCompany[];
  /** Which realm an access token belongs to, and whether it is still valid (shared with the OAuth simulator). */
  tokenRealm: (accessToken: string) => { realmId: string; valid: boolean } | null;
  now?: () => number;
  /** Intuit's limits (qbo.md §3.1): 500 per minute and 10 per second per realm. */
  perMinute?: number;
  perSecond?: number;
  latencyMs?: number;
}

export interface QboApiSimulator {
  url: string;
  close(): Promise<void>;
  controls: {
    fault(fault: QboFault, times?: number): void;
    setLatency(ms: number): void;
    counters(): { requests: number; companyInfo: number; throttled: number; unauthorized: number };
  };
}

/**
 * QuickBooks Online v3 stand-in: `GET /v3/company/{realm}/companyinfo/{realm}` (JSON, or XML when
 * asked or injected), bearer tokens checked against the OAuth simulator (realm mismatch → 401
 * code 100, like Intuit), per-realm throttling with Intuit's XML ThrottleExceeded body, injected
 * faults from the captured samples, and an `intuit_tid` header on every answer.
 */
export async function startQboApiSimulator(options: QboApiSimulatorOptions): Promise<QboApiSimulator> {
  const now = options.now ?? Date.now;
  const perMinute = options.perMinute ?? 500;
  const perSecond = options.perSecond ?? 10;
  let latency = options.latencyMs ?? 0;
  const faults: Array<{ fault: QboFault; left: number }> = [];
  const hits = new Map<string, number[]>();
  const counters = { requests: 0, companyInfo: 0, throttled: 0, unauthorized: 0 };

  const send = (res: ServerResponse, status: number, type: string, body: string) => {
    res.writeHead(status, { 'content-type': type, intuit_tid: `1-${randomUUID().slice(0, 8)}-${randomUUID().replace(/-/g, '').slice(0, 24)}` });
    res.end(body);
  };
  const xml = 'application/xml;charset=UTF-8';
  const json = 'application/json;charset=UTF-8';

  const throttled = (realmId: string): boolean => {
    const t = now();
    const list = (hits.get(realmId) ?? []).filter((x) => t - x < 60_000);
    list.push(t);
    hits.set(realmId, list);
    return list.length > perMinute || list.filter((x) => t - x < 1000).length > perSecond;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    counters.requests++;
    if (latency > 0) await new Promise((r) => setTimeout(r, latency));
    const next = faults[0];
    if (next) {
      next.left -= 1;
      if (next.left <= 0) faults.shift();
      switch (next.fault.kind) {
        case 'reset':
          return req.socket.destroy();
        case 'throttle':
          counters.throttled++;
          return send(res, 429, xml, QBO_FAULTS.throttled());
        case 'unavailable':
          return send(res, 503, 'text/html', QBO_FAULTS.unavailableHtml());
        case 'maintenance':
          return send(res, 503, 'text/html', QBO_FAULTS.maintenanceHtml());
        case 'gateway-timeout':
          return send(res, 504, xml, QBO_FAULTS.gatewayTimeout());
        case 'malformed-bearer':
          counters.unauthorized++;
          return send(res, 401, json, QBO_FAULTS.malformedBearer());
        case 'xml':
          break;
      }
    }
    const url = new URL(req.url ?? '/', 'http://sim');
    const m = /^\/v3\/company\/(\d+)\/companyinfo\/(\d+)$/.exec(url.pathname);
    if (req.method !== 'GET' || !m || m[1] !== m[2]) return send(res, 404, 'text/plain', 'Not found');
    const realmId = m[1]!;
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const owner = bearer ? options.tokenRealm(bearer) : null;
    if (!owner || !owner.valid || owner.realmId !== realmId) {
      counters.unauthorized++;
      return send(res, 401, xml, QBO_FAULTS.authentication());
    }
    if (throttled(realmId)) {
      counters.throttled++;
      return send(res, 429, xml, QBO_FAULTS.throttled());
    }
    const company = options.companies.find((c) => c.realmId === realmId);
    if (!company) return send(res, 401, xml, QBO_FAULTS.authentication());
    counters.companyInfo++;
    const wantsXml = next?.fault.kind === 'xml' || !(req.headers.accept ?? '').includes('json');
    if (wantsXml) {
      return send(
        res,
        200,
        xml,
        `<?xml version="1.0" encoding="UTF-8"?><IntuitResponse xmlns="http://schema.intuit.com/finance/v3"><CompanyInfo domain="QBO"><Id>1</Id><SyncToken>4</SyncToken><CompanyName>${company.name.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</CompanyName><Country>USA</Country></CompanyInfo></IntuitResponse>`,
      );
    }
    return send(
      res,
      200,
      json,
      JSON.stringify({
        CompanyInfo: {
          CompanyName: company.name,
          LegalName: company.name,
          Country: 'USA',
          NameValue: [
            { Name: 'SubscriptionStatus', Value: 'PAID' },
            { Name: 'OfferingSku', Value: 'QuickBooks Online Plus' },
          ],
          domain: 'QBO',
          Id: '1',
          SyncToken: '4',
        },
        time: new Date(now()).toISOString(),
      }),
    );
  };

  const server = createServer((req, res) => void handle(req, res).catch(() => res.destroy()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
    controls: {
      fault: (fault, times = 1) => void faults.push({ fault, left: times }),
      setLatency: (ms) => void (latency = ms),
      counters: () => ({ ...counters }),
    },
  };
}
