import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { insertCompany } from '../db/repos/companies-repo';
import { openDatabase } from '../db/open-database';
import { createFetchTransport } from '../http/fetch-transport';
import { createLogger } from '../logging/logger';
import { createRedactor } from '../logging/redactor';
import type { IntuitAppConfig } from '../oauth/intuit-app-config';
import { simulatorAppConfig, startIntuitOAuthSimulator, type IntuitOAuthSimulator } from '../simulators/intuit-oauth';
import { createStateStore } from '../state/state-store';
import { createTokenEndpointClient } from '../tokens/token-endpoint-client';
import { createTokenLifecycle, type TokenLifecycle } from '../tokens/token-lifecycle';
import { getTokenRow, saveRefreshedTokens } from '../tokens/token-repo';
import { createAesGcmCipher } from '../vault/aes-gcm-cipher';
import { createVault } from '../vault/vault';
import type { BenchSuite } from './suite';

const HOUR = 3_600_000;

/** A tokens lifecycle over a temp SQLite file, an AES vault and the Intuit simulator on loopback. */
async function tokenEnv(simOptions: { rotateEveryMs?: number } = {}) {
  let offset = 0;
  const clock = { now: () => Date.now() + offset };
  const sim: IntuitOAuthSimulator = await startIntuitOAuthSimulator({ now: clock.now, ...simOptions });
  const dir = mkdtempSync(join(tmpdir(), 'ledgerlight-bench-'));
  const logger = createLogger({ sinks: [], redactor: createRedactor() });
  const { db } = openDatabase(join(dir, 'bench.db'), { logger });
  const config: IntuitAppConfig = simulatorAppConfig(sim);
  const cipher = createAesGcmCipher(randomBytes(32));
  const http = createFetchTransport();
  const state = createStateStore({ host: 'headless', companies: () => [], preferences: () => ({ notificationsPaused: true }) });
  const tokens: TokenLifecycle = createTokenLifecycle({
    db,
    clock,
    timers: { setInterval: () => () => {}, setTimeout: () => () => {} },
    power: { on: () => () => {} },
    http,
    cipher,
    notifier: { notify: () => {} },
    preferences: { get: () => true as never, set: () => {} },
    logger,
    state,
    appConfig: async () => config,
  });
  const now = new Date(clock.now()).toISOString();
  const companyId = 'co_bench0000000000a';
  insertCompany(db, { id: companyId as never, displayName: 'Bench Co', settings: { kind: 'qbo' }, now });
  await tokens.connectFromAuthorizationCode({ companyId: companyId as never, code: sim.controls.authorize({ redirectUri: config.redirectUri }), realmId: '9341452222222222' });
  return {
    sim,
    db,
    tokens,
    companyId,
    config,
    cipher,
    logger,
    endpoint: createTokenEndpointClient({ http, logger }),
    expireAccessToken: () => void (offset += 2 * HOUR),
    async close() {
      await tokens.stop();
      db.close();
      await sim.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

type Env = Awaited<ReturnType<typeof tokenEnv>>;

/** The storm through Ledgerlight's token service: one flight per company. */
async function storm(env: Env, callers: number) {
  env.expireAccessToken();
  env.sim.controls.state.resetCounters();
  const results = await Promise.allSettled(Array.from({ length: callers }, () => env.tokens.getAccessToken(env.companyId as never)));
  return { succeeded: results.filter((r) => r.status === 'fulfilled').length, tokenCalls: env.sim.controls.counters().tokenCalls };
}

/** Baseline: what a refresher without single flight does (every caller that sees an expired token refreshes). */
async function naiveStorm(env: Env, callers: number) {
  env.expireAccessToken();
  env.sim.controls.state.resetCounters();
  const vault = createVault({ cipher: env.cipher, logger: env.logger });
  const results = await Promise.allSettled(
    Array.from({ length: callers }, async () => {
      const row = getTokenRow(env.db, env.companyId)!;
      const res = await env.endpoint.refresh(env.config, await vault.openSecret(row.refreshTokenEnc));
      if (!res.ok) throw new Error(res.failure.code);
      const t = res.tokens;
      const sentAt = Date.now();
      const [a, r] = await Promise.all([vault.sealSecret(t.accessToken), vault.sealSecret(t.refreshToken ?? '')]);
      const current = getTokenRow(env.db, env.companyId)!;
      saveRefreshedTokens(env.db, env.companyId, current.rowVersion, {
        accessTokenEnc: a,
        refreshTokenEnc: r,
        keyVersion: 1,
        accessExpiresAt: sentAt + t.expiresInSec * 1000,
        refreshExpiresAt: sentAt + (t.refreshExpiresInSec ?? 0) * 1000,
        refreshHardExpiresAt: null,
        refreshTokenReceivedAt: sentAt,
      }, sentAt);
    }),
  );
  const c = env.sim.controls.counters();
  return { succeeded: results.filter((r) => r.status === 'fulfilled').length, tokenCalls: c.tokenCalls, invalidGrant: c.invalidGrant };
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * `tokens.*` figures: the 200-caller storm on an expired token (token-endpoint calls, callers
 * served) against a naive refresher in the same run, and the latency of a full refresh cycle
 * (marker commit, HTTP round trip to the simulator on loopback, AES sealing, FULL-synchronous
 * SQLite commit) against the bare HTTP round trip.
 */
export function tokensBenchSuite(options: { callers?: number; cycles?: number } = {}): BenchSuite {
  const callers = options.callers ?? 200;
  const cycles = options.cycles ?? 200;
  return {
    key: 'tokens',
    async run() {
      const env = await tokenEnv();
      const rotating = await tokenEnv({ rotateEveryMs: 0 });
      try {
        const ours = await storm(env, callers);
        const naive = await naiveStorm(env, callers);
        const naiveRotating = await naiveStorm(rotating, callers);

        const full: number[] = [];
        const bare: number[] = [];
        for (let i = 0; i < 20; i++) await env.tokens.refreshNow(env.companyId as never); // warm-up
        for (let i = 0; i < cycles; i++) {
          const t0 = performance.now();
          const { outcome } = await env.tokens.refreshNow(env.companyId as never);
          if (outcome !== 'refreshed') throw new Error(`refresh cycle ${i} ended with ${outcome}`);
          full.push(performance.now() - t0);
        }
        const vault = createVault({ cipher: env.cipher, logger: env.logger });
        const rt = await vault.openSecret(getTokenRow(env.db, env.companyId)!.refreshTokenEnc);
        for (let i = 0; i < cycles; i++) {
          const t0 = performance.now();
          const res = await env.endpoint.refresh(env.config, rt);
          if (!res.ok) throw new Error(`bare refresh ${i} failed: ${res.failure.code}`);
          bare.push(performance.now() - t0);
        }
        const refreshP95Ms = round2(percentile(full, 95));
        const baselineRefreshNoPersistP95Ms = round2(percentile(bare, 95));
        return {
          stormCallers: callers,
          stormSucceeded: ours.succeeded,
          stormTokenCalls: ours.tokenCalls,
          baselineNaiveStormTokenCalls: naive.tokenCalls,
          baselineNaiveStormSucceeded: naive.succeeded,
          baselineNaiveRotatingStormInvalidGrants: naiveRotating.invalidGrant,
          refreshCycles: cycles,
          refreshP50Ms: round2(percentile(full, 50)),
          refreshP95Ms,
          baselineRefreshNoPersistP95Ms,
          refreshP95RatioToNoPersist: round2(refreshP95Ms / Math.max(0.01, baselineRefreshNoPersistP95Ms)),
        };
      } finally {
        await env.close();
        await rotating.close();
      }
    },
    describe(f) {
      const n = (k: string) => f[k] ?? 0;
      return [
        `storm:                ${n('stormCallers')} callers on an expired token -> ${n('stormTokenCalls')} token call(s), ${n('stormSucceeded')} served`,
        `baseline naive:       ${n('baselineNaiveStormTokenCalls')} token calls for the same storm (${n('stormTokenCalls') ? Math.round(n('baselineNaiveStormTokenCalls') / n('stormTokenCalls')) : 0}x ours); with rotation on every refresh ${n('baselineNaiveRotatingStormInvalidGrants')} invalid_grant`,
        `refresh cycle:        p50 ${n('refreshP50Ms')} ms, p95 ${n('refreshP95Ms')} ms over ${n('refreshCycles')} cycles (marker, HTTP, AES, FULL-sync SQLite)`,
        `baseline HTTP only:   p95 ${n('baselineRefreshNoPersistP95Ms')} ms; ratio ${n('refreshP95RatioToNoPersist')}x`,
      ];
    },
  };
}
