// Stage: VM interpreter. Preparing calls: a Python function becomes a new Frame (pushed on the
// thread), a user class call becomes tp_new plus an __init__ frame, anything else is called
// directly through ops/call.ts. Also function creation (MAKE_FUNCTION) and class creation.
import { PyObject, PyType, decref, incref, heap } from '../objects/base.js';
import {
  PyBuiltin, PyFunction, PyMethod, type KwArgs, type PyCode,
} from '../objects/callables.js';
import { PyDict, newTuple } from '../objects/containers.js';
import { RecursionError, pyThrow } from '../objects/exceptions.js';
import { callObject, newFnOf } from '../ops/call.js';
import { bindArgs } from './bind.js';
import { decode } from './decode.js';
import { Frame, Ret, pushCells, releaseSlots, type VmThread } from './frame.js';
import { vm } from './state.js';

export const RECURSION_LIMIT = 1000;

export function frameDepth(th: VmThread): number {
  let n = 0;
  for (let f = th.frame; f; f = f.back) n++;
  return n;
}

/** A new frame for fn bound to the arguments (borrowed). Not yet linked to a thread. */
export function newFunctionFrame(
  fn: PyFunction,
  args: readonly PyObject[],
  start: number,
  n: number,
  kwNames: readonly string[] | null,
  kwValues: readonly PyObject[] | null,
): Frame {
  const code = fn.code;
  const d = (code.decoded as ReturnType<typeof decode> | null) ?? decode(code, vm.tables);
  const f = new Frame(code, d, fn.globals, vm.builtins, null, null);
  try {
    bindArgs(fn, f, args, start, n, kwNames, kwValues);
  } catch (e) {
    f.release();
    throw e;
  }
  if (d.code.cellvars.length || d.code.freevars.length) pushCells(f, fn);
  return f;
}

/** Link a new frame on top of the thread, checking the recursion limit. */
export function pushFrame(th: VmThread, f: Frame): void {
  const back = th.frame;
  const depth = back === null ? 1 : back.depth + 1;
  if (depth > RECURSION_LIMIT) {
    f.release();
    pyThrow(RecursionError, 'maximum recursion depth exceeded');
  }
  f.depth = depth;
  f.back = back;
  th.frame = f;
}

/** Runs fn to completion inside the current thread (nested JS run); result is a new reference. */
export const nestedHooks = {
  runNested: null as unknown as (th: VmThread, f: Frame) => PyObject,
};

export function callFunctionNested(fn: PyFunction, args: PyObject[], kw: KwArgs | null): PyObject {
  const th = vm.thread;
  const kn = kw ? [...kw.keys()] : null;
  const kv = kw ? [...kw.values()] : null;
  const f = newFunctionFrame(fn, args, 0, args.length, kn, kv);
  f.nestedBase = true;
  pushFrame(th, f);
  return nestedHooks.runNested(th, f);
}

/** Run a class body code with `ns` as its name namespace; returns the body's result. */
export function runClassBody(fn: PyFunction, ns: PyDict): PyObject {
  const th = vm.thread;
  const code: PyCode = fn.code;
  const d = (code.decoded as ReturnType<typeof decode> | null) ?? decode(code, vm.tables);
  incref(ns);
  const f = new Frame(code, d, fn.globals, vm.builtins, ns, null);
  if (d.code.cellvars.length || d.code.freevars.length) pushCells(f, fn);
  f.nestedBase = true;
  pushFrame(th, f);
  return nestedHooks.runNested(th, f);
}

/**
 * The call part of CALL_* for callables that can run as frames in the current loop.
 * Returns a Frame to push (Python function, bound Python method, user class with a Python
 * __init__), or null when the callable must be called directly.
 */
export function framedCall(
  callable: PyObject,
  stack: readonly (PyObject | null)[],
  start: number,
  n: number,
  kwNames: readonly string[] | null,
  kwValues: readonly PyObject[] | null,
): Frame | null {
  if (callable instanceof PyFunction) return newFunctionFrame(callable, stack as PyObject[], start, n, kwNames, kwValues);
  if (callable instanceof PyMethod && callable.func instanceof PyFunction) {
    const args: PyObject[] = [callable.self];
    for (let i = 0; i < n; i++) args.push(stack[start + i]!);
    return newFunctionFrame(callable.func, args, 0, n + 1, kwNames, kwValues);
  }
  if (callable instanceof PyType && callable.isHeap) {
    const init = callable.lookup('__init__');
    if (!(init instanceof PyFunction)) return null;
    const args = (stack as PyObject[]).slice(start, start + n);
    let kw: KwArgs | null = null;
    if (kwNames) {
      kw = new Map();
      kwNames.forEach((k, i) => kw!.set(k, kwValues![i]!));
    }
    const obj = newFnOf(callable)(callable, args, kw);
    if (!obj.type.isSubtypeOf(callable)) {
      // tp_new returned something else: no __init__; hand back through a trivial frame is not possible.
      decref(obj);
      return null;
    }
    let f: Frame;
    try {
      f = newFunctionFrame(init, [obj, ...args], 0, n + 1, kwNames, kwValues);
    } catch (e) {
      decref(obj);
      throw e;
    }
    f.ret = Ret.Init;
    f.initSelf = obj;
    return f;
  }
  return null;
}

/** Direct (non-framed) call with arguments from the stack; result new reference. */
export function directCall(
  callable: PyObject,
  stack: readonly (PyObject | null)[],
  start: number,
  n: number,
  kwNames: readonly string[] | null,
  kwValues: readonly PyObject[] | null,
): PyObject {
  const args = (stack as PyObject[]).slice(start, start + n);
  let kw: KwArgs | null = null;
  if (kwNames && kwNames.length) {
    kw = new Map();
    for (let i = 0; i < kwNames.length; i++) kw.set(kwNames[i]!, kwValues![i]!);
  }
  if (callable instanceof PyBuiltin) return callable.fn(args, kw);
  return callObject(callable, args, kw);
}

/** MAKE_FUNCTION: stack operands already popped by the caller (references transferred). */
export function makeFunction(
  code: PyCode,
  qualname: string,
  globals: PyDict,
  defaults: PyObject | null,
  kwdefaults: PyObject | null,
  closure: PyObject | null,
): PyFunction {
  const fn = new PyFunction(code, globals, qualname);
  fn.defaults = defaults as PyFunction['defaults'];
  fn.kwdefaults = kwdefaults as PyFunction['kwdefaults'];
  fn.closure = closure as PyFunction['closure'];
  const mod = globals.getStr('__name__');
  if (mod) {
    incref(mod);
    fn.module = mod;
  }
  return fn;
}

export { newTuple, heap };

/**
 * Release a finished call's stack slots f.stack[base .. sp) (the result then goes to base), in
 * the version's order (VmRules xt.callReleasesBottomUp): which __del__ runs first can show.
 */
export function releaseCallSlots(stack: (PyObject | null)[], base: number, sp: number): void {
  releaseSlots(stack, base, sp, vm.tables.xt?.callReleasesBottomUp === true);
}

/**
 * 3.11+ (VmRules xt.callReleasesBottomUp): a Python function's frame takes over its call's
 * argument references, so they die with its locals (in parameter order), not when the caller
 * pops its operands: drop the caller's references to stack[start .. start + n) now.
 */
export function frameTakesArgs(stack: (PyObject | null)[], start: number, n: number): void {
  if (vm.tables.xt?.callReleasesBottomUp) releaseSlots(stack, start, start + n, true);
}
