// Stage: sim (shared by `gilsim run` and the explorer). One run of a program: the module body and the
// threads it starts, then, with --threads N, N threads calling the target function, under one
// scheduler. Depends on sim/ only.
import type { Machine, SliceEnd, ThreadId } from './contract.js';
import { runExecution, type ExecutionResult } from './execution.js';
import type { DecisionView, Scheduler } from '../schedulers/scheduler.js';

export interface SpawnSpec {
  /** How many threads to start once the module body (and every thread it started) finished. */
  readonly threads: number;
  /** Module-level function each of them calls. */
  readonly target: string;
}

export interface ProgramRunOptions {
  readonly spawn?: SpawnSpec | undefined;
  readonly timeBudgetMs?: number | undefined;
  readonly onSlice?: ((thread: ThreadId, end: SliceEnd, view: DecisionView) => void) | undefined;
  /** Called between the two phases, after the --threads threads were created. */
  readonly onBarrier?: (() => void) | undefined;
}

export function runProgram(machine: Machine, scheduler: Scheduler, opts: ProgramRunOptions = {}): ExecutionResult {
  const started = Date.now();
  const first = runExecution(machine, scheduler, { timeBudgetMs: opts.timeBudgetMs, onSlice: opts.onSlice });
  // Like `gilsim run`: the --threads threads start only if the module body ran to the end.
  if (!opts.spawn || opts.spawn.threads <= 0 || first.end.kind !== 'finished' || machine.exitStatus() !== 0) return first;
  for (let i = 0; i < opts.spawn.threads; i++) machine.spawnThreadCalling(opts.spawn.target);
  opts.onBarrier?.();
  const left = opts.timeBudgetMs === undefined ? undefined : Math.max(0, opts.timeBudgetMs - (Date.now() - started));
  const second = runExecution(machine, scheduler, { timeBudgetMs: left, onSlice: opts.onSlice });
  return {
    end: second.end,
    stats: {
      slices: first.stats.slices + second.stats.slices,
      switches: first.stats.switches + second.stats.switches,
      steps: second.stats.steps,
      clock: second.stats.clock,
    },
  };
}
