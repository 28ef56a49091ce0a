/**
 * `npm run bench` prints every suite's figures; `npm run -s bench -- --json` prints one JSON
 * object `{ <suite.key>: { <figure>: number } }` and nothing else on stdout.
 */
import type { BenchSuite } from './suite';
import { benchSuites } from './registry';

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const suites: BenchSuite[] = benchSuites().filter((s) => !only || s.key === only);
  const out: Record<string, Record<string, number>> = {};
  for (const suite of suites) {
    if (!json) process.stdout.write(`\n== ${suite.key} ==\n`);
    const figures = await suite.run();
    out[suite.key] = figures;
    if (!json) for (const line of suite.describe(figures)) process.stdout.write(`  ${line}\n`);
  }
  if (json) process.stdout.write(`${JSON.stringify(out)}\n`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
