/** What Intuit's redirect carries (qbo.md §4.2): code, state and realmId — or an error. */
export type CallbackParams =
  | { kind: 'code'; code: string; state: string; realmId: string }
  | { kind: 'denied'; state: string | null; error: string; description: string | null }
  | { kind: 'invalid'; reason: string };

/**
 * Reads the callback parameters from any of the three routes: the loopback request URL, a
 * `ledgerlight://oauth/callback?…` link, or the final address pasted by the person. Tolerates
 * surrounding whitespace and quotes from copy-paste; never throws.
 */
export function parseCallbackUrl(raw: string): CallbackParams {
  const text = raw.trim().replace(/^["'<]+|["'>]+$/g, '');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { kind: 'invalid', reason: 'That is not a web address. Copy the whole address from the browser’s address bar.' };
  }
  const p = url.searchParams;
  const state = p.get('state');
  const error = p.get('error');
  if (error) return { kind: 'denied', state, error: error.slice(0, 100), description: p.get('error_description')?.slice(0, 300) ?? null };
  const code = p.get('code');
  const realmId = p.get('realmId');
  if (!code || !state) {
    return { kind: 'invalid', reason: 'That address has no QuickBooks approval in it. Copy the address of the page you landed on after clicking Connect.' };
  }
  if (!realmId || !/^\d{1,20}$/.test(realmId)) {
    return { kind: 'invalid', reason: 'That address does not say which QuickBooks company was chosen. Make sure the Accounting permission was requested.' };
  }
  if (code.length > 512 || state.length > 128) return { kind: 'invalid', reason: 'That address is not one Ledgerlight sent you to.' };
  return { kind: 'code', code, state, realmId };
}
