// Stage: sim. `gilsim run`: one execution of a program under a scheduler (the seeded GIL model
// or a replayed schedule), with the lost-update detector attached, assembled into a RunResult
// (plain data; report/ renders it).
import type { Compiled } from '../pipeline.js';
import type { VersionProfile } from '../versions/profile.js';
import type { Machine, MachineOptions, ThreadInfo } from './contract.js';
import type { Scheduler } from '../schedulers/scheduler.js';
import type { ExecutionEnd } from './execution.js';
import { runProgram as runPhases } from './program-run.js';
import { LostUpdateDetector, type LostUpdateGroup } from './lost-updates.js';

export type MachineFactory = (compiled: Compiled, profile: VersionProfile, opts: MachineOptions) => Machine;

export interface RunRequest {
  readonly compiled: Compiled;
  readonly profile: VersionProfile;
  readonly createMachine: MachineFactory;
  readonly scheduler: Scheduler;
  readonly maxSteps: number;
  readonly switchInterval?: number;
  /** --threads N --target NAME: after the module body, N threads call target. */
  readonly threads?: { readonly count: number; readonly target: string };
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly timeBudgetMs?: number;
  /** Called when the program ended, before the interpreter's exit finalizes what it still holds. */
  readonly beforeShutdown?: () => void;
}

export interface GlobalChange {
  readonly name: string;
  readonly before: string | undefined;
  readonly after: string | undefined;
}

export interface RunResult {
  readonly exitStatus: number;
  readonly end: ExecutionEnd;
  readonly threads: readonly ThreadInfo[];
  readonly instructions: number;
  readonly switches: number;
  readonly simulatedSeconds: number;
  readonly wallMs: number;
  readonly lostUpdates: readonly LostUpdateGroup[];
  readonly totalLost: number;
  readonly globalsChanged: readonly GlobalChange[];
}

export function runProgram(req: RunRequest): RunResult {
  const t0 = performance.now();
  const machine = req.createMachine(req.compiled, req.profile, {
    maxSteps: req.maxSteps,
    stdout: req.stdout,
    stderr: req.stderr,
    ...(req.switchInterval !== undefined ? { switchInterval: req.switchInterval } : {}),
  });
  const detector = new LostUpdateDetector(machine);
  machine.setObserver(detector);
  // With --threads, the globals as the module body left them (taken when the threads are created).
  let before: ReadonlyMap<string, string> | undefined;
  const result = runPhases(machine, req.scheduler, {
    spawn: req.threads ? { threads: req.threads.count, target: req.threads.target } : undefined,
    timeBudgetMs: req.timeBudgetMs,
    onBarrier: () => void (before = machine.globalsSnapshot()),
  });
  const globalsChanged = before ? diffGlobals(before, machine.globalsSnapshot()) : [];
  // the interpreter's exit: what the module still holds is finalized (CPython runs those __del__)
  let end = result.end;
  if (end.kind === 'finished') {
    req.beforeShutdown?.();
    if (machine.shutdown() === 'step-limit') end = { kind: 'step-limit', steps: machine.steps };
  }
  return {
    exitStatus: machine.exitStatus(),
    end,
    threads: machine.threads(),
    instructions: machine.steps,
    switches: result.stats.switches,
    simulatedSeconds: machine.clock / 1e9,
    wallMs: performance.now() - t0,
    lostUpdates: detector.lostUpdateGroups(),
    totalLost: detector.totalLost(),
    globalsChanged,
  };
}

function diffGlobals(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): GlobalChange[] {
  const out: GlobalChange[] = [];
  for (const [name, value] of after) if (before.get(name) !== value) out.push({ name, before: before.get(name), after: value });
  for (const [name, value] of before) if (!after.has(name)) out.push({ name, before: value, after: undefined });
  return out;
}
