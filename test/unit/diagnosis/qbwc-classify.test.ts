import { diagnose, diagnoseMany } from '../../../src/main/diagnosis';
import type { UnifiedError } from '../../../src/main/diagnosis';
import { extractQbxmlStatuses, unescapeIfEscaped } from '../../../src/main/diagnosis/parsers/qbxml-response';
import { expectDiagnosis, now } from './support/samples';

const connErr = (hresult: string, message = ''): UnifiedError => diagnose({ source: 'qbwc', method: 'connectionError', hresult, message }, { now });
const rrx = (response: string, hresult = '', message = ''): UnifiedError => diagnose({ source: 'qbwc', method: 'receiveResponseXML', response, hresult, message }, { now });
const auth = (...result: Array<string | null>): UnifiedError => diagnose({ source: 'qbwc', method: 'authenticate-result', result }, { now });

const rs = (code: number | string, message: string, element = 'CustomerAddRs', severity = 'Error'): string =>
  `<${element} requestID="1" statusCode="${code}" statusSeverity="${severity}" statusMessage="${message}" />`;
const qbxml = (...rsElements: string[]): string => `<?xml version="1.0" ?><QBXML><QBXMLMsgsRs>${rsElements.join('')}</QBXMLMsgsRs></QBXML>`;

describe('qbXML status extraction', () => {
  it('reads every …Rs status in order, also from malformed XML', () => {
    const ex = extractQbxmlStatuses(`${qbxml(rs(0, 'Status OK'), rs(3200, 'The provided edit sequence &quot;1&quot; is out-of-date.', 'CustomerModRs'))}<yzer/broken>`);
    expect(ex.statuses.map((s) => [s.element, s.statusCode, s.statusMessage])).toEqual([
      ['CustomerAddRs', '0', 'Status OK'],
      ['CustomerModRs', '3200', 'The provided edit sequence "1" is out-of-date.'],
    ]);
  });

  it('unescapes a response that was entity-escaped once more', () => {
    const escaped = '&lt;QBXML&gt;&lt;QBXMLMsgsRs&gt;&lt;ItemServiceAddRs statusCode="3100" statusSeverity="Error" statusMessage="The name &amp;quot;X&amp;quot; of the list element is already in use." /&gt;';
    expect(unescapeIfEscaped(escaped)).toContain('<ItemServiceAddRs');
    expect(extractQbxmlStatuses(escaped).statuses[0]).toMatchObject({ statusCode: '3100', statusMessage: 'The name "X" of the list element is already in use.' });
  });

  it('tells a request document from a response', () => {
    expect(extractQbxmlStatuses('<QBXML><QBXMLMsgsRq onError="stopOnError"><CustomerQueryRq/></QBXMLMsgsRq></QBXML>')).toMatchObject({ isRequest: true, statuses: [] });
  });
});

