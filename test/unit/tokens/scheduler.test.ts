import { createRefreshScheduler } from '../../../src/main/tokens/scheduler';
import { FakeTime } from '../../fakes/fake-time';
import { testLogger } from '../../fakes/test-logger';
import { ManualPower } from '../../integration/tokens/support/harness';

function setup() {
  const time = new FakeTime();
  const power = new ManualPower();
  const passes: number[] = [];
  let jumps = 0;
  let gate: Promise<void> = Promise.resolve();
  const scheduler = createRefreshScheduler({
    timers: time,
    power,
    tickMs: 30_000,
    pass: async () => {
      passes.push(time.now());
      await gate;
      return 1;
    },
    onClockJump: () => void jumps++,
    logger: testLogger(),
  });
  return { time, power, passes, scheduler, jumps: () => jumps, hold: (p: Promise<void>) => void (gate = p) };
}

describe('refresh scheduler', () => {
  it('runs a pass at start and on a short periodic tick', async () => {
    const s = setup();
    s.scheduler.start();
    await s.scheduler.whenIdle();
    expect(s.passes).toHaveLength(1);
    for (let i = 0; i < 4; i++) {
      s.time.advance(30_000);
      await s.scheduler.whenIdle();
    }
    expect(s.passes).toHaveLength(5);
    s.scheduler.stop();
    s.time.advance(300_000);
    await s.scheduler.whenIdle();
    expect(s.passes).toHaveLength(5);
  });

  it('catches up at once after resume, unlock and a clock jump, which also drops trust in stored expiries', async () => {
    const s = setup();
    s.scheduler.start();
    await s.scheduler.whenIdle();
    s.time.jump(8 * 3_600_000); // asleep: no tick fired
    s.power.emit('resume');
    await s.scheduler.whenIdle();
    expect(s.passes).toHaveLength(2);
    s.power.emit('unlock');
    await s.scheduler.whenIdle();
    s.power.emit('clock-jump');
    await s.scheduler.whenIdle();
    expect(s.passes).toHaveLength(4);
    expect(s.jumps()).toBe(1);
    s.power.emit('suspend'); // nothing to do on the way down
    await s.scheduler.whenIdle();
    expect(s.passes).toHaveLength(4);
  });

  it('coalesces triggers that arrive while a pass runs into exactly one more pass', async () => {
    const s = setup();
    let release!: () => void;
    s.hold(new Promise<void>((r) => (release = r)));
    s.scheduler.start();
    for (let i = 0; i < 5; i++) void s.scheduler.runNow();
    s.power.emit('resume');
    expect(s.passes).toHaveLength(1);
    s.hold(Promise.resolve());
    release();
    expect(await s.scheduler.runNow()).toBeGreaterThanOrEqual(1);
    await s.scheduler.whenIdle();
    expect(s.passes).toHaveLength(2);
  });
});
