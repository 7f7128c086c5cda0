// `gilsim explore FILE`: explore the thread interleavings of a program (DPOR, random, PCT) and
// check its properties in every execution: asserts, --expect, lost updates, deadlocks, uncaught
// exceptions. Prints the verdict, the outcome histograms and a replayable counterexample.
import type { Command } from 'commander';
import { UsageError, type Io } from '../io.js';
import { parseIntOption, profileFromOption } from '../options.js';
import { EXIT_FAILURE, EXIT_OK } from '../exit-codes.js';
import { compileFile, compileSource, type Compiled } from '../../pipeline.js';
import { makeSource } from '../../source/source.js';
import { resolveTarget } from '../../sim/targets.js';
import type { VersionProfile } from '../../versions/profile.js';
import { DEFAULT_VERSION, loadProfile, supportedVersions } from '../../versions/registry.js';
import type { ExploreResult, Strategy } from '../../explore/explore.js';
import type { ProgramConfig } from '../../explore/execute.js';
import type { ExploreContext } from '../../report/explore-json.js';

const STRATEGIES: readonly Strategy[] = ['dpor', 'random', 'pct', 'dfs'];
const DEFAULT_BUDGET_S = 60;
const DEFAULT_MAX_EXECUTIONS = 1_000_000;
const DEFAULT_MAX_STEPS = 1_000_000;

interface ExploreOptions {
  python?: string;
  threads?: string;
  target?: string;
  observe: string[];
  expect: string[];
  strategy: string;
  maxPreemptions?: string;
  runs?: string;
  seed?: string;
  depth?: string;
  budget?: string;
  maxExecutions?: string;
  maxSteps?: string;
  json?: boolean;
}

const collect = (v: string, prev: string[]): string[] => [...prev, v];

export function registerExplore(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('explore')
    .description('explore the thread interleavings of FILE and check its properties in every execution')
    .argument('<file>', 'Python source file')
    .option('--python <version>', 'CPython version whose switch points to explore, or "all" for a matrix', DEFAULT_VERSION)
    .option('--threads <n>', 'after the module body, start N threads calling the target function')
    .option('--target <name>', 'the top-level function each --threads thread calls')
    .option('--observe <expr>', 'collect the final value of EXPR (repeatable)', collect, [])
    .option('--expect <expr>', 'require EXPR to be true after every execution (repeatable)', collect, [])
    .option('--strategy <name>', 'dpor (exhaustive, default), random or pct (fast-check); dfs = no reduction', 'dpor')
    .option('--max-preemptions <k>', 'explore only schedules with at most K preemptions (dpor/dfs)')
    .option('--runs <n>', 'executions to sample (random/pct)', '1000')
    .option('--seed <n>', 'seed of the random/pct sampling')
    .option('--depth <d>', 'PCT bug depth (d - 1 priority change points)', '3')
    .option('--budget <seconds>', `wall-clock budget (default ${DEFAULT_BUDGET_S})`)
    .option('--max-executions <n>', 'stop after this many executions', String(DEFAULT_MAX_EXECUTIONS))
    .option('--max-steps <n>', 'instruction limit of one execution', String(DEFAULT_MAX_STEPS))
    .option('--json', 'print one JSON document (docs/json-schema.md) instead of the report')
    .action(async (file: string, opts: ExploreOptions) => setExit(await exploreCommand(file, opts, io)));
}

interface Parsed {
  readonly strategy: Strategy;
  readonly threads: number | undefined;
  readonly maxPreemptions: number | undefined;
  readonly runs: number;
  readonly seed: number | undefined;
  readonly depth: number;
  readonly maxExecutions: number;
  readonly maxSteps: number;
  readonly budgetS: number;
}

async function exploreCommand(file: string, opts: ExploreOptions, io: Io): Promise<number> {
  const strategy = opts.strategy as Strategy;
  if (!STRATEGIES.includes(strategy)) {
    throw new UsageError(`unknown --strategy '${opts.strategy}' (choose one of: ${STRATEGIES.join(', ')})`);
  }
  const p: Parsed = {
    strategy,
    threads: parseIntOption('--threads', opts.threads, 1),
    maxPreemptions: parseIntOption('--max-preemptions', opts.maxPreemptions, 0),
    runs: parseIntOption('--runs', opts.runs, 1)!,
    seed: parseIntOption('--seed', opts.seed, 0),
    depth: parseIntOption('--depth', opts.depth, 1)!,
    maxExecutions: parseIntOption('--max-executions', opts.maxExecutions, 1)!,
    maxSteps: parseIntOption('--max-steps', opts.maxSteps, 1)!,
    budgetS: parseBudget(opts.budget),
  };
  if (opts.target !== undefined && p.threads === undefined) throw new UsageError('--target needs --threads N');
  if (p.maxPreemptions !== undefined && strategy !== 'dpor' && strategy !== 'dfs') {
    throw new UsageError('--max-preemptions applies to --strategy dpor (or dfs)');
  }
  if (opts.python === 'all') return exploreAllVersions(file, opts, p, io);

  const profile = await profileFromOption(opts.python);
  const one = await exploreOne(file, opts, p, profile, io);
  if (opts.json) {
    const { exploreJson } = await import('../../report/explore-json.js');
    io.stdout(JSON.stringify(exploreJson(one.result, one.ctx), null, 2) + '\n');
  } else {
    io.stdout(await textReport(one, io));
  }
  return one.result.verdict === 'violated' ? EXIT_FAILURE : EXIT_OK;
}

