import type { BenchSuite } from './suite';

/**
 * Every benchmark suite of the product. Each capability adds its suite here (one line).
 */
export function benchSuites(): BenchSuite[] {
  return [];
}
