import { field, isObject, strField } from '../body/json';

/**
 * The two error formats of seed 002's API gateway:
 * - Policy Violation `{"error": "invalid_client", "description": "wrong client_id or client_secret"}`;
 * - Application Error `{"status":"400","code":"BAD_REQUEST","type":"Validation Error","time",
 *   "message","description","reference_id"}`.
 */
export interface PolicyViolation {
  readonly error: string;
  readonly description?: string;
}

export interface ApplicationError {
  readonly status?: number;
  readonly code?: string;
  readonly type?: string;
  readonly message?: string;
  readonly description?: string;
  readonly referenceId?: string;
}

export function extractPolicyViolation(json: unknown): PolicyViolation | undefined {
  if (!isObject(json)) return undefined;
  const error = field(json, 'error');
  if (typeof error !== 'string' || error.trim() === '') return undefined;
  const description = strField(json, 'description') ?? strField(json, 'error_description');
  return description ? { error: error.trim(), description } : { error: error.trim() };
}

export function extractApplicationError(json: unknown): ApplicationError | undefined {
  if (!isObject(json)) return undefined;
  const code = strField(json, 'code');
  const referenceId = strField(json, 'reference_id');
  const statusRaw = strField(json, 'status');
  if (!code && !referenceId) return undefined;
  if (!statusRaw && !referenceId && !strField(json, 'type')) return undefined;
  const status = statusRaw && /^\d{3}$/.test(statusRaw) ? Number(statusRaw) : undefined;
  const out: { -readonly [K in keyof ApplicationError]: ApplicationError[K] } = {};
  if (status !== undefined) out.status = status;
  if (code) out.code = code.toUpperCase();
  const type = strField(json, 'type');
  const message = strField(json, 'message');
  const description = strField(json, 'description');
  if (type) out.type = type;
  if (message) out.message = message;
  if (description) out.description = description;
  if (referenceId) out.referenceId = referenceId;
  return out;
}
