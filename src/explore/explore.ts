// Stage: explore. `gilsim explore` without the CLI: runs the chosen strategy over a program
// (a machine factory) and returns plain data: verdict, completeness, counts, outcome
// histograms, violations and the minimal counterexample. Formatting lives in report/.
import type { ProgramConfig } from './execute.js';
import { Collector, type Counterexample, type OutcomeCount, type ViolationSummary } from './collect.js';
import { exploreTree } from './dpor.js';

export type Strategy = 'dpor' | 'dfs' | 'random' | 'pct';

export interface ExploreOptions {
  readonly strategy: Strategy;
  /** CHESS-style bound on preemptions per execution (dpor/dfs). */
  readonly maxPreemptions?: number | undefined;
  /** Executions to try for random/pct (fast-check numRuns). */
  readonly runs?: number | undefined;
  /** Seed for random/pct. */
  readonly seed?: number | undefined;
  /** PCT depth d (bug depth; d - 1 priority change points). */
  readonly pctDepth?: number | undefined;
  readonly budgetMs: number;
  readonly maxExecutions: number;
  /** Called after each execution (for a progress indicator). */
  readonly onProgress?: ((explored: number, elapsedMs: number) => void) | undefined;
}

export interface ExploreResult {
  readonly strategy: Strategy;
  readonly verdict: 'holds' | 'violated';
  /** Every execution (up to partial-order equivalence) was explored: no budget, bound or sampling. */
  readonly complete: boolean;
  /** The preemption bound cut off schedules. */
  readonly bounded: boolean;
  /** Why the exploration stopped early, if it did. */
  readonly stoppedBy: 'budget' | 'max-executions' | 'stopped' | null;
  readonly explored: number;
  /** Executions abandoned as redundant (DPOR sleep sets). */
  readonly sleepBlocked: number;
  /** Executions cut by the step limit or the time budget. */
  readonly truncated: number;
  /** DPOR: replays whose object ids differed from the first run of the same prefix (see dpor.ts). */
  readonly unstablePrefixes: number;
  readonly elapsedMs: number;
  readonly seed: number | null;
  readonly outcomes: readonly { readonly expr: string; readonly values: readonly OutcomeCount[] }[];
  readonly violations: readonly ViolationSummary[];
  readonly counterexample: Counterexample | null;
}

export async function explore(cfg: ProgramConfig, opts: ExploreOptions): Promise<ExploreResult> {
  const started = Date.now();
  const collector = new Collector(cfg.observe);
  const progress = (): void => opts.onProgress?.(collector.explored, Date.now() - started);
  if (opts.strategy === 'dpor' || opts.strategy === 'dfs') {
    const r = exploreTree(cfg, {
      mode: opts.strategy,
      maxPreemptions: opts.maxPreemptions,
      budgetMs: opts.budgetMs,
      maxExecutions: opts.maxExecutions,
      onExecution: (rec, schedule) => {
        collector.add(rec, schedule);
        progress();
      },
    });
    const complete = r.exhausted && !r.bounded && collector.truncated === 0 && r.unstablePrefixes === 0;
    return result(complete, r.bounded, r.stoppedBy, r.sleepBlocked, null, r.unstablePrefixes);
  }
  const { exploreRandomized } = await import('./randomized.js');
  const r = await exploreRandomized(cfg, {
    strategy: opts.strategy,
    runs: opts.runs ?? 1000,
    seed: opts.seed,
    pctDepth: opts.pctDepth ?? 3,
    budgetMs: opts.budgetMs,
    onExecution: (rec, schedule) => {
      collector.add(rec, schedule);
      progress();
    },
    minimal: (c) => collector.replaceCounterexample(c),
  });
  return result(false, false, r.stoppedBy, 0, r.seed, 0);

  function result(
    complete: boolean,
    bounded: boolean,
    stoppedBy: ExploreResult['stoppedBy'],
    sleepBlocked: number,
    seed: number | null,
    unstablePrefixes: number,
  ): ExploreResult {
    const violations = collector.violationSummaries();
    return {
      strategy: opts.strategy,
      verdict: violations.length > 0 ? 'violated' : 'holds',
      complete,
      bounded,
      stoppedBy,
      explored: collector.explored,
      sleepBlocked,
      unstablePrefixes,
      truncated: collector.truncated,
      elapsedMs: Date.now() - started,
      seed,
      outcomes: collector.outcomes(),
      violations,
      counterexample: collector.counterexample() ?? null,
    };
  }
}
