import type { UnifiedError } from '@shared/diagnosis/unified-error';
import type { HttpTransport } from '../core/ports';
import { diagnose } from '../diagnosis';
import { TransportError } from '../http/fetch-transport';

export type CompanyInfoResult = { ok: true; companyName: string; requestId: string | null } | { ok: false; error: UnifiedError };

const MINOR_VERSION = 75;

/**
 * Reads CompanyInfo — Intuit's own "first call" and our cheapest per-realm probe (qbo.md §5).
 * JSON is asked for; XML is tolerated (Intuit sometimes answers XML anyway). Any failure comes
 * back diagnosed, never thrown.
 */
export async function readCompanyInfo(http: HttpTransport, input: { apiBase: string; realmId: string; accessToken: string }): Promise<CompanyInfoResult> {
  const url = `${input.apiBase.replace(/\/+$/, '')}/v3/company/${input.realmId}/companyinfo/${input.realmId}?minorversion=${MINOR_VERSION}`;
  let res;
  try {
    res = await http.send({ method: 'GET', url, headers: { accept: 'application/json', authorization: `Bearer ${input.accessToken}` }, timeoutMs: 30_000 });
  } catch (err) {
    const code = err instanceof TransportError ? err.code : 'UND_ERR';
    return { ok: false, error: diagnose({ source: 'network', code, message: err instanceof Error ? err.message : String(err) }) };
  }
  const requestId = res.headers['intuit_tid'] ?? null;
  if (res.status === 200) {
    const name = companyNameFrom(res.body);
    if (name) return { ok: true, companyName: name, requestId };
  }
  return { ok: false, error: diagnose({ source: 'qbo', httpStatus: res.status, headers: res.headers, body: res.body }) };
}

function companyNameFrom(body: string): string | null {
  const text = body.replace(/^\uFEFF/, '').trim();
  try {
    const json = JSON.parse(text) as { CompanyInfo?: { CompanyName?: unknown } };
    const name = json.CompanyInfo?.CompanyName;
    return typeof name === 'string' && name.trim() ? name.trim().slice(0, 120) : null;
  } catch {
    const m = /<CompanyName>([^<]{1,200})<\/CompanyName>/.exec(text);
    return m?.[1] ? decodeXml(m[1]).trim().slice(0, 120) : null;
  }
}

const decodeXml = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!);
