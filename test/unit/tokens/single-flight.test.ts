import { KeyedLock, SingleFlight } from '../../../src/main/tokens/single-flight';

describe('single flight and keyed lock', () => {
  it('runs one task for all concurrent callers of a key, and a new one afterwards', async () => {
    const flights = new SingleFlight<number>();
    let runs = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const task = async () => {
      runs++;
      await gate;
      return runs;
    };
    const all = Array.from({ length: 50 }, () => flights.run('co_1', task));
    const other = flights.run('co_2', async () => 99);
    release();
    expect(new Set(await Promise.all(all))).toEqual(new Set([1]));
    expect(await other).toBe(99);
    expect(await flights.run('co_1', task)).toBe(2); // a later call starts a new flight
    await flights.whenIdle();
  });

  it('shares a rejection with every caller and then forgets it', async () => {
    const flights = new SingleFlight<number>();
    const failing = () => Promise.reject(new Error('nope'));
    const results = await Promise.allSettled([flights.run('k', failing), flights.run('k', failing)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await flights.run('k', async () => 1)).toBe(1);
  });

  it('serialises tasks per key in arrival order, lets other keys run, survives a failing task', async () => {
    const lock = new KeyedLock();
    const order: string[] = [];
    const step = (name: string, ms: number, fail = false) => () =>
      new Promise<void>((resolve, reject) =>
        setTimeout(() => {
          order.push(name);
          if (fail) reject(new Error(name));
          else resolve();
        }, ms),
      );
    await Promise.allSettled([lock.run('a', step('a1', 20)), lock.run('a', step('a2', 1, true)), lock.run('a', step('a3', 1)), lock.run('b', step('b1', 5))]);
    expect(order).toEqual(['b1', 'a1', 'a2', 'a3']);
  });
});
