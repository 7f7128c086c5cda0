// Stage: schedulers. The scheduler of stateless model checking (DFS and DPOR): it replays the
// decisions of an explored prefix, then asks the exploration for each new decision. The tree of
// decisions lives in explore/dpor.ts; this file only walks it. No VM imports.
import type { ThreadId } from '../sim/contract.js';
import type { DecisionView } from './scheduler.js';
import { SteppingScheduler } from './stepping.js';

/** Thrown from pick() to abandon an execution that the exploration knows is redundant. */
export class AbandonExecution extends Error {
  constructor(readonly reason: 'sleep-blocked' | 'bound') {
    super(`execution abandoned (${reason})`);
    this.name = 'AbandonExecution';
  }
}

/** The program behaved differently on the same schedule prefix (it must be deterministic). */
export class NondeterminismError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NondeterminismError';
  }
}

export interface TreeDriver {
  /** Thread chosen at decision `index` of the explored prefix, or undefined past the prefix. */
  prefixChoice(index: number): ThreadId | undefined;
  /** A new decision past the prefix (may throw AbandonExecution). */
  decide(view: DecisionView, index: number, byDefault: ThreadId, preemptionsSoFar: number): ThreadId;
}

export class TreeScheduler extends SteppingScheduler {
  constructor(private readonly driver: TreeDriver) {
    super();
  }

  protected choose(view: DecisionView, decision: number, byDefault: ThreadId): ThreadId {
    const p = this.driver.prefixChoice(decision);
    if (p !== undefined) {
      if (!view.runnable.includes(p)) {
        throw new NondeterminismError(
          `the program took a different path on the same schedule (decision ${decision}: thread ${p} cannot run)`,
        );
      }
      return p;
    }
    return this.driver.decide(view, decision, byDefault, this.preemptions);
  }
}
