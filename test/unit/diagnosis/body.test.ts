import { normaliseBody, stripBom } from '../../../src/main/diagnosis/body/normalise';
import { getHeader, requestIdFromHeaders, retryAfterFromHeaders, secondsToMs } from '../../../src/main/diagnosis/body/headers';
import { redactSecrets, safeExcerpt, truncate } from '../../../src/main/diagnosis/body/redact';
import { decodeEntities, parseXml, readAttributes } from '../../../src/main/diagnosis/body/xml';
import { findHresult, normaliseHresult } from '../../../src/main/diagnosis/parsers/hresult';
import { FIXED_NOW } from './support/samples';

describe('normaliseBody sniffs the content, not the content type', () => {
  it('strips a UTF-8 BOM, also when mis-decoded as Latin-1', () => {
    expect(stripBom('\uFEFF{"a":1}')).toBe('{"a":1}');
    expect(stripBom('\u00ef\u00bb\u00bf{"a":1}')).toBe('{"a":1}');
    expect(normaliseBody('\uFEFF  {"a":1}\n')).toMatchObject({ kind: 'json', json: { a: 1 } });
  });

  it.each([
    ['', 'empty'],
    ['   \r\n ', 'empty'],
    ['{"Fault":null}', 'json'],
    ['[1,2]', 'json'],
    ['<?xml version="1.0"?><IntuitResponse/>', 'xml'],
    ['<Fault type="x"/>', 'xml'],
    ['<html><body>503</body></html>', 'html'],
    ['<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN"><HTML></HTML>', 'html'],
    ['<center><h1>502 Bad Gateway</h1></center>', 'html'],
    ['Service Unavailable', 'text'],
    ['null', 'text'],
  ])('%j is %s', (raw, kind) => {
    expect(normaliseBody(raw).kind).toBe(kind);
  });

  it('keeps truncated JSON as text and flags it', () => {
    expect(normaliseBody('{"Fault":{"Error":[{"code":"5010"')).toMatchObject({ kind: 'text', brokenJson: true });
  });

  it('treats a non-string body as empty instead of throwing', () => {
    expect(normaliseBody(undefined).kind).toBe('empty');
    expect(normaliseBody(42 as unknown).kind).toBe('empty');
  });
});

describe('headers', () => {
  it('finds a header in any case and takes the first of several values', () => {
    expect(getHeader({ INTUIT_TID: 'abc' }, 'intuit_tid')).toBe('abc');
    expect(getHeader({ 'X-Transaction-Id': ['t1', 't2'] }, 'x-transaction-id')).toBe('t1');
    expect(getHeader({ a: '  ' }, 'a')).toBeUndefined();
    expect(getHeader(undefined, 'a')).toBeUndefined();
  });

  it('prefers intuit_tid, then Conductor-Request-Id, then x-transaction-id', () => {
    expect(requestIdFromHeaders({ 'x-transaction-id': 'x', intuit_tid: 'i' })).toBe('i');
    expect(requestIdFromHeaders({ 'x-transaction-id': 'x', 'Conductor-Request-Id': 'c' })).toBe('c');
    expect(requestIdFromHeaders({ 'X-Transaction-ID': 'x' })).toBe('x');
  });

  it('reads Retry-After as seconds or an HTTP date, and retry-after-ms first', () => {
    expect(retryAfterFromHeaders({ 'Retry-After': '120' }, FIXED_NOW)).toBe(120_000);
    expect(retryAfterFromHeaders({ 'retry-after': '1.5' }, FIXED_NOW)).toBe(1500);
    const inTenSeconds = new Date(FIXED_NOW.getTime() + 10_000).toUTCString();
    expect(retryAfterFromHeaders({ 'Retry-After': inTenSeconds }, FIXED_NOW)).toBe(10_000);
    expect(retryAfterFromHeaders({ 'Retry-After': new Date(FIXED_NOW.getTime() - 5000).toUTCString() }, FIXED_NOW)).toBe(0);
    expect(retryAfterFromHeaders({ 'retry-after-ms': '250', 'retry-after': '9' }, FIXED_NOW)).toBe(250);
    expect(retryAfterFromHeaders({ 'retry-after': 'soon' }, FIXED_NOW)).toBeNull();
    expect(retryAfterFromHeaders({}, FIXED_NOW)).toBeNull();
    expect(retryAfterFromHeaders({ 'retry-after': '99999999' }, FIXED_NOW)).toBe(86_400_000);
  });

  it('reads a body retryAfter in seconds', () => {
    expect(secondsToMs(30)).toBe(30_000);
    expect(secondsToMs('2')).toBe(2000);
    expect(secondsToMs(-1)).toBeNull();
    expect(secondsToMs('x')).toBeNull();
  });
});

