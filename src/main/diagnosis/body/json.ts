/**
 * Defensive access to parsed JSON of unknown shape. Provider bodies vary in key case
 * (`Fault` vs `fault`, `Message` vs `message`) and in value types (`"code": "5010"` vs
 * `5010`), so every read goes through these helpers and never throws.
 */
export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Field by exact name, else by case-insensitive name. */
export function field(obj: unknown, name: string): unknown {
  if (!isObject(obj)) return undefined;
  if (name in obj) return obj[name];
  const lower = name.toLowerCase();
  for (const key of Object.keys(obj)) if (key.toLowerCase() === lower) return obj[key];
  return undefined;
}

/** A scalar as a trimmed string; objects, arrays, null and empty strings give undefined. */
export function str(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const t = value.trim();
    return t === '' ? undefined : t;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  return undefined;
}

export function strField(obj: unknown, name: string): string | undefined {
  return str(field(obj, name));
}

export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}
