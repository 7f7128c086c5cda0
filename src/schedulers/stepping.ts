// Stage: schedulers. The base of the explorer's schedulers: every slice ends at the next switch
// point (deadline -Infinity), so each decision is one switch point of the CPython version; the
// base records the picks, the default choices and the preemptions. No VM imports.
import type { ThreadId } from '../sim/contract.js';
import { defaultChoice, type DecisionView, type Scheduler } from './scheduler.js';
import { sparsify, type SparseSchedule } from './schedule-token.js';

export abstract class SteppingScheduler implements Scheduler {
  /** Thread picked at each decision, across all phases of a program run. */
  readonly picks: ThreadId[] = [];
  /** The default choice at each decision. */
  readonly defaults: ThreadId[] = [];
  /** Decisions that took the GIL from a thread that could have gone on running. */
  preemptions = 0;

  /** The decision number (0-based, counted across phases: DecisionView.index restarts per phase). */
  get decision(): number {
    return this.picks.length;
  }

  protected abstract choose(view: DecisionView, decision: number, byDefault: ThreadId): ThreadId;

  pick(view: DecisionView): ThreadId {
    const byDefault = defaultChoice(view);
    const t = this.choose(view, this.picks.length, byDefault);
    if (isPreemption(view, t)) this.preemptions++;
    this.picks.push(t);
    this.defaults.push(byDefault);
    return t;
  }

  deadline(): number {
    return -Infinity;
  }

  schedule(): SparseSchedule {
    return sparsify(this.picks, this.defaults);
  }
}

/** True if picking `t` takes the GIL from a thread that stopped at a switch point and could go on. */
export function isPreemption(view: DecisionView, t: ThreadId): boolean {
  return (
    view.current !== undefined && t !== view.current && view.end?.kind === 'switch-point' && view.runnable.includes(view.current)
  );
}
