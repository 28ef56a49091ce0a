/**
 * A benchmark suite measures one capability and reports its figures under a stable key
 * (e.g. `diagnose.observationsPerSec`). Every suite measures its own baseline in the same
 * run so the printed ratio compares like with like on whatever machine runs it.
 */
export interface BenchSuite {
  /** Top-level key in the `--json` output, e.g. "diagnose" or "tokens". */
  readonly key: string;
  /** Runs the measurements; returns flat numeric figures (no hard-coded values). */
  run(): Promise<Record<string, number>>;
  /** Human-readable lines for `npm run bench` (figures plus ratio against the baseline). */
  describe(figures: Record<string, number>): string[];
}
