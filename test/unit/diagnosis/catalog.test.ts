import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CatalogEntry } from '../../../src/main/diagnosis/catalog/types';
import * as qboFault from '../../../src/main/diagnosis/catalog/qbo-fault-codes';
import * as qboGateway from '../../../src/main/diagnosis/catalog/qbo-gateway';
import * as oauth from '../../../src/main/diagnosis/catalog/oauth-errors';
import * as hresults from '../../../src/main/diagnosis/catalog/hresults';
import * as qbxml from '../../../src/main/diagnosis/catalog/qbxml-status-codes';
import * as qbwc from '../../../src/main/diagnosis/catalog/qbwc-codes';
import * as conductor from '../../../src/main/diagnosis/catalog/conductor-codes';
import * as nxus from '../../../src/main/diagnosis/catalog/nxus-codes';
import * as network from '../../../src/main/diagnosis/catalog/network-codes';
import * as seed002 from '../../../src/main/diagnosis/catalog/gateway-seed002';
import * as generic from '../../../src/main/diagnosis/catalog/generic';

/** Every catalogue row, found by walking the exported tables. */
function collectRows(): Array<{ where: string; row: CatalogEntry }> {
  const modules = { qboFault, qboGateway, oauth, hresults, qbxml, qbwc, conductor, nxus, network, seed002, generic };
  const out: Array<{ where: string; row: CatalogEntry }> = [];
  const visit = (value: unknown, where: string): void => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${where}[${i}]`));
    else if (value && typeof value === 'object') {
      if ('citation' in value && 'code' in value && 'userFacingMessage' in value) out.push({ where, row: value as CatalogEntry });
      else for (const [k, v] of Object.entries(value)) visit(v, `${where}.${k}`);
    }
  };
  for (const [name, mod] of Object.entries(modules)) visit(mod, name);
  return out;
}

const rows = collectRows();

/** Words a non-technical bookkeeper should not have to read. */
const JARGON = /HRESULT|\btokens?\b|qbXML|\bOAuth\b|\bAPI\b|\bJSON\b|\bXML\b|\bHTTP\b|\bSOAP\b|\b[1-5]\d\d\b|0x8004|statusCode|SyncToken|EditSequence|\brealm\b|\bQBWC\b|\bDNS\b|\bTLS\b|\bSSL\b/i;

describe('the catalogue as data', () => {
  it('has rows from every source table', () => {
    expect(rows.length).toBeGreaterThan(120);
  });

  it.each(rows.map((r) => [r.where, r.row] as const))('%s cites its evidence and speaks plainly', (_where, row) => {
    expect(row.citation.length).toBeGreaterThan(10);
    expect(row.code).toMatch(/^[A-Z][A-Z0-9_]+$/);
    expect(row.userFacingMessage.trim().length).toBeGreaterThan(10);
    expect(row.userFacingMessage).not.toMatch(JARGON);
    if (row.type === 'NONE') {
      expect(row.recovery).toBe('none');
    } else {
      expect(row.recovery).not.toBe('none');
      expect(row.fixSteps.length).toBeGreaterThan(0);
    }
    for (const step of row.fixSteps) expect(step.trim().length).toBeGreaterThan(5);
  });

  it('gives one code one meaning: rows sharing a code share type and recovery', () => {
    const byCode = new Map<string, Set<string>>();
    for (const { row } of rows) {
      const set = byCode.get(row.code) ?? new Set<string>();
      set.add(`${row.type}/${row.recovery}`);
      byCode.set(row.code, set);
    }
    const conflicting = [...byCode].filter(([, meanings]) => meanings.size > 1).map(([code, meanings]) => `${code}: ${[...meanings].join(' vs ')}`);
    expect(conflicting).toEqual([]);
  });

  it('keeps the reference meanings where the seeds are wrong', () => {
    const qboRow = (code: string) => qboFault.QBO_FAULT_CODE_ROWS.filter((r) => r.faultCodes.includes(code)).map((r) => r.code);
    expect(qboRow('5010')).toEqual(['QBO_STALE_OBJECT']);
    expect(qboRow('2030')).toEqual([]);
    expect(qboRow('3100')).not.toContain('QBO_DUPLICATE_DOC_NUMBER');
    expect(qboRow('3200')).toEqual(['QBO_ACCESS_TOKEN_EXPIRED']);
    expect(qboRow('6140')).toEqual(['QBO_DUPLICATE_DOC_NUMBER']);
    const qbxmlRow = (n: number) => qbxml.QBXML_STATUS_ROWS.find((r) => n >= r.range[0] && n <= r.range[1] && !r.textMatch)?.code;
    expect(qbxmlRow(3100)).toBe('QBD_DUPLICATE_NAME');
    expect(qbxmlRow(3200)).toBe('QBD_EDIT_SEQUENCE_STALE');
  });

  it('cites a sample for every row that a sample exercises', () => {
    const cited = rows.map((r) => r.row.citation).join('\n');
    for (const n of [5, 6, 22, 26, 31, 33, 34, 37, 38, 39, 40, 41, 42]) expect(cited).toMatch(new RegExp(`#${n}\\b`));
  });

  it('documents every code (docs/diagnosis.md, or README.md once merged there)', () => {
    const doc = ['docs/diagnosis.md', 'README.md']
      .map((f) => resolve(process.cwd(), f))
      .filter((f) => existsSync(f))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const missing = [...new Set(rows.map((r) => r.row.code))].filter((code) => !doc.includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });
});