/** `--python all`: the same exploration on every supported version, one row each. */
async function exploreAllVersions(file: string, opts: ExploreOptions, p: Parsed, io: Io): Promise<number> {
  const runs: Explored[] = [];
  for (const v of supportedVersions()) runs.push(await exploreOne(file, opts, p, await loadProfile(v as VersionProfile['id']), io));
  if (opts.json) {
    const { exploreJson } = await import('../../report/explore-json.js');
    io.stdout(JSON.stringify({ schemaVersion: 1, file, versions: runs.map((r) => exploreJson(r.result, r.ctx)) }, null, 2) + '\n');
  } else {
    const { formatExploreMatrix } = await import('../../report/explore-matrix.js');
    const { paintFor } = await import('../../report/paint.js');
    io.stdout(formatExploreMatrix(file, runs.map((r) => ({ result: r.result, ctx: r.ctx })), await paintFor(io.stdoutIsTTY)));
  }
  return runs.some((r) => r.result.verdict === 'violated') ? EXIT_FAILURE : EXIT_OK;
}

interface Explored {
  readonly result: ExploreResult;
  readonly ctx: ExploreContext;
  readonly cfg: ProgramConfig;
  readonly compiled: Compiled;
}

async function exploreOne(file: string, opts: ExploreOptions, p: Parsed, profile: VersionProfile, io: Io): Promise<Explored> {
  for (const e of [...opts.observe, ...opts.expect]) checkExpression(e, profile);
  const compiled = compileFile(file, profile);
  // Loaded here so that other commands do not pay for the VM and the explorer at start-up.
  const { createMachine } = await import('../../vm/machine.js');
  const { explore } = await import('../../explore/explore.js');
  const { Progress } = await import('../../report/progress.js');
  const spawn = p.threads === undefined ? undefined : { threads: p.threads, target: resolveTarget(compiled.module, file, opts.target) };
  const cfg: ProgramConfig = {
    factory: (sinks) => createMachine(compiled, profile, { maxSteps: p.maxSteps, stdout: sinks.stdout, stderr: sinks.stderr }),
    spawn,
    observe: opts.observe,
    expect: opts.expect,
  };
  const ctx: ExploreContext = {
    file,
    version: profile.id,
    maxPreemptions: p.maxPreemptions,
    replayCommand: (token) => {
      const parts = ['gilsim run', file, '--python', profile.id];
      if (spawn) parts.push('--threads', String(spawn.threads), '--target', spawn.target);
      parts.push('--schedule', token);
      return parts.join(' ');
    },
  };
  const progress = new Progress((s) => io.stderr(s), io.stderrIsTTY && !opts.json, `exploring ${file} (${profile.id})`);
  const result = await explore(cfg, {
    strategy: p.strategy,
    maxPreemptions: p.maxPreemptions,
    runs: p.runs,
    seed: p.seed,
    pctDepth: p.depth,
    budgetMs: p.budgetS * 1000,
    maxExecutions: p.maxExecutions,
    onProgress: (n, ms) => progress.update(n, ms),
  });
  progress.clear();
  return { result, ctx, cfg, compiled };
}

async function textReport(one: Explored, io: Io): Promise<string> {
  const { traceSchedule } = await import('../../explore/replay-trace.js');
  const { formatExploreSummary } = await import('../../report/explore-summary.js');
  const { paintFor } = await import('../../report/paint.js');
  const cx = one.result.counterexample;
  let traced: ReturnType<typeof traceSchedule> | undefined;
  let traceNote = '';
  try {
    traced = cx ? traceSchedule(one.cfg, cx.schedule) : undefined;
  } catch (e) {
    // A program that does not replay deterministically: report it, keep the verdict.
    traceNote = `(no interleaving view: ${e instanceof Error ? e.message : String(e)})\n`;
  }
  const lines = one.compiled.source.lines;
  return (
    formatExploreSummary(
      one.result,
      one.ctx,
      await paintFor(io.stdoutIsTTY),
      traced ? { slices: traced.trace, sourceLine: (l) => lines[l - 1] } : undefined,
    ) + traceNote
  );
}

function parseBudget(v: string | undefined): number {
  if (v === undefined) return DEFAULT_BUDGET_S;
  const x = Number(v);
  if (!/^[0-9.eE+]+$/.test(v) || !Number.isFinite(x) || x <= 0) {
    throw new UsageError(`--budget expects a positive number of seconds, got '${v}'`);
  }
  return x;
}

/** --observe / --expect must be one valid Python expression: a usage error otherwise. */
function checkExpression(expr: string, profile: VersionProfile): void {
  if (expr.trim() === '' || expr.includes('\n')) throw new UsageError(`invalid expression '${expr}': expected one Python expression`);
  try {
    compileSource(makeSource('<expr>', `__gilsim_check__ = (${expr})\n`), profile);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new UsageError(`invalid expression '${expr}': ${why}`);
  }
}
