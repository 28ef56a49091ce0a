import type { BenchSuite } from './suite';
import { diagnoseBenchSuite } from './diagnose-bench';
import { tokensBenchSuite } from './tokens-bench';

/**
 * Every benchmark suite of the product. Each capability adds its suite here (one line).
 */
export function benchSuites(): BenchSuite[] {
  return [diagnoseBenchSuite(), tokensBenchSuite()];
}
