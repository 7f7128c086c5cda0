// Stage: VM interpreter. Native frames: a resumable builtin (objects/native-call.ts) runs as a frame
// of the thread. Its one instruction (NATIVE_RESUME, no switch check) advances the generator; each
// Python call it requests is pushed as an ordinary frame above it (frame-start and in-body switch
// points, blocking calls), whose return value the generator receives. A native frame's finished
// result goes to the instruction that started it like a call's result. Must not depend on sim.
import type { CodeObject } from '../../compiler/code.js';
import { PyObject, PyType, decref, makeType } from '../objects/base.js';
import { PyBuiltin, PyCode, PyFunction, PyInstance, PyMethod, PyProperty, type KwArgs } from '../objects/callables.js';
import { newNone, newStr } from '../objects/scalars.js';
import { PyException, PyThrow, RecursionError, StopIteration, TypeError, newException, pyThrow } from '../objects/exceptions.js';
import { PyIter as PyIterClass, PyRangeIter, type PyIter } from '../objects/iterators.js';
import { request, resumableCtors, type NativeGen } from '../objects/native-call.js';
import { bindAttr } from '../ops/attr.js';
import { callObject } from '../ops/call.js';
import { asThrow, blockedNested } from '../ops/native-sync.js';
import { RECURSION_LIMIT, framedCall } from './calls.js';
import type { Decoded } from './decode.js';
import { BLOCK_FINALLY, Frame, Ret, type VmThread } from './frame.js';
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
  let bsp = back.sp;
  for (let k = 0; k < nf.callerPop; k++) {
    const v = back.stack[--bsp];
    back.stack[bsp] = null;
    if (v) decref(v);
  }
  back.sp = bsp;
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
function* callOnce(fn: PyObject, args: PyObject[], kw: KwArgs | null): NativeGen {
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
  for (let k = sp - 1; k >= base; k--) {
    const v = stack[k];
    stack[k] = null;
    if (v != null) decref(v);
  }
  stack[base] = r ?? newNone();
  f.sp = base + 1;
  return Cold.Next;
}

/** FOR_ITER over an iterator whose step calls Python (map, filter): the step runs as a native frame. */
export function forIterNative(th: VmThread, f: Frame, i: number, it: PyIter, target: number): Cold {
  const g = stepOf(it);
  const r = startNative(th, f, i, g, 0, (caller, v) => forIterDeliver(caller, it, v, target));
  if (r === SUSPENDED) return Cold.Frame;
  forIterDeliver(f, it, r, target);
  return Cold.Next;
}

function* stepOf(it: PyIter): NativeGen<PyObject | null> {
  const r = yield* it.gen!(it);
  if (r === null) it.finish();
  return r;
}

function forIterDeliver(f: Frame, it: PyObject, v: PyObject | null, target: number): void {
  if (v !== null) {
    f.stack[f.sp++] = v;
    return;
  }
  f.stack[--f.sp] = null;
  decref(it);
  f.pc = target;
}

/**
 * The property that LOAD_ATTR (setter false) / STORE_ATTR (setter true) of `name` on instance o
 * runs, when its accessor is there and attribute lookup is the default one; else null.
 */
export function userProperty(o: PyInstance, name: string, setter: boolean): PyProperty | null {
  const t = o.type;
  if (!t.isHeap || t.customGetAttr || t.findGetSet(name) !== undefined) return null;
  if (setter && t.customSetAttr) return null; // a user __setattr__ comes first
  const p = t.lookup(name);
  if (!(p instanceof PyProperty)) return null;
  return (setter ? p.fset : p.fget) !== null ? p : null;
}

function* getterCall(fget: PyObject, o: PyObject): NativeGen {
  return yield request(fget, [o]);
}

function* setterCall(fset: PyObject, o: PyObject, v: PyObject): NativeGen<null> {
  decref(yield request(fset, [o, v]));
  return null;
}

/** LOAD_ATTR of a property: the getter runs as a frame (the instance stays on the stack until it returns). */
export function loadProperty(th: VmThread, f: Frame, i: number, o: PyObject, p: PyProperty): Cold {
  const r = startNative(th, f, i, getterCall(p.fget!, o), 1);
  if (r === SUSPENDED) return Cold.Frame;
  f.stack[f.sp - 1] = r!;
  decref(o);
  return Cold.Next;
}

/** STORE_ATTR of a property: the setter runs as a frame; instance and value popped when it returns. */
export function storeProperty(th: VmThread, f: Frame, i: number, o: PyObject, v: PyObject, p: PyProperty): Cold {
  const r = startNative(th, f, i, setterCall(p.fset!, o, v), 2);
  if (r === SUSPENDED) return Cold.Frame;
  const stack = f.stack;
  let sp = f.sp;
  stack[sp - 1] = stack[sp - 2] = null;
  sp -= 2;
  f.sp = sp;
  decref(o);
  decref(v);
  return Cold.Next;
}

