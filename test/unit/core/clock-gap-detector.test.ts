import { createClockGapDetector } from '../../../src/main/core/clock-gap-detector';
import { FakeTime } from '../../fakes/fake-time';

describe('clock gap detector (headless sleep/resume and clock jumps)', () => {
  it('reports resume after a long gap, a clock jump when time goes backwards, nothing otherwise', () => {
    const time = new FakeTime();
    const gap = createClockGapDetector({ clock: time, timers: time, tickMs: 15_000 });
    const events: string[] = [];
    gap.on('resume', () => events.push('resume'));
    gap.on('clock-jump', () => events.push('jump'));
    gap.start();
    time.advance(60_000);
    expect(events).toEqual([]);
    time.jump(3 * 3600_000); // slept three hours
    time.advance(15_000);
    expect(events).toEqual(['resume', 'jump']);
    time.jump(-600_000); // clock set back ten minutes
    time.advance(15_000);
    expect(events).toEqual(['resume', 'jump', 'jump']);
  });
});
