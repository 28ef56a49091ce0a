import type { CoreContext } from '../core/create-core';
import type { CoreModule } from '../core/core-module';
import { getTokenService, provideIntuitAppConfig } from '../tokens/tokens-module';
import { createVault } from '../vault/vault';
import { AppError } from '../core/app-error';
import { createAppSettingsService } from './app-settings-service';
import { createConnectFlow } from './connect-flow';
import { ENDPOINT_ENV_VARS } from './intuit-endpoints';

const PROTOCOL_CALLBACK = 'ledgerlight://oauth/callback';
const OVERRIDE_NOTICE = 'intuit-endpoints-overridden';

/**
 * Connect and disconnect for QuickBooks Online: the Intuit app settings, the sign-in flow with
 * its three callback routes (loopback listener, `ledgerlight://` link via the https relay page,
 * pasted address), and disconnect. Supplies the app settings to the token lifecycle.
 */
export function createOAuthModule(ctx: CoreContext, options: { env: NodeJS.ProcessEnv }): CoreModule {
  const { ports } = ctx;
  const vault = createVault({ cipher: ports.cipher, logger: ports.logger });
  const settings = createAppSettingsService({ db: ports.db, vault, http: ports.http, clock: ports.clock, logger: ports.logger, env: options.env });
  provideIntuitAppConfig(ctx, settings);
  const tokens = getTokenService(ctx);
  const flow = createConnectFlow({
    db: ports.db,
    clock: ports.clock,
    http: ports.http,
    logger: ports.logger,
    settings,
    tokens,
    companies: ctx.companies,
    onCompanyChanged: () => ctx.state.publish(),
  });

  /** Nobody should run against a simulator or proxy by accident: say so while overrides are on. */
  const refreshOverrideNotice = () => {
    const keys = settings.overridden();
    if (keys.length === 0) {
      if (ctx.state.snapshot().notices.some((n) => n.id === OVERRIDE_NOTICE)) ctx.state.dismissNotice(OVERRIDE_NOTICE);
      return;
    }
    ctx.state.addNotice({
      id: OVERRIDE_NOTICE,
      level: 'warning',
      title: 'Not talking to Intuit directly',
      message: `Ledgerlight is using other addresses for Intuit (${keys.join(', ')}): a simulator, a test server or a company proxy. QuickBooks data shown here may not be real.`,
      fixSteps: [`To use Intuit directly, unset ${keys.map((k) => ENDPOINT_ENV_VARS[k]).join(', ')} and restart Ledgerlight.`],
      at: new Date(ports.clock.now()).toISOString(),
    });
  };

  return {
    name: 'oauth',
    handlers: {
      'intuit:getSettings': () => settings.view(),
      'intuit:saveSettings': async (input) => {
        const view = await settings.save(input);
        refreshOverrideNotice();
        return view;
      },
      'oauth:startConnect': async ({ companyId }) => {
        const started = await flow.start(companyId);
        const opened = await ctx.openExternal(started.authorizationUrl, { builtByApp: true });
        return { ...started, opened };
      },
      'oauth:completeFromUrl': async ({ url }) => {
        const outcome = await flow.complete(url, 'paste');
        return { companyId: outcome.companyId, qboCompanyName: outcome.qboCompanyName, message: outcome.message };
      },
      'oauth:disconnect': ({ id }) => flow.disconnect(id),
    },
    start: refreshOverrideNotice,
    stop: () => flow.stop(),
    async handleProtocolUrl(url) {
      if (!url.toLowerCase().startsWith(PROTOCOL_CALLBACK)) return false;
      try {
        const outcome = await flow.complete(url, 'protocol');
        ctx.state.addNotice({ id: 'oauth-callback', level: 'info', title: 'QuickBooks connected', message: outcome.message, at: new Date(ports.clock.now()).toISOString() });
      } catch (err) {
        const e = err instanceof AppError ? err : null;
        ctx.state.addNotice({
          id: 'oauth-callback',
          level: 'warning',
          title: 'QuickBooks did not connect',
          message: e?.message ?? 'Something went wrong inside Ledgerlight while connecting.',
          ...(e?.extra.fixSteps ? { fixSteps: e.extra.fixSteps } : {}),
          at: new Date(ports.clock.now()).toISOString(),
        });
      }
      return true;
    },
  };
}
