import { decodeEntities } from '../body/xml';

/**
 * A SOAP message between QBWC and a web service (qbd.md §1.1): the operation element inside
 * `Body` found by local name, whatever the prefix or style (document/literal, rpc/encoded),
 * or a SOAP Fault. Values are read by regex so malformed envelopes still yield what they can.
 */
export type SoapMessage =
  | { readonly kind: 'fault'; readonly faultCode: string; readonly faultString: string }
  | {
      readonly kind: 'operation';
      /** Local name, e.g. "receiveResponseXML", "authenticateResponse". */
      readonly name: string;
      readonly namespace: string | undefined;
      /** rpc/encoded (encodingStyle present): the wrapper namespace is the binding's, not a contract. */
      readonly encoded: boolean;
      /** Body of the operation element (inner XML). */
      readonly inner: string;
    };

export const QBWC_NAMESPACE = 'http://developer.intuit.com/';

export function parseSoap(text: string): SoapMessage | undefined {
  const body = /<(?:[\w.-]+:)?Body\b([^>]*)>([\s\S]*)/i.exec(text);
  if (!body) return undefined;
  const bodyAttrs = body[1] ?? '';
  const content = body[2] ?? '';
  const op = /<(?:([\w.-]+):)?([A-Za-z_][\w.-]*)\b([^>]*?)(\/?)>/.exec(content);
  if (!op) return undefined;
  const prefix = op[1];
  const name = op[2]!;
  const attrText = op[3] ?? '';
  if (name === 'Fault') {
    return { kind: 'fault', faultCode: decodeEntities(element(content, 'faultcode') ?? '').trim(), faultString: decodeEntities(element(content, 'faultstring') ?? '').trim() };
  }
  const namespace = prefix ? namespaceOf(text, prefix) : rawXmlns(attrText);
  const encoded = /encodingStyle/i.test(bodyAttrs) || /encodingStyle/i.test(attrText);
  const selfClosing = op[4] === '/';
  const start = (op.index ?? 0) + op[0].length;
  const end = selfClosing ? start : findClose(content, start, name);
  return { kind: 'operation', name, namespace, encoded, inner: selfClosing ? '' : content.slice(start, end) };
}

/** Raw inner text of the first `<name>` (any prefix), undefined when absent; `<name/>` gives "". */
export function element(xml: string, name: string): string | undefined {
  const re = new RegExp(`<(?:[\\w.-]+:)?${name}\\b[^>]*?(?:/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?${name}\\s*>)`, 'i');
  const m = re.exec(xml);
  if (!m) return undefined;
  return m[1] ?? '';
}

/** Every `<string>` item of an ArrayOfString (authenticateResult), entity-decoded once. */
export function stringItems(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?string\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?string\s*>)/g)) {
    out.push(decodeEntities(m[1] ?? ''));
    if (out.length >= 10) break;
  }
  return out;
}

function namespaceOf(text: string, prefix: string): string | undefined {
  const m = new RegExp(`xmlns:${prefix.replace(/[.-]/g, '\\$&')}\\s*=\\s*"([^"]*)"`).exec(text);
  return m?.[1];
}

function rawXmlns(attrText: string): string | undefined {
  return /\bxmlns\s*=\s*"([^"]*)"/.exec(attrText)?.[1];
}

function findClose(content: string, from: number, name: string): number {
  const re = new RegExp(`</(?:[\\w.-]+:)?${name}\\s*>`, 'g');
  re.lastIndex = from;
  const m = re.exec(content);
  return m ? (m.index ?? content.length) : content.length;
}
