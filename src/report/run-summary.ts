// Stage: report. `gilsim run`'s summary (stderr text) and its --json document, from a RunResult.
import type { Paint } from './paint.js';
import type { RunResult } from '../sim/run.js';
import type { ThreadInfo } from '../sim/contract.js';
import { grouped } from './numbers.js';

export interface RunContext {
  readonly file: string;
  readonly version: string;
  readonly seed: number;
  readonly seedGiven: boolean;
  readonly schedule: string | undefined;
  readonly switchInterval: number;
  readonly replayCommand: string;
}

const n = grouped;

export function formatRunSummary(r: RunResult, ctx: RunContext, c: Paint): string {
  const out: string[] = [];
  const how = ctx.schedule !== undefined ? `schedule ${ctx.schedule}` : `seed ${ctx.seed}`;
  out.push(c.bold(`gilsim: CPython ${ctx.version} simulation of ${ctx.file}`) + ` (${how}, switch interval ${ctx.switchInterval} s)`);
  const names = r.threads.map((t) => t.name);
  out.push(`  threads: ${r.threads.length} (${abbreviate(names)})`);
  out.push(
    `  instructions: ${n(r.instructions)}, GIL switches: ${n(r.switches)}, simulated time: ${(r.simulatedSeconds * 1000).toFixed(3)} ms, wall time: ${r.wallMs.toFixed(0)} ms`,
  );
  if (r.end.kind === 'deadlock') {
    out.push(c.red.bold('  DEADLOCK: every live thread is blocked'));
    for (const t of r.end.threads) if (t.state !== 'done') out.push('    ' + describeBlocked(t));
  } else if (r.end.kind === 'step-limit') {
    out.push(c.red(`  stopped: the step limit of ${n(r.end.steps)} instructions was reached (raise it with --max-steps)`));
  } else if (r.end.kind === 'time-budget') {
    out.push(c.red(`  stopped: the time budget of ${r.end.ms / 1000} s ran out`));
  }
  if (r.lostUpdates.length === 0) {
    out.push(c.green('  lost updates: none'));
  } else {
    out.push(c.red.bold(`  lost updates: ${n(r.totalLost)}`));
    for (const g of r.lostUpdates) {
      const lines = g.lines.map(([r, w]) => (r === w ? `line ${r}` : `read at line ${r}, written at line ${w}`)).join('; ');
      out.push(c.red(`    ${g.location} (${lines}): ${n(g.lost)} update${g.lost === 1 ? '' : 's'} lost in ${n(g.races)} race${g.races === 1 ? '' : 's'}`));
      const f = g.first;
      out.push(
        `      first: ${f.thread} read ${f.readValue} (line ${f.readLine}); meanwhile ${f.otherThreads.join(', ')} wrote; ` +
          `${f.thread} then wrote ${f.writtenValue} over ${f.overwrittenValue} (line ${f.writeLine}), overwriting ${n(f.overwritten)} update${f.overwritten === 1 ? '' : 's'}`,
      );
    }
  }
  if (r.globalsChanged.length > 0) {
    out.push('  globals changed by the threads:');
    for (const g of r.globalsChanged) out.push(`    ${g.name}: ${g.before ?? '(unset)'} -> ${g.after ?? '(deleted)'}`);
  }
  out.push(c.dim(`  replay: ${ctx.replayCommand}`));
  return out.join('\n') + '\n';
}

export function runJson(r: RunResult, ctx: RunContext, stdout: string): object {
  return {
    schemaVersion: 1,
    file: ctx.file,
    python: ctx.version,
    seed: ctx.seed,
    schedule: ctx.schedule ?? null,
    switchInterval: ctx.switchInterval,
    exitStatus: r.exitStatus,
    end: r.end.kind,
    stdout,
    threads: r.threads.map((t) => ({ name: t.name, state: t.state })),
    deadlock: r.end.kind === 'deadlock' ? r.end.threads.filter((t) => t.state !== 'done').map(blockedJson) : null,
    stats: {
      instructions: r.instructions,
      switches: r.switches,
      simulatedSeconds: r.simulatedSeconds,
      wallMs: Math.round(r.wallMs),
    },
    lostUpdates: {
      total: r.totalLost,
      groups: r.lostUpdates.map((g) => ({
        location: g.location,
        lines: g.lines.map(([read, write]) => ({ read, write })),
        races: g.races,
        lost: g.lost,
        first: g.first,
      })),
    },
    globalsChanged: r.globalsChanged.map((g) => ({ name: g.name, before: g.before ?? null, after: g.after ?? null })),
    replay: ctx.replayCommand,
  };
}

function describeBlocked(t: ThreadInfo): string {
  const at = t.where ? `line ${t.where.line} in ${t.where.func}` : 'unknown place';
  const b = t.block;
  const why =
    b?.kind === 'lock' ? `waiting for ${b.lockName}` :
    b?.kind === 'join' ? `joining thread ${b.threadId}` :
    b?.kind === 'start' ? `starting thread ${b.threadId}` :
    b?.kind === 'sleep' ? 'sleeping' : t.state;
  const held = t.heldLocks.length ? `, holding ${t.heldLocks.join(', ')}` : ', holding no lock';
  return `${t.name}: ${why} at ${at}${held}`;
}

function blockedJson(t: ThreadInfo): object {
  return { name: t.name, line: t.where?.line ?? null, block: t.block ?? null, heldLocks: t.heldLocks };
}

function abbreviate(names: string[]): string {
  return names.length <= 8 ? names.join(', ') : `${names.slice(0, 6).join(', ')}, ..., ${names[names.length - 1]}`;
}

/** `gilsim run --python all`: one row per version. */
export function formatRunMatrix(rows: readonly { result: RunResult; ctx: RunContext }[], c: Paint): string {
  const first = rows[0]?.ctx;
  const out: string[] = [];
  if (first) out.push(c.bold(`gilsim: ${first.file} on every simulated CPython`) + ` (seed ${first.seed}, switch interval ${first.switchInterval} s)`);
  const header = ['python', 'verdict', 'lost updates', 'exit', 'instructions', 'switches'];
  const table = rows.map(({ result: r, ctx }) => [
    ctx.version,
    r.end.kind === 'deadlock' ? 'deadlock' : r.end.kind !== 'finished' ? 'stopped' : r.totalLost > 0 ? 'lost updates' : r.exitStatus !== 0 ? 'uncaught exception' : 'no lost update',
    n(r.totalLost),
    String(r.exitStatus),
    n(r.instructions),
    n(r.switches),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const fmt = (row: string[]): string => row.map((x, i) => (i === 0 || i === 1 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join('  ');
  out.push(fmt(header));
  for (const row of table) {
    const line = fmt(row);
    out.push(row[1] === 'no lost update' ? c.green(line) : c.red(line));
  }
  return out.join('\n') + '\n';
}
