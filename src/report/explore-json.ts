// Stage: report. The stable --json document of `gilsim explore` (schema: docs/json-schema.md).
// Plain data in, plain data out; no colour, no I/O.
import type { ExploreResult } from '../explore/explore.js';

export const EXPLORE_SCHEMA_VERSION = 1;

export interface ExploreContext {
  readonly file: string;
  readonly version: string;
  readonly maxPreemptions: number | undefined;
  /** The `gilsim run ... --schedule TOKEN` command that replays the counterexample. */
  readonly replayCommand: (token: string) => string;
}

export interface ExploreJson {
  readonly schemaVersion: number;
  readonly file: string;
  readonly python: string;
  readonly strategy: string;
  readonly verdict: 'holds' | 'violated';
  readonly complete: boolean;
  readonly bounded: boolean;
  readonly maxPreemptions: number | null;
  readonly stoppedBy: string | null;
  readonly explored: number;
  readonly sleepBlocked: number;
  readonly truncated: number;
  readonly elapsedMs: number;
  readonly seed: number | null;
  readonly outcomes: Record<string, { value: string; count: number }[]>;
  readonly violations: { kind: string; message: string; line: number | null; count: number }[];
  readonly counterexample: {
    schedule: string;
    preemptions: number;
    decisions: number;
    replay: string;
    violations: { kind: string; message: string; line: number | null }[];
  } | null;
}

export function exploreJson(r: ExploreResult, ctx: ExploreContext): ExploreJson {
  const outcomes: Record<string, { value: string; count: number }[]> = {};
  for (const o of r.outcomes) outcomes[o.expr] = o.values.map((v) => ({ value: v.value, count: v.count }));
  const c = r.counterexample;
  return {
    schemaVersion: EXPLORE_SCHEMA_VERSION,
    file: ctx.file,
    python: ctx.version,
    strategy: r.strategy,
    verdict: r.verdict,
    complete: r.complete,
    bounded: r.bounded,
    maxPreemptions: ctx.maxPreemptions ?? null,
    stoppedBy: r.stoppedBy,
    explored: r.explored,
    sleepBlocked: r.sleepBlocked,
    truncated: r.truncated,
    elapsedMs: Math.round(r.elapsedMs),
    seed: r.seed,
    outcomes,
    violations: r.violations.map((v) => ({ kind: v.kind, message: v.message, line: v.line, count: v.count })),
    counterexample: c
      ? {
          schedule: c.token,
          preemptions: c.preemptions,
          decisions: c.decisions,
          replay: ctx.replayCommand(c.token),
          violations: c.violations.map((v) => ({ kind: v.kind, message: v.message, line: v.line })),
        }
      : null,
  };
}
