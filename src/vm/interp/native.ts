// Stage: VM interpreter. Native frames: a resumable builtin (objects/native-call.ts) runs as a frame
// of the thread. Its one instruction (NATIVE_RESUME, no switch check) advances the generator; each
// Python call it requests is pushed as an ordinary frame above it (frame-start and in-body switch
// points, blocking calls), whose return value the generator receives. A native frame's finished
// result goes to the instruction that started it like a call's result. Must not depend on sim.
import type { CodeObject } from '../../compiler/code.js';
import { PyObject, PyType, decref, makeType } from '../objects/base.js';
import { PyBuiltin, PyCode, PyFunction, PyMethod, type KwArgs } from '../objects/callables.js';
import { newNone } from '../objects/scalars.js';
import { PyException, PyThrow, RecursionError, newException } from '../objects/exceptions.js';
import { request, resumableCtors, type NativeGen } from '../objects/native-call.js';
import { callObject } from '../ops/call.js';
import { asThrow, blockedNested } from '../ops/native-sync.js';
import { RECURSION_LIMIT, framedCall, releaseCallSlots } from './calls.js';
import type { Decoded } from './decode.js';
import { Frame, Ret, popCallerSlots, type VmThread } from './frame.js';
import { Cold, H } from './handlers.js';
import { Op } from './ops.js';
import { BLOCKED } from './state.js';
import { toPyException } from './support.js';

const CODE: CodeObject = {
  argcount: 0, posonlyargcount: 0, kwonlyargcount: 0, nlocals: 0, stacksize: 2, flags: 0,
  code: new Uint8Array(2), consts: [], names: [], varnames: [], freevars: [], cellvars: [],
  filename: '<native>', name: '<native>', qualname: '<native>', firstlineno: 0,
  linetable: new Uint8Array(0), exceptiontable: new Uint8Array(0), serial: -1,
};

/** The decoded code of every native frame: one NATIVE_RESUME, cost 0, loop-top check skipped. */
export const NATIVE_DECODED: Decoded = {
  n: 1,
  ops: Uint8Array.of(Op.NATIVE_RESUME),
  args: new Int32Array(1),
  lines: Int32Array.of(0),
  sw: new Uint8Array(1),
  cost: new Float64Array(1),
  skip: Uint8Array.of(1),
  consts: [],
  names: [],
  nameObjs: [],
  code: CODE,
  opnames: ['<native>'],
  icType: [null],
  icVer: new Float64Array(1),
  icObj: [null],
  icDict: [null],
  icEntry: [null],
  icKeys: new Float64Array(1),
  loop: new Uint8Array(1),
  jit: null,
  jitMiss: new Uint8Array(1),
  jitSlow: new Uint8Array(1),
};
const NATIVE_CODE = new PyCode(CODE);
NATIVE_CODE.refcnt = 1 << 30;
NATIVE_CODE.decoded = NATIVE_DECODED;

const nativeCallType = makeType('<native call>', null, 'object');

/** What to do with a finished builtin's result in the caller frame (default: push it unless null). */
export type Deliver = (caller: Frame, value: PyObject | null) => void;

/** The generator of a native frame, kept in its stack slot 0 (never freed by the frame). */
class NativeCall extends PyObject {
  declare gen: NativeGen<PyObject | null>;
  declare deliver: Deliver | null;
  /** The starting instruction has no loop-top check after it (its version switch kind). */
  declare quiet: boolean;
  constructor(gen: NativeGen<PyObject | null>, deliver: Deliver | null, quiet: boolean) {
    super(undefined);
    this.refcnt = 1 << 30;
    this.id = 0; // allocates no Python object id (C code allocates no object either)
    this.type = nativeCallType;
    this.gen = gen;
    this.deliver = deliver;
    this.quiet = quiet;
  }
}

/** startNative's answer when the builtin now runs as a native frame (a callee frame is on top). */
export const SUSPENDED = new PyObject(undefined);