describe('connectionError HRESULTs (qbd.md §3)', () => {
  it.each([
    ['0x80040408', 'INTEGRATION_CONNECTION_ERROR', 'user_action', 'QBD_CONNECTION_ERROR'],
    ['0x80040401', 'INTEGRATION_CONNECTION_ERROR', 'user_action', 'QBD_CONNECTION_ERROR'],
    ['0x8004040A', 'INTEGRATION_CONNECTION_ERROR', 'user_action', 'QBD_CONNECTION_ERROR'],
    ['0x80040410', 'INTEGRATION_CONNECTION_ERROR', 'user_action', 'QBD_CONNECTION_ERROR'],
    ['0x80040414', 'INTEGRATION_CONNECTION_ERROR', 'user_action', 'QBD_CONNECTION_ERROR'],
    ['0x80040416', 'INTEGRATION_CONNECTION_ERROR', 'user_action', 'QBD_CONNECTION_ERROR'],
    ['0x80040418', 'INTEGRATION_CONNECTION_ERROR', 'user_action', 'QBD_CONNECTION_ERROR'],
    ['0x8004041A', 'INTEGRATION_CONNECTION_ERROR', 'user_action', 'QBD_CONNECTION_ERROR'],
    ['0x8004041D', 'INTEGRATION_CONNECTION_ERROR', 'user_action', 'QBD_CONNECTION_ERROR'],
    ['0x80040420', 'INTEGRATION_CONNECTION_ERROR', 'user_action', 'QBD_CONNECTION_ERROR'],
    ['0x80040422', 'INTEGRATION_CONNECTION_ERROR', 'user_action', 'QBD_CONNECTION_ERROR'],
    ['0x80040424', 'INTEGRATION_CONNECTION_ERROR', 'retry', 'QBD_NOT_READY'],
    ['0x8004040D', 'INTEGRATION_CONNECTION_ERROR', 'retry', 'QBD_SESSION_INVALID'],
    ['0x80040400', 'INVALID_REQUEST_ERROR', 'developer_action', 'QBD_REQUEST_XML_INVALID'],
    ['0x80049999', 'INTEGRATION_CONNECTION_ERROR', 'user_action', 'QBD_CONNECTION_ERROR'],
  ] as const)('%s', (hresult, type, recovery, code) => {
    expectDiagnosis(connErr(hresult, 'text'), { type, recovery, code, integrationCode: hresult });
  });

  it('0x8004041D / 0x80040420: the Integrated Applications auto-login steps', () => {
    const steps = connErr('0x8004041d').fixSteps.join(' > ');
    expect(steps).toContain('log in to the company file as Admin');
    expect(steps).toContain('Edit > Preferences');
    expect(steps).toContain('Integrated Applications');
    expect(steps).toContain('Company Preferences');
    expect(steps).toContain('Properties');
    expect(steps).toContain("Allow this application to log in automatically");
  });

  it('accepts a signed decimal HRESULT and keeps an unparsable one verbatim', () => {
    expect(connErr('-2147220472').integrationCode).toBe('0x80040408');
    expect(connErr('weird').integrationCode).toBe('weird');
  });
});

