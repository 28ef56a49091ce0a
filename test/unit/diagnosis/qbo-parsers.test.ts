import { extractQboFaultsFromJson } from '../../../src/main/diagnosis/parsers/qbo-fault-json';
import { extractQboFaultsFromXml } from '../../../src/main/diagnosis/parsers/qbo-fault-xml';
import { embeddedStatus, parseGatewayMessage } from '../../../src/main/diagnosis/parsers/qbo-gateway-message';
import { summariseHtml } from '../../../src/main/diagnosis/parsers/html-page';
import { scanText } from '../../../src/main/diagnosis/parsers/text-scan';

describe('QBO JSON faults', () => {
  it('reads Error[] with code as a number and a single Error object', () => {
    const arr = extractQboFaultsFromJson({ Fault: { Error: [{ Message: 'm', Detail: 'd', code: 5010, element: '' }], type: 'ValidationFault' } });
    expect(arr.errors).toEqual([{ code: '5010', message: 'm', detail: 'd', faultType: 'ValidationFault' }]);
    const single = extractQboFaultsFromJson({ Fault: { Error: { Message: 'x', code: '610' } } });
    expect(single.errors).toEqual([{ code: '610', message: 'x' }]);
  });

  it('notices "Fault": null without inventing an error', () => {
    expect(extractQboFaultsFromJson({ Fault: null, time: 'x' })).toMatchObject({ errors: [], sawFault: true });
  });

  it('reads the lower-case gateway variant', () => {
    const r = extractQboFaultsFromJson({ fault: { error: [{ message: 'message=ThrottleExceeded; errorCode=003001; statusCode=429', detail: null, code: '3001', element: null }], type: 'SERVICE' }, requestId: 'r-1' });
    expect(r.errors).toEqual([{ code: '3001', message: 'message=ThrottleExceeded; errorCode=003001; statusCode=429', faultType: 'SERVICE' }]);
    expect(r.requestId).toBe('r-1');
  });

  it('reads faults inside batch items with their bId and counts all items', () => {
    const r = extractQboFaultsFromJson({
      BatchItemResponse: [
        { Fault: { Error: [{ code: '6140' }, { code: '2020', element: 'AccountRef' }], type: 'ValidationFault' }, bId: 'a' },
        { Invoice: { Id: '1' }, bId: 'b' },
        { Fault: { Error: [{ code: '5010' }] }, bId: 'c' },
      ],
    });
    expect(r.batchItems).toBe(3);
    expect(r.errors.map((e) => [e.code, e.batchId])).toEqual([['6140', 'a'], ['2020', 'a'], ['5010', 'c']]);
  });

  it('reads the Ecosystem gateway object and ignores unrelated JSON', () => {
    expect(extractQboFaultsFromJson({ code: 'AuthenticationFailed', type: 'INPUT', message: null, detail: 'Malformed', moreInfo: null }).errors).toEqual([
      { code: 'AuthenticationFailed', detail: 'Malformed', faultType: 'INPUT' },
    ]);
    expect(extractQboFaultsFromJson({ CompanyInfo: { CompanyName: 'x' } }).errors).toEqual([]);
    expect(extractQboFaultsFromJson([1, 2]).errors).toEqual([]);
    expect(extractQboFaultsFromJson('x').errors).toEqual([]);
  });
});