let lastValue: PyObject | null = null;

function kwLists(kw: KwArgs | null): [string[] | null, PyObject[] | null] {
  if (kw === null || kw.size === 0) return [null, null];
  return [[...kw.keys()], [...kw.values()]];
}

/**
 * Run the generator until it finishes (null returned, its value in lastValue) or requests a call
 * that runs as a frame (that frame returned, not yet linked). Calls that cannot be frames
 * (builtins) are made here. Exceptions escaping the generator propagate.
 */
function advance(g: NativeGen<PyObject | null>, depth: number, send: PyObject | undefined, err: PyThrow | null): Frame | null {
  for (;;) {
    const step = err !== null ? g.throw(err) : g.next(send as PyObject);
    err = null;
    if (step.done) {
      lastValue = step.value;
      return null;
    }
    const r = step.value;
    try {
      const [kn, kv] = kwLists(r.kw);
      const callee = framedCall(r.fn, r.args, 0, r.args.length, kn, kv);
      if (callee !== null) {
        if (depth + 1 > RECURSION_LIMIT) {
          callee.release();
          if (callee.ret === Ret.Init && callee.initSelf) decref(callee.initSelf);
          throw new PyThrow(newException(RecursionError, 'maximum recursion depth exceeded'));
        }
        return callee;
      }
      send = r.fn instanceof PyBuiltin ? r.fn.fn(r.args, r.kw) : callObject(r.fn, r.args, r.kw);
      if (send === BLOCKED) blockedNested();
    } catch (e) {
      err = asThrow(e, g);
    }
  }
}

function linkCallee(th: VmThread, nf: Frame, callee: Frame): void {
  callee.callerPop = 0;
  callee.depth = nf.depth + 1;
  callee.back = nf;
  th.frame = callee;
}

/**
 * Start a resumable builtin from the handler of instruction i of frame f (th's top frame, f.sp
 * counting the instruction's operands). Returns its result (new reference, or null for none)
 * when it finished without running Python code as a frame; else SUSPENDED: a native frame that
 * pops callerPop operands of f when it finishes and the first callee frame are pushed, and the
 * handler returns Cold.Frame.
 */
export function startNative(
  th: VmThread, f: Frame, i: number, g: NativeGen<PyObject | null>, callerPop: number, deliver: Deliver | null = null,
  quiet: boolean = f.d.sw[i] !== 1,
): PyObject | null {
  const callee = advance(g, f.depth, undefined, null);
  if (callee === null) {
    const v = lastValue;
    lastValue = null;
    return v;
  }
  const nf = new Frame(NATIVE_CODE, NATIVE_DECODED, f.globals, f.builtins, null, null);
  nf.stack[0] = new NativeCall(g, deliver, quiet);
  nf.sp = 1;
  nf.fresh = false;
  nf.callerPop = callerPop;
  nf.depth = f.depth;
  nf.back = f;
  th.frame = nf;
  linkCallee(th, nf, callee);
  return SUSPENDED;
}

/** The native frame is done: pop it and its caller's operands, hand over the value. */
function finish(th: VmThread, nf: Frame, nc: NativeCall, value: PyObject | null): Cold {
  nf.release();
  const back = nf.back!;
  th.frame = back;
  nf.back = null;
  popCallerSlots(back, nf);
  if (nc.deliver !== null) nc.deliver(back, value);
  else if (value !== null) back.stack[back.sp++] = value;
  return nc.quiet ? Cold.FrameQuiet : Cold.Frame;
}

/** NATIVE_RESUME: send the callee's return value (slot 1) into the generator. */
function opNativeResume(th: VmThread, f: Frame): Cold {
  const nc = f.stack[0] as NativeCall;
  let send: PyObject | undefined;
  if (f.sp > 1) {
    send = f.stack[1]!;
    f.stack[1] = null;
    f.sp = 1;
  }
  f.pc = 0;
  const callee = advance(nc.gen, f.depth, send, null);
  if (callee !== null) {
    linkCallee(th, f, callee);
    return Cold.Frame;
  }
  const v = lastValue;
  lastValue = null;
  return finish(th, f, nc, v);
}

