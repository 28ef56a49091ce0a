import { diagnoseBenchSuite, loadSampleObservations } from '../../../src/main/bench/diagnose-bench';
import { SAMPLES_DIR } from './support/samples';

describe('diagnose bench suite', () => {
  it('turns the sample files into observations with realistic statuses', () => {
    const mix = loadSampleObservations(SAMPLES_DIR);
    expect(mix.length).toBeGreaterThan(60);
    const byFile = new Map(mix.map((m) => [m.file, m.observation]));
    expect(byFile.get('qbo/fault-xml-throttle-3001-http403.xml')).toMatchObject({ source: 'qbo', httpStatus: 403 });
    expect(byFile.get('qbo/html-503-avi-vantage.html')).toMatchObject({ httpStatus: 503 });
    expect(byFile.get('qbo/token-error-invalid-client.json')).toMatchObject({ source: 'oauth', httpStatus: 401 });
    expect(byFile.get('qbd/conductor-error-qbd-connection-0x80040420.json')).toMatchObject({ source: 'conductor', httpStatus: 502 });
    expect(byFile.get('qbd/qbwc-receiveresponsexml-request-hresult-0x80040400.xml')).toMatchObject({ method: 'receiveResponseXML', hresult: '0x80040400' });
    expect(byFile.has('qbd/qwc-intuit-sdk-HTTPWebService.qwc')).toBe(false);
  });

  it('reports throughput, the same-run parse-only baseline and their ratio', async () => {
    const suite = diagnoseBenchSuite({ samplesDir: SAMPLES_DIR, durationMs: 30 });
    expect(suite.key).toBe('diagnose');
    const f = await suite.run();
    expect(f['observationsPerSec']).toBeGreaterThan(0);
    expect(f['baselineParseOnlyPerSec']).toBeGreaterThan(0);
    expect(f['ratioToParseOnly']).toBeCloseTo(f['observationsPerSec']! / f['baselineParseOnlyPerSec']!, 1);
    expect(suite.describe(f).join('\n')).toContain('observations/s');
  });

  it('still measures something without the samples directory', async () => {
    const f = await diagnoseBenchSuite({ samplesDir: '/nonexistent', durationMs: 10 }).run();
    expect(f['sampleObservations']).toBe(5);
  });
});
