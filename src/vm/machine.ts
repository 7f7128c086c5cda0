// Stage: VM. The Machine of src/sim/contract.ts: owns the interpreter state, threads and the
// simulated clock; runSlice runs one thread to its next 3.8 switch point past a tick, a block
// or its end. Thread bootstrap and CPython's "Exception in thread" report live here.
import type {
  AccessObserver, Machine, MachineOptions, SliceEnd, ThreadId, ThreadInfo,
  UncaughtException,
} from '../sim/contract.js';
import type { Compiled } from '../pipeline.js';
import type { SourceFile } from '../source/source.js';
import type { VersionProfile } from '../versions/profile.js';
import type { CodeObject } from '../compiler/code.js';
import type { SwitchPointTable } from '../versions/vm-rules.js';
import { compileSource } from '../pipeline.js';
import { makeSource } from '../source/source.js';
import { PyObject, decref, heap, resetHeap } from './objects/base.js';
import { PyFunction, PyInstance, PyMethod, PyModule, pyCodeFor, strKey } from './objects/callables.js';
import { PyDict, PyTuple } from './objects/containers.js';
import { PyException, PyThrow, SystemExit } from './objects/exceptions.js';
import { hashHooks, setStrHashVariant } from './objects/hash.js';
import { setRules } from './objects/set.js';
import { None, PyInt, newStr } from './objects/scalars.js';
import { attrHooks } from './ops/attr.js';
import { callHooks, callObject, typeName } from './ops/call.js';
import { truthy } from './ops/compare.js';
import { repr, str } from './ops/repr.js';
import { installConstructors } from './builtins/constructors.js';
import { installMethods } from './builtins/methods.js';
import { makeBuiltins } from './builtins/functions.js';
import { PySuper, superGetAttr } from './builtins/classes.js';
import { callFunctionNested, newFunctionFrame, nestedHooks } from './interp/calls.js';
import { decode } from './interp/decode.js';
import { frozensetBuildPlan } from '../versions/frozenset-builds.js';
import { Slice, execute, runNested } from './interp/eval.js';
import { deferFinalizer, drainNested, finalizerState, ignoredInDel, pendingDel } from './interp/finalizers.js';
import { Frame, VmThread } from './interp/frame.js';
import { BLOCKED, Sink, setVm, vm, type VmState } from './interp/state.js';
import { formatException, uncaughtHooks, type ExtraEntry } from './interp/traceback.js';
import { locks, threadNative, threadType } from './modules/threading.js';
import './modules/sys.js';
import './modules/time.js';
import './modules/gc.js';
import './modules/dis.js';
import './modules/math.js';
import { typeError } from './objects/exceptions.js';
import { resetGc, shutdownCollections } from './memory/generations.js';
import { markFinalized } from './memory/collector.js';
import { releaseFinishedThread } from './memory/threads.js';


let installed = false;
function installOnce(): void {
  if (installed) return;
  installed = true;
  installConstructors();
  installMethods();
  callHooks.callFunction = callFunctionNested;
  nestedHooks.runNested = runNested;
  attrHooks.superGet = (o, name) => superGetAttr(o as PySuper, name);
  hashHooks.user = (o) => {
    const t = o.type;
    if (t.layout === 'list' || t.layout === 'dict' || t.layout === 'set') return typeError(`unhashable type: '${t.name}'`);
    if (!t.isHeap) return null;
    const h = t.lookup('__hash__');
    if (h === null) return null;
    if (h === None) return typeError(`unhashable type: '${t.name}'`);
    const r = callObject(h, [o]);
    if (!(r instanceof PyInt)) return typeError('__hash__ method should return an integer');
    const v = r.v;
    decref(r);
    return v;
  };
  heap.finalize = (o, fromDealloc) => {
    if (!markFinalized(o)) return; // PEP 442: __del__ runs at most once
    const del = o.type.lookup('__del__');
    if (!del) return;
    if (fromDealloc && deferFinalizer(o, del)) return; // runs as frames after this instruction
    if (vm.steps >= vm.maxSteps) return; // the instruction limit was reached (at exit): no more Python code
    try {
      decref(callObject(del, [o]));
    } catch (e) {
      if (!(e instanceof PyThrow)) throw e;
      // the limit reached inside: reported as the run's end, not as the finalizer's exception
      if (vm.steps >= vm.maxSteps) decref(e.exc);
      else ignoredInDel(del, e);
    }
  };
}

