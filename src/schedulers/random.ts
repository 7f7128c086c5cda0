// Stage: schedulers. A randomized schedule as data, so fast-check can generate and shrink it:
// choices[i] picks at decision i among [default choice, other runnable threads...] (modulo
// their number). All zeros (or an empty list) is the schedule without preemptions, so shrinking
// towards zeros and shorter lists gives fewer preemptions and shorter counterexamples.
import type { ThreadId } from '../sim/contract.js';
import type { DecisionView } from './scheduler.js';
import { SteppingScheduler } from './stepping.js';

export class ChoiceListScheduler extends SteppingScheduler {
  constructor(private readonly choices: readonly number[]) {
    super();
  }

  protected choose(view: DecisionView, decision: number, byDefault: ThreadId): ThreadId {
    const c = this.choices[decision] ?? 0;
    if (c === 0 || view.runnable.length === 1) return byDefault;
    const others = view.runnable.filter((t) => t !== byDefault);
    const k = c % (others.length + 1);
    return k === 0 ? byDefault : others[k - 1]!;
  }
}
