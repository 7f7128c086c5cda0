// Stage: explore. The randomized strategies (random walk, PCT) as fast-check properties over a
// schedule arbitrary: "no execution violates a property". fast-check explores seeded schedules
// and shrinks a failing one to a minimal schedule. Loaded lazily: only these strategies pull
// in fast-check.
import { lazyImport } from '../lazy-import.js';
import { freshSeed } from '../schedulers/rng.js';
import { ChoiceListScheduler } from '../schedulers/random.js';
import { PctScheduler, type PctParams } from '../schedulers/pct.js';
import { encodeSchedule, type SparseSchedule } from '../schedulers/schedule-token.js';
import type { SteppingScheduler } from '../schedulers/stepping.js';
import { executeOnce, type ExecutionRecord, type ProgramConfig } from './execute.js';
import type { Counterexample } from './collect.js';

export interface RandomizedOptions {
  readonly strategy: 'random' | 'pct';
  readonly runs: number;
  readonly seed?: number | undefined;
  readonly pctDepth: number;
  readonly budgetMs: number;
  readonly onExecution: (rec: ExecutionRecord, schedule: () => SparseSchedule) => void;
  /** The shrunk counterexample, when one was found. */
  readonly minimal: (c: Counterexample) => void;
}

export interface RandomizedResult {
  readonly seed: number;
  readonly stoppedBy: 'budget' | null;
}

export async function exploreRandomized(cfg: ProgramConfig, opts: RandomizedOptions): Promise<RandomizedResult> {
  const fc = (await lazyImport('fast-check')).default;
  const seed = opts.seed ?? freshSeed();
  // A run without preemptions sizes the arbitraries: how many decisions and threads to expect.
  const probe = executeOnce(cfg, new ChoiceListScheduler([]));
  const decisions = Math.max(1, probe.slices.length);
  const threads = Math.max(1, probe.machine.threads().length);
  const make: (p: never) => SteppingScheduler =
    opts.strategy === 'pct'
      ? (p: PctParams) => new PctScheduler(p)
      : ((c: number[]) => new ChoiceListScheduler(c)) as never;
  const arb: import('fast-check').Arbitrary<unknown> =
    opts.strategy === 'pct'
      ? fc.record({
          priorities: fc.array(fc.nat({ max: 1000 }), { minLength: threads, maxLength: threads }),
          changePoints: fc.uniqueArray(fc.nat({ max: 2 * decisions }), { maxLength: Math.max(0, opts.pctDepth - 1) }),
        })
      : // One choice per decision of the whole run (a shorter list leaves the tail to the defaults,
        // and fast-check's small default sizes would then only ever vary the module body).
        fc.array(fc.nat({ max: 1 << 16 }), { minLength: decisions, maxLength: 2 * decisions, size: 'max' });
  const started = Date.now();
  let failed = false;
  let sampled = 0;
  const property = fc.property(arb, (params) => {
    const scheduler = make(params as never);
    const rec = executeOnce(cfg, scheduler);
    // Runs after the first failure are fast-check shrinking it: not samples of the schedule space.
    if (!failed) {
      sampled++;
      opts.onExecution(rec, () => scheduler.schedule());
    }
    if (rec.violations.length > 0) failed = true;
    return rec.violations.length === 0;
  });
  const details = fc.check(property, { seed, numRuns: opts.runs, interruptAfterTimeLimit: opts.budgetMs, markInterruptAsFailure: false });
  // After a failure fast-check stops sampling: finish the requested runs for the outcome
  // histogram, with schedules drawn from the same arbitrary (seeded by the seed).
  let outOfTime = false;
  if (details.failed && sampled < opts.runs) {
    for (const params of fc.sample(arb, { seed: seed ^ 0x5eed, numRuns: opts.runs - sampled })) {
      if (Date.now() - started >= opts.budgetMs) {
        outOfTime = true;
        break;
      }
      const scheduler = make(params as never);
      const rec = executeOnce(cfg, scheduler);
      opts.onExecution(rec, () => scheduler.schedule());
    }
  }
  if (details.failed && details.counterexample) {
    const scheduler = make(details.counterexample[0] as never);
    const rec = executeOnce(cfg, scheduler);
    const schedule = scheduler.schedule();
    if (rec.violations.length > 0) {
      opts.minimal({
        token: encodeSchedule(schedule),
        schedule,
        preemptions: rec.preemptions,
        decisions: schedule.decisions,
        violations: rec.violations,
      });
    }
  }
  return { seed, stoppedBy: details.interrupted || outOfTime ? 'budget' : null };
}
