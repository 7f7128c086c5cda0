// Test helper: one run of a program as the loop-kernel tests compare it (src/vm/kernel), with the
// kernels on or off. Besides what a user sees (output, exit, instruction count, GIL switches,
// simulated time, lost updates) it records what a kernel's commit must leave exactly as the
// instructions would: the next object id, and a census of every object the module reaches at the
// program's end (type, id, reference count), and how the cached small ints' and singletons'
// reference counts moved during the run (the empty tuple's too).
import { compileSource } from '../../src/pipeline.js';
import { runProgram } from '../../src/sim/run.js';
import { GilScheduler } from '../../src/schedulers/gil.js';
import { createMachine } from '../../src/vm/machine.js';
import { kernelSettings } from '../../src/vm/kernel/compile.js';
import { jitSettings } from '../../src/vm/jit/compile.js';
import { PyType, heap, type PyObject } from '../../src/vm/objects/base.js';
import { PyBuiltin, PyModule } from '../../src/vm/objects/callables.js';
import { emptyTuple } from '../../src/vm/objects/containers.js';
import { False, None, PyInt, True, intType, newInt, strType } from '../../src/vm/objects/scalars.js';
import { vm } from '../../src/vm/interp/state.js';
import { loadProfile } from '../../src/versions/registry.js';
import type { SourceFile } from '../../src/source/source.js';

/** Where the ids of objects outliving a run start (objects/base.ts withStaticIds). */
const STATIC_IDS = 1e12;

/** Reference counts of the objects every run shares (small ints, True, False, None). */
function sharedCounts(): number[] {
  const out: number[] = [True.refcnt, False.refcnt, None.refcnt, emptyTuple.refcnt];
  for (let v = -5; v <= 256; v++) {
    const o = newInt(v);
    o.refcnt--;
    out.push(o.refcnt);
  }
  return out;
}

/**
 * The objects the program's globals reach, depth first: type, id, refcount. Objects every run
 * shares are left out (their counts carry over from earlier runs): built-in types and
 * functions, modules, strs (names are interned across runs), the small ints and singletons,
 * the empty tuple (sharedCounts covers those).
 */
function census(): string {
  const mod = vm.mainModule;
  if (mod === null) return '(no module)';
  const seen = new Set<PyObject>();
  const out: string[] = [];
  const visit = (o: PyObject): void => {
    if (seen.has(o) || o === True || o === False || o === None || o === emptyTuple) return;
    seen.add(o);
    const t = o.type;
    if (o instanceof PyModule || o instanceof PyBuiltin || t === strType || (o instanceof PyType && !o.isHeap)) return;
    if (t === intType && typeof (o as PyInt).v === 'number' && (o as PyInt).v as number >= -5 && (o as PyInt).v as number <= 256) return;
    // (constants get ids from a range shared by every run: only their counts are the run's)
    out.push(`${t.name}#${o.id < STATIC_IDS ? o.id : 'static'}:${o.refcnt}`);
    o.traverse(visit);
  };
  for (const [k, e] of mod.dict.map) if (typeof k !== 'string' || !k.startsWith('__')) visit(e.value);
  return out.join(' ');
}

export interface KernelRunOptions {
  readonly version: string;
  readonly seed: number;
  readonly interval: number;
  readonly kernels: boolean;
  readonly maxSteps?: number;
}

export async function observeRun(source: SourceFile, o: KernelRunOptions): Promise<string> {
  const profile = await loadProfile(o.version);
  jitSettings.enabled = true;
  kernelSettings.enabled = o.kernels;
  let out = '';
  let err = '';
  let summary: string;
  let end = '';
  const before = sharedCounts();
  try {
    const compiled = compileSource(source, profile);
    const r = runProgram({
      compiled, profile, createMachine, scheduler: new GilScheduler(o.seed), maxSteps: o.maxSteps ?? 2_000_000,
      switchInterval: o.interval, stdout: (t) => void (out += t), stderr: (t) => void (err += t),
      beforeShutdown: () => void (end = `ids ${heap.nextId}\n${census()}`),
    });
    if (end === '') end = `ids ${heap.nextId}\n${census()}`;
    summary = JSON.stringify([r.exitStatus, r.end.kind, r.instructions, r.switches, r.simulatedSeconds, r.totalLost, r.lostUpdates]);
  } catch (e) {
    summary = `throws ${(e as Error).message}`;
  } finally {
    kernelSettings.enabled = true;
  }
  const after = sharedCounts();
  const moved = after.map((c, k) => c - before[k]!).join(',');
  return `${summary}\n${end}\nshared ${moved}\n--- stdout\n${out}--- stderr\n${err}`;
}
