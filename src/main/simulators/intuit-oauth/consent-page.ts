const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export interface SimCompany {
  realmId: string;
  name: string;
}

/**
 * The consent page an end-to-end test clicks through: pick a company, then "Connect" (redirects
 * with code, state, realmId) or "Cancel" (redirects with error=access_denied). Plain HTML and a
 * form POST, no scripts, so any browser automation can drive it. Clearly labelled as a simulator.
 */
export function renderConsentPage(input: {
  clientId: string;
  redirectUri: string;
  state: string;
  scope: string;
  companies: SimCompany[];
}): string {
  const hidden = (name: string, value: string) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;
  const options = input.companies
    .map((c, i) => `<option value="${escapeHtml(c.realmId)}"${i === 0 ? ' selected' : ''}>${escapeHtml(c.name)} (${escapeHtml(c.realmId)})</option>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Intuit OAuth simulator: connect to QuickBooks</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem}.sim{background:#fff3cd;padding:.5rem 1rem;border-radius:6px}button{font-size:1rem;padding:.5rem 1.25rem;margin-right:.5rem}</style>
</head><body>
<p class="sim" role="note">SIMULATOR: this is not Intuit. No real QuickBooks company is connected.</p>
<h1>Connect your QuickBooks company</h1>
<p>An app (client id <code>${escapeHtml(input.clientId)}</code>) is asking for access to: <code>${escapeHtml(input.scope)}</code></p>
<form method="post" action="/connect/oauth2/decision">
${hidden('client_id', input.clientId)}${hidden('redirect_uri', input.redirectUri)}${hidden('state', input.state)}${hidden('scope', input.scope)}
<p><label for="realmId">Company</label> <select id="realmId" name="realmId" data-testid="sim-company">${options}</select></p>
<button type="submit" name="decision" value="allow" data-testid="sim-connect">Connect</button>
<button type="submit" name="decision" value="deny" data-testid="sim-cancel">Cancel</button>
</form>
</body></html>`;
}

/** Intuit shows an error page (not a redirect) when the app itself is not recognised. */
export function renderErrorPage(message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Intuit OAuth simulator: error</title></head><body><h1>Something went wrong</h1><p>${escapeHtml(message)}</p></body></html>`;
}

/** The HTML 503 a load balancer returns (sample #36), for the `status` fault with `body: 'html'`. */
export const HTML_503 = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN""http://www.w3.org/TR/html4/strict.dtd">
<HTML><HEAD><TITLE>Service Unavailable</TITLE>
<META HTTP-EQUIV="Content-Type" Content="text/html; charset=us-ascii"></HEAD>
<BODY><h2>Service Unavailable</h2>
<hr><p>HTTP Error 503. The service is unavailable.</p>
</BODY></HTML>`;
