import type { CoreContext } from '../core/create-core';
import type { CoreModule } from '../core/core-module';
import type { IntuitAppConfigProvider } from '../oauth/intuit-app-config';
import type { RefreshPolicy } from './refresh-policy';
import { createTokenLifecycle, type TokenLifecycle } from './token-lifecycle';

interface TokensRuntime {
  lifecycle: TokenLifecycle;
  setProvider(provider: IntuitAppConfigProvider): void;
}

/** One token lifecycle per core, shared by the tokens module and every capability that needs tokens. */
const runtimes = new WeakMap<CoreContext, TokensRuntime>();

export interface TokensModuleOptions {
  /** The Intuit app settings; usually supplied by the connect capability via provideIntuitAppConfig. */
  appConfig?: IntuitAppConfigProvider;
  policy?: Partial<RefreshPolicy>;
  random?: () => number;
}

function runtimeFor(ctx: CoreContext, options: TokensModuleOptions = {}): TokensRuntime {
  const existing = runtimes.get(ctx);
  if (existing) {
    if (options.appConfig) existing.setProvider(options.appConfig);
    return existing;
  }
  let provider: IntuitAppConfigProvider | null = options.appConfig ?? null;
  const { ports } = ctx;
  const lifecycle = createTokenLifecycle({
    db: ports.db,
    clock: ports.clock,
    timers: ports.timers,
    power: ports.power,
    http: ports.http,
    cipher: ports.cipher,
    notifier: ports.notifier,
    preferences: ports.preferences,
    logger: ports.logger,
    state: ctx.state,
    // Resolved at every use, so settings entered (or fixed) later take effect without a restart.
    appConfig: async () => (provider ? provider.current() : null),
    ...(options.policy ? { policy: options.policy } : {}),
    ...(options.random ? { random: options.random } : {}),
  });
  const runtime: TokensRuntime = { lifecycle, setProvider: (p) => void (provider = p) };
  runtimes.set(ctx, runtime);
  return runtime;
}

/**
 * The token service of this core: what the connect flow calls with an authorization code, what
 * API callers (health checks, sync) call for an access token. Any capability gets the SAME
 * instance from its module factory with `getTokenService(ctx)`; module order does not matter.
 */
export function getTokenService(ctx: CoreContext): TokenLifecycle {
  return runtimeFor(ctx).lifecycle;
}

/**
 * How the connect capability hands over the Intuit app settings (client id/secret, token and
 * revoke endpoints). Call it from your module factory; it may come before or after the tokens
 * module is created. Until it is called, refreshes fail with "Intuit app settings are missing".
 */
export function provideIntuitAppConfig(ctx: CoreContext, provider: IntuitAppConfigProvider): void {
  runtimeFor(ctx).setProvider(provider);
}

/**
 * The tokens CoreModule (registered in product-modules.ts): starts the refresh scheduler,
 * revokes and deletes a company's tokens before it is removed, and lets "Check all now"
 * evaluate refreshes at once.
 */
export function createTokensModule(ctx: CoreContext, options: TokensModuleOptions = {}): CoreModule {
  const { lifecycle } = runtimeFor(ctx, options);
  ctx.companies.onBeforeRemove(async (company) => {
    if (lifecycle.hasTokens(company.id)) await lifecycle.disconnect(company.id, { companyRemoved: true });
  });
  return {
    name: 'tokens',
    start: () => lifecycle.start(),
    stop: () => lifecycle.stop(),
    checkAll: () => lifecycle.evaluateNow(),
  };
}
