import type { Clock, Timers } from './ports';

/** The real wall clock. */
export const systemClock: Clock = { now: () => Date.now() };

/** Real timers, unref'd so a pending timer never keeps a finished process alive. */
export const systemTimers: Timers = {
  setInterval(fn, ms) {
    const handle = setInterval(fn, ms);
    handle.unref?.();
    return () => clearInterval(handle);
  },
  setTimeout(fn, ms) {
    const handle = setTimeout(fn, ms);
    handle.unref?.();
    return () => clearTimeout(handle);
  },
};
