// Stage: sim (mechanism). One execution of the multithreaded machine under one scheduler:
// ask the scheduler who runs, run that thread's slice, repeat until every thread is done,
// a deadlock (no thread can run and none sleeps), the step limit or the time budget.
import type { BlockReason, Machine, SliceEnd, ThreadId, ThreadInfo } from './contract.js';
import type { DecisionView, Scheduler } from '../schedulers/scheduler.js';

export type ExecutionEnd =
  | { readonly kind: 'finished' }
  | { readonly kind: 'deadlock'; readonly threads: readonly ThreadInfo[] }
  | { readonly kind: 'step-limit'; readonly steps: number }
  | { readonly kind: 'time-budget'; readonly ms: number };

export interface ExecutionStats {
  readonly slices: number;
  /** Slices that handed the GIL to a different thread than the one that ran before. */
  readonly switches: number;
  readonly steps: number;
  readonly clock: number;
}

export interface ExecutionResult {
  readonly end: ExecutionEnd;
  readonly stats: ExecutionStats;
}

export interface ExecutionOptions {
  /** Wall-clock budget in ms for this execution (checked between slices). */
  readonly timeBudgetMs?: number;
  /** Called after every slice (explorers record traces here). */
  readonly onSlice?: (thread: ThreadId, end: SliceEnd, view: DecisionView) => void;
}

export function runExecution(machine: Machine, scheduler: Scheduler, opts: ExecutionOptions = {}): ExecutionResult {
  const started = opts.timeBudgetMs !== undefined ? Date.now() : 0;
  let current: ThreadId | undefined;
  let end: SliceEnd | undefined;
  let slices = 0;
  let switches = 0;
  for (let index = 0; ; index++) {
    const runnable = runnableThreads(machine);
    if (runnable.length === 0) {
      const threads = machine.threads();
      if (threads.every((t) => t.state === 'done')) return done({ kind: 'finished' });
      const wake = earliestWake(threads);
      if (wake === undefined) return done({ kind: 'deadlock', threads });
      machine.advanceClock(wake);
      continue;
    }
    const view: DecisionView = {
      current,
      end,
      runnable,
      clock: machine.clock,
      intervalTicks: machine.switchInterval() * 1e9,
      index,
    };
    const next = scheduler.pick(view);
    if (!runnable.includes(next)) throw new Error(`scheduler picked thread ${next}, which cannot run`);
    if (current !== undefined && next !== current) switches++;
    end = machine.runSlice(next, scheduler.deadline(next, view));
    slices++;
    current = next;
    opts.onSlice?.(next, end, view);
    if (end.kind === 'step-limit') return done({ kind: 'step-limit', steps: machine.steps });
    if (opts.timeBudgetMs !== undefined && Date.now() - started > opts.timeBudgetMs) {
      return done({ kind: 'time-budget', ms: opts.timeBudgetMs });
    }
  }

  function done(e: ExecutionEnd): ExecutionResult {
    return { end: e, stats: { slices, switches, steps: machine.steps, clock: machine.clock } };
  }
}

function runnableThreads(machine: Machine): ThreadId[] {
  const out: ThreadId[] = [];
  const n = machine.threadCount();
  for (let id = 0; id < n; id++) if (machine.isRunnable(id)) out.push(id);
  return out;
}

function earliestWake(threads: readonly ThreadInfo[]): number | undefined {
  let min: number | undefined;
  for (const t of threads) {
    const b: BlockReason | undefined = t.block;
    if (t.state === 'blocked' && b?.kind === 'sleep' && (min === undefined || b.untilTick < min)) min = b.untilTick;
  }
  return min;
}