/**
 * Exception unwinding reached native frame nf (th's top frame): the exception goes into the
 * generator. Returns null when the builtin carried on (a callee or the caller is th's frame now),
 * else the exception leaving the builtin (nf is still on top, the unwinder pops it).
 */
export function unwindNative(th: VmThread, nf: Frame, exc: PyException): PyException | null {
  const nc = nf.stack[0] as NativeCall;
  let callee: Frame | null;
  try {
    callee = advance(nc.gen, nf.depth, undefined, new PyThrow(exc));
  } catch (e) {
    return toPyException(e);
  }
  if (callee !== null) {
    linkCallee(th, nf, callee);
    return null;
  }
  const v = lastValue;
  lastValue = null;
  finish(th, nf, nc, v);
  return null;
}

H[Op.NATIVE_RESUME] = opNativeResume;

/**
 * The running generator when `callable` is a resumable builtin (maybe bound to self) or an
 * instance with a Python __call__, else null.
 */
export function resumableCall(
  callable: PyObject,
  stack: readonly (PyObject | null)[],
  start: number,
  n: number,
  kwNames: readonly string[] | null,
  kwValues: readonly PyObject[] | null,
): NativeGen<PyObject | null> | null {
  let b = callable;
  const args: PyObject[] = [];
  if (callable instanceof PyType && !callable.isHeap) {
    const ctor = resumableCtors.get(callable);
    if (ctor === undefined || !ctor.applies(stack as PyObject[], n, start, kwNames !== null && kwNames.length > 0)) return null;
    for (let k = 0; k < n; k++) args.push(stack[start + k]!);
    return ctor.gen(args, null);
  }
  const userCall = userDunder(callable, '__call__');
  if (userCall !== null) args.push(callable);
  else if (callable instanceof PyMethod) {
    b = callable.func;
    args.push(callable.self);
  }
  if (userCall === null && (!(b instanceof PyBuiltin) || b.gen === null)) return null;
  for (let k = 0; k < n; k++) args.push(stack[start + k]!);
  let kw: KwArgs | null = null;
  if (kwNames !== null && kwNames.length) {
    kw = new Map();
    for (let k = 0; k < kwNames.length; k++) kw.set(kwNames[k]!, kwValues![k]!);
  }
  if (userCall !== null) return callOnce(userCall, args, kw);
  return (b as PyBuiltin).gen!(args, kw);
}

/** An instance's Python __call__ (runs as a frame). */
export function* callOnce(fn: PyObject, args: PyObject[], kw: KwArgs | null): NativeGen {
  return yield request(fn, args, kw);
}

/**
 * A CALL_* of a resumable builtin whose operands are f.stack[base .. sp): finished at once (the
 * operands are replaced by the result, Cold.Next) or running as a native frame (Cold.Frame).
 */
export function callNative(th: VmThread, f: Frame, i: number, g: NativeGen<PyObject | null>, base: number, sp: number): Cold {
  f.sp = sp;
  const r = startNative(th, f, i, g, sp - base);
  if (r === SUSPENDED) return Cold.Frame;
  const stack = f.stack;
  releaseCallSlots(stack, base, sp);
  stack[base] = r ?? newNone();
  f.sp = base + 1;
  return Cold.Next;
}

/** The Python function a user class defines (or inherits) for dunder `name`, else null. */
export function userDunder(o: PyObject, name: string): PyFunction | null {
  if (!o.type.isHeap) return null;
  const m = o.type.lookup(name);
  return m instanceof PyFunction ? m : null;
}

// The instruction-specific entry points (FOR_ITER, LOAD_ATTR/STORE_ATTR, operators, with, ...).
export * from './native-ops.js';
