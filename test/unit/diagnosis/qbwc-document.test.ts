import { diagnoseQbwcDocument, diagnoseQbwcLogLine, observationFromQbwcSoap } from '../../../src/main/diagnosis';
import { readQbwcLog } from '../../../src/main/diagnosis/parsers/qbwc-log';
import { parseSoap, stringItems } from '../../../src/main/diagnosis/parsers/qbwc-soap';
import { checkQwc } from '../../../src/main/diagnosis/parsers/qwc-file';
import { expectDiagnosis, now } from './support/samples';

const qwc = (appUrl: string, appSupport: string, extra = ''): string =>
  `<?xml version="1.0"?><QBWCXML><AppName>Ledgerlight</AppName><AppID></AppID><AppURL>${appUrl}</AppURL><AppDescription>d</AppDescription><AppSupport>${appSupport}</AppSupport><UserName>u</UserName><OwnerID>{1}</OwnerID><FileID>{2}</FileID><QBType>QBFS</QBType>${extra}</QBWCXML>`;

describe('QWCLog.txt lines and QBWC dialogs', () => {
  it.each([
    ['20260101.10:00:00 UTC : QBWebConnector.SOAPWebService.do_authenticate() : QBWC1012: Authentication failed due to following error message.', 'SERVICE_ERROR', 'retry', 'QBWC_AUTHENTICATE_FAILED', 'QBWC1012'],
    ['QBWC1007: QuickBooks Web Connector could not connect to QuickBooks.', 'INTEGRATION_CONNECTION_ERROR', 'user_action', 'QBD_CONNECTION_ERROR', 'QBWC1007'],
    ['QBWC1013: Error connecting to QuickBooks.', 'INTEGRATION_CONNECTION_ERROR', 'user_action', 'QBD_CONNECTION_ERROR', 'QBWC1013'],
    ['QBWC1030: Password not set', 'AUTHENTICATION_ERROR', 'reconnect', 'QBWC_PASSWORD_REJECTED', 'QBWC1030'],
    ['QBWC1039: There was a problem adding the application. Check QWCLog for more details.', 'INVALID_REQUEST_ERROR', 'developer_action', 'QBWC_APP_FILE_INVALID', 'QBWC1039'],
    ['QBWC1043: SendRequestXML failed', 'INTERNAL_ERROR', 'developer_action', 'QBWC_SERVICE_FAULT', 'QBWC1043'],
    ['QBWC1037: clientVersion returned E:', 'INTEGRATION_CONNECTION_ERROR', 'user_action', 'QBWC_UPGRADE_REQUIRED', 'QBWC1037'],
    ['QBWC1016: No application selected', 'NONE', 'none', 'QBWC_UI_NOTICE', 'QBWC1016'],
    ['QBWC9999: something new', 'INTERNAL_ERROR', 'developer_action', 'QBWC_ERROR', 'QBWC9999'],
  ] as const)('%s', (line, type, recovery, code, integrationCode) => {
    expectDiagnosis(diagnoseQbwcLogLine(line, { now }), { type, recovery, code, integrationCode });
  });

  it('keeps the explanation on the line after a dialog code', () => {
    expect(readQbwcLog('QBWC1042: ReceiveResponseXML failed\nError message: Response is not well-formed XML.').qbwcCodes).toEqual([
      { code: 1042, text: 'ReceiveResponseXML failed Error message: Response is not well-formed XML.' },
    ]);
  });

  it('reads authRet answers and HRESULTs from web-service logs', () => {
    expect(diagnoseQbwcLogLine('Received from authenticate() following parameters:<authRet[0]="g"><authRet[1]="nvu">', { now }).code).toBe('QBWC_PASSWORD_REJECTED');
    expect(diagnoseQbwcLogLine('WebMethod: connectionError() has been called\n string hresult = 0x80040414\n string message = A modal dialog box is showing', { now })).toMatchObject({ integrationCode: '0x80040414', recovery: 'user_action' });
  });

  it('a log without any error is NONE', () => {
    expectDiagnosis(diagnoseQbwcLogLine('20210701.19:32:03 UTC : UpdateThisScheduledApp() : Performing SCHEDULED UPDATE for application = X', { now }), { type: 'NONE', recovery: 'none', code: 'OK' });
  });
});

