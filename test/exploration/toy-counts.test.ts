// Exact exploration counts on the toy machine (shuttle dfs.rs / loom litmus style).
// Worker threads are started by the --threads phase (the main thread does nothing), so every
// execution is an interleaving of the workers' operations; each op is one slice.
import { describe, expect, it } from 'vitest';
import { ToyMachine, toyCounter, type ToyProgram } from '../helpers/toy-machine.js';
import { explore, type ExploreResult } from '../../src/explore/explore.js';
import { exploreTree } from '../../src/explore/dpor.js';
import { dependent, type SliceRecord } from '../../src/explore/accesses.js';
import type { ProgramConfig } from '../../src/explore/execute.js';

function phaseCounter(threads: number, increments: number, locked: boolean): ProgramConfig {
  const prog: ToyProgram = { ...toyCounter(threads, increments, locked), main: [] };
  return { factory: () => new ToyMachine(prog), observe: ['count'], expect: [], spawn: { threads, target: 'worker' } };
}

function run(cfg: ProgramConfig, strategy: 'dpor' | 'dfs', maxPreemptions?: number): Promise<ExploreResult> {
  return explore(cfg, { strategy, budgetMs: 60_000, maxExecutions: 1_000_000, maxPreemptions });
}

const values = (r: ExploreResult): string[] => r.outcomes[0]!.values.map((v) => v.value);

function binom(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}
function multinomial(parts: number[]): number {
  let n = 0;
  let r = 1;
  for (const p of parts) {
    n += p;
    r *= binom(n, p);
  }
  return r;
}

/** A Mazurkiewicz trace as the order of every pair of dependent slices of different threads. */
function traceKey(slices: readonly SliceRecord[]): string {
  const seq = new Map<number, number>();
  const ids = slices.map((s) => {
    const n = (seq.get(s.thread) ?? 0) + 1;
    seq.set(s.thread, n);
    return `${s.thread}.${n}`;
  });
  const pairs: string[] = [];
  for (let i = 0; i < slices.length; i++)
    for (let j = i + 1; j < slices.length; j++)
      if (slices[i]!.thread !== slices[j]!.thread && dependent(slices[i]!.acc, slices[j]!.acc)) pairs.push(`${ids[i]}<${ids[j]}`);
  return pairs.sort().join(' ');
}

describe('plain enumeration (dfs)', () => {
  // Unlocked: each worker does read/write per increment, 2n slices; every interleaving of the
  // workers' slice sequences is one schedule: the multinomial coefficient.
  it.each([
    [2, 1],
    [2, 2],
    [2, 3],
    [3, 1],
  ])('%i threads x %i unlocked increments: every interleaving', async (t, n) => {
    const r = await run(phaseCounter(t, n, false), 'dfs');
    expect(r.explored).toBe(multinomial(Array(t).fill(2 * n)));
    expect(r.complete).toBe(true);
  });
});

describe('source-DPOR with sleep sets', () => {
  it.each([
    [2, 1, ['1', '2']],
    [2, 2, ['2', '3', '4']],
    [2, 3, ['2', '3', '4', '5', '6']],
    [3, 1, ['1', '2', '3']],
  ])('%i threads x %i unlocked increments: one execution per Mazurkiewicz trace', async (t, n, outcomes) => {
    const cfg = phaseCounter(t, n, false);
    const traces = new Set<string>();
    exploreTree(cfg, {
      mode: 'dfs',
      budgetMs: 60_000,
      maxExecutions: 1e6,
      onExecution: (rec) => void traces.add(traceKey(rec.slices)),
    });
    const d = await run(cfg, 'dpor');
    expect(d.explored).toBe(traces.size);
    expect(d.sleepBlocked).toBe(0);
    expect(values(d)).toEqual(outcomes);
    expect(d.complete).toBe(true);
    expect(d.verdict).toBe('violated');
  });

  it('2 threads x 1 increment: exactly the 4 traces (r1 r2 w1 w2 = r2 r1 w1 w2)', async () => {
    const d = await run(phaseCounter(2, 1, false), 'dpor');
    expect(d.explored).toBe(4);
    expect(d.outcomes[0]!.values).toEqual([
      { value: '1', count: 2 },
      { value: '2', count: 2 },
    ]);
  });

  // Locked: the only freedom is the order of the critical sections: (t*n)! / (n!)^t executions.
  it.each([
    [2, 1],
    [2, 2],
    [2, 3],
    [3, 1],
    [3, 2],
  ])('%i threads x %i locked increments: one execution per order of critical sections', async (t, n) => {
    const d = await run(phaseCounter(t, n, true), 'dpor');
    expect(d.explored).toBe(multinomial(Array(t).fill(n)));
    expect(values(d)).toEqual([String(t * n)]);
    expect(d.verdict).toBe('holds');
    expect(d.complete).toBe(true);
  });

  it('3 threads x 2 unlocked increments: outcomes 2..6 with a counterexample', async () => {
    const d = await run(phaseCounter(3, 2, false), 'dpor');
    expect(values(d)).toEqual(['2', '3', '4', '5', '6']);
    expect(d.complete).toBe(true);
    expect(d.counterexample?.token).toMatch(/^g1\./);
    expect(d.counterexample?.preemptions).toBe(1);
  });

  it('the main thread starting and joining its workers (blocking joins) gives the same outcomes', async () => {
    const prog = toyCounter(2, 2, false);
    const cfg: ProgramConfig = { factory: () => new ToyMachine(prog), observe: ['count'], expect: [] };
    const [d, f] = [await run(cfg, 'dpor'), await run(cfg, 'dfs')];
    expect(values(d)).toEqual(['2', '3', '4']);
    expect(values(f)).toEqual(values(d));
    expect(d.explored).toBeLessThan(f.explored);
  });
});

