// Stage: VM interpreter. Handlers for the opcodes CPython 3.9 and 3.10 added (IS_OP, CONTAINS_OP,
// JUMP_IF_NOT_EXC_MATCH, RERAISE, LOAD_ASSERTION_ERROR, LIST_EXTEND, LIST_TO_TUPLE, SET_UPDATE,
// DICT_UPDATE, DICT_MERGE, WITH_EXCEPT_START, ROT_N) and the switch-point variants of the
// conditional jumps that decode.ts picks from a version's switch kinds (3.10: check only when
// taken; JUMP_IF_*_OR_POP never). Registered in handlers.ts's table. Must not depend on the
// simulation layer or on version numbers.
import { PyObject, decref, incref } from '../objects/base.js';
import { PyFunction, PyMethod } from '../objects/callables.js';
import { PyDict, PyList, PyTuple, newTuple } from '../objects/containers.js';
import { AssertionError, PyException, PyThrow, TypeError, typeError } from '../objects/exceptions.js';
import { False, True } from '../objects/scalars.js';
import { PySet } from '../objects/set.js';
import { truthy } from '../ops/compare.js';
import { contains, toArray } from '../ops/seq.js';
import { updateFrom } from '../ops/set-algebra.js';
import { directCall } from './calls.js';
import { callPushNative, isPythonCallable } from './native.js';
import type { Frame, VmThread } from './frame.js';
import { Op } from './ops.js';
import { BLOCKED } from './state.js';
import { exceptionMatches } from './support.js';
import { Cold, H, blockedInNested, evalFlags } from './handlers.js';

function pushBool(f: Frame, sp: number, t: boolean): void {
  const r = t ? True : False;
  r.refcnt++;
  f.stack[sp] = r;
}

/** IS_OP 0/1: `is` / `is not`. */
function opIsOp(_th: VmThread, f: Frame, _i: number, arg: number): Cold {
  const stack = f.stack;
  const sp = f.sp;
  const b = stack[sp - 1]!;
  const a = stack[sp - 2]!;
  const t = (a === b) !== (arg === 1);
  stack[sp - 1] = null;
  pushBool(f, sp - 2, t);
  decref(a);
  decref(b);
  f.sp = sp - 1;
  return Cold.Next;
}

/** CONTAINS_OP 0/1: `in` / `not in`. */
function opContainsOp(_th: VmThread, f: Frame, _i: number, arg: number): Cold {
  const stack = f.stack;
  const sp = f.sp;
  const b = stack[sp - 1]!;
  const a = stack[sp - 2]!;
  const t = contains(b, a) !== (arg === 1);
  stack[sp - 1] = null;
  pushBool(f, sp - 2, t);
  decref(a);
  decref(b);
  f.sp = sp - 1;
  return Cold.Next;
}

/** JUMP_IF_NOT_EXC_MATCH target: pops the handler's type and the raised type. */
function opJumpIfNotExcMatch(_th: VmThread, f: Frame, _i: number, arg: number): Cold {
  const stack = f.stack;
  let sp = f.sp;
  const right = stack[sp - 1]!;
  const left = stack[sp - 2]!;
  const t = exceptionMatches(left, right);
  stack[--sp] = null;
  stack[--sp] = null;
  decref(left);
  decref(right);
  f.sp = sp;
  if (!t) f.pc = arg;
  return Cold.Next;
}

/** RERAISE: re-raise the exception whose (type, value, traceback) are on top, no new traceback entry. */
function opReraise(_th: VmThread, f: Frame): Cold {
  const stack = f.stack;
  let sp = f.sp;
  const type = stack[--sp]!;
  stack[sp] = null;
  const val = stack[--sp]! as PyException;
  stack[sp] = null;
  const tb = stack[--sp]!;
  stack[sp] = null;
  f.sp = sp;
  decref(type);
  decref(tb);
  evalFlags.reraise = true;
  throw new PyThrow(val);
}

function opLoadAssertionError(_th: VmThread, f: Frame): Cold {
  incref(AssertionError);
  f.stack[f.sp++] = AssertionError;
  return Cold.Next;
}

