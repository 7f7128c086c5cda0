// Stage: schedulers. Follows a decoded schedule token decision by decision (one decision per
// switch point) and fails loudly when the execution diverges from the recorded one.
import type { ThreadId } from '../sim/contract.js';
import type { DecisionView } from './scheduler.js';
import type { SparseSchedule } from './schedule-token.js';

export { decodeSchedule, encodeSchedule, ScheduleTokenError } from './schedule-token.js';
import { SteppingScheduler } from './stepping.js';

/** The replayed program did not behave like the recorded execution. */
export class ScheduleDivergence extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScheduleDivergence';
  }
}

export class ReplayScheduler extends SteppingScheduler {
  private readonly byIndex: Map<number, ThreadId>;

  constructor(private readonly recorded: SparseSchedule) {
    super();
    this.byIndex = new Map(recorded.overrides.map((o) => [o.index, o.thread]));
  }

  protected choose(view: DecisionView, decision: number, byDefault: ThreadId): ThreadId {
    if (decision >= this.recorded.decisions) {
      throw new ScheduleDivergence(
        `schedule diverged: the recorded execution ended after ${this.recorded.decisions} decisions, ` +
          `but the program still has runnable threads (${view.runnable.join(', ')})`,
      );
    }
    const want = this.byIndex.get(decision);
    if (want === undefined) return byDefault;
    if (!view.runnable.includes(want)) {
      throw new ScheduleDivergence(
        `schedule diverged at decision ${decision}: it picks thread ${want}, which cannot run ` +
          `(runnable: ${view.runnable.join(', ')})`,
      );
    }
    return want;
  }

  /** Throws if the execution ended before the recorded schedule did. */
  assertFinished(): void {
    if (this.decision !== this.recorded.decisions) {
      throw new ScheduleDivergence(
        `schedule diverged: the program finished after ${this.decision} decisions, ` +
          `the recorded execution made ${this.recorded.decisions}`,
      );
    }
  }
}