describe('preemption bound', () => {
  it('0 preemptions: the serial executions only, reported as bounded', async () => {
    const d = await run(phaseCounter(2, 1, false), 'dpor', 0);
    expect(values(d)).toEqual(['2']);
    expect(d.bounded).toBe(true);
    expect(d.complete).toBe(false);
    expect(d.verdict).toBe('holds');
  });

  it('1 preemption is enough for the lost update', async () => {
    const d = await run(phaseCounter(2, 1, false), 'dpor', 1);
    expect(values(d)).toEqual(['1', '2']);
    expect(d.verdict).toBe('violated');
  });

  it('dfs with bound 0: one schedule per order of whole threads', async () => {
    const d = await run(phaseCounter(3, 1, false), 'dfs', 0);
    expect(d.explored).toBe(6);
  });
});

describe('properties', () => {
  it('deadlock: two locks taken in opposite orders', async () => {
    const prog: ToyProgram = {
      globals: {},
      main: [],
      functions: {
        a: [{ op: 'acquire', lock: 'A' }, { op: 'acquire', lock: 'B' }, { op: 'release', lock: 'B' }, { op: 'release', lock: 'A' }],
        b: [{ op: 'acquire', lock: 'B' }, { op: 'acquire', lock: 'A' }, { op: 'release', lock: 'A' }, { op: 'release', lock: 'B' }],
      },
    };
    const cfg: ProgramConfig = {
      factory: () => {
        const m = new ToyMachine(prog);
        m.spawnThreadCalling('a');
        m.spawnThreadCalling('b');
        return m;
      },
      observe: [],
      expect: [],
    };
    const d = await run(cfg, 'dpor');
    expect(d.verdict).toBe('violated');
    expect(d.violations.map((v) => v.kind)).toEqual(['deadlock']);
    expect(d.violations[0]!.message).toMatch(/Thread-1 at line 2, holding A, waiting for B/);
    expect(d.violations[0]!.message).toMatch(/Thread-2 at line 2, holding B, waiting for A/);
    expect(d.complete).toBe(true);
  });

  it('--expect and assertions', async () => {
    const prog: ToyProgram = {
      globals: { x: 0 },
      main: [],
      functions: { w: [{ op: 'read', loc: 'x' }, { op: 'write', loc: 'x', add: 1 }, { op: 'assert', loc: 'x', eq: 2 }] },
    };
    const cfg: ProgramConfig = {
      factory: () => new ToyMachine(prog),
      observe: ['x'],
      expect: ['x == 2'],
      spawn: { threads: 2, target: 'w' },
    };
    const d = await run(cfg, 'dpor');
    const kinds = new Set(d.violations.map((v) => v.kind));
    expect(kinds).toEqual(new Set(['assertion', 'expect', 'lost-update']));
    expect(d.violations.find((v) => v.kind === 'expect')!.message).toBe('--expect x == 2 is false (False)');
  });
});
