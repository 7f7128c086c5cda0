// Stage: VM interpreter. Handlers for the exception-table era opcodes CPython 3.11 added (PUSH_NULL,
// CALL with the NULL-or-self layout and decode-bound KW_NAMES, COPY/SWAP, the no-check and None
// conditional jumps, LOAD_GLOBAL's NULL bit, PUSH_EXC_INFO/POP_EXCEPT/CHECK_EXC_MATCH/RERAISE,
// BEFORE_WITH/WITH_EXCEPT_START, MAKE_FUNCTION without a qualname, quiet RETURN_VALUE).
// Registered in handlers.ts's table. Must not depend on the simulation layer or version numbers.
import { PyObject, decref, incref, typeType, xdecref } from '../objects/base.js';
import { PyBuiltin, PyFunction, type PyCode } from '../objects/callables.js';
import { PyTuple } from '../objects/containers.js';
import { PyException, PyThrow, TypeError, pyThrow, typeError } from '../objects/exceptions.js';
import { False, None, True, type PyStr } from '../objects/scalars.js';
import { truthy } from '../ops/compare.js';
import { getAttr } from '../ops/attr.js';
import { directCall, frameTakesArgs, framedCall, makeFunction, pushFrame, releaseCallSlots } from './calls.js';
import { Ret, type Frame, type VmThread } from './frame.js';
import { beforeWithNative, callNative, callPushNative, isPythonCallable, resumableCall } from './native.js';
import { Op } from './ops.js';
import { BLOCKED, vm } from './state.js';
import { exceptionMatches } from './support.js';
import { Cold, H, blockedInNested, evalFlags } from './handlers.js';

function opPushNull(_th: VmThread, f: Frame): Cold {
  f.stack[f.sp++] = null;
  return Cold.Next;
}

/** 3.13 layout [callable, self_or_null, args] -> the shared [NULL|meth, callable|self, args]. */
export function normaliseCallSlots(stack: (PyObject | null)[], base: number): void {
  if (vm.tables.xt?.nullAfterCallable && stack[base + 1] === null) {
    stack[base + 1] = stack[base]!;
    stack[base] = null;
  }
}

/** The specialised calls that never check the eval breaker (3.11+: len, isinstance, list.append, type(x)). */
function noCheckCall(c: PyObject, n: number): boolean {
  if (c instanceof PyBuiltin) {
    if (c.ownerName === null) return (c.name === 'len' && n === 1) || (c.name === 'isinstance' && n === 2);
    return c.ownerName === 'list' && c.name === 'append' && n === 2;
  }
  return c === typeType && n === 1;
}

/**
 * CALL argc (kw names bound at decode: arg bits 16+ = const index + 1): stack [NULL|meth,
 * callable|self, args...]. A Python callable becomes a frame (its RESUME is the switch point);
 * other callables check after the call unless they are the no-check specialisations.
 */
export function callXt(th: VmThread, f: Frame, i: number, argc: number, kw: PyTuple | null, nested: boolean): Cold {
  const stack = f.stack;
  const sp = f.sp;
  const base = sp - argc - 2;
  normaliseCallSlots(stack, base);
  const meth = stack[base];
  const callable = meth != null ? meth : stack[base + 1]!;
  const start = meth != null ? base + 1 : base + 2;
  const n = meth != null ? argc + 1 : argc;
  if (kw === null) {
    const c = H[Op.CALL_METHOD]!(th, f, i, argc, nested);
    return c === Cold.Next && !noCheckCall(callable, n) ? Cold.Check : c;
  }
  const kwNames = kw.items.map((s) => (s as PyStr).v);
  const npos = n - kwNames.length;
  const kwValues = stack.slice(start + npos, start + n) as PyObject[];
  const nf = framedCall(callable, stack, start, npos, kwNames, kwValues);
  if (nf !== null) {
    frameTakesArgs(stack, start, n);
    nf.callerPop = sp - base;
    pushFrame(th, nf);
    return Cold.Frame;
  }
  const g = resumableCall(callable, stack, start, npos, kwNames, kwValues);
  if (g !== null) return callNative(th, f, i, g, base, sp);
  const r = directCall(callable, stack, start, npos, kwNames, kwValues);
  if (r === BLOCKED) {
    f.pc = i;
    if (nested) blockedInNested();
    return Cold.Blocked;
  }
  releaseCallSlots(stack, base, sp);
  stack[base] = r;
  f.sp = base + 1;
  return Cold.Check;
}

function opCallXt(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const k = arg >>> 16;
  return callXt(th, f, i, arg & 0xffff, k ? (f.d.consts[k - 1] as PyTuple) : null, nested);
}

