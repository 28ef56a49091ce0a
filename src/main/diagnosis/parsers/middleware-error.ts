import { field, isObject, str, strField } from '../body/json';

/**
 * Conductor / nXus error objects (qbd.md §5.1, §5.2): `{"error":{message, userFacingMessage,
 * type, code, httpStatusCode, integrationCode, requestId}}`, or the same object bare (as the
 * Conductor docs print it). nXus adds `retryAfter` (seconds) on 429 (seed 004).
 */
export interface MiddlewareError {
  readonly code?: string;
  /** Upper-cased; nXus's `_TYPE` suffix removed. */
  readonly type?: string;
  readonly rawType?: string;
  readonly message?: string;
  readonly userFacingMessage?: string;
  readonly httpStatusCode?: number;
  readonly integrationCode?: string;
  readonly requestId?: string;
  readonly retryAfter?: unknown;
}

export function extractMiddlewareError(json: unknown): MiddlewareError | undefined {
  if (!isObject(json)) return undefined;
  const wrapped = field(json, 'error');
  const obj = isObject(wrapped) ? wrapped : json;
  const code = strField(obj, 'code');
  const rawType = strField(obj, 'type');
  if (!code && !rawType) return undefined;
  // Only a middleware-looking object: at least one field besides code/type that they define.
  const known = ['message', 'userFacingMessage', 'httpStatusCode', 'integrationCode', 'requestId'];
  if (!known.some((k) => field(obj, k) !== undefined)) return undefined;

  const status = Number(field(obj, 'httpStatusCode'));
  const out: { -readonly [K in keyof MiddlewareError]: MiddlewareError[K] } = {};
  if (code) out.code = code.toUpperCase();
  if (rawType) {
    out.rawType = rawType;
    out.type = rawType.toUpperCase().replace(/_TYPE$/, '');
  }
  const message = strField(obj, 'message');
  const userFacingMessage = strField(obj, 'userFacingMessage');
  const integrationCode = str(field(obj, 'integrationCode'));
  const requestId = strField(obj, 'requestId');
  if (message) out.message = message;
  if (userFacingMessage) out.userFacingMessage = userFacingMessage;
  if (Number.isInteger(status) && status >= 100 && status <= 999) out.httpStatusCode = status;
  if (integrationCode) out.integrationCode = integrationCode;
  if (requestId) out.requestId = requestId;
  const retryAfter = field(obj, 'retryAfter') ?? field(json, 'retryAfter');
  if (retryAfter !== undefined) out.retryAfter = retryAfter;
  return out;
}

/** A 2xx middleware body that reports health: Conductor's `{"duration": n, "status": "ok"}`. */
export function isHealthOk(json: unknown): boolean {
  return isObject(json) && /^ok$/i.test(strField(json, 'status') ?? '');
}