describe('receiveResponseXML', () => {
  it('an hresult wins over the (empty) response', () => {
    expectDiagnosis(rrx('', '0x80040400', 'QuickBooks found an error when parsing the provided XML text stream.'), { type: 'INVALID_REQUEST_ERROR', recovery: 'developer_action', code: 'QBD_REQUEST_XML_INVALID' });
  });

  it('walks every …Rs and picks the most actionable, keying on statusCode not severity', () => {
    const e = rrx(qbxml(rs(0, 'Status OK'), rs(3200, 'The provided edit sequence &quot;1272664823&quot; is out-of-date.', 'CustomerModRs'), rs(3210, 'invalid value', 'ReceivePaymentAddRs', 'Info')));
    expectDiagnosis(e, { type: 'INTEGRATION_ERROR', recovery: 'developer_action', code: 'QBD_INVALID_VALUE', integrationCode: '3210' });
    expect(e.details?.map((d) => d.integrationCode)).toEqual(['0', '3200']);
    expect(diagnoseMany({ source: 'qbwc', method: 'receiveResponseXML', response: qbxml(rs(0, 'ok'), rs(3200, 'stale')), hresult: '', message: '' }).map((x) => x.code)).toEqual(['OK', 'QBD_EDIT_SEQUENCE_STALE']);
  });

  it.each([
    [3200, 'The provided edit sequence "1" is out-of-date.', 'INTEGRATION_ERROR', 'refetch', 'QBD_EDIT_SEQUENCE_STALE'],
    [3100, 'The name "Shipping" of the list element is already in use.', 'INTEGRATION_ERROR', 'developer_action', 'QBD_DUPLICATE_NAME'],
    [3170, 'This list has been modified by another user.', 'INTEGRATION_ERROR', 'retry', 'QBD_RECORD_IN_USE'],
    [3175, 'Internals could not be locked.', 'INTEGRATION_ERROR', 'retry', 'QBD_RECORD_IN_USE'],
    [3176, 'Failed to acquire the lock.', 'INTEGRATION_ERROR', 'retry', 'QBD_RECORD_IN_USE'],
    [3180, 'There was an error when saving a Customer list, element "X". QuickBooks error message: This list has been modified by another user.', 'INTEGRATION_ERROR', 'retry', 'QBD_RECORD_IN_USE'],
    [3180, 'There was an error when saving a Sales Rep list, element "AB". QuickBooks error message: The initials are already in use.', 'INTEGRATION_ERROR', 'developer_action', 'QBD_SAVE_FAILED'],
    [3250, 'This feature is not enabled or not available in this version of QuickBooks.', 'INTEGRATION_ERROR', 'user_action', 'QBD_FEATURE_NOT_ENABLED'],
    [3260, 'Insufficient permission level to perform this action.', 'PERMISSION_ERROR', 'user_action', 'QBD_INSUFFICIENT_PERMISSION'],
    [3261, 'The integrated application has no permission to access personal data.', 'PERMISSION_ERROR', 'user_action', 'QBD_PERSONAL_DATA_NOT_ALLOWED'],
    [3000, 'The given object ID "x" in the field "ListID" is invalid.', 'INVALID_REQUEST_ERROR', 'developer_action', 'QBD_REQUEST_INVALID'],
    [1000, 'Internal error', 'INTEGRATION_ERROR', 'retry', 'QBD_INTERNAL_ERROR'],
    [9001, 'Unknown', 'INTEGRATION_ERROR', 'developer_action', 'QBD_REQUEST_ERROR'],
    [1, 'A query request did not find a matching object in QuickBooks', 'NONE', 'none', 'QBD_NO_MATCH'],
    [500, 'The query request has not been fully completed.', 'NONE', 'none', 'QBD_WARNING'],
    [530, 'The field "X" is not supported by this implementation.', 'NONE', 'none', 'QBD_WARNING'],
  ] as const)('statusCode %i', (code, message, type, recovery, ours) => {
    expectDiagnosis(rrx(qbxml(rs(code, message.replaceAll('"', '&quot;')))), { type, recovery, code: ours, integrationCode: String(code) });
  });

  it('an empty or status-less response is unreadable', () => {
    expect(rrx('').code).toBe('QBD_RESPONSE_UNREADABLE');
    expect(rrx('<QBXML><QBXMLMsgsRs></QBXMLMsgsRs></QBXML>').code).toBe('QBD_RESPONSE_UNREADABLE');
    expect(rrx('garbage').type).toBe('INTERNAL_ERROR');
  });
});

describe('our authenticate answer', () => {
  it.each([
    [['', 'nvu'], 'AUTHENTICATION_ERROR', 'reconnect', 'QBWC_PASSWORD_REJECTED'],
    [['', 'NVU'], 'AUTHENTICATION_ERROR', 'reconnect', 'QBWC_PASSWORD_REJECTED'],
    [['ticket', 'none'], 'NONE', 'none', 'OK'],
    [['ticket', 'NONE', '', ''], 'NONE', 'none', 'OK'],
    [['ticket', ''], 'NONE', 'none', 'OK'],
    [['ticket', 'C:\\Company Files\\Acme.qbw'], 'NONE', 'none', 'OK'],
    [['ticket', null], 'NONE', 'none', 'OK'],
    [['ticket', 'busy'], 'SERVICE_ERROR', 'retry', 'QBWC_SERVICE_BUSY'],
  ] as const)('%j', (result, type, recovery, code) => {
    expectDiagnosis(auth(...result), { type, recovery, code });
  });

  it('busy with a postpone time gives retryAfterMs; the password steps name the Web Connector', () => {
    expect(auth('t', 'busy', '30').retryAfterMs).toBe(30_000);
    expect(auth('t', 'busy').retryAfterMs).toBeNull();
    expect(auth('', 'nvu').fixSteps.join(' ')).toMatch(/Password box next to Ledgerlight/);
  });
});
