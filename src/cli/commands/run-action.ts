// The body of `gilsim run` (registered in ./run.ts).
import { UsageError, type Io } from '../io.js';
import { parseIntOption, profileFromOption } from '../options.js';
import { compileFile } from '../../pipeline.js';
import { EXIT_FAILURE, EXIT_LIMIT, EXIT_OK } from '../exit-codes.js';
import { runProgram } from '../../sim/run.js';
import { resolveTarget } from '../../sim/targets.js';
import { GilScheduler } from '../../schedulers/gil.js';
import { freshSeed } from '../../schedulers/rng.js';
import { createMachine } from '../../vm/machine.js';
import { formatRunSummary, runJson, type RunContext } from '../../report/run-summary.js';
import { paintFor } from '../../report/paint.js';
import type { Scheduler } from '../../schedulers/scheduler.js';

export interface RunOptions {
  python: string;
  seed?: string;
  switchInterval?: string;
  threads?: string;
  target?: string;
  schedule?: string;
  maxSteps: string;
  json?: boolean;
}

export async function runCommand(file: string, opts: RunOptions, io: Io): Promise<number> {
  const profile = await profileFromOption(opts.python);
  const seedGiven = opts.seed !== undefined;
  const seed = parseIntOption('--seed', opts.seed, 0) ?? freshSeed();
  const maxSteps = parseIntOption('--max-steps', opts.maxSteps, 1)!;
  const threadCount = parseIntOption('--threads', opts.threads, 1);
  const switchInterval = parseSwitchInterval(opts.switchInterval);
  if (opts.target !== undefined && threadCount === undefined) throw new UsageError('--target needs --threads N');
  const compiled = compileFile(file, profile);
  const threads = threadCount === undefined ? undefined : { count: threadCount, target: resolveTarget(compiled.module, file, opts.target) };

  let scheduler: Scheduler;
  if (opts.schedule !== undefined) {
    const { ReplayScheduler, decodeSchedule } = await import('../../schedulers/replay.js');
    const { ScheduleTokenError } = await import('../../schedulers/schedule-token.js');
    try {
      scheduler = new ReplayScheduler(decodeSchedule(opts.schedule));
    } catch (e) {
      if (e instanceof ScheduleTokenError) throw new UsageError(`--schedule: ${e.message}`);
      throw e;
    }
  } else {
    scheduler = new GilScheduler(seed);
  }

  const out: string[] = [];
  let pending = 0;
  const stdout = (s: string): void => {
    out.push(s);
    pending += s.length;
    if (!opts.json && pending > 1 << 16) flush();
  };
  const flush = (): void => {
    io.stdout(out.join(''));
    out.length = 0;
    pending = 0;
  };
  const err: string[] = [];
  const stderr = (s: string): void => void (opts.json ? err.push(s) : io.stderr(s));

  const result = runProgram({
    compiled,
    profile,
    createMachine,
    scheduler,
    maxSteps,
    ...(switchInterval !== undefined ? { switchInterval } : {}),
    ...(threads ? { threads } : {}),
    stdout,
    stderr,
  });

  const ctx: RunContext = {
    file,
    version: profile.id,
    seed,
    seedGiven,
    schedule: opts.schedule,
    switchInterval: switchInterval ?? 0.005,
    replayCommand: replayCommand(file, profile.id, opts, seed),
  };
  if (opts.json) {
    const doc = { ...runJson(result, ctx, out.join('')), stderr: err.join('') };
    io.stdout(JSON.stringify(doc, null, 2) + '\n');
  } else {
    flush();
    io.stderr(formatRunSummary(result, ctx, paintFor(io.stderrIsTTY)));
  }
  if (result.end.kind === 'step-limit' || result.end.kind === 'time-budget') return EXIT_LIMIT;
  if (result.end.kind === 'deadlock' || result.exitStatus !== 0) return EXIT_FAILURE;
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
