/** Intuit's authorization request (qbo.md §4.2): client_id, response_type=code, scope, redirect_uri, state. */
export function authorizationUrl(input: { authorizationEndpoint: string; clientId: string; redirectUri: string; scopes: string[]; state: string }): string {
  const url = new URL(input.authorizationEndpoint);
  url.searchParams.set('client_id', input.clientId);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('scope', input.scopes.join(' '));
  url.searchParams.set('redirect_uri', input.redirectUri);
  url.searchParams.set('state', input.state);
  return url.toString();
}
