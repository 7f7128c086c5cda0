// Stage: VM interpreter. The state of the running machine that builtins and modules reach:
// current thread, clock, output buffers, observer, module table. One machine runs at a time.
import type { AccessObserver } from '../../sim/contract.js';
import type { VersionProfile } from '../../versions/profile.js';
import { PyObject } from '../objects/base.js';
import type { PyDict } from '../objects/containers.js';
import type { PyModule } from '../objects/callables.js';
import type { Frame, VmThread } from './frame.js';
import type { VmTables } from './decode.js';

/** Returned by a builtin that must block: the current thread's `block` says why. */
export const BLOCKED = new PyObject(null as never);
BLOCKED.refcnt = 1 << 30;

export interface VmState {
  thread: VmThread;
  threads: VmThread[];
  tables: VmTables;
  profile: VersionProfile;
  builtins: PyDict;
  mainModule: PyModule | null;
  modules: Map<string, PyModule>;
  observer: AccessObserver | null;
  /** observer.plainReads: reads need no frame/clock sync first (compiled attribute reads). */
  observerPlain: boolean;
  /** observer.repeat exists: loop kernels (src/vm/kernel) may summarise iterations for it. */
  observerRepeats: boolean;
  clock: number;
  steps: number;
  maxSteps: number;
  out: Sink;
  err: Sink;
  /** Source lines by filename, for tracebacks. */
  sources: Map<string, readonly string[]>;
  /** Switch interval in seconds (sys.setswitchinterval). */
  switchInterval: number;
  /** Depth of nested (JS-recursive) interpreter runs; blocking is impossible inside them. */
  nestDepth: number;
  /** Creates the interpreter thread for a started threading.Thread (installed by machine.ts). */
  spawn: ((pyThread: PyObject, name: string) => VmThread) | null;
  threadCounter: number;
  gcEnabled: boolean;
  /**
   * Called before every instruction when set (null otherwise: one check per instruction).
   * Diagnostics only (`--trace-refs`, src/vm/memory/trace-refs.ts); `f.pc`/`f.sp` are current.
   */
  stepHook: ((f: Frame, i: number) => void) | null;
  /** Objects a compiled frame left to deallocate (Exit.Dealloc, src/vm/jit/exits.ts), in order; null otherwise. */
  dead0: PyObject | null;
  dead1: PyObject | null;
  dead2: PyObject | null;
}

/** Program output: collected, and forwarded to a callback when one is given. */
export class Sink {
  readonly parts: string[] = [];
  constructor(private readonly forward: ((s: string) => void) | null = null) {}
  push(s: string): void {
    this.parts.push(s);
    if (this.forward) this.forward(s);
  }
  text(): string {
    return this.parts.join('');
  }
}

export let vm: VmState = null as unknown as VmState;

export function setVm(s: VmState): void {
  vm = s;
}
