import { asArray, decodeEntities, nodeText, parseXml, readAttributes, REGEX_SCAN_CHARS } from '../body/xml';
import type { XmlNode } from '../body/xml';
import type { QboFaultError, QboFaultExtraction } from './qbo-fault';

/**
 * QBO faults in XML: `<IntuitResponse requestId=…><Fault type=…><Error code element>
 * <Message/><Detail/></Error></Fault></IntuitResponse>`, the bare `<Fault>` fragment, and
 * `<BatchItemResponse bId>` items (qbo.md §1.2, §1.5). Well-formed XML is walked as a tree;
 * anything else (a missing `</Error>`, a truncated body — qbo.md §1.4, sample #33) is
 * recovered by regex so the code, Message and Detail still come through.
 */
export function extractQboFaultsFromXml(text: string): QboFaultExtraction {
  // Success answers (CompanyInfo, CDC, query results) are the common case and can be large:
  // without a Fault tag there is nothing to walk.
  if (!/<(?:[\w.-]+:)?Fault\b/.test(text)) return fromRegex(text.slice(0, REGEX_SCAN_CHARS));
  const tree = parseXml(text);
  return tree ? fromTree(tree) : fromRegex(text.slice(0, REGEX_SCAN_CHARS));
}

const MAX_DEPTH = 8;

function fromTree(tree: XmlNode): QboFaultExtraction {
  const errors: QboFaultError[] = [];
  let sawFault = false;
  let batchItems = 0;
  let requestId: string | undefined;

  const visit = (node: unknown, depth: number, batchId: string | undefined): void => {
    if (depth > MAX_DEPTH || !node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node as XmlNode)) {
      if (key.startsWith('@_') || key === '#text') continue;
      for (const child of asArray(value)) {
        if (key === 'IntuitResponse' && child && typeof child === 'object') {
          requestId ??= nodeText((child as XmlNode)['@_requestId']);
        }
        if (key === 'Fault') {
          sawFault = true;
          errors.push(...faultErrors(child, batchId));
          continue;
        }
        if (key === 'BatchItemResponse') {
          batchItems++;
          const bId = child && typeof child === 'object' ? nodeText((child as XmlNode)['@_bId']) : undefined;
          visit(child, depth + 1, bId);
          continue;
        }
        if (key === 'IntuitResponse' || depth === 0) visit(child, depth + 1, batchId);
      }
    }
  };
  visit(tree, 0, undefined);
  return { errors, sawFault, batchItems, ...(requestId ? { requestId } : {}) };
}

function faultErrors(fault: unknown, batchId: string | undefined): QboFaultError[] {
  if (!fault || typeof fault !== 'object') return [];
  const f = fault as XmlNode;
  const faultType = nodeText(f['@_type']);
  const out: QboFaultError[] = [];
  for (const e of asArray(f['Error']).slice(0, 100)) {
    const err = (e && typeof e === 'object' ? e : {}) as XmlNode;
    out.push(clean({
      code: nodeText(err['@_code']),
      element: nodeText(err['@_element']),
      message: nodeText(err['Message']),
      detail: nodeText(err['Detail']),
      batchId,
      faultType,
    }));
  }
  if (out.length === 0 && faultType) out.push(clean({ faultType, batchId }));
  return out;
}

function fromRegex(text: string): QboFaultExtraction {
  const sawFault = /<(?:\w+:)?Fault\b/.test(text);
  const requestId = /<(?:\w+:)?IntuitResponse\b[^>]*\brequestId\s*=\s*"([^"]*)"/.exec(text)?.[1];
  const faultType = /<(?:\w+:)?Fault\b[^>]*\btype\s*=\s*"([^"]*)"/.exec(text)?.[1];
  const errors: QboFaultError[] = [];

  // Split at each <Error …> start tag; each piece holds that error's Message/Detail even
  // when its closing tag is missing.
  const starts = [...text.matchAll(/<(?:\w+:)?Error\b([^>]*)>/g)].slice(0, 100);
  starts.forEach((m, i) => {
    const from = (m.index ?? 0) + m[0].length;
    const to = starts[i + 1]?.index ?? text.length;
    const chunk = text.slice(from, to);
    const attrs = readAttributes(m[1] ?? '');
    const batchId = lastBatchIdBefore(text, m.index ?? 0);
    errors.push(clean({
      code: attrs['code'],
      element: attrs['element'],
      message: tagText(chunk, 'Message'),
      detail: tagText(chunk, 'Detail'),
      batchId,
      faultType,
    }));
  });
  if (errors.length === 0 && sawFault) {
    // No <Error> at all: try the gateway message anywhere in the fragment.
    errors.push(clean({ faultType, message: tagText(text, 'Message') }));
  }
  const batchItems = (text.match(/<(?:\w+:)?BatchItemResponse\b/g) ?? []).length;
  return { errors, sawFault, batchItems, ...(requestId ? { requestId: decodeEntities(requestId) } : {}) };
}

/** Content of <Tag>…</Tag>, or up to the next tag/end when the closing tag is missing. */
function tagText(chunk: string, tag: string): string | undefined {
  const open = new RegExp(`<(?:\\w+:)?${tag}\\b[^>]*>`).exec(chunk);
  if (!open) return undefined;
  const rest = chunk.slice((open.index ?? 0) + open[0].length);
  const close = rest.search(/<\//);
  const nextOpen = rest.search(/<[A-Za-z]/);
  const ends = [close, nextOpen].filter((n) => n >= 0);
  const end = ends.length ? Math.min(...ends) : rest.length;
  const value = decodeEntities(rest.slice(0, end)).trim();
  return value === '' ? undefined : value;
}

function lastBatchIdBefore(text: string, index: number): string | undefined {
  const before = text.slice(0, index);
  const open = before.lastIndexOf('<BatchItemResponse');
  if (open < 0 || before.lastIndexOf('</BatchItemResponse') > open) return undefined;
  const tag = /^<BatchItemResponse\b([^>]*)>/.exec(before.slice(open));
  return tag ? readAttributes(tag[1] ?? '')['bId'] : undefined;
}

function clean(e: { [K in keyof QboFaultError]: QboFaultError[K] | undefined }): QboFaultError {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(e)) {
    if (typeof v === 'string' && v.trim() !== '') out[k] = v.trim();
  }
  return out as QboFaultError;
}