export interface VmMachineOptions {
  maxSteps?: number;
  switchPoints?: SwitchPointTable;
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
  switchInterval?: number;
}

/** The factory the simulation layer uses (sim/run.ts MachineFactory). */
export function createMachine(compiled: Compiled, profile: VersionProfile, opts: MachineOptions): Machine {
  return new VmMachine(compiled.source, profile, compiled.code, opts);
}

export class VmMachine implements Machine {
  readonly state: VmState;
  private exitCode: number | null = null;
  private readonly uncaught: UncaughtException[] = [];
  constructor(
    readonly source: SourceFile,
    readonly profile: VersionProfile,
    code: CodeObject,
    opts: VmMachineOptions = {},
  ) {
    installOnce();
    resetHeap();
    resetGc(profile.memory);
    setStrHashVariant(profile.vm.strHash);
    setRules.reuseDummy = profile.vm.setAddReusesDummy;
    const main = new VmThread(0, 'MainThread');
    const builtinsMod = makeBuiltins();
    this.state = {
      thread: main,
      threads: [main],
      tables: {
        opcodes: profile.opcodes,
        switchPoints: opts.switchPoints ?? profile.vm.switchPoints,
        jumpArgScale: profile.vm.jumpArgScale,
        instructionLines: profile.vm.instructionLines,
        xt: profile.vm.xt,
        frozensetBuilds: frozensetBuildPlan(code, profile.opcodes, profile.vm.internedAtStartup()),
      },
      profile,
      builtins: builtinsMod.dict,
      mainModule: null,
      modules: new Map(),
      observer: null,
      observerPlain: false,
      observerRepeats: false,
      clock: 0,
      steps: 0,
      maxSteps: opts.maxSteps ?? Number.MAX_SAFE_INTEGER,
      out: new Sink(opts.stdout ?? null),
      err: new Sink(opts.stderr ?? null),
      sources: new Map([[source.path, source.lines]]),
      switchInterval: opts.switchInterval ?? 0.005,
      nestDepth: 0,
      spawn: (py, name) => this.spawn(py, name),
      threadCounter: 0,
      gcEnabled: true,
      stepHook: null,
      dead0: null,
      dead1: null,
      dead2: null,
    };
    setVm(this.state);
    locks.clear();
    const g = new PyDict();
    g.setStr('__name__', strKey('__name__'), newStr('__main__'));
    g.setStr('__builtins__', strKey('__builtins__'), builtinsMod);
    g.setStr('__doc__', strKey('__doc__'), None);
    const mod = new PyModule('__main__', g);
    this.state.mainModule = mod;
    this.state.modules.set('__main__', mod);
    const pc = pyCodeFor(code);
    const d = decode(pc, this.state.tables);
    g.refcnt++;
    const f = new Frame(pc, d, g, builtinsMod.dict, g, null);
    main.frame = f;
    uncaughtHooks.report = (th, exc) => this.reportUncaught(th, exc);
  }

  private activate(): void {
    if (vm !== this.state) {
      setVm(this.state);
      setStrHashVariant(this.profile.vm.strHash);
      setRules.reuseDummy = this.profile.vm.setAddReusesDummy;
    }
  }

  get clock(): number {
    return this.state.clock;
  }
  get steps(): number {
    return this.state.steps;
  }
  get stdout(): string {
    return this.state.out.text();
  }
  get stderr(): string {
    return this.state.err.text();
  }
  /** Process exit status so far: 1 after an uncaught exception in the main thread, SystemExit's code. */
  exitStatus(): number {
    return this.exitCode ?? 0;
  }
  switchInterval(): number {
    return this.state.switchInterval;
  }
  lineOf(id: ThreadId): number {
    const f = this.find(id).frame;
    return f ? f.d.lines[Math.max(0, f.pc - 1)] ?? 0 : 0;
  }