/** The callable below a CALL_FUNCTION_EX's arguments as error messages name it. */
function funcDesc(fn: PyObject | null): string {
  if (fn instanceof PyFunction) return `${fn.qualname}()`;
  if (fn instanceof PyMethod && fn.func instanceof PyFunction) return `${fn.func.qualname}()`;
  return 'function';
}

function isNotIterable(e: unknown): boolean {
  if (!(e instanceof PyThrow) || e.exc.type !== TypeError) return false;
  const a = e.exc.args;
  const m = a instanceof PyTuple && a.items.length === 1 ? String((a.items[0] as { v?: unknown }).v) : '';
  return m.endsWith('is not iterable');
}

/** LIST_EXTEND i: list (i below the top) .extend(top). */
function opListExtend(_th: VmThread, f: Frame, _i: number, arg: number): Cold {
  const stack = f.stack;
  let sp = f.sp;
  const it = stack[sp - 1]!;
  let items: PyObject[];
  try {
    items = toArray(it);
  } catch (e) {
    if (isNotIterable(e)) typeError(`Value after * must be an iterable, not ${it.type.name}`);
    throw e;
  }
  (stack[sp - 1 - arg] as PyList).items.push(...items);
  stack[--sp] = null;
  decref(it);
  f.sp = sp;
  return Cold.Next;
}

function opListToTuple(_th: VmThread, f: Frame): Cold {
  const stack = f.stack;
  const l = stack[f.sp - 1] as PyList;
  const items = l.items.slice();
  for (const x of items) incref(x);
  stack[f.sp - 1] = newTuple(items);
  decref(l);
  return Cold.Next;
}

function opSetUpdate(_th: VmThread, f: Frame, _i: number, arg: number): Cold {
  const stack = f.stack;
  let sp = f.sp;
  const it = stack[sp - 1]!;
  // set_update_internal: a set operand merges its table (the result's order depends on it)
  updateFrom(stack[sp - 1 - arg] as PySet, it);
  stack[--sp] = null;
  decref(it);
  f.sp = sp;
  return Cold.Next;
}

/** DICT_UPDATE i (displays) and DICT_MERGE i (calls: duplicate keys are an error). */
function dictMergeInto(f: Frame, arg: number, forCall: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  const update = stack[sp - 1]!;
  const d = stack[sp - 1 - arg] as PyDict;
  if (!(update instanceof PyDict)) {
    if (forCall) typeError(`${funcDesc(stack[sp - 3 - arg] ?? null)} argument after ** must be a mapping, not ${update.type.name}`);
    typeError(`'${update.type.name}' object is not a mapping`);
  }
  for (const e of (update as PyDict).map.values()) {
    if (forCall && d.get(e.key) !== undefined) {
      const k = e.key as { v?: unknown };
      typeError(`${funcDesc(stack[sp - 3 - arg] ?? null)} got multiple values for keyword argument '${String(k.v)}'`);
    }
    d.set(e.key, e.value);
  }
  stack[--sp] = null;
  decref(update);
  f.sp = sp;
  return Cold.Next;
}

function opDictUpdate(_th: VmThread, f: Frame, _i: number, arg: number): Cold {
  return dictMergeInto(f, arg, false);
}

function opDictMerge(_th: VmThread, f: Frame, _i: number, arg: number): Cold {
  return dictMergeInto(f, arg, true);
}

/**
 * WITH_EXCEPT_START: calls __exit__ (7th from the top, under the saved and the current
 * exception triples) with the current exception and pushes its result.
 */
function opWithExceptStart(_th: VmThread, f: Frame, i: number, _arg: number, nested: boolean): Cold {
  const stack = f.stack;
  const sp = f.sp;
  const exitFn = stack[sp - 7]!;
  if (isPythonCallable(exitFn)) return callPushNative(_th, f, i, exitFn, [stack[sp - 1]!, stack[sp - 2]!, stack[sp - 3]!]); // as a frame
  const res = directCall(exitFn, [stack[sp - 1]!, stack[sp - 2]!, stack[sp - 3]!], 0, 3, null, null);
  if (res === BLOCKED) {
    f.pc = i;
    if (nested) blockedInNested();
    return Cold.Blocked;
  }
  stack[f.sp++] = res;
  return Cold.Next;
}

