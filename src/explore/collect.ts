// Stage: explore. Accumulates what the explored executions showed: the outcome histogram of
// each --observe expression, the distinct violations, and the best counterexample (fewest
// preemptions, then fewest decisions). Plain data; no formatting.
import type { SparseSchedule } from '../schedulers/schedule-token.js';
import { encodeSchedule } from '../schedulers/schedule-token.js';
import type { ExecutionRecord, Violation, ViolationKind } from './execute.js';

export interface OutcomeCount {
  /** Python repr of the final value (or "<error: ...>"). */
  readonly value: string;
  readonly count: number;
}

export interface ViolationSummary {
  readonly kind: ViolationKind;
  /** Message of the first execution that showed it. */
  readonly message: string;
  readonly line: number | null;
  /** Executions that showed a violation of this kind at this line. */
  readonly count: number;
}

export interface Counterexample {
  readonly token: string;
  readonly schedule: SparseSchedule;
  readonly preemptions: number;
  readonly decisions: number;
  readonly violations: readonly Violation[];
}

export class Collector {
  private readonly hist: Map<string, number>[];
  private readonly violations = new Map<string, { v: Violation; count: number }>();
  private best: Counterexample | undefined;
  explored = 0;
  violating = 0;
  /** Executions cut by the step limit or the time budget. */
  truncated = 0;

  constructor(readonly observe: readonly string[]) {
    this.hist = observe.map(() => new Map());
  }

  /** `schedule` is computed only when the execution is a candidate counterexample. */
  add(rec: ExecutionRecord, scheduleOf: () => SparseSchedule): void {
    this.explored++;
    if (rec.end.kind === 'step-limit' || rec.end.kind === 'time-budget') this.truncated++;
    rec.observed.forEach((v, i) => {
      const h = this.hist[i]!;
      h.set(v, (h.get(v) ?? 0) + 1);
    });
    if (rec.violations.length === 0) return;
    this.violating++;
    for (const v of rec.violations) {
      const key = `${v.kind}\0${v.line}`;
      const seen = this.violations.get(key);
      if (seen) seen.count++;
      else this.violations.set(key, { v, count: 1 });
    }
    const b = this.best;
    if (b && rec.preemptions > b.preemptions) return;
    const schedule = scheduleOf();
    if (!b || rec.preemptions < b.preemptions || schedule.decisions < b.decisions) {
      this.best = {
        token: encodeSchedule(schedule),
        schedule,
        preemptions: rec.preemptions,
        decisions: schedule.decisions,
        violations: rec.violations,
      };
    }
  }

  /** Per observed expression, its values sorted (numerically when they are all integers). */
  outcomes(): { expr: string; values: OutcomeCount[] }[] {
    return this.observe.map((expr, i) => ({
      expr,
      values: sortValues([...this.hist[i]!].map(([value, count]) => ({ value, count }))),
    }));
  }

  violationSummaries(): ViolationSummary[] {
    return [...this.violations.values()].map(({ v, count }) => ({ kind: v.kind, message: v.message, line: v.line, count }));
  }

  /** Offer `c` (a shrunk one from fast-check): kept unless the current one is smaller. */
  replaceCounterexample(c: Counterexample): void {
    const b = this.best;
    if (!b || c.preemptions < b.preemptions || (c.preemptions === b.preemptions && c.decisions <= b.decisions)) this.best = c;
  }

  counterexample(): Counterexample | undefined {
    return this.best;
  }
}

function sortValues(vs: OutcomeCount[]): OutcomeCount[] {
  const ints = vs.every((v) => /^-?\d+$/.test(v.value));
  return vs.sort((a, b) =>
    ints ? Number(BigInt(a.value) - BigInt(b.value) > 0n) - Number(BigInt(a.value) < BigInt(b.value)) : a.value < b.value ? -1 : a.value > b.value ? 1 : 0,
  );
}