describe('redaction keeps token values out of messages', () => {
  it.each([
    ['{"access_token":"eyJlbmMiOiJBMTI4Q0JDLUhTMjU2IiwiYWxnIjoiZGlyIn0..abc.def.ghi","refresh_token":"AB11234567890"}', ['eyJlbmMi', 'AB11234567890']],
    ['Authorization: Bearer abcdefghijklmnop1234', ['abcdefghijklmnop1234']],
    ['Basic Q0xJRU5UOlNFQ1JFVA==', ['Q0xJRU5UOlNFQ1JFVA']],
    ['key sk_live_51HabcDEF', ['51HabcDEF']],
    ['oauth_token%3Dqyprd123%26oauth_signature=sig456&x=1', ['qyprd123', 'sig456']],
    ['refresh_token=RT1-39-H3-1785429816rcysb9dns1ofreknypnm&grant_type=refresh_token', ['RT1-39-H3-1785429816']],
    ['string strPassword = Hunter2x\n    Password locally stored = Hunter2y', ['Hunter2x', 'Hunter2y']],
  ])('%s', (text, secrets) => {
    const out = redactSecrets(text);
    for (const s of secrets) expect(out).not.toContain(s);
    expect(out).toContain('redacted');
  });

  it('leaves ordinary error text alone', () => {
    const text = 'Fault 5010; Stale Object Error; code=5010; element=Line.Amount';
    expect(redactSecrets(text)).toBe(text);
  });

  it('bounds the length', () => {
    expect(truncate('x'.repeat(5000)).length).toBeLessThanOrEqual(2000);
    expect(safeExcerpt('a\n\n b', 100)).toBe('a b');
  });
});

describe('xml helpers', () => {
  it('decodes entities exactly once', () => {
    expect(decodeEntities('&amp;quot;x&amp;quot; &lt;a&gt; &#65;&#x42;')).toBe('&quot;x&quot; <a> AB');
    expect(decodeEntities('&#x110000;')).toBe('&#x110000;');
  });

  it('reads attributes with either quote and strips prefixes', () => {
    expect(readAttributes(` code="3200" xsi:type='t' element=""`)).toEqual({ code: '3200', type: 't', element: '' });
  });

  it('returns undefined for malformed XML instead of throwing', () => {
    expect(parseXml('<a><b></a>')).toBeUndefined();
    expect(parseXml('<a><b>x</b></a>')).toEqual({ a: { b: 'x' } });
    expect(parseXml('<a>'.repeat(5000))).toBeUndefined();
  });
});

describe('HRESULT normalisation', () => {
  it.each([
    ['0x80040408', '0x80040408'],
    ['0X8004041d', '0x8004041D'],
    ['8004041D', '0x8004041D'],
    ['80040420', '0x80040420'],
    ['-2147220472', '0x80040408'],
    ['  0x80040424 ', '0x80040424'],
  ])('%s → %s', (raw, norm) => {
    expect(normaliseHresult(raw)).toBe(norm);
  });

  it.each(['', 'abc', '0x1234567890', 'QBD-123', '99999999999'])('%j is not an HRESULT', (raw) => {
    expect(normaliseHresult(raw)).toBeUndefined();
  });

  it('finds an HRESULT in free text', () => {
    expect(findHresult('HRESULT = 0x80040408\nMessage = x')).toBe('0x80040408');
    expect(findHresult('no code here')).toBeUndefined();
  });
});
