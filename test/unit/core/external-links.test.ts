import { isAllowedExternalUrl } from '../../../src/main/core/external-links';

describe('isAllowedExternalUrl', () => {
  it.each([
    ['https://appcenter.intuit.com/connect/oauth2', true],
    ['https://quickbooks.intuit.com/learn-support', true],
    ['https://docs.conductor.is/help', true],
    ['http://appcenter.intuit.com/', false],
    ['https://intuit.com.evil.example/', false],
    ['https://evilintuit.com/', false],
    ['https://user:pw@intuit.com/', false],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => expect(isAllowedExternalUrl(url)).toBe(allowed));
});
