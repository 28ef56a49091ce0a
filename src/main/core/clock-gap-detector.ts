import type { Clock, Disposable, PowerEvent, PowerEvents, Timers } from './ports';

/**
 * Notices sleep/resume and wall-clock jumps without OS help: a short tick compares the wall
 * clock with the time it expected. A gap much larger than the tick means the machine slept
 * (or the clock jumped forward); going backwards means the clock was set back. Used by the
 * headless host, and alongside Electron's powerMonitor for clock changes it does not report.
 */
export function createClockGapDetector(deps: { clock: Clock; timers: Timers; tickMs?: number; toleranceMs?: number }): PowerEvents & {
  start(): Disposable;
} {
  const tickMs = deps.tickMs ?? 15_000;
  const tolerance = deps.toleranceMs ?? 45_000;
  const listeners = new Map<PowerEvent, Set<() => void>>();
  const emit = (e: PowerEvent) => listeners.get(e)?.forEach((l) => l());
  return {
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
    start() {
      let last = deps.clock.now();
      return deps.timers.setInterval(() => {
        const now = deps.clock.now();
        const elapsed = now - last;
        last = now;
        if (elapsed > tickMs + tolerance) {
          emit('resume');
          emit('clock-jump');
        } else if (elapsed < -1000) {
          emit('clock-jump');
        }
      }, tickMs);
    },
  };
}
