import type { CompanySummary, CompanyStatus } from '../../../src/shared/domain/company';
import { overallState } from '../../../src/main/state/overall-state';

const c = (status: CompanyStatus, paused = false) => ({ status, paused }) as CompanySummary;

describe('overallState (the tray colour)', () => {
  it.each([
    [[], 'ok'],
    [[c('healthy'), c('not_checked')], 'ok'],
    [[c('healthy'), c('checking')], 'syncing'],
    [[c('checking'), c('degraded')], 'attention'],
    [[c('not_connected')], 'attention'],
    [[c('degraded'), c('needs_reauth')], 'error'],
    [[c('error')], 'error'],
    [[c('needs_reauth', true), c('healthy')], 'ok'],
  ] as const)('%j → %s', (companies, expected) => {
    expect(overallState(companies as unknown as CompanySummary[])).toBe(expected);
  });
});
