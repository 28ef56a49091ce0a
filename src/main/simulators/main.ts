/**
 * `npm run simulators`: starts the Intuit OAuth and QuickBooks Online API simulators on
 * 127.0.0.1 for demo mode and end-to-end tests, and prints the environment variables that
 * point Ledgerlight at them. The last stdout line is JSON: {"env": {...}, "clientId", "clientSecret"}.
 */
import { DEFAULT_SIM_CLIENT, DEFAULT_SIM_COMPANIES, startIntuitOAuthSimulator } from './intuit-oauth';
import { startQboApiSimulator } from './qbo-api';

async function main(): Promise<void> {
  const oauth = await startIntuitOAuthSimulator({});
  const qbo = await startQboApiSimulator({
    companies: DEFAULT_SIM_COMPANIES,
    tokenRealm: (token) => {
      const realmId = oauth.controls.state.accessTokenRealm(token);
      return realmId ? { realmId, valid: oauth.controls.state.accessTokenStatus(token) === 'valid' } : null;
    },
  });
  const env = { LEDGERLIGHT_INTUIT_DISCOVERY_URL: oauth.endpoints.discovery, LEDGERLIGHT_QBO_API_BASE: qbo.url };
  process.stdout.write('Simulators running (QuickBooks is NOT real here). Start Ledgerlight with:\n');
  for (const [k, v] of Object.entries(env)) process.stdout.write(`  export ${k}=${v}\n`);
  process.stdout.write(`Then enter Intuit app settings: Client ID "${DEFAULT_SIM_CLIENT.clientId}", Client Secret "${DEFAULT_SIM_CLIENT.clientSecret}", sandbox keys, redirect http://localhost:8765/oauth/callback\n`);
  process.stdout.write(`${JSON.stringify({ env, clientId: DEFAULT_SIM_CLIENT.clientId, clientSecret: DEFAULT_SIM_CLIENT.clientSecret })}\n`);
  const stop = async () => {
    await oauth.close();
    await qbo.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((err: unknown) => {
  process.stderr.write(`simulators failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
