/**
 * Body normalisation: decide what a raw body IS from its content, never from Content-Type
 * (Intuit returns XML when JSON was asked for, HTML from load balancers, a BOM in front of
 * JSON — qbo.md §1.3, §1.4, §7.1).
 */
export type BodyKind = 'empty' | 'json' | 'xml' | 'html' | 'text';

export interface NormalisedBody {
  readonly kind: BodyKind;
  /** BOM-stripped, trimmed text. */
  readonly text: string;
  /** The parsed value when kind is "json". */
  readonly json?: unknown;
  /** The text looked like JSON but did not parse (truncated, corrupted). */
  readonly brokenJson?: boolean;
}

/** Above this size a body is not worth parsing as a whole to find an error. */
const MAX_PARSE_CHARS = 2_000_000;

/** Strips a UTF-8 BOM, also when it was mis-decoded as Latin-1 ("ï»¿"). */
export function stripBom(raw: string): string {
  let s = raw;
  while (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
  if (s.startsWith('\u00ef\u00bb\u00bf')) s = s.slice(3);
  return s;
}

const HTML_START = /^(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<title[\s>]|<h1[\s>]|<center[\s>]|<p[\s>])/i;

export function normaliseBody(raw: unknown): NormalisedBody {
  const text = stripBom(typeof raw === 'string' ? raw : '').trim();
  if (text === '') return { kind: 'empty', text };
  const first = text[0];
  if (first === '{' || first === '[') {
    if (text.length <= MAX_PARSE_CHARS) {
      try {
        return { kind: 'json', text, json: JSON.parse(text) as unknown };
      } catch {
        // falls through: truncated or corrupted JSON is scanned as text
      }
    }
    return { kind: 'text', text, brokenJson: true };
  }
  if (first === '<') {
    if (HTML_START.test(text) || (/<html[\s>]/i.test(text.slice(0, 2048)) && !/<IntuitResponse|<Fault|<QBXML/i.test(text.slice(0, 2048)))) {
      return { kind: 'html', text };
    }
    return { kind: 'xml', text };
  }
  // JSON scalars ("null", "true", a quoted string) are not error objects; keep them as text.
  return { kind: 'text', text };
}
