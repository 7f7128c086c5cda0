// Stage: report. `gilsim explore --python all`: one row per CPython version — the verdict,
// whether the exploration was complete, the executions, the observed outcomes and a
// counterexample token to replay.
import type { Paint } from './paint.js';
import type { ExploreResult } from '../explore/explore.js';
import type { ExploreContext } from './explore-json.js';
import { grouped } from './numbers.js';

export function formatExploreMatrix(file: string, rows: readonly { result: ExploreResult; ctx: ExploreContext }[], c: Paint): string {
  const out: string[] = [c.bold(`gilsim explore: ${file} on every simulated CPython`)];
  const header = ['python', 'verdict', 'complete', 'executions', 'outcomes', 'counterexample'];
  const table = rows.map(({ result: r, ctx }) => [
    ctx.version,
    r.verdict === 'violated' ? `violated (${[...new Set(r.violations.map((v) => v.kind))].join(', ')})` : 'holds',
    r.complete ? 'yes' : r.bounded ? 'bounded' : 'no',
    grouped(r.explored),
    r.outcomes.map((o) => `${o.expr} in {${o.values.map((v) => v.value).join(', ')}}`).join('; ') || '-',
    r.counterexample ? r.counterexample.token : '-',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const fmt = (row: string[]): string => row.map((x, i) => (i === 3 ? x.padStart(widths[i]!) : x.padEnd(widths[i]!))).join('  ').trimEnd();
  out.push(fmt(header));
  for (const row of table) out.push(row[1] === 'holds' ? c.green(fmt(row)) : c.red(fmt(row)));
  const first = rows.find((r) => r.result.counterexample);
  if (first?.result.counterexample) out.push(c.dim(`replay, e.g.: ${first.ctx.replayCommand(first.result.counterexample.token)}`));
  return out.join('\n') + '\n';
}
