/**
 * Intuit's real error bodies (shapes from ../shared/samples/qbo, qbo.md §1): what the QBO API
 * simulator answers, so Ledgerlight's diagnosis is exercised against Intuit's formats.
 */
const xmlFault = (code: string, message: string, detail: string | null, type: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><IntuitResponse xmlns="http://schema.intuit.com/finance/v3" time="${new Date().toISOString()}">` +
  `<Fault type="${type}"><Error code="${code}"><Message>${message}</Message>${detail ? `<Detail>${detail}</Detail>` : ''}</Error></Fault></IntuitResponse>`;

export const QBO_FAULTS = {
  /** 429 ThrottleExceeded (sample #6). */
  throttled: () => xmlFault('3001', 'message=ThrottleExceeded; errorCode=003001; statusCode=429', 'The request limit was reached.', 'SERVICE'),
  /** 401 code 100: expired token or token/realm mismatch (samples #28, #29). */
  authentication: () =>
    xmlFault('100', 'General Authentication Error', 'AuthenticationErrorGeneral: SRV-110-Authentication Failure , statusCode: 401', 'AuthenticationFault'),
  /** 401 lower-case gateway JSON (sample #22). */
  malformedBearer: () =>
    JSON.stringify({
      warnings: null,
      intuitObject: null,
      fault: { error: [{ message: 'message=AuthenticationFailed; errorCode=003200; statusCode=401', detail: 'Malformed bearer token: too short or too long', code: '3200', element: null }], type: 'AUTHENTICATION' },
      time: Date.now(),
    }),
  /** 504 gateway timeout (sample #34). */
  gatewayTimeout: () => xmlFault('6002', 'message=Timeout occurred while proxying request; errorCode=006002; statusCode=504', null, 'SERVICE'),
  /** 503 from the load balancer (sample #35 shape). */
  unavailableHtml: () =>
    '<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n<hr><center>Avi Vantage/</center>\r\n</body>\r\n</html>',
  /** Maintenance page returned for API calls (qbo.md §1.4). */
  maintenanceHtml: () => "<!DOCTYPE html><html><head><title>QuickBooks Online</title></head><body><h1>We'll be back soon</h1><p>QuickBooks is down for maintenance.</p></body></html>",
};
