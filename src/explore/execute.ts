// Stage: explore. One explored execution: a fresh machine from the factory, the program run
// under a stepping scheduler with the access recorder and the lost-update detector attached,
// then the properties (asserts, --expect, lost updates, deadlock, uncaught exceptions) and the
// --observe values. Depends on sim/ and schedulers/, never on the VM's internals.
import type { Machine, ThreadInfo } from '../sim/contract.js';
import type { ExecutionEnd } from '../sim/execution.js';
import { LostUpdateDetector } from '../sim/lost-updates.js';
import { teeObserver } from '../sim/observers.js';
import type { SteppingScheduler } from '../schedulers/stepping.js';
import { AbandonExecution } from '../schedulers/tree.js';
import { AccessRecorder, type SliceRecord } from './accesses.js';
import { runProgram, type SpawnSpec } from '../sim/program-run.js';

export type ViolationKind = 'lost-update' | 'assertion' | 'expect' | 'deadlock' | 'exception';

export interface Violation {
  readonly kind: ViolationKind;
  readonly message: string;
  /** Source line the violation points at (null for --expect and when unknown). */
  readonly line: number | null;
}

export interface OutputSinks {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export interface ProgramConfig {
  /** A fresh machine with the compiled program loaded, nothing run yet, writing to `sinks`. */
  readonly factory: (sinks: OutputSinks) => Machine;
  readonly spawn?: SpawnSpec | undefined;
  readonly observe: readonly string[];
  readonly expect: readonly string[];
  /** Wall-clock budget of one execution. */
  readonly executionBudgetMs?: number | undefined;
}

export interface ExecutionRecord {
  readonly slices: readonly SliceRecord[];
  readonly end: ExecutionEnd;
  /** Per --observe expression: the repr of its value, or "<error: ...>"; empty when the run did not finish. */
  readonly observed: readonly string[];
  readonly violations: readonly Violation[];
  readonly preemptions: number;
  readonly machine: Machine;
  /** What the program wrote to stdout and stderr in this execution. */
  readonly stdout: string;
  readonly stderr: string;
  /** Set when the exploration abandoned the run part-way (properties are then not checked). */
  readonly abandoned?: AbandonExecution['reason'];
}

/** `onRecorder` sees the live slice recorder (DPOR reads the slices of the running execution). */
export function executeOnce(
  cfg: ProgramConfig,
  scheduler: SteppingScheduler,
  onRecorder?: (r: AccessRecorder) => void,
): ExecutionRecord {
  const out: string[] = [];
  const err: string[] = [];
  const machine = cfg.factory({ stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) });
  const recorder = new AccessRecorder(machine);
  onRecorder?.(recorder);
  const lost = new LostUpdateDetector(machine);
  machine.setObserver(teeObserver(recorder, lost));
  let result;
  try {
    result = runProgram(machine, scheduler, {
      spawn: cfg.spawn,
      timeBudgetMs: cfg.executionBudgetMs,
      onSlice: (t, end) => recorder.sliceEnded(t, end),
      onBarrier: () => recorder.barrier(),
    });
  } catch (e) {
    if (!(e instanceof AbandonExecution)) throw e;
    machine.setObserver(null);
    const end: ExecutionEnd = { kind: 'finished' };
    return {
      slices: recorder.slices,
      end,
      observed: [],
      violations: [],
      preemptions: scheduler.preemptions,
      machine,
      stdout: '',
      stderr: '',
      abandoned: e.reason,
    };
  }
  machine.setObserver(null);
  const violations: Violation[] = [];
  for (const g of lost.lostUpdateGroups()) {
    const u = g.first;
    violations.push({
      kind: 'lost-update',
      message:
        `lost update on ${u.location}: ${u.thread} read ${u.readValue} (line ${u.readLine}) and wrote ` +
        `${u.writtenValue} (line ${u.writeLine}), overwriting ${u.overwrittenValue} from ${u.otherThreads.join(', ')}` +
        ` (${g.lost} update${g.lost === 1 ? '' : 's'} lost)`,
      line: u.writeLine,
    });
  }
  const names = new Map(machine.threads().map((t) => [t.id, t.name]));
  const stderr = err.join('');
  for (const x of machine.uncaughtExceptions()) {
    const who = names.get(x.thread) ?? `thread ${x.thread}`;
    const text = x.message ? `${x.type}: ${x.message}` : x.type;
    violations.push({
      kind: x.type === 'AssertionError' ? 'assertion' : 'exception',
      message: `uncaught ${text} in ${who} (line ${x.line})`,
      line: x.line,
    });
  }
  if (result.end.kind === 'deadlock') violations.push(deadlockViolation(result.end.threads));
  const observed: string[] = [];
  if (result.end.kind === 'finished') {
    // A plain global name is read from the globals snapshot: evalInGlobals compiles its argument.
    let snapshot: ReadonlyMap<string, string> | undefined;
    for (const e of cfg.observe) {
      const name = e.trim();
      if (IDENTIFIER.test(name)) {
        snapshot ??= machine.globalsSnapshot();
        const v = snapshot.get(name);
        if (v !== undefined) {
          observed.push(v);
          continue;
        }
      }
      const r = machine.evalInGlobals(e);
      observed.push('error' in r ? `<error: ${r.error}>` : r.repr);
    }
    for (const e of cfg.expect) {
      const r = machine.evalInGlobals(e);
      if ('error' in r) violations.push({ kind: 'expect', message: `--expect ${e} raised ${r.error}`, line: null });
      else if (!r.truthy) violations.push({ kind: 'expect', message: `--expect ${e} is false (${r.repr})`, line: null });
    }
  }
  return {
    slices: recorder.slices,
    end: result.end,
    observed,
    violations,
    preemptions: scheduler.preemptions,
    machine,
    stdout: out.join(''),
    stderr,
  };
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function deadlockViolation(threads: readonly ThreadInfo[]): Violation {
  const stuck = threads.filter((t) => t.state === 'blocked');
  const parts = stuck.map((t) => {
    const at = t.where ? `line ${t.where.line}` : 'an unknown line';
    const holds = t.heldLocks.length ? `holding ${t.heldLocks.join(', ')}` : 'holding no lock';
    return `${t.name} at ${at}, ${holds}, ${waitingFor(t)}`;
  });
  return {
    kind: 'deadlock',
    message: `deadlock: ${parts.join('; ')}`,
    line: stuck[0]?.where?.line ?? null,
  };
}

function waitingFor(t: ThreadInfo): string {
  const b = t.block;
  switch (b?.kind) {
    case 'lock':
      return `waiting for ${b.lockName}`;
    case 'join':
      return `joining thread ${b.threadId}`;
    case 'start':
      return `starting thread ${b.threadId}`;
    case 'sleep':
      return 'sleeping';
    default:
      return 'blocked';
  }
}
