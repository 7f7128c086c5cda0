// Stage: VM interpreter. Opcode handlers for stack shuffles, unary and generic binary ops, deletes,
// GET_ITER, jump-or-pop, keyword and star calls, registered in handlers.ts's table. Must not depend on the simulation layer.
import { PyObject, decref } from '../objects/base.js';
import { PyInstance } from '../objects/callables.js';
import { PyDict, PyTuple } from '../objects/containers.js';
import { typeError } from '../objects/exceptions.js';
import { False, None, True, newBool, type PyStr } from '../objects/scalars.js';
import { delAttr } from '../ops/attr.js';
import { truthy } from '../ops/compare.js';
import { binaryOp, binaryOpGen, inplaceOp, inplaceOpGen, unaryInvert, unaryNegative, unaryPositive } from '../ops/numeric.js';
import { delItem, getIter } from '../ops/seq.js';
import { kwFromDict } from './bind.js';
import { directCall, framedCall, pushFrame } from './calls.js';
import { binaryNative, callNative, getIterNative, resumableCall, unaryNative, userDunder } from './native.js';
import { releaseSlots, type Frame, type VmThread } from './frame.js';
import { Op } from './ops.js';
import { BLOCKED, vm } from './state.js';
import { Cold, H, BIN_OF, blockedInNested, funcDesc, itemKey, nameError, releaseTemps, tempTuples, toArrayBorrowed, unbound } from './handlers.js';