  private spawn(py: PyObject, name: string): VmThread {
    const th = new VmThread(this.state.threads.length, name);
    th.pyThread = py as PyInstance;
    py.refcnt++;
    th.pendingEntry = () => this.enterThread(th);
    this.state.threads.push(th);
    return th;
  }

  /** First slice of a thread: push the frame of run() / the target (or call a builtin target). */
  private enterThread(th: VmThread): void {
    const py = th.pyThread!;
    const run = py.type.lookup('run');
    const n = threadNative(py);
    let callable: PyObject;
    let args: PyObject[];
    let kw: Map<string, PyObject> | null = null;
    if (run instanceof PyFunction) {
      callable = run;
      args = [py];
    } else {
      if (!n.target) {
        th.state = 'done';
        return;
      }
      callable = n.target;
      args = n.args instanceof PyTuple ? n.args.items.slice() : [];
      if (n.kwargs instanceof PyDict) {
        kw = new Map();
        for (const e of n.kwargs.map.values()) kw.set(str(e.key), e.value);
      }
    }
    const fn = callable instanceof PyMethod && callable.func instanceof PyFunction ? callable.func : callable;
    if (callable instanceof PyMethod && callable.func instanceof PyFunction) args = [callable.self, ...args];
    if (fn instanceof PyFunction) {
      try {
        const f = newFunctionFrame(fn, args, 0, args.length, kw ? [...kw.keys()] : null, kw ? [...kw.values()] : null);
        th.frame = f;
      } catch (e) {
        if (e instanceof PyThrow) {
          this.reportUncaught(th, e.exc);
          decref(e.exc);
          th.state = 'done';
          return;
        }
        throw e;
      }
      return;
    }
    try {
      const r = callObject(fn, args, kw);
      if (r !== BLOCKED) decref(r);
    } catch (e) {
      if (e instanceof PyThrow) {
        this.reportUncaught(th, e.exc);
        decref(e.exc);
      } else throw e;
    }
    th.state = 'done';
  }

  uncaughtExceptions(): readonly UncaughtException[] {
    return this.uncaught;
  }

  private reportUncaught(th: VmThread, exc: PyException): void {
    if (exc.type.isSubtypeOf(SystemExit)) {
      if (th.id === 0) {
        const a = exc.args.items;
        const v = a.length ? a[0]! : None;
        if (v === None) this.exitCode = 0;
        else if (v instanceof PyInt) this.exitCode = Number(v.v);
        else {
          this.state.err.push(str(v) + '\n');
          this.exitCode = 1;
        }
      }
      return;
    }
    let message: string;
    try {
      message = str(exc);
    } catch {
      message = '<exception str() failed>';
    }
    this.uncaught.push({ thread: th.id, type: exc.type.name, message, line: exc.tb[exc.tb.length - 1]?.line ?? 0 });
    if (th.id === 0) {
      this.state.err.push(formatException(exc));
      this.exitCode = 1;
      return;
    }
    // threading.py's frames (path and lines are the version's stdlib facts)
    const prefix: ExtraEntry[] = [];
    const lib = this.profile.stdlib;
    if (lib) {
      const file = `${lib.libDir}/threading.py`;
      prefix.push({ filename: file, name: '_bootstrap_inner', line: lib.threading.bootstrapInnerLine, text: 'self.run()' });
      const py = th.pyThread;
      if (py && !(py.type.lookup('run') instanceof PyFunction)) {
        prefix.push({ filename: file, name: 'run', line: lib.threading.runLine, text: 'self._target(*self._args, **self._kwargs)' });
      }
    }
    this.state.err.push(`Exception in thread ${th.name}:\n` + formatException(exc, prefix));
  }

  private find(id: ThreadId): VmThread {
    const t = this.state.threads[id];
    if (!t) throw new Error(`no thread ${id}`);
    return t;
  }

