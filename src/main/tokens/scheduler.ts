import type { Disposable, PowerEvents, Timers } from '../core/ports';
import type { Logger } from '../logging/logger';

export interface RefreshScheduler {
  start(): void;
  stop(): void;
  /** Runs a pass now (coalesced with one already running); resolves with refreshes started. */
  runNow(): Promise<number>;
  /** True while a pass runs. */
  readonly busy: boolean;
  /** Resolves when no pass is running. */
  whenIdle(): Promise<void>;
}

/**
 * Drives refresh passes with a short periodic tick (default 30 s) against wall-clock deadlines
 * stored in the database, never with far-future timers (which drift, and do not fire during
 * sleep). Catches up at once after resume, screen unlock and clock jumps (powerMonitor in
 * Electron, the wall-clock gap detector in both hosts); a clock jump first tells `onClockJump`
 * so no stored expiry is trusted until refreshed.
 */
export function createRefreshScheduler(deps: {
  timers: Timers;
  power: PowerEvents;
  tickMs: number;
  pass: () => Promise<number>;
  onClockJump: () => void;
  logger: Logger;
}): RefreshScheduler {
  const log = deps.logger.child('tokens.scheduler');
  let running: Promise<number> | null = null;
  let again = false;
  let disposers: Disposable[] = [];

  const runNow = (): Promise<number> => {
    if (running) {
      again = true; // something changed while a pass runs: do one more right after
      return running;
    }
    running = (async () => {
      let started = 0;
      do {
        again = false;
        try {
          started += await deps.pass();
        } catch (err) {
          log.error('refresh pass failed', { err });
        }
      } while (again);
      return started;
    })().finally(() => {
      running = null;
    });
    return running;
  };

  return {
    start() {
      if (disposers.length) return;
      disposers = [
        deps.timers.setInterval(() => void runNow(), deps.tickMs),
        deps.power.on('resume', () => {
          log.info('resumed: catching up on token refreshes');
          void runNow();
        }),
        deps.power.on('unlock', () => void runNow()),
        deps.power.on('clock-jump', () => {
          log.info('wall clock jumped: re-checking every access token');
          deps.onClockJump();
          void runNow();
        }),
      ];
      void runNow();
    },
    stop() {
      for (const dispose of disposers) dispose();
      disposers = [];
    },
    runNow,
    get busy() {
      return running !== null;
    },
    async whenIdle() {
      while (running) await running.catch(() => 0);
    },
  };
}
