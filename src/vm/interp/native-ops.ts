// Stage: VM interpreter. The instructions that run Python code called from C as native frames
// (native.ts): map/filter and user __next__ under FOR_ITER, property accessors and __setattr__,
// user operators, subscripts, __iter__, and with-statement __enter__/__exit__. Each builds a
// generator of requested calls and says where the result goes. Must not depend on the sim layer.
import { PyObject, decref } from '../objects/base.js';
import { PyFunction, PyInstance, PyMethod, PyProperty } from '../objects/callables.js';
import { PyThrow, StopIteration, TypeError, pyThrow } from '../objects/exceptions.js';
import { PyIter, PyRangeIter } from '../objects/iterators.js';
import { request, type NativeGen } from '../objects/native-call.js';
import { newStr } from '../objects/scalars.js';
import { bindAttr } from '../ops/attr.js';
import { BLOCK_FINALLY, type Frame, type VmThread } from './frame.js';
import { Cold } from './handlers.js';
import { SUSPENDED, callOnce, startNative } from './native.js';

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
  if (!r.type.lookup('__next__') && !(r instanceof PyIter) && !(r instanceof PyRangeIter)) {
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
