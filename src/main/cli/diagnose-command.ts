import { parseObservation } from '@shared/diagnosis/observation';
import { diagnose } from '../diagnosis/diagnose';
import type { CliCommand, CliResult } from './cli-types';
import { ok, oneLine, usageError } from './cli-types';

/**
 * `diagnose`: one observation as JSON on stdin → the unified error as JSON on stdout.
 *
 * - Single mode: malformed JSON or an invalid observation → one-line reason on stderr, exit 2.
 * - `--jsonl`: one observation per line, one result per line; blank lines are skipped; a bad
 *   line gets `{"error":"<reason>","line":N}` in its place and the rest go on. Exit code 0
 *   even when some lines were bad — the per-line error objects carry the failures, so a
 *   batch is never lost to one bad line.
 * - `--pretty`: indented JSON (single mode only).
 */
export const diagnoseCommand: CliCommand = {
  summary: 'diagnose [--jsonl] [--pretty]   read an observation (JSON) on stdin, print the unified error',
  readsStdin: true,
  run(args, stdin) {
    const unknown = args.filter((a) => a !== '--jsonl' && a !== '--pretty');
    if (unknown.length > 0) return Promise.resolve(usageError(`diagnose: unknown option ${unknown[0]}`));
    const input = stdin.replace(/^\uFEFF/, '');
    return Promise.resolve(args.includes('--jsonl') ? jsonl(input) : single(input, args.includes('--pretty')));
  },
};

type LineResult = { ok: true; json: string } | { ok: false; reason: string };

function diagnoseText(text: string, indent?: number): LineResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, reason: `malformed JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  const parsed = parseObservation(value);
  if (!parsed.ok) return { ok: false, reason: `invalid observation: ${parsed.reason}` };
  return { ok: true, json: JSON.stringify(diagnose(parsed.observation), null, indent) };
}

function single(input: string, pretty: boolean): CliResult {
  const text = input.trim();
  if (text === '') return usageError('diagnose: no observation on stdin (expected one JSON object; use --jsonl for one per line)');
  const r = diagnoseText(text, pretty ? 2 : undefined);
  if (!r.ok) {
    const hint = text.includes('\n') && r.reason.startsWith('malformed JSON') ? ' (for one observation per line use --jsonl)' : '';
    return usageError(`diagnose: ${r.reason}${hint}`);
  }
  return ok(`${r.json}\n`);
}

function jsonl(input: string): CliResult {
  const out: string[] = [];
  input.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const r = diagnoseText(line);
    out.push(r.ok ? r.json : JSON.stringify({ error: oneLine(r.reason), line: i + 1 }));
  });
  return ok(out.length ? `${out.join('\n')}\n` : '');
}
