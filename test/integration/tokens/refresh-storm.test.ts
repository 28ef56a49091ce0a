import { createTokenHarness, type TokenHarness } from './support/harness';

const CALLERS = 200;

describe('single-flight refresh under a storm of callers', () => {
  let h: TokenHarness;
  afterEach(async () => {
    await h?.close();
  });

  it('200 concurrent requests on an expired token cause exactly one token-endpoint call, and all 200 succeed', async () => {
    h = await createTokenHarness({ start: false }); // no scheduler: the callers find the token expired
    const id = await h.addCompany();
    await h.connect(id);
    h.time.jump(2 * 3_600_000); // the laptop slept through the expiry
    h.sim.controls.state.resetCounters();
    h.sim.controls.faults.setLatency('token', 25); // keep the flight open while the callers pile up

    const results = await Promise.allSettled(Array.from({ length: CALLERS }, () => h.tokens.getAccessToken(id)));

    const tokens = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    expect(tokens).toHaveLength(CALLERS);
    expect(h.sim.controls.counters().tokenCalls).toBe(1);
    expect(new Set(tokens).size).toBe(1);
    expect(h.sim.controls.state.accessTokenStatus(tokens[0]!)).toBe('valid');
  });

  it('callers arriving after the flight landed re-read the row and send nothing', async () => {
    h = await createTokenHarness({ start: false });
    const id = await h.addCompany();
    await h.connect(id);
    h.time.jump(2 * 3_600_000);
    h.sim.controls.state.resetCounters();
    const first = await Promise.all(Array.from({ length: 50 }, () => h.tokens.getAccessToken(id)));
    const second = await Promise.all(Array.from({ length: 50 }, () => h.tokens.getAccessToken(id)));
    expect(h.sim.controls.counters().tokenCalls).toBe(1);
    expect(new Set([...first, ...second]).size).toBe(1);
  });

  it('inside the refresh margin, callers get the current token at once while one background refresh runs', async () => {
    h = await createTokenHarness({ start: false });
    const id = await h.addCompany();
    await h.connect(id);
    const before = await h.tokens.getAccessToken(id);
    h.time.jump(56 * 60_000); // 4 minutes left: inside every possible margin, still usable
    h.sim.controls.state.resetCounters();
    h.sim.controls.faults.setLatency('token', 25);
    const during = await Promise.all(Array.from({ length: CALLERS }, () => h.tokens.getAccessToken(id)));
    expect(new Set(during)).toEqual(new Set([before]));
    await h.tokens.whenIdle();
    expect(h.sim.controls.counters().tokenCalls).toBe(1);
    expect(await h.tokens.getAccessToken(id)).not.toBe(before);
  });

  it('after a restart (expiry not vouched for by this process) a storm still causes one call', async () => {
    h = await createTokenHarness({ start: false });
    const id = await h.addCompany();
    await h.connect(id);
    await h.restart();
    await h.tokens.whenIdle();
    h.sim.controls.state.resetCounters();
    // restart() started the new core: its first pass already refreshed once. Force the question again:
    h.tokens.reportAccessTokenRejected(id);
    const results = await Promise.all(Array.from({ length: CALLERS }, () => h.tokens.getAccessToken(id)));
    await h.tokens.whenIdle();
    expect(new Set(results).size).toBe(1);
    expect(h.sim.controls.counters().tokenCalls).toBe(1);
  });
});