function opNopEtc(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {


  return Cold.Next;
}

function opDeleteFast(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const locals = f.locals;
  const old = locals[arg];
  if (!old) unbound(f, arg);
  locals[arg] = null;
  decref(old!);
  return Cold.Next;
}

function opRotFour(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  const top = stack[sp - 1]!;
  stack[sp - 1] = stack[sp - 2]!;
  stack[sp - 2] = stack[sp - 3]!;
  stack[sp - 3] = stack[sp - 4]!;
  stack[sp - 4] = top;
  f.sp = sp;
  return Cold.Next;
}

function opDupTopTwo(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  const a = stack[sp - 2]!;
  const b = stack[sp - 1]!;
  a.refcnt++;
  b.refcnt++;
  stack[sp++] = a;
  stack[sp++] = b;
  f.sp = sp;
  return Cold.Next;
}

function opUnaryPositiveEtc(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const ops = f.d.ops;
  const stack = f.stack;
  let sp = f.sp;
  const v = stack[sp - 1]!;
  const op = ops[i];
  if (v.type.isHeap && op !== Op.UNARY_NOT) {
    const m = userDunder(v, op === Op.UNARY_NEGATIVE ? '__neg__' : op === Op.UNARY_POSITIVE ? '__pos__' : '__invert__');
    if (m !== null) return unaryNative(th, f, i, v, m); // Python dunder as a frame
  }
  const r = op === Op.UNARY_NOT ? newBool(!truthy(v)) : op === Op.UNARY_NEGATIVE ? unaryNegative(v) : op === Op.UNARY_POSITIVE ? unaryPositive(v) : unaryInvert(v);
  stack[sp - 1] = r;
  decref(v);
  f.sp = sp;
  return Cold.Next;
}

function opBinaryMultiplyEtc(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const ops = f.d.ops;
  const stack = f.stack;
  let sp = f.sp;
  const b = stack[sp - 1]!;
  const a = stack[sp - 2]!;
  if (a.type.isHeap || b.type.isHeap) return binaryNative(th, f, i, binaryOpGen(BIN_OF[ops[i]!]!, a, b));
  const r = binaryOp(BIN_OF[ops[i]!]!, a, b);
  stack[--sp] = null;
  stack[sp - 1] = r;
  decref(a);
  decref(b);
  f.sp = sp;
  return Cold.Next;
}

function opInplaceMultiplyEtc(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const ops = f.d.ops;
  const stack = f.stack;
  let sp = f.sp;
  const b = stack[sp - 1]!;
  const a = stack[sp - 2]!;
  if (a.type.isHeap || b.type.isHeap) return binaryNative(th, f, i, inplaceOpGen(BIN_OF[ops[i]!]!, a, b));
  const r = inplaceOp(BIN_OF[ops[i]!]!, a, b);
  stack[--sp] = null;
  stack[sp - 1] = r;
  decref(a);
  decref(b);
  f.sp = sp;
  return Cold.Next;
}

function opDeleteSubscr(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  const st = vm;
  let sp = f.sp;
  const k = stack[sp - 1]!;
  const o = stack[sp - 2]!;
  delItem(o, k);
  if (st.observer) st.observer.write(th.id, o.id, itemKey(k), None);
  stack[sp - 1] = stack[sp - 2] = null;
  sp -= 2;
  decref(k);
  decref(o);
  f.sp = sp;
  return Cold.Next;
}

function opGetIter(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  const o = stack[sp - 1]!;
  if (o.type.isHeap) {
    const fn = userDunder(o, '__iter__');
    if (fn !== null) return getIterNative(th, f, i, o, fn); // Python __iter__ as a frame
  }
  const it = getIter(o);
  stack[sp - 1] = it;
  decref(o);
  f.sp = sp;
  return Cold.Next;
}

function opJumpIfFalseOrPopEtc(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const ops = f.d.ops;
  const stack = f.stack;
  let sp = f.sp;
  let pc = f.pc;
  let force = false;
  const v = stack[sp - 1]!;
  let t: boolean;
  if (v === True) t = true;
  else if (v === False) t = false;
  else {
    t = truthy(v);
    force = true;
  }
  if (t === (ops[i] === Op.JUMP_IF_TRUE_OR_POP)) pc = arg;
  else {
    stack[--sp] = null;
    decref(v);
  }
  f.sp = sp;
  f.pc = pc;
  return force ? Cold.Check : Cold.Next;
}

function opDeleteGlobal(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const d = f.d;
  const name = d.names[arg]!;
  if (!f.globals.deleteStr(name)) nameError(name);
  return Cold.Next;
}

function opDeleteName(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const d = f.d;
  const name = d.names[arg]!;
  if (!f.nameLocals!.deleteStr(name)) nameError(name);
  return Cold.Next;
}

function opDeleteAttr(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const d = f.d;
  const stack = f.stack;
  const st = vm;
  let sp = f.sp;
  const o = stack[sp - 1]!;
  delAttr(o, d.names[arg]!);
  if (st.observer && o instanceof PyInstance) st.observer.write(th.id, o.id, d.names[arg]!, None);
  stack[--sp] = null;
  decref(o);
  f.sp = sp;
  return Cold.Next;
}

function opCallFunctionKw(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  let pc = f.pc;
  const names = stack[sp - 1] as PyTuple;
  const nkw = names.items.length;
  const base = sp - arg - 2;
  const callable = stack[base]!;
  const npos = arg - nkw;
  const kwNames = names.items.map((s) => (s as PyStr).v);
  const kwValues = stack.slice(base + 1 + npos, base + 1 + arg) as PyObject[];
  const nf = framedCall(callable, stack, base + 1, npos, kwNames, kwValues);
  if (nf !== null) {
    nf.callerPop = arg + 2;
    f.sp = sp;
    pushFrame(th, nf);
    return Cold.Frame;
  }
  const g = resumableCall(callable, stack, base + 1, npos, kwNames, kwValues);
  if (g !== null) return callNative(th, f, i, g, base, sp);
  const r = directCall(callable, stack, base + 1, npos, kwNames, kwValues);
  if (r === BLOCKED) {
    pc = i;
    f.pc = i;
    if (nested) blockedInNested();
    return Cold.Blocked;
  }
  for (let k = sp - 1; k >= base; k--) {
    const v = stack[k]!;
    stack[k] = null;
    decref(v);
  }
  sp = base;
  stack[sp++] = r;
  f.sp = sp;
  f.pc = pc;
  return Cold.Next;
}

function opCallFunctionEx(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  let pc = f.pc;
  const hasKw = (arg & 1) !== 0;
  const kwd = hasKw ? (stack[sp - 1] as PyObject) : null;
  const posIdx = hasKw ? sp - 2 : sp - 1;
  const pos = stack[posIdx]!;
  const base = posIdx - 1;
  const callable = stack[base]!;
  const mark = tempTuples.length;
  const posItems = pos instanceof PyTuple ? pos.items : toArrayBorrowed(pos, callable);
  let kwNames: string[] | null = null;
  let kwValues: PyObject[] | null = null;
  if (kwd) {
    if (!(kwd instanceof PyDict)) typeError(`${funcDesc(callable)} argument after ** must be a mapping, not ${kwd.type.name}`);
    const kv = kwFromDict(kwd as PyDict);
    kwNames = kv.names;
    kwValues = kv.values;
  }
  const nf = framedCall(callable, posItems, 0, posItems.length, kwNames, kwValues);
  if (nf !== null) {
    releaseTemps(mark);
    nf.callerPop = sp - base;
    nf.callerPopUp = true; // func, args, kwargs: in that order when the call is done
    f.sp = sp;
    pushFrame(th, nf);
    return Cold.Frame;
  }
  // (arguments from a temporary tuple: the call stays nested, the tuple is released right after it)
  const g = pos instanceof PyTuple ? resumableCall(callable, posItems, 0, posItems.length, kwNames, kwValues) : null;
  if (g !== null) {
    releaseTemps(mark);
    return callNative(th, f, i, g, base, sp);
  }
  const r = directCall(callable, posItems, 0, posItems.length, kwNames, kwValues);
  releaseTemps(mark);
  if (r === BLOCKED) {
    pc = i;
    f.pc = i;
    if (nested) blockedInNested();
    return Cold.Blocked;
  }
  releaseSlots(stack, base, sp, true); // func, args, kwargs: CPython's order for CALL_FUNCTION_EX
  sp = base;
  stack[sp++] = r;
  f.sp = sp;
  f.pc = pc;
  return Cold.Next;
}


H[Op.NOP] = opNopEtc;
H[Op.EXTENDED_ARG] = opNopEtc;
H[Op.DELETE_FAST] = opDeleteFast;
H[Op.ROT_FOUR] = opRotFour;
H[Op.DUP_TOP_TWO] = opDupTopTwo;
H[Op.UNARY_POSITIVE] = opUnaryPositiveEtc;
H[Op.UNARY_NEGATIVE] = opUnaryPositiveEtc;
H[Op.UNARY_INVERT] = opUnaryPositiveEtc;
H[Op.UNARY_NOT] = opUnaryPositiveEtc;
H[Op.BINARY_MULTIPLY] = opBinaryMultiplyEtc;
H[Op.BINARY_MATRIX_MULTIPLY] = opBinaryMultiplyEtc;
H[Op.BINARY_TRUE_DIVIDE] = opBinaryMultiplyEtc;
H[Op.BINARY_FLOOR_DIVIDE] = opBinaryMultiplyEtc;
H[Op.BINARY_MODULO] = opBinaryMultiplyEtc;
H[Op.BINARY_POWER] = opBinaryMultiplyEtc;
H[Op.BINARY_LSHIFT] = opBinaryMultiplyEtc;
H[Op.BINARY_RSHIFT] = opBinaryMultiplyEtc;
H[Op.BINARY_AND] = opBinaryMultiplyEtc;
H[Op.BINARY_XOR] = opBinaryMultiplyEtc;
H[Op.BINARY_OR] = opBinaryMultiplyEtc;
H[Op.INPLACE_MULTIPLY] = opInplaceMultiplyEtc;
H[Op.INPLACE_MATRIX_MULTIPLY] = opInplaceMultiplyEtc;
H[Op.INPLACE_TRUE_DIVIDE] = opInplaceMultiplyEtc;
H[Op.INPLACE_FLOOR_DIVIDE] = opInplaceMultiplyEtc;
H[Op.INPLACE_MODULO] = opInplaceMultiplyEtc;
H[Op.INPLACE_POWER] = opInplaceMultiplyEtc;
H[Op.INPLACE_LSHIFT] = opInplaceMultiplyEtc;
H[Op.INPLACE_RSHIFT] = opInplaceMultiplyEtc;
H[Op.INPLACE_AND] = opInplaceMultiplyEtc;
H[Op.INPLACE_XOR] = opInplaceMultiplyEtc;
H[Op.INPLACE_OR] = opInplaceMultiplyEtc;
H[Op.DELETE_SUBSCR] = opDeleteSubscr;
H[Op.GET_ITER] = opGetIter;
H[Op.JUMP_IF_FALSE_OR_POP] = opJumpIfFalseOrPopEtc;
H[Op.JUMP_IF_TRUE_OR_POP] = opJumpIfFalseOrPopEtc;
H[Op.DELETE_GLOBAL] = opDeleteGlobal;
H[Op.DELETE_NAME] = opDeleteName;
H[Op.DELETE_ATTR] = opDeleteAttr;
H[Op.CALL_FUNCTION_KW] = opCallFunctionKw;
H[Op.CALL_FUNCTION_EX] = opCallFunctionEx;
