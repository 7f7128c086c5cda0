// Stage: report. The terminal report of `gilsim explore`: verdict, completeness, counts, time,
// outcome histograms, violations and the counterexample with its replay command and
// interleaving view. Takes a chalk instance (level 0 for plain text).
import type { Paint } from './paint.js';
import type { ExploreResult } from '../explore/explore.js';
import type { TraceSlice } from '../explore/trace.js';
import type { ExploreContext } from './explore-json.js';
import { formatInterleaving } from './interleaving.js';
import { grouped } from './numbers.js';

const STRATEGY_NAMES: Record<string, string> = {
  dpor: 'source-DPOR with sleep sets over the switch points',
  dfs: 'every schedule over the switch points (no reduction)',
  random: 'random schedules (fast-check)',
  pct: 'PCT priority schedules (fast-check)',
};

const n = grouped;

export function formatExploreSummary(
  r: ExploreResult,
  ctx: ExploreContext,
  c: Paint,
  trace?: { slices: readonly TraceSlice[]; sourceLine?: (line: number) => string | undefined },
): string {
  const out: string[] = [];
  out.push(c.bold(`gilsim explore: ${ctx.file}`) + ` (CPython ${ctx.version}, ${STRATEGY_NAMES[r.strategy] ?? r.strategy})`);
  if (r.verdict === 'holds') out.push(`  verdict: ${c.green.bold('holds')}${r.complete ? '' : c.yellow(' (in the executions explored)')}`);
  else out.push(`  verdict: ${c.red.bold('VIOLATED')}`);
  out.push(`  exploration: ${completeness(r, ctx, c)}`);
  const secs = r.elapsedMs / 1000;
  const rate = secs > 0 ? `, ${n(Math.round(r.explored / secs))} executions/s` : '';
  const pruned = r.sleepBlocked ? ` (+${n(r.sleepBlocked)} abandoned as redundant)` : '';
  out.push(`  executions: ${n(r.explored)}${pruned} in ${secs.toFixed(2)} s${rate}`);
  if (r.truncated) out.push(c.yellow(`  ${n(r.truncated)} execution(s) hit the step limit or the time budget and were cut short`));
  if (r.seed !== null) out.push(`  seed: ${r.seed}`);
  for (const o of r.outcomes) {
    out.push(`  outcomes of ${c.bold(o.expr)}:`);
    const w = Math.max(...o.values.map((v) => v.value.length), 5);
    for (const v of o.values) out.push(`    ${v.value.padStart(w)}  ${n(v.count).padStart(8)} execution${v.count === 1 ? '' : 's'}`);
    if (o.values.length === 0) out.push('    (no execution finished)');
  }
  if (r.violations.length === 0) out.push(c.green('  violations: none'));
  else {
    out.push(c.red.bold('  violations:'));
    for (const v of r.violations) {
      const line = v.line !== null ? ` line ${v.line}` : '';
      out.push(`    ${c.red(v.kind)}${line} (${n(v.count)} execution${v.count === 1 ? '' : 's'}): ${v.message}`);
    }
  }
  const cx = r.counterexample;
  if (cx) {
    out.push('');
    out.push(c.bold(`counterexample`) + ` (${cx.preemptions} preemption${cx.preemptions === 1 ? '' : 's'}, ${n(cx.decisions)} switch points):`);
    for (const v of cx.violations) out.push(`  ${c.red(v.kind)}: ${v.message}`);
    out.push(`  schedule: ${cx.token}`);
    out.push(`  replay:   ${ctx.replayCommand(cx.token)}`);
    if (trace) {
      out.push('');
      out.push(formatInterleaving(trace.slices, c, { sourceLine: trace.sourceLine }).replace(/\n$/, ''));
    }
  }
  return out.join('\n') + '\n';
}

function completeness(r: ExploreResult, ctx: ExploreContext, c: Paint): string {
  if (r.complete) return c.green('complete') + ' (every schedule explored up to reordering of independent steps)';
  const why: string[] = [];
  if (r.strategy === 'random' || r.strategy === 'pct') why.push('randomized sampling');
  if (r.bounded) why.push(`bounded to ${ctx.maxPreemptions} preemption${ctx.maxPreemptions === 1 ? '' : 's'}`);
  if (r.stoppedBy === 'budget') why.push('the time budget ran out');
  if (r.stoppedBy === 'max-executions') why.push('the execution cap was reached');
  if (r.truncated) why.push('some executions were cut short');
  if (r.unstablePrefixes) why.push(`object ids were not reproducible in ${r.unstablePrefixes} replay(s)`);
  return c.yellow('incomplete') + (why.length ? ` (${why.join(', ')})` : '');
}
