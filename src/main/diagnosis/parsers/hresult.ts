/**
 * HRESULTs arrive as "0x80040408", "0X8004041d", "80040408" or as a signed decimal
 * ("-2147220472") depending on who wrote them. They are normalised to `0x` + 8 upper-case hex
 * digits, the form the catalogue (catalog/hresults.ts) is keyed on.
 */
export function normaliseHresult(raw: string | undefined | null): string | undefined {
  if (raw === undefined || raw === null) return undefined;
  const s = String(raw).trim();
  if (s === '') return undefined;
  let value: number | undefined;
  // Hex needs its 0x prefix, or exactly 8 digits as QuickBooks prints them (80040408).
  const hex = /^0x([0-9a-f]{1,8})$/i.exec(s) ?? /^([0-9a-f]{8})$/i.exec(s);
  if (hex) {
    value = parseInt(hex[1]!, 16);
  } else if (/^-?\d{1,10}$/.test(s)) {
    const n = Number(s);
    value = n < 0 ? n + 0x1_0000_0000 : n;
  }
  if (value === undefined || !Number.isFinite(value) || value < 0 || value > 0xffff_ffff) return undefined;
  return `0x${value.toString(16).toUpperCase().padStart(8, '0')}`;
}

/** Finds the first HRESULT-looking token (0x8…) in free text such as a log line. */
export function findHresult(text: string): string | undefined {
  const m = /\b0x[0-9a-f]{8}\b/i.exec(text);
  return m ? normaliseHresult(m[0]) : undefined;
}
