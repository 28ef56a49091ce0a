import type { Clock, Disposable, Timers } from '../../src/main/core/ports';

/**
 * A controllable wall clock plus timers that fire only when the test advances time, so
 * simulated days (with sleeps and clock jumps) run in milliseconds. Like real timers, the
 * fake timers run on monotonic time: `jump` moves only the wall clock (a sleep, or the clock
 * being set), `advance` moves both.
 */
export class FakeTime implements Clock, Timers {
  private mono = 0;
  private offset: number;
  private seq = 0;
  private readonly timers = new Map<number, { at: number; every?: number; fn: () => void }>();

  constructor(start = Date.UTC(2026, 10, 22, 9, 0, 0)) {
    this.offset = start;
  }

  now(): number {
    return this.mono + this.offset;
  }

  setInterval(fn: () => void, ms: number): Disposable {
    const id = ++this.seq;
    this.timers.set(id, { at: this.mono + ms, every: Math.max(1, ms), fn });
    return () => this.timers.delete(id);
  }

  setTimeout(fn: () => void, ms: number): Disposable {
    const id = ++this.seq;
    this.timers.set(id, { at: this.mono + ms, fn });
    return () => this.timers.delete(id);
  }

  /** Lets `ms` pass, firing due timers in order (a machine that stays awake). */
  advance(ms: number): void {
    const target = this.mono + ms;
    for (;;) {
      const next = [...this.timers.entries()].filter(([, t]) => t.at <= target).sort((a, b) => a[1].at - b[1].at)[0];
      if (!next) break;
      const [id, t] = next;
      this.mono = Math.max(this.mono, t.at);
      if (t.every) t.at += t.every;
      else this.timers.delete(id);
      t.fn();
    }
    this.mono = target;
  }

  /** Moves only the wall clock: a sleep (forward) or the clock being set (either way). */
  jump(ms: number): void {
    this.offset += ms;
  }
}
