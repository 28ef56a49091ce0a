import { decodeEntities, REGEX_SCAN_CHARS } from '../body/xml';

/**
 * A short, readable summary of an HTML error page (load-balancer 503, IIS page, maintenance
 * page — qbo.md §1.4): title, first heading and the visible text, for matching wording and
 * for the developer `message`.
 */
export interface HtmlSummary {
  readonly title?: string;
  readonly heading?: string;
  /** Visible text with tags, scripts and styles removed, whitespace collapsed. */
  readonly text: string;
}

export function summariseHtml(html: string): HtmlSummary {
  const scan = html.slice(0, REGEX_SCAN_CHARS);
  const title = inner(scan, 'title');
  const heading = inner(scan, 'h1') ?? inner(scan, 'h2');
  const text = decodeEntities(
    scan
      .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<[^>]{0,2000}>/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();
  return { ...(title ? { title } : {}), ...(heading ? { heading } : {}), text };
}

function inner(html: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]{0,500}?)</${tag}>`, 'i').exec(html);
  if (!m) return undefined;
  const t = decodeEntities(m[1]!.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
  return t === '' ? undefined : t;
}