/** ROT_N n: lift the top item n - 1 places down. */
function opRotN(_th: VmThread, f: Frame, _i: number, arg: number): Cold {
  const stack = f.stack;
  const sp = f.sp;
  const top = stack[sp - 1]!;
  for (let k = sp - 1; k > sp - arg; k--) stack[k] = stack[k - 1]!;
  stack[sp - arg] = top;
  return Cold.Next;
}

/** Truth of a popped jump operand, the operand released afterwards. */
function popTruth(f: Frame): boolean {
  const stack = f.stack;
  const v = stack[f.sp - 1]!;
  const t = v === True ? true : v === False ? false : truthy(v);
  stack[--f.sp] = null;
  decref(v);
  return t;
}

/** POP_JUMP_IF_FALSE/TRUE with a switch point only when the jump is taken (3.10). */
function opPopJumpCheckTaken(_th: VmThread, f: Frame, i: number, arg: number): Cold {
  const t = popTruth(f);
  if (t === (f.d.ops[i] === Op.POP_JUMP_IF_TRUE_CHECK_TAKEN)) {
    f.pc = arg;
    return Cold.Check;
  }
  return Cold.Next;
}

/** JUMP_IF_FALSE_OR_POP / JUMP_IF_TRUE_OR_POP that are never switch points (3.10). */
function opJumpOrPopNoCheck(_th: VmThread, f: Frame, i: number, arg: number): Cold {
  const stack = f.stack;
  const v = stack[f.sp - 1]!;
  const t = v === True ? true : v === False ? false : truthy(v);
  if (t === (f.d.ops[i] === Op.JUMP_IF_TRUE_OR_POP_NO_CHECK)) {
    f.pc = arg;
  } else {
    stack[--f.sp] = null;
    decref(v);
  }
  return Cold.Next;
}

/**
 * The interpreter op for an instruction given the switch kind its version assigns it: the
 * inline conditional jumps implement kind 2 (check after a non-bool truth test); kind 3 (check
 * when taken) and kind 0 for JUMP_IF_*_OR_POP run through the variants above.
 */
export function opForSwitchKind(op: number, kind: number): number {
  if (kind === 3) {
    if (op === Op.POP_JUMP_IF_FALSE) return Op.POP_JUMP_IF_FALSE_CHECK_TAKEN;
    if (op === Op.POP_JUMP_IF_TRUE) return Op.POP_JUMP_IF_TRUE_CHECK_TAKEN;
  } else if (kind === 0) {
    if (op === Op.JUMP_IF_FALSE_OR_POP) return Op.JUMP_IF_FALSE_OR_POP_NO_CHECK;
    if (op === Op.JUMP_IF_TRUE_OR_POP) return Op.JUMP_IF_TRUE_OR_POP_NO_CHECK;
  }
  return op;
}

H[Op.IS_OP] = opIsOp;
H[Op.CONTAINS_OP] = opContainsOp;
H[Op.JUMP_IF_NOT_EXC_MATCH] = opJumpIfNotExcMatch;
H[Op.RERAISE] = opReraise;
H[Op.LOAD_ASSERTION_ERROR] = opLoadAssertionError;
H[Op.LIST_EXTEND] = opListExtend;
H[Op.LIST_TO_TUPLE] = opListToTuple;
H[Op.SET_UPDATE] = opSetUpdate;
H[Op.DICT_UPDATE] = opDictUpdate;
H[Op.DICT_MERGE] = opDictMerge;
H[Op.WITH_EXCEPT_START] = opWithExceptStart;
H[Op.ROT_N] = opRotN;
H[Op.POP_JUMP_IF_FALSE_CHECK_TAKEN] = opPopJumpCheckTaken;
H[Op.POP_JUMP_IF_TRUE_CHECK_TAKEN] = opPopJumpCheckTaken;
H[Op.JUMP_IF_FALSE_OR_POP_NO_CHECK] = opJumpOrPopNoCheck;
H[Op.JUMP_IF_TRUE_OR_POP_NO_CHECK] = opJumpOrPopNoCheck;
