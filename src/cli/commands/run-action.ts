// The body of `gilsim run` (registered in ./run.ts): one version, or every version with
// `--python all` (a matrix: one row per version).
import { UsageError, type Io } from '../io.js';
import { parseIntOption, profileFromOption } from '../options.js';
import { compileFile } from '../../pipeline.js';
import { EXIT_FAILURE, EXIT_LIMIT, EXIT_OK } from '../exit-codes.js';
import { runProgram, type RunResult } from '../../sim/run.js';
import { resolveTarget } from '../../sim/targets.js';
import { GilScheduler } from '../../schedulers/gil.js';
import { freshSeed } from '../../schedulers/rng.js';
import { createMachine, type VmMachine } from '../../vm/machine.js';
import { parseRefTraceSpec, traceRefs, type RefTracer } from '../../vm/memory/trace-refs.js';
import { formatRunMatrix, formatRunSummary, runJson, type RunContext } from '../../report/run-summary.js';
import { paintFor } from '../../report/paint.js';
import type { Scheduler } from '../../schedulers/scheduler.js';
import type { VersionProfile } from '../../versions/profile.js';
import { loadProfile, supportedVersions } from '../../versions/registry.js';

export interface RunOptions {
  python: string;
  seed?: string;
  switchInterval?: string;
  threads?: string;
  target?: string;
  schedule?: string;
  maxSteps: string;
  json?: boolean;
  traceRefs?: string;
}

interface Settings {
  readonly file: string;
  readonly opts: RunOptions;
  readonly seed: number;
  readonly seedGiven: boolean;
  readonly maxSteps: number;
  readonly threadCount: number | undefined;
  readonly switchInterval: number | undefined;
}