/** CALL_FUNCTION_EX: drop the NULL slot, then the shared handler ([callable, args, kwargs?]). */
function opCallFunctionExXt(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  const top = f.sp;
  const callableAt = top - ((arg & 1) ? 3 : 2);
  const nullAt = vm.tables.xt?.nullAfterCallable ? callableAt : callableAt - 1;
  if (stack[nullAt] === null) {
    for (let k = nullAt; k < top - 1; k++) stack[k] = stack[k + 1]!;
    stack[top - 1] = null;
    f.sp = top - 1;
  }
  return H[Op.CALL_FUNCTION_EX]!(th, f, i, arg, nested);
}

function opCopy(_th: VmThread, f: Frame, _i: number, arg: number): Cold {
  const v = f.stack[f.sp - arg]!;
  incref(v);
  f.stack[f.sp++] = v;
  return Cold.Next;
}

function opSwap(_th: VmThread, f: Frame, _i: number, arg: number): Cold {
  const stack = f.stack;
  const top = stack[f.sp - 1]!;
  stack[f.sp - 1] = stack[f.sp - arg]!;
  stack[f.sp - arg] = top;
  return Cold.Next;
}

/** POP_JUMP_IF_FALSE/TRUE that never switch (3.11 forward jumps, 3.12+ all). */
function opPopJumpNoCheck(_th: VmThread, f: Frame, i: number, arg: number): Cold {
  const stack = f.stack;
  const v = stack[f.sp - 1]!;
  const t = v === True ? true : v === False ? false : truthy(v);
  stack[--f.sp] = null;
  decref(v);
  if (t === (f.d.ops[i] === Op.POP_JUMP_IF_TRUE_NO_CHECK)) f.pc = arg;
  return Cold.Next;
}

/** POP_JUMP_IF_NONE / NOT_NONE; a taken jump checks when the version's switch kind says so. */
function opPopJumpNone(_th: VmThread, f: Frame, i: number, arg: number): Cold {
  const stack = f.stack;
  const v = stack[--f.sp]!;
  stack[f.sp] = null;
  const isNone = v === None;
  decref(v);
  if (isNone === (f.d.ops[i] === Op.POP_JUMP_IF_NONE)) {
    f.pc = arg;
    if (f.d.sw[i] === 3) return Cold.Check;
  }
  return Cold.Next;
}

/** LOAD_GLOBAL with the NULL bit: NULL below (3.11/3.12) or above (3.13) the global. */
function opLoadGlobalNull(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  f.stack[f.sp++] = null;
  return H[Op.LOAD_GLOBAL]!(th, f, i, arg, nested);
}

function opLoadGlobalNullAfter(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const c = H[Op.LOAD_GLOBAL]!(th, f, i, arg, nested);
  f.stack[f.sp++] = null;
  return c;
}

/** PUSH_EXC_INFO: [exc] -> [previous exc_info or None, exc]; exc becomes the handled exception. */
function opPushExcInfo(th: VmThread, f: Frame): Cold {
  const stack = f.stack;
  const exc = stack[f.sp - 1]!;
  const old = th.excValue;
  stack[f.sp - 1] = old ?? None;
  if (!old) None.refcnt++;
  th.excValue = exc instanceof PyException ? exc : null;
  incref(exc);
  stack[f.sp++] = exc;
  return Cold.Next;
}

/** POP_EXCEPT: restore the handled exception saved by PUSH_EXC_INFO. */
function opPopExceptXt(th: VmThread, f: Frame): Cold {
  const v = f.stack[--f.sp]!;
  f.stack[f.sp] = null;
  const old = th.excValue;
  if (v instanceof PyException) th.excValue = v;
  else {
    th.excValue = null;
    decref(v);
  }
  xdecref(old);
  return Cold.Next;
}

/** CHECK_EXC_MATCH: [exc, type] -> [exc, bool]. */
function opCheckExcMatch(_th: VmThread, f: Frame): Cold {
  const stack = f.stack;
  const type = stack[f.sp - 1]!;
  const exc = stack[f.sp - 2]!;
  const r = exceptionMatches(exc.type, type) ? True : False;
  r.refcnt++;
  stack[f.sp - 1] = r;
  decref(type);
  return Cold.Next;
}

/** RERAISE oparg: re-raise the exception on top (no new traceback entry). */
function opReraiseXt(_th: VmThread, f: Frame): Cold {
  const exc = f.stack[--f.sp]!;
  f.stack[f.sp] = null;
  evalFlags.reraise = true;
  if (!(exc instanceof PyException)) {
    decref(exc);
    return pyThrow(TypeError, 'exceptions must derive from BaseException');
  }
  throw new PyThrow(exc);
}

