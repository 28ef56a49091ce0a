import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * Tolerant XML helpers. Well-formed XML is parsed with fast-xml-parser (namespace prefixes
 * removed, attributes as `@_name`, every value kept as a string). Malformed XML — Intuit has
 * returned a Fault with a missing `</Error>` (qbo.md §1.4, sample qbo #33) — makes
 * `parseXml` return undefined and the caller falls back to regex extraction.
 */
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
});

/** XML above this size is scanned with regexes only. */
const MAX_XML_PARSE_CHARS = 2_000_000;

export type XmlNode = Record<string, unknown>;

export function parseXml(text: string): XmlNode | undefined {
  if (text.length > MAX_XML_PARSE_CHARS) return undefined;
  try {
    if (XMLValidator.validate(text) !== true) return undefined;
    const parsed: unknown = parser.parse(text);
    return parsed && typeof parsed === 'object' ? (parsed as XmlNode) : undefined;
  } catch {
    return undefined;
  }
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes XML entities exactly once (so `&amp;quot;` becomes `&quot;`, not `"`). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|lt|gt|amp|quot|apos);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return safeCodePoint(parseInt(lower.slice(2), 16), whole);
    if (lower.startsWith('#')) return safeCodePoint(parseInt(lower.slice(1), 10), whole);
    return NAMED_ENTITIES[lower] ?? whole;
  });
}

function safeCodePoint(cp: number, fallback: string): string {
  return Number.isInteger(cp) && cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : fallback;
}

/** Text of a parsed node that may be a string, `{ '#text': … }` or absent. */
export function nodeText(node: unknown): string | undefined {
  if (typeof node === 'string') return node;
  if (typeof node === 'number' || typeof node === 'boolean') return String(node);
  if (node && typeof node === 'object' && !Array.isArray(node)) {
    const t = (node as XmlNode)['#text'];
    if (typeof t === 'string' || typeof t === 'number') return String(t);
  }
  return undefined;
}

export function asArray<T>(value: T | T[] | undefined | null): T[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** Limit on the text scanned by regex fallbacks: errors sit at the start of a body. */
export const REGEX_SCAN_CHARS = 65_536;

/** The attributes of one start tag's attribute string, e.g. ` code="3200" element=""`. */
export function readAttributes(attrText: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(attrText)) !== null) {
    const name = m[1]!.replace(/^.*:/, '');
    out[name] = decodeEntities(m[2] ?? m[3] ?? '');
  }
  return out;
}
