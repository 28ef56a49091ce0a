import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { IntuitEnvironment } from '@shared/domain/intuit-settings';
import type { Clock, HttpTransport } from '../core/ports';
import type { Logger } from '../logging/logger';
import { cacheDiscovery, getCachedDiscovery } from './app-settings-repo';
import type { IntuitEndpoints } from './intuit-app-config';

const DiscoverySchema = z.object({
  authorization_endpoint: z.url(),
  token_endpoint: z.url(),
  revocation_endpoint: z.url(),
});

/** A fresh discovery document is re-read at most once a day. */
const CACHE_MS = 24 * 3_600_000;

export interface DiscoveredEndpoints {
  endpoints: Pick<IntuitEndpoints, 'authorization' | 'token' | 'revoke'>;
  source: 'discovery' | 'documented-defaults';
}

/**
 * Reads Intuit's OpenID discovery document for the environment (BOM-tolerant, schema-checked),
 * caching it in SQLite. When it cannot be read (offline, HTML, garbage), the last good copy is
 * used, and failing that the documented endpoints — with a log line saying so.
 */
export async function discoverEndpoints(deps: {
  db: Database.Database;
  http: HttpTransport;
  clock: Clock;
  logger: Logger;
  environment: IntuitEnvironment;
  url: string;
  fallback: Pick<IntuitEndpoints, 'authorization' | 'token' | 'revoke'>;
}): Promise<DiscoveredEndpoints> {
  const log = deps.logger.child('oauth.discovery');
  const cached = getCachedDiscovery(deps.db, deps.environment);
  const fromDoc = (doc: unknown) => {
    const d = DiscoverySchema.parse(doc);
    return { authorization: d.authorization_endpoint, token: d.token_endpoint, revoke: d.revocation_endpoint };
  };
  if (cached && cached.sourceUrl === deps.url && deps.clock.now() - cached.fetchedAt < CACHE_MS) {
    try {
      return { endpoints: fromDoc(cached.document), source: 'discovery' };
    } catch {
      // A cached copy that no longer parses is simply fetched again.
    }
  }
  try {
    const res = await deps.http.send({ method: 'GET', url: deps.url, headers: { accept: 'application/json' }, timeoutMs: 10_000 });
    if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
    const doc: unknown = JSON.parse(res.body.replace(/^\uFEFF/, ''));
    const endpoints = fromDoc(doc);
    cacheDiscovery(deps.db, deps.environment, deps.url, doc, deps.clock.now());
    return { endpoints, source: 'discovery' };
  } catch (err) {
    if (cached) {
      try {
        log.warn('discovery unreadable; using the last good copy', { url: deps.url, err });
        return { endpoints: fromDoc(cached.document), source: 'discovery' };
      } catch {
        // fall through to the documented endpoints
      }
    }
    log.warn('discovery unreadable; using the documented Intuit endpoints', { url: deps.url, err });
    return { endpoints: deps.fallback, source: 'documented-defaults' };
  }
}
