import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UnifiedErrorSchema } from '@shared/diagnosis/unified-error';
import type { UnifiedError } from '@shared/diagnosis/unified-error';

/** ../shared/samples next to the repository (never copied into it). */
export const SAMPLES_DIR = process.env['LEDGERLIGHT_SAMPLES_DIR'] ?? resolve(process.cwd(), '../shared/samples');

export function sampleFiles(dir: 'qbo' | 'qbd'): string[] {
  return readdirSync(join(SAMPLES_DIR, dir))
    .filter((f) => f !== 'INDEX.md')
    .sort();
}

export function readSample(dir: 'qbo' | 'qbd', file: string): string {
  return readFileSync(join(SAMPLES_DIR, dir, file), 'utf8');
}

/** A fixed clock so results are comparable across runs. */
export const FIXED_NOW = new Date('2026-11-22T10:00:00.000Z');
export const now = (): Date => FIXED_NOW;

export interface Expectation {
  type: UnifiedError['type'];
  recovery: UnifiedError['recovery'];
  code: string;
  integrationCode?: string | null;
  retryAfterMs?: number | null;
  requestId?: string | null;
}

/** Schema-valid and matching every field the expectation names. */
export function expectDiagnosis(actual: UnifiedError, expected: Expectation): void {
  expect(() => UnifiedErrorSchema.parse(actual)).not.toThrow();
  const picked: Record<string, unknown> = { type: actual.type, recovery: actual.recovery, code: actual.code };
  if ('integrationCode' in expected) picked['integrationCode'] = actual.integrationCode;
  if ('retryAfterMs' in expected) picked['retryAfterMs'] = actual.retryAfterMs;
  if ('requestId' in expected) picked['requestId'] = actual.requestId;
  expect(picked).toEqual(expected);
  if (actual.type === 'NONE') {
    expect(actual.recovery).toBe('none');
  } else {
    expect(actual.fixSteps.length).toBeGreaterThan(0);
  }
}
