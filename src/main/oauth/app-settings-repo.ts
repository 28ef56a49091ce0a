import type Database from 'better-sqlite3';
import type { IntuitEnvironment } from '@shared/domain/intuit-settings';
import type { IntuitEndpoints } from './intuit-app-config';

/** The stored Intuit app settings: the client secret only as ciphertext. */
export interface StoredAppSettings {
  clientId: string;
  clientSecretEnc: Buffer;
  keyVersion: number;
  environment: IntuitEnvironment;
  redirectUri: string;
  scopes: string[];
  /** Endpoint overrides entered as a setting (environment variables are read at run time). */
  endpointOverrides: Partial<IntuitEndpoints> & { discovery?: string };
  updatedAt: number;
}

interface Row {
  client_id: string;
  client_secret_enc: Buffer;
  key_version: number;
  environment: IntuitEnvironment;
  redirect_uri: string;
  scopes_json: string;
  endpoint_overrides_json: string;
  updated_at: number;
}

export function getAppSettings(db: Database.Database): StoredAppSettings | null {
  const row = db.prepare('SELECT * FROM intuit_app WHERE id = 1').get() as Row | undefined;
  if (!row) return null;
  return {
    clientId: row.client_id,
    clientSecretEnc: row.client_secret_enc,
    keyVersion: row.key_version,
    environment: row.environment,
    redirectUri: row.redirect_uri,
    scopes: JSON.parse(row.scopes_json) as string[],
    endpointOverrides: JSON.parse(row.endpoint_overrides_json) as StoredAppSettings['endpointOverrides'],
    updatedAt: row.updated_at,
  };
}

/** One row, replaced whole in one statement. */
export function saveAppSettings(db: Database.Database, s: StoredAppSettings): void {
  db.prepare(
    `INSERT INTO intuit_app (id, client_id, client_secret_enc, key_version, environment, redirect_uri, scopes_json, endpoint_overrides_json, updated_at)
     VALUES (1, @clientId, @secret, @keyVersion, @environment, @redirectUri, @scopes, @overrides, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET client_id = excluded.client_id, client_secret_enc = excluded.client_secret_enc,
       key_version = excluded.key_version, environment = excluded.environment, redirect_uri = excluded.redirect_uri,
       scopes_json = excluded.scopes_json, endpoint_overrides_json = excluded.endpoint_overrides_json, updated_at = excluded.updated_at`,
  ).run({
    clientId: s.clientId,
    secret: s.clientSecretEnc,
    keyVersion: s.keyVersion,
    environment: s.environment,
    redirectUri: s.redirectUri,
    scopes: JSON.stringify(s.scopes),
    overrides: JSON.stringify(s.endpointOverrides),
    updatedAt: s.updatedAt,
  });
}

export function getCachedDiscovery(db: Database.Database, environment: IntuitEnvironment): { sourceUrl: string; document: unknown; fetchedAt: number } | null {
  const row = db.prepare('SELECT source_url, document_json, fetched_at FROM intuit_discovery WHERE environment = ?').get(environment) as
    | { source_url: string; document_json: string; fetched_at: number }
    | undefined;
  return row ? { sourceUrl: row.source_url, document: JSON.parse(row.document_json), fetchedAt: row.fetched_at } : null;
}

export function cacheDiscovery(db: Database.Database, environment: IntuitEnvironment, sourceUrl: string, document: unknown, fetchedAt: number): void {
  db.prepare(
    `INSERT INTO intuit_discovery (environment, source_url, document_json, fetched_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (environment) DO UPDATE SET source_url = excluded.source_url, document_json = excluded.document_json, fetched_at = excluded.fetched_at`,
  ).run(environment, sourceUrl, JSON.stringify(document), fetchedAt);
}