  threadCount(): number {
    return this.state.threads.length;
  }

  threads(): readonly ThreadInfo[] {
    return this.state.threads.map((t) => ({
      id: t.id,
      name: t.name,
      state: this.isRunnable(t.id) ? 'runnable' : t.state === 'done' ? 'done' : 'blocked',
      block: t.state === 'blocked' ? t.block : undefined,
      where: t.frame
        ? {
            filename: t.frame.d.code.filename,
            func: t.frame.d.code.name,
            line: t.frame.line,
            offset: Math.max(0, t.frame.pc - 1) * 2,
            opname: t.frame.d.opnames[Math.max(0, t.frame.pc - 1)] ?? '',
          }
        : undefined,
      heldLocks: t.heldLocks.slice(),
    }));
  }

  isRunnable(id: ThreadId): boolean {
    const t = this.find(id);
    if (t.state === 'done') return false;
    if (t.state === 'runnable') return true;
    const b = t.block;
    if (!b) return true;
    let ok = false;
    switch (b.kind) {
      case 'lock': {
        const l = locks.get(b.lockId);
        ok = !l || l.count === 0;
        break;
      }
      case 'join':
        ok = this.find(b.threadId).state === 'done';
        break;
      case 'start': {
        const c = this.find(b.threadId);
        ok = c.ranFirstSlice || c.state === 'done';
        break;
      }
      case 'sleep':
        ok = this.state.clock >= b.untilTick;
        break;
    }
    if (ok) {
      t.state = 'runnable';
      t.block = undefined;
    }
    return ok;
  }

  runSlice(id: ThreadId, untilTick: number): SliceEnd {
    this.activate();
    const th = this.find(id);
    if (!this.isRunnable(id)) throw new Error(`thread ${id} is not runnable`);
    this.state.thread = th;
    if (th.pendingEntry) {
      const e = th.pendingEntry;
      th.pendingEntry = null;
      e();
      th.ranFirstSlice = true;
      if (th.state === 'done' || !th.frame) {
        th.state = 'done';
        releaseFinishedThread(th);
        if (this.state.observer) this.state.observer.sync(th.id, 'end', th.id);
        return { kind: 'done' };
      }
    }
    th.ranFirstSlice = true;
    finalizerState.defer = true;
    let r: Slice;
    try {
      r = execute(th, untilTick, false) as Slice;
    } finally {
      finalizerState.defer = false;
    }
    if (pendingDel.length) drainNested(); // a thread's last frame released objects with __del__
    switch (r) {
      case Slice.Switch:
        return { kind: 'switch-point' };
      case Slice.Blocked:
        return { kind: 'blocked', reason: th.block! };
      case Slice.StepLimit:
        return { kind: 'step-limit' };
      default:
        th.state = 'done';
        releaseFinishedThread(th);
        if (this.state.observer) this.state.observer.sync(th.id, 'end', th.id);
        return { kind: 'done' };
    }
  }

  advanceClock(toTick: number): void {
    if (toTick > this.state.clock) this.state.clock = toTick;
  }

  setObserver(observer: AccessObserver | null): void {
    this.state.observer = observer;
    this.state.observerPlain = observer?.plainReads === true;
    this.state.observerRepeats = observer?.repeat !== undefined && observer.hasStaleRead !== undefined;
  }

  spawnThreadCalling(name: string): ThreadId {
    this.activate();
    const g = this.state.mainModule!.dict;
    const fn = g.getStr(name);
    if (!fn) throw new Error(`no module-level function '${name}'`);
    const py = callObject(threadType, [], new Map([['target', fn]]));
    const n = threadNative(py);
    n.started = true;
    const th = this.spawn(py, n.name);
    n.vmThread = th;
    decref(py);
    return th.id;
  }

  repr(value: unknown): string {
    this.activate();
    if (value instanceof PyObject) {
      try {
        return repr(value);
      } catch {
        return `<${typeName(value)} object>`;
      }
    }
    return String(value);
  }

