// Stage: explore. Stateless model checking over the switch points of the chosen CPython
// version: every execution re-runs the program on a fresh machine, following a prefix of the
// decision tree. Two modes:
//   dfs   every schedule (all runnable threads at every decision): the plain enumeration;
//   dpor  source-DPOR with sleep sets (Abdulla, Aronis, Jonsson, Sagonas, POPL 2014): after
//         each execution, every race is reversed by adding one initial of the reversed
//         sequence to the backtrack set at the race's first slice; sleep sets prune the
//         re-exploration of equivalent orders. Not the optimal (wakeup-tree) variant: it may
//         explore some Mazurkiewicz traces more than once and abandon sleep-set-blocked runs.
// An optional CHESS-style preemption bound cuts schedules with more than K preemptions.
// Depends on sim/ and schedulers/, never on the VM.
import type { ThreadId } from '../sim/contract.js';
import type { DecisionView } from '../schedulers/scheduler.js';
import { AbandonExecution, TreeScheduler, type TreeDriver } from '../schedulers/tree.js';
import { dependent, type AccessSet, type SliceRecord } from './accesses.js';
import { executeOnce, type ExecutionRecord, type ProgramConfig } from './execute.js';
import { happensBefore, initials } from './happens-before.js';
import type { SparseSchedule } from '../schedulers/schedule-token.js';

export interface TreeOptions {
  readonly mode: 'dpor' | 'dfs';
  readonly maxPreemptions?: number | undefined;
  readonly budgetMs: number;
  readonly maxExecutions: number;
  /** Every finished (not abandoned) execution, with its schedule. */
  readonly onExecution: (rec: ExecutionRecord, schedule: () => SparseSchedule) => void;
  /** Polled after every execution; returning true stops the exploration (incomplete). */
  readonly shouldStop?: () => boolean;
}

export interface TreeResult {
  /** Executions run to the end (properties checked). */
  readonly executions: number;
  /** Executions abandoned because every runnable thread was asleep (redundant by the sleep sets). */
  readonly sleepBlocked: number;
  /** True if the preemption bound cut off at least one schedule. */
  readonly bounded: boolean;
  /** Every schedule (up to the bound and the reduction) was explored. */
  readonly exhausted: boolean;
  readonly stoppedBy: 'budget' | 'max-executions' | 'stopped' | null;
  /**
   * Replayed prefixes whose slices touched different locations than the first time (object ids
   * not reproducible across executions): the reduction may then have missed executions.
   */
  readonly unstablePrefixes: number;
}

interface Node {
  readonly runnable: readonly ThreadId[];
  /** The thread that could go on without a preemption (undefined: any pick is free). */
  readonly continuing: ThreadId | undefined;
  readonly preemptionsBefore: number;
  chosen: ThreadId;
  readonly sleep: ReadonlyMap<ThreadId, AccessSet>;
  /** Children explored already, with the slice each ran (they join the sleep set of later siblings). */
  readonly done: Map<ThreadId, AccessSet>;
  readonly backtrack: Set<ThreadId>;
}

