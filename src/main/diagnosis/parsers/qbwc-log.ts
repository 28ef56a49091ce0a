import { findHresult, normaliseHresult } from './hresult';

/**
 * What a piece of QuickBooks Web Connector text says: QWCLog.txt lines, the text of a QBWC
 * dialog, or a web-service log of the callbacks. The health checker tails QWCLog.txt, and
 * support pastes dialog text; both come through here.
 */
export interface QbwcLogSignals {
  /** Every QBWCnnnn code with the text that follows it on its line (qbd.md §1.3). */
  readonly qbwcCodes: ReadonlyArray<{ readonly code: number; readonly text: string }>;
  /** An HRESULT reported by connectionError/receiveResponseXML, normalised. */
  readonly hresult?: { readonly value: string; readonly message: string };
  /** The `authenticate` answer's second element (authRet[1] / authReturn[1]). */
  readonly authAnswer?: string;
  /** XML dumped in the log (qbXML responses), from the first `<` on. */
  readonly xmlDump?: string;
}

const MAX_SCAN = 1_000_000;

export function readQbwcLog(raw: string): QbwcLogSignals {
  const text = raw.slice(0, MAX_SCAN);
  const qbwcCodes: Array<{ code: number; text: string }> = [];
  for (const m of text.matchAll(/QBWC(\d{4})\b:?([^\r\n]*)/g)) {
    if (qbwcCodes.length >= 50) break;
    const after = m[2]!.trim();
    // The dialog form puts the explanation on the next line ("Error message: …").
    const nextLine = text.slice((m.index ?? 0) + m[0].length).split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
    qbwcCodes.push({ code: Number(m[1]), text: [after, nextLine.trim()].filter(Boolean).join(' ').slice(0, 400) });
  }

  const out: { -readonly [K in keyof QbwcLogSignals]: QbwcLogSignals[K] } = { qbwcCodes };

  const hr = /\bhresult\b\s*(?:=|:)\s*"?([^\s"<>]+)/i.exec(text);
  const hresult = hr ? normaliseHresult(hr[1]) : /connectionError|receiveResponseXML/i.test(text) ? findHresult(text) : undefined;
  if (hresult) {
    const msg = /\bmessage\b\s*(?:=|:)\s*"?([^\r\n"]+)/i.exec(text)?.[1]?.trim() ?? '';
    out.hresult = { value: hresult, message: msg };
  }

  const auth = /auth(?:Ret|Return)\s*\[\s*1\s*\]\s*=\s*"?([^"\r\n>]*)"?/i.exec(text);
  if (auth) out.authAnswer = auth[1]!.trim();

  const lt = text.indexOf('<');
  if (lt >= 0 && /statusCode\s*=/.test(text)) out.xmlDump = text.slice(lt);
  return out;
}