/** Replace the two operands on top of f's stack by r, releasing the left one first (like ceval). */
function replaceOperands(f: Frame, r: PyObject | null): void {
  const stack = f.stack;
  let sp = f.sp;
  const b = stack[sp - 1]!;
  const a = stack[sp - 2]!;
  stack[--sp] = null;
  stack[sp - 1] = r!;
  f.sp = sp;
  decref(a);
  decref(b);
}

/**
 * A binary operator or comparison whose operands (the two top slots of f) involve a user class:
 * its dunder methods run as frames; the result replaces the operands.
 */
export function binaryNative(th: VmThread, f: Frame, i: number, g: NativeGen): Cold {
  const r = startNative(th, f, i, g, 0, replaceOperands);
  if (r === SUSPENDED) return Cold.Frame;
  replaceOperands(f, r);
  return Cold.Next;
}

function* enterCall(enter: PyObject, mgr: PyObject): NativeGen {
  return yield request(enter, [mgr]);
}

/**
 * SETUP_WITH with a Python __enter__ (CPython's order: the bound __exit__ replaces the manager on
 * the stack, then __enter__ runs, as a frame here); the finally block and its result are pushed
 * when it returns.
 */
export function setupWithNative(th: VmThread, f: Frame, i: number, handler: number, mgr: PyObject, enter: PyObject, exit: PyObject): Cold {
  f.stack[f.sp - 1] = bindAttr(exit, mgr);
  decref(mgr); // the bound __exit__ keeps it alive
  const r = startNative(th, f, i, enterCall(enter, mgr), 0, (c, res) => setupWithDeliver(c, handler, res));
  if (r === SUSPENDED) return Cold.Frame;
  setupWithDeliver(f, handler, r);
  return Cold.Next;
}

function setupWithDeliver(f: Frame, handler: number, res: PyObject | null): void {
  f.blocks.push(BLOCK_FINALLY, handler, f.sp);
  f.stack[f.sp++] = res!;
}

function* exitCall(exitFn: PyObject, a0: PyObject, a1: PyObject, a2: PyObject): NativeGen {
  try {
    return yield request(exitFn, [a0, a1, a2]);
  } finally {
    decref(exitFn);
  }
}

/** WITH_CLEANUP_START (3.8) with a Python __exit__: it runs as a frame; exc and its result are pushed after. */
export function withCleanupNative(th: VmThread, f: Frame, i: number, exitFn: PyObject, exc: PyObject | null, a0: PyObject, a1: PyObject, a2: PyObject): Cold {
  const deliver = (c: Frame, res: PyObject | null): void => {
    if (exc !== null) exc.refcnt++;
    c.stack[c.sp++] = exc;
    c.stack[c.sp++] = res!;
  };
  const r = startNative(th, f, i, exitCall(exitFn, a0, a1, a2), 0, deliver);
  if (r === SUSPENDED) return Cold.Frame;
  deliver(f, r);
  return Cold.Next;
}

/** A Python function or a Python function bound to an instance (runs as a frame). */
export function isPythonCallable(o: PyObject): boolean {
  return o instanceof PyFunction || (o instanceof PyMethod && o.func instanceof PyFunction);
}

/** The Python function a user class defines (or inherits) for dunder `name`, else null. */
export function userDunder(o: PyObject, name: string): PyFunction | null {
  if (!o.type.isHeap) return null;
  const m = o.type.lookup(name);
  return m instanceof PyFunction ? m : null;
}

function* nextCall(next: PyObject, it: PyObject): NativeGen<PyObject | null> {
  try {
    return yield request(next, [it]);
  } catch (e) {
    if (e instanceof PyThrow && e.exc.type.isSubtypeOf(StopIteration)) {
      decref(e.exc);
      return null;
    }
    throw e;
  }
}

/** FOR_ITER over a user iterator: its Python __next__ runs as a frame (StopIteration ends the loop). */
export function forIterUser(th: VmThread, f: Frame, i: number, it: PyObject, next: PyFunction, target: number): Cold {
  const deliver = (c: Frame, v: PyObject | null): void => forIterDeliver(c, it, v, target);
  const r = startNative(th, f, i, nextCall(next, it), 0, deliver);
  if (r === SUSPENDED) return Cold.Frame;
  deliver(f, r);
  return Cold.Next;
}

function* call2(fn: PyObject, a: PyObject, b: PyObject): NativeGen {
  return yield request(fn, [a, b]);
}

/** BINARY_SUBSCR on a user class with a Python __getitem__ (runs as a frame). */
export function getItemNative(th: VmThread, f: Frame, i: number, o: PyObject, k: PyObject, gi: PyFunction): Cold {
  return binaryNative(th, f, i, call2(gi, o, k));
}