export function exploreTree(cfg: ProgramConfig, opts: TreeOptions): TreeResult {
  const started = Date.now();
  const nodes: Node[] = [];
  let prefixLength = 0;
  let slices: readonly SliceRecord[] = [];
  let bounded = false;
  let executions = 0;
  let sleepBlocked = 0;
  const bound = opts.maxPreemptions ?? Infinity;

  const cost = (n: Pick<Node, 'continuing' | 'preemptionsBefore'>, t: ThreadId): number =>
    n.preemptionsBefore + (n.continuing !== undefined && t !== n.continuing ? 1 : 0);

  const driver: TreeDriver = {
    prefixChoice: (i) => (i < prefixLength ? nodes[i]!.chosen : undefined),
    decide(view: DecisionView, index: number, byDefault: ThreadId, preemptionsSoFar: number): ThreadId {
      if (index !== nodes.length) throw new Error(`exploration out of step: decision ${index}, ${nodes.length} nodes`);
      const continuing = view.current !== undefined && view.end?.kind === 'switch-point' && view.runnable.includes(view.current) ? view.current : undefined;
      const sleep = opts.mode === 'dpor' ? sleepAfter(nodes[index - 1], slices[index - 1]) : new Map<ThreadId, AccessSet>();
      const awake = view.runnable.filter((t) => !sleep.has(t));
      if (awake.length === 0) throw new AbandonExecution('sleep-blocked');
      const shape = { continuing, preemptionsBefore: preemptionsSoFar };
      const chosen = awake.includes(byDefault) ? byDefault : awake[0]!;
      if (cost(shape, chosen) > bound) {
        bounded = true;
        throw new AbandonExecution('bound');
      }
      const backtrack = new Set<ThreadId>([chosen]);
      if (opts.mode === 'dfs') {
        for (const t of view.runnable) {
          if (cost(shape, t) <= bound) backtrack.add(t);
          else bounded = true;
        }
      }
      nodes.push({ runnable: view.runnable, continuing, preemptionsBefore: preemptionsSoFar, chosen, sleep, done: new Map(), backtrack });
      return chosen;
    },
  };

  // Warm-up: the VM fills lazy caches in its first execution, which shifts object ids; after
  // one throwaway run, the same schedule prefix gives the same ids (checked below).
  executeOnce(cfg, new TreeScheduler({ prefixChoice: () => undefined, decide: (_v, _i, d) => d }));
  let stoppedBy: TreeResult['stoppedBy'] = null;
  let previous: readonly SliceRecord[] = [];
  let unstablePrefixes = 0;
  for (;;) {
    const scheduler = new TreeScheduler(driver);
    // Races among the replayed prefix's slices were handled when that prefix first ran.
    const replayed = Math.max(0, prefixLength - 1);
    const left = opts.budgetMs - (Date.now() - started);
    const rec = executeOnce({ ...cfg, executionBudgetMs: Math.max(1, left) }, scheduler, (r) => (slices = r.slices));
    slices = rec.slices;
    if (!samePrefix(previous, slices, replayed)) unstablePrefixes++;
    previous = slices;
    if (rec.abandoned === 'sleep-blocked') sleepBlocked++;
    else if (rec.abandoned === undefined) {
      executions++;
      opts.onExecution(rec, () => scheduler.schedule());
    }
    if (rec.end.kind === 'time-budget') {
      // The budget ran out inside this execution: its subtree was not explored.
      stoppedBy = 'budget';
      break;
    }
    if (opts.mode === 'dpor') addBacktracks(nodes, slices, replayed, (n, t) => cost(n, t) <= bound || ((bounded = true), false));
    if (!nextPrefix()) break;
    if (Date.now() - started >= opts.budgetMs) {
      stoppedBy = 'budget';
      break;
    }
    if (executions >= opts.maxExecutions) {
      stoppedBy = 'max-executions';
      break;
    }
    if (opts.shouldStop?.()) {
      stoppedBy = 'stopped';
      break;
    }
  }
  return { executions, sleepBlocked, bounded, exhausted: stoppedBy === null, stoppedBy, unstablePrefixes };

  /** Move to the deepest node with an unexplored alternative; false when the tree is exhausted. */
  function nextPrefix(): boolean {
    // Nodes past the recorded slices (none in practice) cannot be analysed: drop them.
    if (nodes.length > slices.length) nodes.length = slices.length;
    for (let i = nodes.length - 1; i >= 0; i--) {
      const n = nodes[i]!;
      n.done.set(n.chosen, slices[i]!.acc);
      for (const p of n.backtrack) {
        if (n.done.has(p) || n.sleep.has(p) || !n.runnable.includes(p)) continue;
        n.chosen = p;
        nodes.length = i + 1;
        prefixLength = i + 1;
        return true;
      }
      nodes.pop();
    }
    return false;
  }
}

/** True if the first `n` slices of both executions touched the same locations. */
function samePrefix(a: readonly SliceRecord[], b: readonly SliceRecord[], n: number): boolean {
  if (a.length < n || b.length < n) return false;
  for (let i = 0; i < n; i++) {
    const x = a[i]!.acc;
    const y = b[i]!.acc;
    if (x === y) continue;
    if (x.size !== y.size) return false;
    for (const [k, m] of x) if (y.get(k) !== m) return false;
  }
  return true;
}

/** The sleep set after the parent node's slice: sleepers and done siblings independent of it. */
function sleepAfter(parent: Node | undefined, ran: SliceRecord | undefined): Map<ThreadId, AccessSet> {
  const out = new Map<ThreadId, AccessSet>();
  if (!parent || !ran) return out;
  for (const src of [parent.sleep, parent.done]) {
    for (const [q, acc] of src) {
      if (q !== ran.thread && !dependent(acc, ran.acc)) out.set(q, acc);
    }
  }
  return out;
}

/** Source-DPOR: for each race e < e', make sure some initial of notdep(e).e' is tried before e. */
function addBacktracks(
  nodes: readonly Node[],
  slices: readonly SliceRecord[],
  replayed: number,
  allowed: (n: Node, t: ThreadId) => boolean,
): void {
  const hb = happensBefore(slices);
  for (const race of hb.races) {
    if (race.second < replayed) continue;
    const node = nodes[race.first];
    // Running a slice that only blocked on a held lock later changes nothing: never reorder it.
    if (!node || slices[race.first]!.pureBlock) continue;
    const init = initials(slices, hb, race);
    if (init.some((q) => node.backtrack.has(q))) continue;
    const enabled = init.filter((q) => node.runnable.includes(q) && allowed(node, q));
    if (enabled.length === 0) continue;
    const second = slices[race.second]!.thread;
    node.backtrack.add(enabled.includes(second) ? second : enabled[0]!);
  }
}
