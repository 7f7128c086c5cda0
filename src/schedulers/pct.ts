// Stage: schedulers. PCT, probabilistic concurrency testing (Burckhardt, Kothari, Musuvathi,
// Nagarakatte, "A Randomized Scheduler with Probabilistic Guarantees of Finding Bugs", ASPLOS
// 2010): every thread gets a random initial priority; the highest-priority runnable thread runs;
// at each of d - 1 change points (decision numbers) the running thread drops to a priority below
// every initial one. A bug of depth d is found with probability >= 1/(n k^(d-1)).
// The priorities and change points are data so that fast-check can generate and shrink them.
import type { ThreadId } from '../sim/contract.js';
import type { DecisionView } from './scheduler.js';
import { SteppingScheduler } from './stepping.js';

export interface PctParams {
  /** Initial priority key of thread i (higher runs first; missing = 0; ties go to the lower id). */
  readonly priorities: readonly number[];
  /** Decision numbers at which the running thread is demoted (the j-th gets priority j - d). */
  readonly changePoints: readonly number[];
}

export class PctScheduler extends SteppingScheduler {
  private readonly prio = new Map<ThreadId, number>();
  private readonly demoteAt: Map<number, number>;

  constructor(private readonly params: PctParams) {
    super();
    const n = params.changePoints.length;
    this.demoteAt = new Map(params.changePoints.map((at, j) => [at, j - n - 1]));
  }

  private priority(t: ThreadId): number {
    return this.prio.get(t) ?? this.params.priorities[t] ?? 0;
  }

  protected choose(view: DecisionView, decision: number): ThreadId {
    const demoted = this.demoteAt.get(decision);
    if (demoted !== undefined && view.current !== undefined) this.prio.set(view.current, demoted);
    let best = view.runnable[0]!;
    for (const t of view.runnable) if (this.priority(t) > this.priority(best)) best = t;
    return best;
  }
}
