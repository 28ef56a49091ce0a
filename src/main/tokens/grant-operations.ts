import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { CompanyId } from '@shared/domain/company';
import { AppError } from '../core/app-error';
import type { Clock } from '../core/ports';
import { getCompany } from '../db/repos/companies-repo';
import type { Logger } from '../logging/logger';
import type { IntuitAppConfig } from '../oauth/intuit-app-config';
import type { Vault } from '../vault/vault';
import type { AccessTrust } from './access-trust';
import type { KeyedLock } from './single-flight';
import type { TokenEffects } from './token-effects';
import type { TokenEndpointClient } from './token-endpoint-client';
import { deleteTokens, getTokenRow, saveConnectedTokens } from './token-repo';

/** Intuit's documented rolling window, if a code exchange ever comes back without its expiry. */
const DOCUMENTED_REFRESH_LIFETIME_SEC = 100 * 86_400;
const USED_CODES_KEPT = 500;

export interface GrantOperations {
  connect(input: { companyId: CompanyId; code: string; realmId: string }): Promise<void>;
  disconnect(companyId: string, options?: { companyRemoved?: boolean }): Promise<{ revoked: boolean; detail?: string }>;
}

/**
 * The two ends of a grant: exchanging an authorization code for the first token pair, and
 * revoking it. Both take the company's lock, so they never interleave with a refresh.
 */
export function createGrantOperations(deps: {
  db: Database.Database;
  vault: Vault;
  endpoint: TokenEndpointClient;
  appConfig: () => Promise<IntuitAppConfig | null>;
  clock: Clock;
  trust: AccessTrust;
  effects: TokenEffects;
  lock: KeyedLock;
  logger: Logger;
}): GrantOperations {
  const { db, vault, endpoint, clock, trust, effects } = deps;
  const log = deps.logger.child('tokens');
  const usedCodes: string[] = []; // sha-256 of codes already sent, never the codes themselves

  return {
    /**
     * Exchanges the code exactly once (Intuit poisons the tokens of a code used twice,
     * oauth-jsclient#173) and stores the sealed pair in one transaction before returning. The
     * vault is checked BEFORE the code is spent: a code exchanged with nowhere to keep the
     * tokens would be wasted.
     */
    async connect({ companyId, code, realmId }) {
      const company = getCompany(db, companyId);
      if (!company) throw new AppError('NOT_FOUND', 'That company is no longer in Ledgerlight.');
      if (company.kind !== 'qbo') throw new AppError('CONFLICT', 'Only QuickBooks Online companies connect through Intuit sign-in.');
      if (!/^\d{1,20}$/.test(realmId)) throw new AppError('INVALID_PAYLOAD', 'QuickBooks sent a company ID Ledgerlight does not recognise.');
      deps.logger.redactor.addSecret(code);
      const codeHash = createHash('sha256').update(code).digest('hex');
      if (usedCodes.includes(codeHash)) {
        throw new AppError('OAUTH_STATE_INVALID', 'This QuickBooks sign-in was already completed.', { fixSteps: ['If the company is not connected, start Connect again.'] });
      }
      const config = await deps.appConfig();
      if (!config) throw new AppError('NOT_CONFIGURED', 'Enter the Intuit app settings before connecting.', { fixSteps: ['Open Settings > Intuit app.'] });
      const availability = await vault.availability();
      if (!availability.available) throw new AppError('VAULT_UNAVAILABLE', availability.reason, { fixSteps: availability.fixSteps });
      usedCodes.push(codeHash);
      if (usedCodes.length > USED_CODES_KEPT) usedCodes.shift();

      await deps.lock.run(companyId, async () => {
        const sentAt = clock.now();
        const result = await endpoint.exchangeCode(config, code);
        if (!result.ok) {
          const f = result.failure;
          log.warn('authorization code exchange failed', { companyId, kind: f.kind, code: f.code, status: f.httpStatus, intuitTid: f.requestId });
          throw new AppError(f.kind === 'invalid_client' ? 'NOT_CONFIGURED' : 'PROVIDER_ERROR', f.userFacingMessage, { fixSteps: f.fixSteps });
        }
        const t = result.tokens;
        if (!t.refreshToken) throw new AppError('PROVIDER_ERROR', 'Intuit did not send a renewable key. Start Connect again.');
        const [accessTokenEnc, refreshTokenEnc] = await Promise.all([vault.sealSecret(t.accessToken), vault.sealSecret(t.refreshToken)]);
        const pair = {
          accessTokenEnc,
          refreshTokenEnc,
          keyVersion: vault.keyVersion,
          accessExpiresAt: sentAt + t.expiresInSec * 1000,
          refreshExpiresAt: sentAt + (t.refreshExpiresInSec ?? DOCUMENTED_REFRESH_LIFETIME_SEC) * 1000,
          refreshHardExpiresAt: t.hardExpiresInSec !== null ? sentAt + t.hardExpiresInSec * 1000 : null,
          refreshTokenReceivedAt: sentAt,
        };
        const row = saveConnectedTokens(db, companyId, realmId, pair, clock.now());
        trust.vouch(companyId, row.accessExpiresAt);
        log.info('company connected', { companyId, intuitTid: result.requestId, hardExpiry: row.refreshHardExpiresAt !== null });
        effects.connected(companyId);
      });
    },

    /**
     * Revokes at Intuit (the refresh token, which ends the whole grant), then deletes the local
     * tokens whatever Intuit said: disconnecting must always work, even offline.
     */
    disconnect(companyId, options = {}) {
      const companyRemoved = options.companyRemoved ?? false;
      return deps.lock.run(companyId, async () => {
        const row = getTokenRow(db, companyId);
        if (!row) return { revoked: false, detail: 'This company had no saved QuickBooks access.' };
        let outcome: { revoked: boolean; detail?: string };
        try {
          const config = await deps.appConfig();
          if (!config) {
            outcome = { revoked: false, detail: 'The Intuit app settings are missing, so access could not be revoked at Intuit; it was removed from this computer.' };
          } else {
            const result = await endpoint.revoke(config, await vault.openSecret(row.refreshTokenEnc));
            outcome = result.ok
              ? { revoked: result.revoked, ...(result.detail ? { detail: result.detail } : {}) }
              : { revoked: false, detail: 'Intuit could not be reached to revoke access; it was removed from this computer. You can also disconnect the app in QuickBooks.' };
          }
        } catch (err) {
          log.warn('revoke failed; deleting local tokens anyway', { companyId, err });
          outcome = { revoked: false, detail: 'Access could not be revoked at Intuit; it was removed from this computer.' };
        } finally {
          deleteTokens(db, companyId);
          trust.forget(companyId);
        }
        log.info('company disconnected', { companyId, revoked: outcome.revoked, companyRemoved });
        effects.disconnected(companyId, companyRemoved);
        return outcome;
      });
    },
  };
}
