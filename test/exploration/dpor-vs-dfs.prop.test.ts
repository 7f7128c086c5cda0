// DPOR must reach exactly the outcomes that plain enumeration of every schedule reaches, on
// small generated toy programs (shared reads/writes, locks, joins). The execution counts of
// both are printed for comparison.
import { expect, it } from 'vitest';
import fc from 'fast-check';
import { ToyMachine, type ToyOp, type ToyProgram } from '../helpers/toy-machine.js';
import { exploreTree } from '../../src/explore/dpor.js';
import type { ProgramConfig } from '../../src/explore/execute.js';

// Mostly one location, so that threads conflict.
const LOCS = ['x', 'x', 'y'];
const opArb: fc.Arbitrary<ToyOp[]> = fc.oneof(
  fc.constantFrom(...LOCS).map((loc) => [{ op: 'read', loc } as ToyOp]),
  fc.record({ loc: fc.constantFrom(...LOCS), add: fc.integer({ min: 1, max: 3 }) }).map(({ loc, add }) => [{ op: 'write', loc, add } as ToyOp]),
  fc.record({ loc: fc.constantFrom(...LOCS), value: fc.integer({ min: 5, max: 6 }) }).map(({ loc, value }) => [{ op: 'set', loc, value } as ToyOp]),
  fc.constant<ToyOp[]>([{ op: 'local' }]),
  // A critical section: lock, read, write, unlock.
  fc.record({ lock: fc.constantFrom('A', 'B'), loc: fc.constantFrom(...LOCS) }).map(({ lock, loc }) => [
    { op: 'acquire', lock } as ToyOp,
    { op: 'read', loc } as ToyOp,
    { op: 'write', loc, add: 1 } as ToyOp,
    { op: 'release', lock } as ToyOp,
  ]),
  // Nested locks in either order (deadlock-prone when two threads disagree).
  fc.record({ outer: fc.constantFrom('A', 'B'), loc: fc.constantFrom(...LOCS) }).map(({ outer, loc }): ToyOp[] => {
    const inner = outer === 'A' ? 'B' : 'A';
    return [
      { op: 'acquire', lock: outer },
      { op: 'acquire', lock: inner },
      { op: 'write', loc, add: 2 },
      { op: 'release', lock: inner },
      { op: 'release', lock: outer },
    ];
  }),
);
const threadArb = fc.array(opArb, { minLength: 1, maxLength: 2 }).map((ops) => ops.flat());

const programArb = fc.record({
  threads: fc.array(threadArb, { minLength: 2, maxLength: 3 }),
  mainJoins: fc.boolean(),
});

function config(p: { threads: ToyOp[][]; mainJoins: boolean }): ProgramConfig {
  const functions: Record<string, ToyOp[]> = {};
  p.threads.forEach((ops, i) => (functions[`f${i}`] = ops));
  const main: ToyOp[] = [];
  if (p.mainJoins) {
    p.threads.forEach((_, i) => main.push({ op: 'spawn', fn: `f${i}` }));
    p.threads.forEach((_, i) => main.push({ op: 'join', nth: i }));
  }
  const prog: ToyProgram = { globals: { x: 0, y: 0 }, main, functions };
  return {
    factory: () => {
      const m = new ToyMachine(prog);
      if (!p.mainJoins) p.threads.forEach((_, i) => m.spawnThreadCalling(`f${i}`));
      return m;
    },
    observe: ['x', 'y'],
    expect: [],
  };
}

function outcomes(cfg: ProgramConfig, mode: 'dpor' | 'dfs'): { set: Set<string>; executions: number; complete: boolean } {
  const set = new Set<string>();
  const r = exploreTree(cfg, {
    mode,
    budgetMs: 3_000,
    maxExecutions: 6_000,
    onExecution: (rec) => {
      const kinds = [...new Set(rec.violations.map((v) => v.kind))].sort().join(',');
      set.add(`${rec.end.kind} ${rec.observed.join(',')} [${kinds}]`);
    },
  });
  return { set, executions: r.executions, complete: r.exhausted };
}

it('DPOR reaches the same outcomes (final values, deadlock, violations) as every schedule', () => {
  const counts: string[] = [];
  let deadlocks = 0;
  fc.assert(
    fc.property(programArb, (p) => {
      const cfg = config(p);
      const full = outcomes(cfg, 'dfs');
      if (!full.complete) return; // too big to enumerate: nothing to compare
      const dpor = outcomes(cfg, 'dpor');
      counts.push(`${dpor.executions}/${full.executions}`);
      if ([...full.set].some((o) => o.startsWith('deadlock'))) deadlocks++;
      expect(dpor.complete).toBe(true);
      expect([...dpor.set].sort()).toEqual([...full.set].sort());
      expect(dpor.executions).toBeLessThanOrEqual(full.executions);
    }),
    { numRuns: 80, seed: Number(process.env.GILSIM_PROP_SEED ?? 20261125) },
  );
  console.log(`executions dpor/plain for ${counts.length} programs (${deadlocks} can deadlock): ${counts.join(' ')}`);
}, 300_000);
