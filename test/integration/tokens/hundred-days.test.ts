import { createClockGapDetector } from '../../../src/main/core/clock-gap-detector';
import type { Disposable } from '../../../src/main/core/ports';
import { TokenError } from '../../../src/main/tokens/token-error';
import { getTokenRow } from '../../../src/main/tokens/token-repo';
import { createAesGcmCipher } from '../../../src/main/vault/aes-gcm-cipher';
import type { CompanyId } from '../../../src/shared/domain/company';
import { createTokenHarness, seededRandom, type TokenHarness } from './support/harness';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const STEP = 5 * MIN;
const DAYS = 100;
/** An API call takes up to this long after getAccessToken returned; the token must still be valid then. */
const USE_LATENCY = 30_000;

/**
 * 100 simulated days of a laptop's life: sleeps (short, overnight, a long weekend), the wall
 * clock set forward and back, app restarts and Intuit outages, while API callers keep asking
 * for tokens. Time is simulated; the HTTP, SQLite and AES are real.
 */
describe('100 simulated days', () => {
  let h: TokenHarness;
  afterAll(async () => {
    await h?.close();
  });

  it('sends zero requests with an expired access token and loses zero refresh tokens', async () => {
    const rnd = seededRandom(20261122);
    h = await createTokenHarness({ seed: 7 });
    const cipher = createAesGcmCipher(h.vaultKey);
    // The host's wall-clock gap detector, forwarding what it notices (as both hosts wire it).
    let stopGap: Disposable = () => {};
    const startGap = () => {
      const gap = createClockGapDetector({ clock: h.clock, timers: h.time });
      gap.on('resume', () => h.power.emit('resume'));
      gap.on('clock-jump', () => h.power.emit('clock-jump'));
      stopGap = gap.start();
    };
    startGap();

    const ids: CompanyId[] = [];
    const realms = ['9341452222222222', '9341453333333333'];
    for (const [i, name] of ['North Co', 'Paused Co'].entries()) {
      const id = await h.addCompany(name);
      await h.connect(id, realms[i]);
      ids.push(id);
    }
    const pausedId = ids[1]!;

    const stats = { apiCalls: 0, expiredUses: 0, unavailable: 0, sleeps: 0, longestSleepH: 0, jumpsForward: 0, jumpsBack: 0, restarts: 0, outages: 0, lostChecks: 0 };
    let minRollingDaysLeft = Infinity;
    const lost: string[] = [];

    const checkNothingLost = async (when: string) => {
      stats.lostChecks++;
      for (const id of ids) {
        const row = getTokenRow(h.test.ports.db, id)!;
        const rt = await cipher.decrypt(row.refreshTokenEnc);
        const status = h.sim.controls.state.refreshTokenStatus(rt);
        if (row.state !== 'active' || (status !== 'current' && status !== 'grace')) lost.push(`${when}: ${id} ${row.state} ${status}`);
        minRollingDaysLeft = Math.min(minRollingDaysLeft, (row.refreshExpiresAt - h.clock.now()) / DAY);
      }
    };

    const start = h.time.now();
    let outageUntil = 0;
    let paused = false;
    let step = 0;
    while (h.time.now() - start < DAYS * DAY) {
      step++;
      const r = rnd();
      if (r < 0.004) {
        // Sleep: no timer fires while the lid is closed; the OS reports resume on wake.
        const hours = rnd() < 0.15 ? 40 + rnd() * 24 : 0.5 + rnd() * 12;
        h.time.jump(Math.round(hours * HOUR));
        h.power.emit('resume');
        stats.sleeps++;
        stats.longestSleepH = Math.max(stats.longestSleepH, Math.round(hours));
      } else if (r < 0.006) {
        // Someone sets the clock: forward or back by a minute to three hours.
        const by = Math.round((1 + rnd() * 179) * MIN) * (rnd() < 0.5 ? -1 : 1);
        h.clock.offsetMs += by;
        if (by < 0) stats.jumpsBack++;
        else stats.jumpsForward++;
      } else if (r < 0.0075) {
        stopGap();
        await h.restart();
        startGap();
        stats.restarts++;
        await h.tokens.whenIdle();
        await checkNothingLost(`restart ${stats.restarts}`);
      } else if (r < 0.0085 && outageUntil === 0) {
        outageUntil = h.time.now() + Math.round((0.5 + rnd() * 3) * HOUR);
        h.sim.controls.faults.add('token', rnd() < 0.5 ? { kind: 'status', status: 503, body: 'html' } : { kind: 'reset' }, Infinity);
        stats.outages++;
      }
      if (outageUntil && h.time.now() >= outageUntil) {
        h.sim.controls.faults.clear();
        outageUntil = 0;
      }
      const day = (h.time.now() - start) / DAY;
      const shouldPause = day > 20 && day < 60;
      if (shouldPause !== paused) {
        paused = shouldPause;
        h.test.core.companies.setPaused(pausedId, paused);
      }

      h.time.advance(STEP);
      await h.tokens.whenIdle();

      // API callers: each active company is used now and then, like a health check would.
      for (const id of ids) {
        if (id === pausedId && paused) continue;
        if (rnd() > 0.4) continue;
        stats.apiCalls++;
        try {
          const token = await h.tokens.getAccessToken(id);
          if (h.sim.controls.state.accessTokenStatus(token, h.time.now() + USE_LATENCY) !== 'valid') stats.expiredUses++;
        } catch (err) {
          if (!(err instanceof TokenError) || err.reason !== 'temporarily_unavailable') throw err;
          stats.unavailable++;
        }
      }
      if (step % 2000 === 0) await checkNothingLost(`day ${Math.floor(day)}`);
    }
    h.sim.controls.faults.clear();
    h.time.advance(STEP);
    await h.tokens.whenIdle();
    await checkNothingLost('end');
    stopGap();

    const counters = h.sim.controls.counters();
    const summary = { ...stats, minRollingDaysLeft: Math.round(minRollingDaysLeft * 10) / 10, lost: lost.length, ...counters };
    console.log('100 simulated days:', JSON.stringify(summary));

    expect(stats.expiredUses).toBe(0);
    expect(lost).toEqual([]);
    expect(counters.invalidGrant).toBe(0);
    expect(counters.reuseAttempts).toBe(0);
    expect(h.test.notifications).toEqual([]);
    // The scenario really exercised what it claims to.
    expect(stats.sleeps).toBeGreaterThan(10);
    expect(stats.longestSleepH).toBeGreaterThan(24);
    expect(stats.jumpsBack).toBeGreaterThan(2);
    expect(stats.jumpsForward).toBeGreaterThan(2);
    expect(stats.restarts).toBeGreaterThan(5);
    expect(stats.outages).toBeGreaterThan(2);
    expect(stats.apiCalls).toBeGreaterThan(8_000);
    expect(counters.issuedRefreshTokens).toBeGreaterThan(2 * 60); // rotations (~every 24 h awake) were picked up…
    expect(minRollingDaysLeft).toBeGreaterThan(95); // …so the 100-day window never came close
    // No runaway: roughly one refresh per active company-hour plus catch-ups.
    expect(counters.refreshCalls / DAYS).toBeLessThan(2 * 24 * 1.6);
    for (const id of ids) expect(h.test.core.state.snapshot().companies.find((c) => c.id === id)!.status).not.toBe('needs_reauth');
  }, 120_000);
});
