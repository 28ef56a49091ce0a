import type { CompanyProblem } from '@shared/domain/company';
import type { ClassifiedTokenFailure, TokenFailureKind } from './classify-token-failure';
import type { ReauthReason } from './token-repo';

/** A failure the refresher can meet: Intuit's answer classified, or a local precondition missing. */
export type RefreshFailure = Omit<ClassifiedTokenFailure, 'kind'> & { kind: TokenFailureKind | 'not_configured' | 'vault_unavailable' };

const RECONNECT_STEPS = [
  'Open Ledgerlight and choose Reconnect next to the company.',
  'Sign in to QuickBooks as an administrator of that company and approve access.',
];

/**
 * What the window shows for a company that needs a reconnect. The lost-rotation case gets its
 * own wording: it is not the person's fault and nothing in their books changed.
 */
export function reauthProblem(reason: ReauthReason, failure: Pick<RefreshFailure, 'code' | 'title' | 'userFacingMessage' | 'fixSteps' | 'requestId'> | null, at: number): CompanyProblem {
  const occurredAt = new Date(at).toISOString();
  const requestId = failure?.requestId ? { requestId: failure.requestId } : {};
  if (reason === 'lost_rotated_token') {
    return {
      code: 'QBO_REFRESH_TOKEN_LOST',
      title: 'QuickBooks needs you to reconnect',
      userFacingMessage:
        'Ledgerlight was interrupted (closed, crashed or lost power) while QuickBooks was issuing it a new access key, ' +
        'and QuickBooks no longer accepts the previous key. Nothing in your books changed.',
      fixSteps: RECONNECT_STEPS,
      occurredAt,
      ...requestId,
    };
  }
  if (reason === 'refresh_token_expired') {
    return {
      code: 'QBO_REFRESH_TOKEN_EXPIRED',
      title: 'QuickBooks access expired',
      userFacingMessage: 'The saved QuickBooks access reached its end of life (100 days without renewal, or Intuit\'s five-year limit).',
      fixSteps: RECONNECT_STEPS,
      occurredAt,
      ...requestId,
    };
  }
  if (reason === 'user_not_in_realm' && !failure) {
    return {
      code: 'QBO_USER_NOT_IN_REALM',
      title: 'The person who connected no longer has access',
      userFacingMessage: 'The QuickBooks user who connected this company was removed from it, so QuickBooks stopped accepting Ledgerlight.',
      fixSteps: ['Ask a current administrator of the company to reconnect it.', ...RECONNECT_STEPS],
      occurredAt,
    };
  }
  return {
    code: failure?.code ?? 'QBO_REFRESH_TOKEN_INVALID',
    title: failure?.title ?? 'QuickBooks needs you to reconnect',
    userFacingMessage: failure?.userFacingMessage ?? 'QuickBooks no longer accepts Ledgerlight\'s saved access for this company.',
    fixSteps: failure?.fixSteps.length ? failure.fixSteps : RECONNECT_STEPS,
    occurredAt,
    ...requestId,
  };
}

/** The company problem shown once a failing refresh has let the access token expire. */
export function refreshFailureProblem(failure: Pick<RefreshFailure, 'code' | 'title' | 'userFacingMessage' | 'fixSteps' | 'requestId'>, at: number): CompanyProblem {
  return {
    code: failure.code,
    title: failure.title,
    userFacingMessage: failure.userFacingMessage,
    fixSteps: failure.fixSteps,
    occurredAt: new Date(at).toISOString(),
    ...(failure.requestId ? { requestId: failure.requestId } : {}),
  };
}

/** Missing Intuit app settings: nothing can be renewed until someone enters them. */
export const NOT_CONFIGURED_FAILURE: RefreshFailure = {
  kind: 'not_configured',
  code: 'OAUTH_NOT_CONFIGURED',
  title: 'Intuit app settings are missing',
  userFacingMessage: 'Ledgerlight has no Intuit app settings, so it cannot renew QuickBooks access.',
  fixSteps: ['Open Settings > Intuit app and enter the Client ID and Client Secret of your Intuit app.'],
  outcomeUnknown: false,
};

/** A refresh that could not even start because a stored secret could not be opened. */
export function vaultFailure(message: string, fixSteps: string[]): RefreshFailure {
  return { kind: 'vault_unavailable', code: 'VAULT_UNAVAILABLE', title: 'Secure storage is unavailable', userFacingMessage: message, fixSteps, outcomeUnknown: false };
}

/** A generic problem for a failure code known only from the database (after a restart). */
export function storedFailureProblem(code: string, at: number): CompanyProblem {
  return {
    code,
    title: 'Cannot renew QuickBooks access',
    userFacingMessage: 'Ledgerlight has not been able to renew access to QuickBooks and the current access has run out. It keeps trying.',
    fixSteps: ['Check that this computer is online.', 'Check status.developer.intuit.com if it lasts more than an hour.'],
    occurredAt: new Date(at).toISOString(),
  };
}
