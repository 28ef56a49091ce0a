import type { CompanyProblem } from '@shared/domain/company';
import type { IpcErrorCode } from '@shared/ipc/result';
import { AppError } from '../core/app-error';

/** Why getAccessToken could not give a token; callers (health checks, sync) branch on this. */
export type TokenErrorReason = 'not_connected' | 'needs_reauth' | 'vault_unavailable' | 'app_settings' | 'temporarily_unavailable';

const IPC_CODE: Record<TokenErrorReason, IpcErrorCode> = {
  not_connected: 'NOT_FOUND',
  needs_reauth: 'PROVIDER_ERROR',
  vault_unavailable: 'VAULT_UNAVAILABLE',
  app_settings: 'NOT_CONFIGURED',
  temporarily_unavailable: 'PROVIDER_ERROR',
};

/**
 * The typed error of the token service. Its message and fix steps are written for the person
 * and never contain a token; `problemCode` is the unified error code (e.g.
 * QBO_REFRESH_TOKEN_INVALID) and `retryAfterMs` says when trying again makes sense.
 */
export class TokenError extends AppError {
  readonly problemCode: string | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(
    readonly reason: TokenErrorReason,
    message: string,
    options: { fixSteps?: string[]; problemCode?: string; retryAfterMs?: number } = {},
  ) {
    super(IPC_CODE[reason], message, options.fixSteps ? { fixSteps: options.fixSteps } : {});
    this.name = 'TokenError';
    this.problemCode = options.problemCode;
    this.retryAfterMs = options.retryAfterMs;
  }

  static fromProblem(reason: TokenErrorReason, problem: Pick<CompanyProblem, 'code' | 'userFacingMessage' | 'fixSteps'>, retryAfterMs?: number): TokenError {
    return new TokenError(reason, problem.userFacingMessage, { fixSteps: problem.fixSteps, problemCode: problem.code, retryAfterMs });
  }
}

/** getAccessToken for a company without stored tokens. */
export const notConnectedError = () =>
  new TokenError('not_connected', 'This company is not connected to QuickBooks yet.', {
    fixSteps: ['Choose Connect next to the company and sign in to QuickBooks.'],
    problemCode: 'QBO_NOT_CONNECTED',
  });
