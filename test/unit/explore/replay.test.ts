import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { ToyMachine, toyCounter, type ToyProgram } from '../../helpers/toy-machine.js';
import { explore } from '../../../src/explore/explore.js';
import { traceSchedule } from '../../../src/explore/replay-trace.js';
import type { ProgramConfig } from '../../../src/explore/execute.js';
import { decodeSchedule, ReplayScheduler, ScheduleDivergence } from '../../../src/schedulers/replay.js';
import { runProgram } from '../../../src/sim/program-run.js';
import { formatInterleaving } from '../../../src/report/interleaving.js';

const counter = (t: number, n: number): ProgramConfig => {
  const prog: ToyProgram = { ...toyCounter(t, n, false), main: [] };
  return { factory: () => new ToyMachine(prog), observe: ['count'], expect: [], spawn: { threads: t, target: 'worker' } };
};

describe('ReplayScheduler', () => {
  it('replays a DPOR counterexample to the same lost update and final value', async () => {
    const cfg = counter(2, 2);
    const r = await explore(cfg, { strategy: 'dpor', budgetMs: 10_000, maxExecutions: 1e6 });
    const cx = r.counterexample!;
    const traced = traceSchedule(cfg, decodeSchedule(cx.token));
    expect(traced.record.violations).toEqual(cx.violations);
    expect(traced.record.preemptions).toBe(cx.preemptions);
    expect(traced.trace.some((s) => s.accesses.some((a) => a.stale))).toBe(true);
  });

  it('fails loudly when the schedule picks a thread that cannot run', () => {
    const m = new ToyMachine({ ...toyCounter(2, 1, false), main: [] });
    const s = new ReplayScheduler({ decisions: 10, overrides: [{ index: 1, thread: 7 }] });
    expect(() => runProgram(m, s, { spawn: { threads: 2, target: 'worker' } })).toThrow(ScheduleDivergence);
    expect(() => runProgram(new ToyMachine({ ...toyCounter(2, 1, false), main: [] }), new ReplayScheduler({ decisions: 10, overrides: [{ index: 1, thread: 7 }] }), { spawn: { threads: 2, target: 'worker' } })).toThrow(/decision 1: it picks thread 7/);
  });

  it('fails loudly when the program runs longer or shorter than the schedule', () => {
    const short = new ReplayScheduler({ decisions: 2, overrides: [] });
    expect(() => runProgram(new ToyMachine({ ...toyCounter(2, 1, false), main: [] }), short, { spawn: { threads: 2, target: 'worker' } })).toThrow(/ended after 2 decisions/);
    const long = new ReplayScheduler({ decisions: 99, overrides: [] });
    runProgram(new ToyMachine({ ...toyCounter(2, 1, false), main: [] }), long, { spawn: { threads: 2, target: 'worker' } });
    expect(() => long.assertFinished()).toThrow(/finished after \d+ decisions, the recorded execution made 99/);
  });
});

describe('interleaving view', () => {
  it('one column per thread, the lost update marked, no escape codes at colour level 0', async () => {
    const cfg = counter(2, 1);
    const r = await explore(cfg, { strategy: 'dpor', budgetMs: 10_000, maxExecutions: 1e6 });
    const traced = traceSchedule(cfg, r.counterexample!.schedule);
    const text = formatInterleaving(traced.trace, new Chalk({ level: 0 }));
    const lines = text.split('\n');
    expect(lines[0]).toBe('(MainThread ran the module body alone for 1 slice)');
    expect(lines[1]).toMatch(/^Thread-1\s+│ Thread-2\s*$/);
    expect(text).not.toMatch(/\u001b\[/);
    // The stale write is in one column, the overwritten write in the other.
    const lost = lines.findIndex((l) => l.includes('LOST UPDATE'));
    const over = lines.findIndex((l) => l.includes('overwritten by'));
    expect(lost).toBeGreaterThan(0);
    expect(over).toBeGreaterThan(0);
    const column = (l: string, needle: string): number => (l.indexOf(needle) < l.indexOf('│') || !l.includes('│') ? 0 : 1);
    expect(column(lines[lost]!, 'LOST')).not.toBe(column(lines[over]!, 'overwritten'));
    const coloured = formatInterleaving(traced.trace, new Chalk({ level: 1 }));
    expect(coloured).toMatch(/\u001b\[31m/); // red
  });
});

describe('randomized strategies on the toy machine', () => {
  it.each(['random', 'pct'] as const)('%s: same seed, same result; the counterexample has one preemption', async (strategy) => {
    const cfg = counter(2, 3);
    const a = await explore(cfg, { strategy, seed: 7, runs: 300, budgetMs: 20_000, maxExecutions: 1e6 });
    const b = await explore(cfg, { strategy, seed: 7, runs: 300, budgetMs: 20_000, maxExecutions: 1e6 });
    expect(a.verdict).toBe('violated');
    expect(a.complete).toBe(false);
    expect(a.counterexample!.preemptions).toBe(1);
    expect(b.counterexample!.token).toBe(a.counterexample!.token);
    // After the failure, sampling goes on for the histogram up to --runs executions.
    expect(a.explored).toBe(300);
    expect(b.outcomes).toEqual(a.outcomes);
    expect(a.outcomes[0]!.values.length).toBeGreaterThan(1);
  });

  it('random: a program without races holds', async () => {
    const prog: ToyProgram = { ...toyCounter(2, 2, true), main: [] };
    const cfg: ProgramConfig = { factory: () => new ToyMachine(prog), observe: ['count'], expect: [], spawn: { threads: 2, target: 'worker' } };
    const r = await explore(cfg, { strategy: 'random', seed: 1, runs: 100, budgetMs: 20_000, maxExecutions: 1e6 });
    expect(r.verdict).toBe('holds');
    expect(r.explored).toBe(100);
    expect(r.outcomes[0]!.values).toEqual([{ value: '4', count: 100 }]);
  });
});