describe('QBO XML faults', () => {
  it('reads a well-formed IntuitResponse with requestId and a namespace prefix', () => {
    const r = extractQboFaultsFromXml(
      '<ns2:IntuitResponse xmlns:ns2="http://schema.intuit.com/finance/v3" requestId="abc"><ns2:Fault type="SERVICE"><ns2:Error code="6002"><ns2:Message>m</ns2:Message></ns2:Error></ns2:Fault></ns2:IntuitResponse>',
    );
    expect(r).toMatchObject({ sawFault: true, requestId: 'abc', errors: [{ code: '6002', message: 'm', faultType: 'SERVICE' }] });
  });

  it('recovers code, element, Message and Detail from a fault missing </Error>', () => {
    const r = extractQboFaultsFromXml('<IntuitResponse><Fault type="ValidationFault"><Error code="6070" element="Line.Amount"><Message>Amount calc</Message><Detail>Amount is not equal &amp; wrong</Detail></Fault></IntuitResponse>');
    expect(r.errors).toEqual([{ code: '6070', element: 'Line.Amount', message: 'Amount calc', detail: 'Amount is not equal & wrong', faultType: 'ValidationFault' }]);
  });

  it('recovers from a body truncated mid-Detail', () => {
    const r = extractQboFaultsFromXml('<IntuitResponse><Fault type="ValidationFault"><Error code="5010"><Message>Stale Object Error</Message><Detail>You and Jo were working on th');
    expect(r.errors[0]).toMatchObject({ code: '5010', message: 'Stale Object Error', detail: 'You and Jo were working on th' });
  });

  it('attributes faults to their batch item, also when the XML is malformed', () => {
    const good = '<IntuitResponse><BatchItemResponse bId="1"><Customer/></BatchItemResponse><BatchItemResponse bId="2"><Fault type="ValidationFault"><Error code="6240"><Message>dup</Message></Error></Fault></BatchItemResponse></IntuitResponse>';
    expect(extractQboFaultsFromXml(good)).toMatchObject({ batchItems: 2, errors: [{ code: '6240', batchId: '2' }] });
    const broken = good.replace('</Error>', '');
    expect(extractQboFaultsFromXml(broken)).toMatchObject({ batchItems: 2, errors: [{ code: '6240', batchId: '2' }] });
  });

  it('finds no fault in a success body', () => {
    expect(extractQboFaultsFromXml('<IntuitResponse><CompanyInfo><CompanyName>A</CompanyName></CompanyInfo></IntuitResponse>')).toMatchObject({ errors: [], sawFault: false });
  });
});

describe('gateway message strings', () => {
  it('parses name, code without zeros and embedded status', () => {
    expect(parseGatewayMessage('message=ThrottleExceeded; errorCode=003001; statusCode=403')).toEqual({ name: 'ThrottleExceeded', errorCode: '3001', statusCode: 403 });
    expect(parseGatewayMessage('message=Timeout occurred while proxying request; errorCode=006002; statusCode=504')?.name).toBe('Timeout occurred while proxying request');
    expect(parseGatewayMessage('message=X; errorCode=000000')).toEqual({ name: 'X', errorCode: '0' });
    expect(parseGatewayMessage('Stale Object Error')).toBeUndefined();
    expect(parseGatewayMessage(undefined)).toBeUndefined();
  });

  it('finds a statusCode inside a Detail', () => {
    expect(embeddedStatus('AuthenticationErrorGeneral: SRV-110-Authentication Failure , statusCode: 401')).toBe(401);
    expect(embeddedStatus('nothing')).toBeUndefined();
  });
});

describe('HTML pages and text scanning', () => {
  it('summarises an HTML error page', () => {
    const s = summariseHtml('<html><head><title>503 Service Temporarily Unavailable</title><style>b{}</style></head><body><h1>We&#39;ll be back soon</h1><script>x()</script><p>Maintenance</p></body></html>');
    expect(s).toEqual({ title: '503 Service Temporarily Unavailable', heading: "We'll be back soon", text: "503 Service Temporarily Unavailable We'll be back soon Maintenance" });
  });

  it('pulls fault fields out of truncated JSON', () => {
    expect(scanText('{"Fault":{"Error":[{"Message":"Stale Object Error","Detail":"You and","code":"5010","elem')).toEqual({ faultCode: '5010', message: 'Stale Object Error', detail: 'You and' });
    expect(scanText('{"error":"invalid_grant","error_descr')).toEqual({ errorName: 'invalid_grant' });
    expect(scanText('{"errorCode":"003001","statusCode":429')).toEqual({});
  });
});
