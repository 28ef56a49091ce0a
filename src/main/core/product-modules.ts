import type { CoreContext } from './create-core';
import type { CoreModule } from './core-module';
import { createOAuthModule } from '../oauth/oauth-module';
import { createTokensModule } from '../tokens/tokens-module';

/**
 * The capabilities both hosts run, in start order. Each later capability (health checks,
 * sync…) adds its factory here and nowhere else.
 * @param env where endpoint overrides are read from (the process environment in the hosts)
 */
export function productModules(env: NodeJS.ProcessEnv = process.env): Array<(ctx: CoreContext) => CoreModule> {
  return [(ctx) => createTokensModule(ctx), (ctx) => createOAuthModule(ctx, { env })];
}