describe('captured SOAP messages', () => {
  it('finds the operation by local name whatever the prefix, and a SOAP Fault', () => {
    expect(parseSoap('<e:Envelope xmlns:e="s"><e:Body><q1:serverVersion xmlns:q1="http://developer.intuit.com/"/></e:Body></e:Envelope>')).toMatchObject({ kind: 'operation', name: 'serverVersion', namespace: 'http://developer.intuit.com/' });
    expect(parseSoap('<soap:Envelope><soap:Body><soap:Fault><faultcode>soap:Client</faultcode><faultstring>bad</faultstring></soap:Fault></soap:Body></soap:Envelope>')).toEqual({ kind: 'fault', faultCode: 'soap:Client', faultString: 'bad' });
    expect(stringItems('<authenticateResult><string>t</string><string /><string>nvu</string></authenticateResult>')).toEqual(['t', '', 'nvu']);
  });

  it('turns a connectionError request into its observation', () => {
    const env = '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><connectionError xmlns="http://developer.intuit.com/"><ticket>t</ticket><hresult>0x80040408</hresult><message>Could not start QuickBooks.</message></connectionError></soap:Body></soap:Envelope>';
    expect(observationFromQbwcSoap(env)).toEqual({ source: 'qbwc', method: 'connectionError', hresult: '0x80040408', message: 'Could not start QuickBooks.' });
    expect(diagnoseQbwcDocument(env, { now }).code).toBe('QBD_CONNECTION_ERROR');
  });

  it('flags a document-style reply outside the QBWC namespace but accepts rpc/encoded replies', () => {
    const wrong = '<soap:Envelope xmlns:soap="s"><soap:Body><closeConnectionResponse xmlns="http://example.com/"><closeConnectionResult>OK</closeConnectionResult></closeConnectionResponse></soap:Body></soap:Envelope>';
    expect(diagnoseQbwcDocument(wrong, { now }).code).toBe('QBWC_WRONG_NAMESPACE');
    expect(diagnoseQbwcDocument(wrong.replace('http://example.com/', 'http://developer.intuit.com/'), { now }).type).toBe('NONE');
  });
});

describe('.qwc files', () => {
  it('accepts https and localhost, refuses IPs, remote http and mismatched domains', () => {
    expect(checkQwc(qwc('https://app.example.com/qbwc', 'https://www.example.com/support')).violations).toEqual([]);
    expect(checkQwc(qwc('http://localhost:8080/qbwc', 'https://developer.intuit.com')).violations).toEqual([]);
    expect(checkQwc(qwc('http://127.0.0.1:8080/qbwc', 'http://127.0.0.1:8080/support')).violations.map((v) => v.rule)).toEqual(['QBWC1001', 'QBWC1002', 'QBWC1010']);
    expect(checkQwc(qwc('https://app.example.com/qbwc', 'https://support.other.org/')).violations.map((v) => v.rule)).toEqual(['QBWC1000']);
    expect(checkQwc('<QBWCXML><AppName>x</AppName></QBWCXML>').violations[0]?.rule).toBe('QBWC1039');
  });

  it('diagnoses a bad .qwc as a developer problem with every violation', () => {
    const e = diagnoseQbwcDocument(qwc('http://192.168.1.2/qbwc', 'http://192.168.1.2/support'), { now });
    expectDiagnosis(e, { type: 'INVALID_REQUEST_ERROR', recovery: 'developer_action', code: 'QBWC_APP_FILE_INVALID', integrationCode: 'QBWC1001' });
    expect(e.details?.length).toBe(2);
  });
});
