// Stage: schedulers (policy). A scheduler answers two questions for the execution loop:
// which runnable thread holds the GIL next, and until which simulated time it may run before
// it must drop the GIL at its next switch point. Schedulers never import the VM.
import type { SliceEnd, ThreadId } from '../sim/contract.js';

export interface DecisionView {
  /** The thread that ran the last slice (undefined before the first slice). */
  readonly current: ThreadId | undefined;
  /** How the last slice ended (undefined before the first slice). */
  readonly end: SliceEnd | undefined;
  /** Runnable threads, ascending ids, never empty. */
  readonly runnable: readonly ThreadId[];
  /** Simulated clock (ticks = ns). */
  readonly clock: number;
  /** The program's switch interval in ticks. */
  readonly intervalTicks: number;
  /** Index of this decision within the execution (0-based). */
  readonly index: number;
}

export interface Scheduler {
  /** Choose the next thread among view.runnable. */
  pick(view: DecisionView): ThreadId;
  /** The clock deadline of the slice that `thread` is about to run (-Infinity: stop at the next switch point). */
  deadline(thread: ThreadId, view: DecisionView): number;
}

/** The default choice when nothing forces another: keep the current thread if it can run, else the lowest id. */
export function defaultChoice(view: DecisionView): ThreadId {
  if (view.current !== undefined && view.runnable.includes(view.current)) return view.current;
  return view.runnable[0]!;
}
