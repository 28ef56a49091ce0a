import type { CoreContext } from './create-core';
import type { CoreModule } from './core-module';
import { createTokensModule } from '../tokens/tokens-module';

/**
 * The capabilities both hosts run, in start order. Each later capability (tokens, health
 * checks, sync) adds its factory here and nowhere else.
 */
export function productModules(): Array<(ctx: CoreContext) => CoreModule> {
  return [(ctx) => createTokensModule(ctx)];
}