/** BEFORE_WITH: [mgr] -> [bound __exit__, __enter__()]. */
function opBeforeWith(_th: VmThread, f: Frame, i: number, _arg: number, nested: boolean): Cold {
  const stack = f.stack;
  const mgr = stack[f.sp - 1]!;
  const t = mgr.type;
  if (!t.lookup('__enter__') || !t.lookup('__exit__')) {
    typeError(`'${t.name}' object does not support the context manager protocol`);
  }
  const enterFn = t.lookup('__enter__');
  if (enterFn instanceof PyFunction) return beforeWithNative(_th, f, i, mgr, enterFn, getAttr(mgr, '__exit__')); // as a frame
  const enter = getAttr(mgr, '__enter__');
  const res = directCall(enter, [], 0, 0, null, null);
  decref(enter);
  if (res === BLOCKED) {
    f.pc = i;
    if (nested) blockedInNested();
    return Cold.Blocked;
  }
  let exit: PyObject;
  try {
    exit = getAttr(mgr, '__exit__');
  } catch (e) {
    decref(res);
    throw e;
  }
  stack[f.sp - 1] = exit;
  decref(mgr);
  stack[f.sp++] = res;
  return Cold.Next;
}

/** WITH_EXCEPT_START: [exit, lasti, prev_exc, exc] -> [..., exit(type, exc, tb)]. */
function opWithExceptStartXt(_th: VmThread, f: Frame, i: number, _arg: number, nested: boolean): Cold {
  const stack = f.stack;
  const exitFn = stack[f.sp - 4]!;
  const exc = stack[f.sp - 1]!;
  if (isPythonCallable(exitFn)) return callPushNative(_th, f, i, exitFn, [exc.type, exc, None]); // __exit__ as a frame
  const res = directCall(exitFn, [exc.type, exc, None], 0, 3, null, null);
  if (res === BLOCKED) {
    f.pc = i;
    if (nested) blockedInNested();
    return Cold.Blocked;
  }
  stack[f.sp++] = res;
  return Cold.Next;
}

/** MAKE_FUNCTION flags (3.11/3.12): the qualname comes from the code object. */
function opMakeFunctionXt(_th: VmThread, f: Frame, _i: number, arg: number): Cold {
  const stack = f.stack;
  let sp = f.sp;
  const code = stack[--sp] as PyCode;
  const closure = arg & 8 ? stack[--sp]! : null;
  const ann = arg & 4 ? stack[--sp]! : null;
  const kwdefs = arg & 2 ? stack[--sp]! : null;
  const defs = arg & 1 ? stack[--sp]! : null;
  for (let k = sp; k < f.sp; k++) stack[k] = null;
  const fn = makeFunction(code, code.code.qualname, f.globals, defs, kwdefs, closure);
  xdecref(ann);
  decref(code);
  stack[sp++] = fn;
  f.sp = sp;
  return Cold.Next;
}

/** RETURN_VALUE: returning to a Python caller is not a switch point (3.11+). */
function opReturnValueXt(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const back = f.back;
  const init = f.ret === Ret.Init;
  const c = H[Op.RETURN_VALUE]!(th, f, i, arg, nested);
  if (c !== Cold.Frame || back === null) return c;
  // The call sites that check after their callee returns keep the check: CALL_FUNCTION_EX (its
  // switch kind), a class call's __init__ where the version's CALL is generic (3.11, 3.12).
  const checks = back.d.sw[back.pc - 1] === 1 || (init && vm.tables.xt?.initReturnChecks === true);
  return checks ? Cold.Frame : Cold.FrameQuiet;
}

H[Op.PUSH_NULL] = opPushNull;
H[Op.CALL_XT] = opCallXt;
H[Op.CALL_FUNCTION_EX_XT] = opCallFunctionExXt;
H[Op.COPY] = opCopy;
H[Op.SWAP] = opSwap;
H[Op.POP_JUMP_IF_FALSE_NO_CHECK] = opPopJumpNoCheck;
H[Op.POP_JUMP_IF_TRUE_NO_CHECK] = opPopJumpNoCheck;
H[Op.POP_JUMP_IF_NONE] = opPopJumpNone;
H[Op.POP_JUMP_IF_NOT_NONE] = opPopJumpNone;
H[Op.LOAD_GLOBAL_NULL] = opLoadGlobalNull;
H[Op.LOAD_GLOBAL_NULL_AFTER] = opLoadGlobalNullAfter;
H[Op.PUSH_EXC_INFO] = opPushExcInfo;
H[Op.POP_EXCEPT_XT] = opPopExceptXt;
H[Op.CHECK_EXC_MATCH] = opCheckExcMatch;
H[Op.RERAISE_XT] = opReraiseXt;
H[Op.BEFORE_WITH] = opBeforeWith;
H[Op.WITH_EXCEPT_START_XT] = opWithExceptStartXt;
H[Op.MAKE_FUNCTION_XT] = opMakeFunctionXt;
H[Op.RETURN_VALUE_XT] = opReturnValueXt;
