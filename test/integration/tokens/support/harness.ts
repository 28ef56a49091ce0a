import { randomBytes } from 'node:crypto';
import type { CompanyId } from '../../../../src/shared/domain/company';
import type { CoreContext } from '../../../../src/main/core/create-core';
import type { Clock, Disposable, PowerEvent, PowerEvents, SecretCipher, Timers } from '../../../../src/main/core/ports';
import { createFetchTransport } from '../../../../src/main/http/fetch-transport';
import type { IntuitAppConfig, IntuitAppConfigProvider } from '../../../../src/main/oauth/intuit-app-config';
import { startIntuitOAuthSimulator, simulatorAppConfig, type IntuitOAuthSimulator, type IntuitOAuthSimulatorOptions } from '../../../../src/main/simulators/intuit-oauth';
import type { RefreshPolicy } from '../../../../src/main/tokens/refresh-policy';
import type { TokenLifecycle } from '../../../../src/main/tokens/token-lifecycle';
import { createTokensModule, getTokenService } from '../../../../src/main/tokens/tokens-module';
import { createAesGcmCipher } from '../../../../src/main/vault/aes-gcm-cipher';
import { FakeTime } from '../../../fakes/fake-time';
import { createTestCore, type TestCore } from '../../../fakes/test-core';

/** Deterministic PRNG (mulberry32) so "random" test schedules are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** PowerEvents a test can fire by hand (resume after a simulated sleep, clock jumps). */
export class ManualPower implements PowerEvents {
  private readonly listeners = new Map<PowerEvent, Set<() => void>>();
  on(event: PowerEvent, listener: () => void): Disposable {
    const set = this.listeners.get(event) ?? new Set();
    set.add(listener);
    this.listeners.set(event, set);
    return () => set.delete(listener);
  }
  emit(event: PowerEvent): void {
    for (const l of [...(this.listeners.get(event) ?? [])]) l();
  }
}

/** The app settings a test uses: the simulator's client and endpoints. */
export const simAppConfig = simulatorAppConfig;

export interface TokenHarness {
  sim: IntuitOAuthSimulator;
  test: TestCore;
  ctx: CoreContext;
  tokens: TokenLifecycle;
  power: ManualPower;
  /** Simulated "true" time: drives timers and the simulator. */
  time: FakeTime;
  /** What Ledgerlight reads as the wall clock (time + offset, for clock-jump scenarios). */
  clock: Clock & { offsetMs: number };
  vaultKey: Buffer;
  /** Mutable app settings (e.g. to simulate a wrong client secret). */
  config: IntuitAppConfig;
  addCompany(name?: string): Promise<CompanyId>;
  connect(companyId: CompanyId, realmId?: string): Promise<void>;
  /** Stops the core, closes the database, builds everything again over the same file. */
  restart(options?: { cipher?: SecretCipher }): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  sim?: IntuitOAuthSimulatorOptions;
  policy?: Partial<RefreshPolicy>;
  seed?: number;
  /** Start the core (scheduler) right away; default true. */
  start?: boolean;
  /** Replace the AES vault cipher (e.g. with one that refuses). */
  cipher?: SecretCipher;
}

/**
 * A full core (real SQLite file, AES vault, real HTTP to the in-process Intuit simulator) with
 * the tokens module, on simulated time shared with the simulator.
 */
export async function createTokenHarness(options: HarnessOptions = {}): Promise<TokenHarness> {
  const time = new FakeTime();
  const clock = { offsetMs: 0, now: () => time.now() + clock.offsetMs };
  const power = new ManualPower();
  const sim = await startIntuitOAuthSimulator({ now: () => time.now(), ...options.sim });
  const vaultKey = randomBytes(32);
  const config = simAppConfig(sim);
  const provider: IntuitAppConfigProvider = { current: async () => config };
  const random = seededRandom(options.seed ?? 1);
  let dataDir: string | undefined;

  let cipher = options.cipher ?? createAesGcmCipher(vaultKey);
  const build = () => {
    let captured: CoreContext | undefined;
    const test = createTestCore({
      ...(dataDir ? { dataDir } : {}),
      overrides: { clock, timers: time as Timers, power, cipher, http: createFetchTransport({ timeoutMs: 5_000 }) },
      core: {
        modules: [
          (ctx) => {
            captured = ctx;
            return createTokensModule(ctx, { appConfig: provider, policy: options.policy ?? {}, random });
          },
        ],
      },
    });
    dataDir = test.dataDir;
    return { test, ctx: captured!, tokens: getTokenService(captured!) };
  };

  let current = build();
  if (options.start ?? true) current.test.core.start();

  const harness: TokenHarness = {
    sim,
    get test() {
      return current.test;
    },
    get ctx() {
      return current.ctx;
    },
    get tokens() {
      return current.tokens;
    },
    power,
    time,
    clock,
    vaultKey,
    config,
    async addCompany(name = 'Acme Books') {
      const res = await current.test.core.dispatcher.invoke('companies:add', { displayName: name, settings: { kind: 'qbo' } }, { trusted: true, description: 'test' });
      if (!res.ok) throw new Error(res.error.message);
      return (res.value as { id: CompanyId }).id;
    },
    async connect(companyId, realmId) {
      const code = sim.controls.authorize({ redirectUri: config.redirectUri, ...(realmId ? { realmId } : {}) });
      await current.tokens.connectFromAuthorizationCode({ companyId, code, realmId: realmId ?? '9341452222222222' });
    },
    async restart(restartOptions = {}) {
      if (restartOptions.cipher) cipher = restartOptions.cipher;
      await current.test.core.stop();
      current.test.ports.db.close();
      current = build();
      current.test.core.start();
    },
    async close() {
      await current.test.core.stop();
      current.test.ports.db.close();
      await sim.close();
    },
  };
  return harness;
}