interface OneRun {
  readonly result: RunResult;
  readonly ctx: RunContext;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCommand(file: string, opts: RunOptions, io: Io): Promise<number> {
  const threadCount = parseIntOption('--threads', opts.threads, 1);
  if (opts.target !== undefined && threadCount === undefined) throw new UsageError('--target needs --threads N');
  if (opts.traceRefs !== undefined && parseRefTraceSpec(opts.traceRefs) === null) {
    throw new UsageError(`--trace-refs expects a variable name or a line number, got '${opts.traceRefs}'`);
  }
  const s: Settings = {
    file,
    opts,
    seed: parseIntOption('--seed', opts.seed, 0) ?? freshSeed(),
    seedGiven: opts.seed !== undefined,
    maxSteps: parseIntOption('--max-steps', opts.maxSteps, 1)!,
    threadCount,
    switchInterval: parseSwitchInterval(opts.switchInterval),
  };
  if (opts.python === 'all') return runAllVersions(s, io);

  const profile = await profileFromOption(opts.python);
  // Program output streams to stdout (flushed in chunks) unless --json collects everything.
  let pending: string[] = [];
  let size = 0;
  const flush = (): void => {
    io.stdout(pending.join(''));
    pending = [];
    size = 0;
  };
  const sinks = opts.json
    ? undefined
    : {
        stdout: (t: string): void => {
          pending.push(t);
          size += t.length;
          if (size > 1 << 16) flush();
        },
        stderr: (t: string): void => {
          flush();
          io.stderr(t);
        },
      };
  const one = await runOne(s, profile, sinks);
  if (opts.json) {
    io.stdout(JSON.stringify({ ...runJson(one.result, one.ctx, one.stdout), stderr: one.stderr }, null, 2) + '\n');
  } else {
    flush();
    io.stderr(formatRunSummary(one.result, one.ctx, await paintFor(io.stderrIsTTY)));
  }
  return exitCodeOf(one.result);
}

async function runAllVersions(s: Settings, io: Io): Promise<number> {
  if (s.opts.schedule !== undefined) throw new UsageError('--schedule replays one version\'s schedule: give --python V, not all');
  const runs: OneRun[] = [];
  for (const v of supportedVersions()) runs.push(await runOne(s, await loadProfile(v as VersionProfile['id'])));
  if (s.opts.json) {
    io.stdout(JSON.stringify({ schemaVersion: 1, file: s.file, seed: s.seed, versions: runs.map((r) => ({ ...runJson(r.result, r.ctx, r.stdout), stderr: r.stderr })) }, null, 2) + '\n');
  } else {
    io.stdout(formatRunMatrix(runs.map((r) => ({ result: r.result, ctx: r.ctx })), await paintFor(io.stdoutIsTTY)));
  }
  return Math.max(...runs.map((r) => exitCodeOf(r.result)));
}

/** Compiles and runs FILE on one version; output goes to `sinks` or is collected. */
async function runOne(s: Settings, profile: VersionProfile, sinks?: { stdout(t: string): void; stderr(t: string): void }): Promise<OneRun> {
  const compiled = compileFile(s.file, profile);
  const threads = s.threadCount === undefined ? undefined : { count: s.threadCount, target: resolveTarget(compiled.module, s.file, s.opts.target) };
  const out: string[] = [];
  const err: string[] = [];
  const traceSpec = s.opts.traceRefs === undefined ? null : parseRefTraceSpec(s.opts.traceRefs);
  let tracer: RefTracer | null = null;
  const scheduler = await schedulerFor(s);
  const result = await replayChecked(s.opts.schedule !== undefined, scheduler, () =>
    runProgram({
      compiled,
      profile,
      createMachine: traceSpec
        ? (c, p, o) => {
            const m = createMachine(c, p, o) as VmMachine;
            tracer = traceRefs(m, traceSpec, sinks ? sinks.stderr : (t) => void err.push(t));
            return m;
          }
        : createMachine,
      scheduler,
      maxSteps: s.maxSteps,
      ...(s.switchInterval !== undefined ? { switchInterval: s.switchInterval } : {}),
      ...(threads ? { threads } : {}),
      stdout: sinks ? sinks.stdout : (t) => void out.push(t),
      stderr: sinks ? sinks.stderr : (t) => void err.push(t),
      // --trace-refs follows the program: its report ends where the program does
      beforeShutdown: () => (tracer as RefTracer | null)?.finish(),
    }),
  );
  (tracer as RefTracer | null)?.finish();
  const ctx: RunContext = {
    file: s.file,
    version: profile.id,
    seed: s.seed,
    seedGiven: s.seedGiven,
    schedule: s.opts.schedule,
    switchInterval: s.switchInterval ?? 0.005,
    replayCommand: replayCommand(s.file, profile.id, s.opts, s.seed),
  };
  return { result, ctx, stdout: out.join(''), stderr: err.join('') };
}

async function schedulerFor(s: Settings): Promise<Scheduler> {
  if (s.opts.schedule === undefined) return new GilScheduler(s.seed);
  const { ReplayScheduler, decodeSchedule } = await import('../../schedulers/replay.js');
  const { ScheduleTokenError } = await import('../../schedulers/schedule-token.js');
  try {
    return new ReplayScheduler(decodeSchedule(s.opts.schedule));
  } catch (e) {
    if (e instanceof ScheduleTokenError) throw new UsageError(`--schedule: ${e.message}`);
    throw e;
  }
}

/** Runs `go`; a replayed schedule must be followed to its end, or the token does not fit the program. */
async function replayChecked(replaying: boolean, scheduler: Scheduler, go: () => RunResult): Promise<RunResult> {
  if (!replaying) return go();
  const { ReplayScheduler, ScheduleDivergence } = await import('../../schedulers/replay.js');
  if (!(scheduler instanceof ReplayScheduler)) return go();
  try {
    const r = go();
    if (r.end.kind === 'finished') scheduler.assertFinished();
    return r;
  } catch (e) {
    if (e instanceof ScheduleDivergence) {
      throw new UsageError(`--schedule: ${e.message} (was the token recorded for this file, --python version and --threads options?)`);
    }
    throw e;
  }
}

function exitCodeOf(r: RunResult): number {
  if (r.end.kind === 'step-limit' || r.end.kind === 'time-budget') return EXIT_LIMIT;
  if (r.end.kind === 'deadlock' || r.exitStatus !== 0) return EXIT_FAILURE;
  return EXIT_OK;
}

function parseSwitchInterval(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const x = Number(v);
  if (!/^[0-9.eE+-]+$/.test(v) || !Number.isFinite(x) || x <= 0) {
    throw new UsageError(`--switch-interval expects a positive number of seconds, got '${v}'`);
  }
  return x;
}

function replayCommand(file: string, version: string, o: RunOptions, seed: number): string {
  const parts = ['gilsim run', file, '--python', version];
  if (o.schedule !== undefined) parts.push('--schedule', o.schedule);
  else parts.push('--seed', String(seed));
  if (o.switchInterval !== undefined) parts.push('--switch-interval', o.switchInterval);
  if (o.threads !== undefined) parts.push('--threads', o.threads);
  if (o.target !== undefined) parts.push('--target', o.target);
  return parts.join(' ');
}