  describeLocation(objId: number, key: string): string {
    const g = this.state.mainModule!.dict;
    if (objId === g.id) return `global ${key}`;
    for (const e of g.map.values()) {
      if (e.value.id === objId) return key.startsWith('[') ? `${str(e.key)}${key}` : `${str(e.key)}.${key}`;
      if (e.value instanceof PyInstance && e.value.id === objId) return `${str(e.key)}.${key}`;
    }
    for (const e of g.map.values()) {
      const v = e.value;
      if (v instanceof PyInstance && v.dict) {
        for (const e2 of v.dict.map.values()) {
          if (e2.value.id === objId) return `${str(e.key)}.${str(e2.key)}${key.startsWith('[') ? key : '.' + key}`;
        }
      }
    }
    if (key === 'cell') return `cell#${objId}`;
    return key.startsWith('[') ? `<object#${objId}>${key}` : `<object#${objId}>.${key}`;
  }

  globalsSnapshot(): ReadonlyMap<string, string> {
    this.activate();
    const out = new Map<string, string>();
    for (const e of this.state.mainModule!.dict.map.values()) {
      const k = str(e.key);
      const v = e.value;
      if (k.startsWith('__')) continue;
      const l = v.type.layout;
      if (l === 'function' || l === 'type' || l === 'module' || l === 'builtin' || (v.type === v.type.type)) continue;
      if (v instanceof PyModule || v.type.name === 'type') continue;
      try {
        out.set(k, repr(v));
      } catch {
        out.set(k, `<${v.type.name} object>`);
      }
    }
    return out;
  }

  /**
   * CPython's Py_FinalizeEx once the threads have ended: a full collection if the collector is
   * enabled (it frees nothing the module reaches, but leaves the collector's list in its walk
   * order), then __main__ leaves sys.modules and a last full collection, enabled or not, finds
   * the module's dict and all only it reaches unreachable: their __del__ run in the collector's
   * order, on the main thread, then they are freed (docs/research/shutdown-finalization.md).
   */
  shutdown(): 'done' | 'step-limit' {
    const st = this.state;
    const mod = st.mainModule;
    if (mod === null || !st.modules.has('__main__')) return 'done';
    // without a __del__ anywhere, what the exit frees shows nowhere: nothing to do
    if (!heap.anyDel) return 'done';
    this.activate();
    st.thread = st.threads[0]!;
    shutdownCollections(() => {
      st.modules.delete('__main__');
      st.mainModule = null;
      // from here on CPython's tracebacks show no source lines (its io machinery is gone)
      st.sources.clear();
      decref(mod);
    });
    return st.steps >= st.maxSteps ? 'step-limit' : 'done';
  }

  evalInGlobals(expr: string): { repr: string; truthy: boolean } | { error: string } {
    this.activate();
    let compiled;
    try {
      compiled = compileSource(makeSource('<expr>', `__gilsim_result__ = (${expr})\n`), this.profile);
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
    const g = this.state.mainModule!.dict;
    const th = new VmThread(this.state.threads.length + 1000, '<eval>');
    const pc = pyCodeFor(compiled.code);
    const d = decode(pc, this.state.tables);
    g.refcnt++;
    th.frame = new Frame(pc, d, g, this.state.builtins, g, null);
    th.frame.nestedBase = true;
    const saved = this.state.thread;
    const savedMax = this.state.maxSteps;
    this.state.thread = th;
    this.state.maxSteps = Number.MAX_SAFE_INTEGER;
    try {
      const r = runNested(th, th.frame);
      decref(r);
      const v = g.getStr('__gilsim_result__');
      if (!v) return { error: 'no result' };
      const out = { repr: repr(v), truthy: truthy(v) };
      g.deleteStr('__gilsim_result__');
      return out;
    } catch (e) {
      if (e instanceof PyThrow) {
        const msg = formatException(e.exc).trim().split('\n').pop()!;
        return { error: msg };
      }
      return { error: e instanceof Error ? e.message : String(e) };
    } finally {
      this.state.thread = saved;
      this.state.maxSteps = savedMax;
    }
  }
}

export { runNested, Frame };