function* setItemCall(si: PyObject, o: PyObject, k: PyObject, v: PyObject): NativeGen<null> {
  decref(yield request(si, [o, k, v]));
  return null;
}

function storeSubscrDeliver(f: Frame): void {
  const stack = f.stack;
  const sp = f.sp;
  const k = stack[sp - 1]!;
  const o = stack[sp - 2]!;
  const v = stack[sp - 3]!;
  stack[sp - 1] = stack[sp - 2] = stack[sp - 3] = null;
  f.sp = sp - 3;
  decref(k);
  decref(o);
  decref(v);
}

/** STORE_SUBSCR on a user class with a Python __setitem__ (runs as a frame). */
export function setItemNative(th: VmThread, f: Frame, i: number, o: PyObject, k: PyObject, v: PyObject, si: PyFunction): Cold {
  const r = startNative(th, f, i, setItemCall(si, o, k, v), 0, storeSubscrDeliver);
  if (r === SUSPENDED) return Cold.Frame;
  storeSubscrDeliver(f);
  return Cold.Next;
}

function* setAttrHookCall(hook: PyObject, o: PyObject, name: string, v: PyObject): NativeGen<null> {
  const n = newStr(name);
  try {
    decref(yield request(hook, [o, n, v]));
  } finally {
    decref(n);
  }
  return null;
}

/** STORE_ATTR on an instance of a class with a Python __setattr__ (runs as a frame). */
export function storeAttrHook(th: VmThread, f: Frame, i: number, o: PyObject, v: PyObject, name: string): Cold | null {
  const hook = o.type.lookup('__setattr__');
  if (!(hook instanceof PyFunction)) return null;
  const r = startNative(th, f, i, setAttrHookCall(hook, o, name, v), 2);
  if (r === SUSPENDED) return Cold.Frame;
  const stack = f.stack;
  const sp = f.sp;
  stack[sp - 1] = stack[sp - 2] = null;
  f.sp = sp - 2;
  decref(o);
  decref(v);
  return Cold.Next;
}

function pushResult(f: Frame, v: PyObject | null): void {
  f.stack[f.sp++] = v!;
}

/** Call a Python fn(*args) (args alive on f's stack) as a frame and push its result on f's stack. */
export function callPushNative(th: VmThread, f: Frame, i: number, fn: PyObject, args: PyObject[]): Cold {
  const r = startNative(th, f, i, callOnce(fn, args, null), 0, pushResult);
  if (r === SUSPENDED) return Cold.Frame;
  pushResult(f, r);
  return Cold.Next;
}

function* enterOwning(enter: PyObject, mgr: PyObject): NativeGen {
  try {
    return yield request(enter, [mgr]);
  } finally {
    decref(mgr);
  }
}

/**
 * BEFORE_WITH (3.11+) with a Python __enter__, in CPython's order: the bound __exit__ replaces the
 * manager on the stack, then __enter__ runs as a frame (holding the stack's manager reference)
 * and its result is pushed.
 */
export function beforeWithNative(th: VmThread, f: Frame, i: number, mgr: PyObject, enter: PyObject, exit: PyObject): Cold {
  f.stack[f.sp - 1] = exit;
  const r = startNative(th, f, i, enterOwning(enter, mgr), 0, pushResult);
  if (r === SUSPENDED) return Cold.Frame;
  pushResult(f, r);
  return Cold.Next;
}

function* iterCall(fn: PyObject, o: PyObject): NativeGen {
  const r = yield request(fn, [o]);
  if (!r.type.lookup('__next__') && !(r instanceof PyIterClass) && !(r instanceof PyRangeIter)) {
    const n = r.type.name;
    decref(r);
    return pyThrow(TypeError, `iter() returned non-iterator of type '${n}'`);
  }
  return r;
}

/** Replace the operand on top of f's stack by r (the operand released after). */
function replaceTop(f: Frame, r: PyObject | null): void {
  const o = f.stack[f.sp - 1]!;
  f.stack[f.sp - 1] = r!;
  decref(o);
}

/** GET_ITER on a user class with a Python __iter__ (runs as a frame). */
export function getIterNative(th: VmThread, f: Frame, i: number, o: PyObject, fn: PyFunction): Cold {
  const r = startNative(th, f, i, iterCall(fn, o), 0, replaceTop);
  if (r === SUSPENDED) return Cold.Frame;
  replaceTop(f, r);
  return Cold.Next;
}

function* call1(fn: PyObject, o: PyObject): NativeGen {
  return yield request(fn, [o]);
}

/** A unary operator on a user class with a Python __neg__/__pos__/__invert__ (runs as a frame). */
export function unaryNative(th: VmThread, f: Frame, i: number, o: PyObject, fn: PyFunction): Cold {
  const r = startNative(th, f, i, call1(fn, o), 0, replaceTop);
  if (r === SUSPENDED) return Cold.Frame;
  replaceTop(f, r);
  return Cold.Next;
}
