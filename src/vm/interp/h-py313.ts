// Stage: VM interpreter. Handlers for the opcodes CPython 3.13 added on top of 3.12's (TO_BOOL, the
// LOAD_FAST_LOAD_FAST / STORE_FAST_LOAD_FAST / STORE_FAST_STORE_FAST superinstructions, CALL_KW,
// FORMAT_SIMPLE / FORMAT_WITH_SPEC / CONVERT_VALUE, MAKE_FUNCTION + SET_FUNCTION_ATTRIBUTE, method
// loads with NULL above the callable). Registered in handlers.ts's table. Must not depend on the
// simulation layer or on version numbers.
import { PyObject, decref, xdecref } from '../objects/base.js';
import type { PyCode, PyFunction } from '../objects/callables.js';
import type { PyTuple } from '../objects/containers.js';
import { False, True, type PyStr } from '../objects/scalars.js';
import { truthy } from '../ops/compare.js';
import { makeFunction } from './calls.js';
import type { Frame, VmThread } from './frame.js';
import { callXt } from './h-py311.js';
import { Op } from './ops.js';
import { formatValue } from './support.js';
import { Cold, H, unbound } from './handlers.js';

function opToBool(_th: VmThread, f: Frame): Cold {
  const v = f.stack[f.sp - 1]!;
  if (v === True || v === False) return Cold.Next;
  const r = truthy(v) ? True : False;
  r.refcnt++;
  f.stack[f.sp - 1] = r;
  decref(v);
  return Cold.Next;
}

function loadFast(f: Frame, k: number): void {
  const v = f.locals[k] ?? null;
  if (v === null) unbound(f, k);
  v!.refcnt++;
  f.stack[f.sp++] = v;
}

function storeFast(f: Frame, k: number): void {
  const v = f.stack[--f.sp]!;
  f.stack[f.sp] = null;
  const old = f.locals[k] ?? null;
  f.locals[k] = v;
  xdecref(old);
}

function opLoadFastLoadFast(_th: VmThread, f: Frame, _i: number, arg: number): Cold {
  loadFast(f, arg >> 4);
  loadFast(f, arg & 15);
  return Cold.Next;
}

function opStoreFastLoadFast(_th: VmThread, f: Frame, _i: number, arg: number): Cold {
  storeFast(f, arg >> 4);
  loadFast(f, arg & 15);
  return Cold.Next;
}

function opStoreFastStoreFast(_th: VmThread, f: Frame, _i: number, arg: number): Cold {
  storeFast(f, arg >> 4);
  storeFast(f, arg & 15);
  return Cold.Next;
}

/** CALL_KW argc: [callable, self_or_null, args..., kwnames tuple]. */
function opCallKw(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const names = f.stack[--f.sp] as PyTuple;
  f.stack[f.sp] = null;
  let c: Cold;
  try {
    c = callXt(th, f, i, arg, names, nested);
  } catch (e) {
    decref(names);
    throw e;
  }
  if (c === Cold.Blocked) f.stack[f.sp++] = names; // retried from the same stack
  else decref(names);
  return c;
}

function opFormatSimple(_th: VmThread, f: Frame): Cold {
  const v = f.stack[f.sp - 1]!;
  f.stack[f.sp - 1] = formatValue(v, 0, '');
  decref(v);
  return Cold.Next;
}

function opFormatWithSpec(_th: VmThread, f: Frame): Cold {
  const spec = f.stack[--f.sp] as PyStr;
  f.stack[f.sp] = null;
  const v = f.stack[f.sp - 1]!;
  try {
    f.stack[f.sp - 1] = formatValue(v, 0, spec.v);
  } finally {
    decref(spec);
  }
  decref(v);
  return Cold.Next;
}

/** CONVERT_VALUE 1/2/3: str(), repr(), ascii() before formatting. */
function opConvertValue(_th: VmThread, f: Frame, _i: number, arg: number): Cold {
  const v = f.stack[f.sp - 1]!;
  f.stack[f.sp - 1] = formatValue(v, arg & 3, '');
  decref(v);
  return Cold.Next;
}

/** MAKE_FUNCTION (3.13): just the code object; SET_FUNCTION_ATTRIBUTE adds the rest. */
function opMakeFunction313(_th: VmThread, f: Frame): Cold {
  const code = f.stack[f.sp - 1] as PyCode;
  f.stack[f.sp - 1] = makeFunction(code, code.code.qualname, f.globals, null, null, null);
  decref(code);
  return Cold.Next;
}

/** SET_FUNCTION_ATTRIBUTE flag: [attr, func] -> [func] with defaults/kwdefaults/annotations/closure set. */
function opSetFunctionAttribute(_th: VmThread, f: Frame, _i: number, arg: number): Cold {
  const fn = f.stack[--f.sp] as PyFunction;
  f.stack[f.sp] = null;
  const attr = f.stack[f.sp - 1]!;
  f.stack[f.sp - 1] = fn;
  if (arg & 1) fn.defaults = attr as PyFunction['defaults'];
  else if (arg & 2) fn.kwdefaults = attr as PyFunction['kwdefaults'];
  else if (arg & 8) fn.closure = attr as PyFunction['closure'];
  else decref(attr as PyObject); // annotations are not kept
  return Cold.Next;
}

/** LOAD_ATTR with the method bit (3.13): [meth, self] or [attr, NULL]. */
function opLoadMethodNullAfter(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const c = H[Op.LOAD_METHOD]!(th, f, i, arg, nested);
  const stack = f.stack;
  if (stack[f.sp - 2] === null) {
    stack[f.sp - 2] = stack[f.sp - 1]!;
    stack[f.sp - 1] = null;
  }
  return c;
}

H[Op.TO_BOOL] = opToBool;
H[Op.LOAD_FAST_LOAD_FAST] = opLoadFastLoadFast;
H[Op.STORE_FAST_LOAD_FAST] = opStoreFastLoadFast;
H[Op.STORE_FAST_STORE_FAST] = opStoreFastStoreFast;
H[Op.CALL_KW] = opCallKw;
H[Op.FORMAT_SIMPLE] = opFormatSimple;
H[Op.FORMAT_WITH_SPEC] = opFormatWithSpec;
H[Op.CONVERT_VALUE] = opConvertValue;
H[Op.MAKE_FUNCTION_313] = opMakeFunction313;
H[Op.SET_FUNCTION_ATTRIBUTE] = opSetFunctionAttribute;
H[Op.LOAD_METHOD_NULL_AFTER] = opLoadMethodNullAfter;
