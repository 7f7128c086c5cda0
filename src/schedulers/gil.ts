// Stage: schedulers. CPython's GIL hand-off, seeded: a thread waiting for the GIL asks the
// holder to drop it after the switch interval (with some jitter, as on a real machine); the
// holder drops it at its next switch point and one waiting thread, chosen by the seed, takes it.
// When the holder blocks or finishes, a waiting thread chosen by the seed takes the GIL.
import { Rng } from './rng.js';
import type { DecisionView, Scheduler } from './scheduler.js';
import type { ThreadId } from '../sim/contract.js';

/** Relative jitter of the switch interval (OS timer and wake-up noise). */
const JITTER = 0.25;

export class GilScheduler implements Scheduler {
  private readonly rng: Rng;

  constructor(seed: number) {
    this.rng = new Rng(seed);
  }

  pick(view: DecisionView): ThreadId {
    const { current, end, runnable } = view;
    if (current === undefined) return runnable[0]!;
    if (end?.kind === 'switch-point') {
      // A forced drop: another waiting thread takes the GIL (FORCE_SWITCHING), if there is one.
      const others = runnable.filter((t) => t !== current);
      return others.length === 0 ? current : this.rng.pick(others);
    }
    return this.rng.pick(runnable);
  }

  deadline(_thread: ThreadId, view: DecisionView): number {
    const jitter = 1 + (this.rng.nextFloat() * 2 - 1) * JITTER;
    return view.clock + view.intervalTicks * jitter;
  }
}
