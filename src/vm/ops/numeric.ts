// Stage: VM generic operations. Binary, in-place and unary operators: the built-in numeric and
// sequence cases, then CPython's __op__/__rop__ protocol for user classes, with its
// "unsupported operand type(s)" errors. Exact integer semantics (bigint beyond 2**53).
import { PyObject, decref, incref } from '../objects/base.js';
import { PyList, PyTuple, newTuple } from '../objects/containers.js';
import { typeError } from '../objects/exceptions.js';
import {
  NotImplemented, PyFloat, PyInt, PyStr, boolType, intFromNumberOrBig, newBigInt, newBool, newFloat, newInt, newStr,
} from '../objects/scalars.js';
import { PySet, setType, frozensetType } from '../objects/set.js';
import * as SA from './set-algebra.js';
import { PyDictView } from '../objects/iterators.js';
import { callObject, typeName } from './call.js';
import * as A from './arith-bridge.js';
import { percentFormat } from './text-format.js';
import { request, type NativeGen } from '../objects/native-call.js';

export const enum Bin {
  Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Xor, Or,
}

export const BIN_SYMBOL = ['+', '-', '*', '@', '/', '//', '%', '** or pow()', '<<', '>>', '&', '^', '|'];
const DUNDER = ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'xor', 'or'];

function isIntLike(o: PyObject): o is PyInt {
  return o instanceof PyInt;
}

function toFloat(o: PyObject): number | null {
  if (o instanceof PyFloat) return o.v;
  if (o instanceof PyInt) return A.intToFloat(o.v);
  return null;
}

function intResult(v: number | bigint): PyObject {
  return intFromNumberOrBig(v);
}

function intOp(op: Bin, a: number | bigint, b: number | bigint): PyObject | null {
  if (typeof a === 'number' && typeof b === 'number') {
    switch (op) {
      case Bin.Add: { const r = a + b; if (Number.isSafeInteger(r)) return newInt(r); break; }
      case Bin.Sub: { const r = a - b; if (Number.isSafeInteger(r)) return newInt(r); break; }
      case Bin.Mul: { const r = a * b; if (Number.isSafeInteger(r)) return newInt(r === 0 ? 0 : r); break; }
      case Bin.And: if (a >= 0 && b >= 0 && a <= 0x7fffffff && b <= 0x7fffffff) return newInt(a & b); break;
      case Bin.Or: if (a >= 0 && b >= 0 && a <= 0x7fffffff && b <= 0x7fffffff) return newInt(a | b); break;
      case Bin.Xor: if (a >= 0 && b >= 0 && a <= 0x7fffffff && b <= 0x7fffffff) return newInt(a ^ b); break;
      default: break;
    }
  }
  switch (op) {
    case Bin.TrueDiv: return newFloat(A.intTrueDiv(a, b));
    case Bin.FloorDiv: return intResult(A.intFloorDiv(a, b));
    case Bin.Mod: return intResult(A.intMod(a, b));
    case Bin.Pow: {
      const r = A.intPow(a, b);
      return typeof r === 'object' ? newFloat(r.float) : intResult(r);
    }
    case Bin.LShift: return intResult(A.intLShift(a, b));
    case Bin.RShift: return intResult(A.intRShift(a, b));
    default: break;
  }
  const x = BigInt(a);
  const y = BigInt(b);
  switch (op) {
    case Bin.Add: return newBigInt(x + y);
    case Bin.Sub: return newBigInt(x - y);
    case Bin.Mul: return newBigInt(x * y);
    case Bin.And: return newBigInt(x & y);
    case Bin.Or: return newBigInt(x | y);
    case Bin.Xor: return newBigInt(x ^ y);
    default: return null;
  }
}

function floatOp(op: Bin, a: number, b: number): PyObject | null {
  switch (op) {
    case Bin.Add: return newFloat(a + b);
    case Bin.Sub: return newFloat(a - b);
    case Bin.Mul: return newFloat(a * b);
    case Bin.TrueDiv: return newFloat(A.floatTrueDiv(a, b));
    case Bin.FloorDiv: return newFloat(A.floatFloorDiv(a, b));
    case Bin.Mod: return newFloat(A.floatMod(a, b));
    case Bin.Pow: return newFloat(A.floatPow(a, b));
    default: return null;
  }
}

function repeatCount(n: PyObject): number | null {
  if (!(n instanceof PyInt)) return null;
  const v = Number(n.v);
  return v < 0 ? 0 : v;
}

/** The built-in part of a binary operation; null means NotImplemented. New reference. */
function builtinBinary(op: Bin, a: PyObject, b: PyObject): PyObject | null {
  if (isIntLike(a) && isIntLike(b) && !a.type.isHeap && !b.type.isHeap) {
    if (a.type === boolType && b.type === boolType && (op === Bin.And || op === Bin.Or || op === Bin.Xor)) {
      const x = a.v as number;
      const y = b.v as number;
      return newBool(op === Bin.And ? (x & y) !== 0 : op === Bin.Or ? (x | y) !== 0 : (x ^ y) !== 0);
    }
    return intOp(op, a.v, b.v);
  }
  const fa = toFloat(a);
  const fb = toFloat(b);
  if (fa !== null && fb !== null && (a instanceof PyFloat || b instanceof PyFloat)) return floatOp(op, fa, fb);
  if (a instanceof PyStr) {
    if (op === Bin.Add && b instanceof PyStr) return newStr(a.v + b.v);
    if (op === Bin.Mul) {
      const n = repeatCount(b);
      if (n !== null) return newStr(a.v.repeat(n));
    }
    if (op === Bin.Mod) return newStr(percentFormat(a.v, b));
    return null;
  }
  if (b instanceof PyStr && op === Bin.Mul && a instanceof PyInt) {
    return newStr(b.v.repeat(repeatCount(a)!));
  }
  if (a instanceof PyList) {
    if (op === Bin.Add && b instanceof PyList) return seqNew(true, a.items.concat(b.items));
    if (op === Bin.Mul) {
      const n = repeatCount(b);
      if (n !== null) return seqNew(true, repeatArr(a.items, n));
    }
    return null;
  }
  if (a instanceof PyTuple) {
    if (op === Bin.Add && b instanceof PyTuple) return seqNew(false, a.items.concat(b.items));
    if (op === Bin.Mul) {
      const n = repeatCount(b);
      if (n !== null) return seqNew(false, repeatArr(a.items, n));
    }
    return null;
  }
  if (b instanceof PyList && op === Bin.Mul && a instanceof PyInt) return seqNew(true, repeatArr(b.items, repeatCount(a)!));
  if (b instanceof PyTuple && op === Bin.Mul && a instanceof PyInt) return seqNew(false, repeatArr(b.items, repeatCount(a)!));
  if (a instanceof PySet && b instanceof PySet) return setOp(op, a, b);
  if (isSetLikeView(a) || isSetLikeView(b)) return viewSetOp(op, a, b);
  return null;
}

/** dict.keys() and dict.items() views take part in set operators (values views do not). */
function isSetLikeView(o: PyObject): boolean {
  return o instanceof PyDictView && o.kind !== 'values';
}

/** dictviews_and/or/sub/xor: a new set of the left operand, updated in place with the right. */
function viewSetOp(op: Bin, a: PyObject, b: PyObject): PyObject | null {
  if (op !== Bin.Or && op !== Bin.And && op !== Bin.Sub && op !== Bin.Xor) return null;
  const r = SA.newSetFrom(false, a);
  try {
    if (op === Bin.Or) SA.updateFrom(r, b);
    else if (op === Bin.And) SA.intersectionUpdate(r, [b]);
    else if (op === Bin.Sub) SA.differenceUpdateOne(r, b);
    else SA.symmetricDifferenceUpdate(r, b);
  } catch (e) {
    decref(r);
    throw e;
  }
  return r;
}

function repeatArr(items: PyObject[], n: number): PyObject[] {
  const out: PyObject[] = [];
  for (let i = 0; i < n; i++) for (const x of items) out.push(x);
  return out;
}

function seqNew(list: boolean, borrowed: PyObject[]): PyObject {
  for (const x of borrowed) incref(x);
  return list ? new PyList(borrowed) : newTuple(borrowed);
}

function setOp(op: Bin, a: PySet, b: PySet): PyObject | null {
  switch (op) {
    case Bin.Or: return SA.union(a, [b]);
    case Bin.And: return SA.intersection(a, b);
    case Bin.Sub: return SA.difference(a, b);
    case Bin.Xor: return SA.symmetricDifference(a, b);
    default: return null;
  }
}

function userMethod(o: PyObject, name: string): PyObject | null {
  if (!o.type.isHeap) return null;
  return o.type.lookup(name);
}

function callUser(m: PyObject, self: PyObject, other: PyObject): PyObject | null {
  const r = callObject(m, [self, other]);
  if (r === NotImplemented) {
    decref(r);
    return null;
  }
  return r;
}

/** a <op> b; new reference. */
export function binaryOp(op: Bin, a: PyObject, b: PyObject): PyObject {
  const r = binaryOrNull(op, a, b);
  if (r !== null) return r;
  return unsupported(BIN_SYMBOL[op]!, a, b);
}

function unsupported(sym: string, a: PyObject, b: PyObject): never {
  if (sym === '+' && a instanceof PyStr) return typeError(`can only concatenate str (not "${typeName(b)}") to str`);
  if (sym === '+' && a instanceof PyList) return typeError(`can only concatenate list (not "${typeName(b)}") to list`);
  if (sym === '+' && a instanceof PyTuple) return typeError(`can only concatenate tuple (not "${typeName(b)}") to tuple`);
  if ((sym === '*' || sym === '*=') && (a instanceof PyStr || a instanceof PyList || a instanceof PyTuple) && !(b instanceof PyInt)) {
    return typeError(`can't multiply sequence by non-int of type '${typeName(b)}'`);
  }
  if ((sym === '*' || sym === '*=') && (b instanceof PyStr || b instanceof PyList || b instanceof PyTuple) && !(a instanceof PyInt)) {
    return typeError(`can't multiply sequence by non-int of type '${typeName(a)}'`);
  }
  return typeError(`unsupported operand type(s) for ${sym}: '${typeName(a)}' and '${typeName(b)}'`);
}

function binaryOrNull(op: Bin, a: PyObject, b: PyObject): PyObject | null {
  const name = DUNDER[op]!;
  const ma = userMethod(a, `__${name}__`);
  const mb = b.type !== a.type ? userMethod(b, `__r${name}__`) : null;
  if (mb && b.type.isSubtypeOf(a.type) && b.type !== a.type) {
    const r = callUser(mb, b, a);
    if (r) return r;
  }
  if (ma) {
    const r = callUser(ma, a, b);
    if (r) return r;
  } else {
    const r = builtinBinary(op, a, b);
    if (r) return r;
  }
  if (mb && !(b.type.isSubtypeOf(a.type) && b.type !== a.type)) {
    const r = callUser(mb, b, a);
    if (r) return r;
  }
  return null;
}

/** a <op>= b; new reference. Lists and sets mutate in place. */
export function inplaceOp(op: Bin, a: PyObject, b: PyObject): PyObject {
  const name = DUNDER[op]!;
  const mi = userMethod(a, `__i${name}__`);
  if (mi) {
    const r = callUser(mi, a, b);
    if (r) return r;
  }
  const bi = inplaceBuiltin(op, a, b);
  if (bi !== null) return bi;
  const r = binaryOrNull(op, a, b);
  if (r !== null) return r;
  return unsupported(inplaceSymbol(op), a, b);
}

function inplaceSymbol(op: Bin): string {
  return BIN_SYMBOL[op] === '** or pow()' ? '**=' : BIN_SYMBOL[op] + '=';
}

/** The in-place mutations of built-in lists and sets; null when they do not apply. */
function inplaceBuiltin(op: Bin, a: PyObject, b: PyObject): PyObject | null {
  if (a instanceof PyList && !a.type.isHeap) {
    if (op === Bin.Add) {
      A.extendList(a, b);
      incref(a);
      return a;
    }
    if (op === Bin.Mul && b instanceof PyInt) {
      const n = repeatCount(b)!;
      const old = a.items.slice();
      const items = repeatArr(old, n);
      for (const x of items) incref(x);
      a.items = items;
      for (const x of old) decref(x);
      incref(a);
      return a;
    }
  }
  if (a instanceof PySet && a.type === setType && b instanceof PySet) {
    const done =
      op === Bin.Or ? (SA.updateFrom(a, b), true)
        : op === Bin.Sub ? (SA.differenceUpdateOne(a, b), true)
          : op === Bin.And ? (SA.intersectionUpdate(a, [b]), true)
            : op === Bin.Xor ? (SA.symmetricDifferenceUpdate(a, b), true) : false;
    if (done) {
      incref(a);
      return a;
    }
  }
  return null;
}

// Resumable forms (objects/native-call.ts): a user class's __add__/__radd__/__iadd__... is a
// requested call, so the interpreter runs it as a frame with its switch points.

function* callUserGen(m: PyObject, self: PyObject, other: PyObject): NativeGen<PyObject | null> {
  const r = yield request(m, [self, other]);
  if (r === NotImplemented) {
    decref(r);
    return null;
  }
  return r;
}

function* binaryOrNullGen(op: Bin, a: PyObject, b: PyObject): NativeGen<PyObject | null> {
  const name = DUNDER[op]!;
  const ma = userMethod(a, `__${name}__`);
  const mb = b.type !== a.type ? userMethod(b, `__r${name}__`) : null;
  const subFirst = mb !== null && b.type.isSubtypeOf(a.type) && b.type !== a.type;
  if (subFirst) {
    const r = yield* callUserGen(mb, b, a);
    if (r) return r;
  }
  if (ma) {
    const r = yield* callUserGen(ma, a, b);
    if (r) return r;
  } else {
    const r = builtinBinary(op, a, b);
    if (r) return r;
  }
  if (mb && !subFirst) {
    const r = yield* callUserGen(mb, b, a);
    if (r) return r;
  }
  return null;
}

/** binaryOp as a resumable builtin. */
export function* binaryOpGen(op: Bin, a: PyObject, b: PyObject): NativeGen {
  const r = yield* binaryOrNullGen(op, a, b);
  if (r !== null) return r;
  return unsupported(BIN_SYMBOL[op]!, a, b);
}

/** inplaceOp as a resumable builtin. */
export function* inplaceOpGen(op: Bin, a: PyObject, b: PyObject): NativeGen {
  const mi = userMethod(a, `__i${DUNDER[op]!}__`);
  if (mi) {
    const r = yield* callUserGen(mi, a, b);
    if (r) return r;
  }
  const bi = inplaceBuiltin(op, a, b);
  if (bi !== null) return bi;
  const r = yield* binaryOrNullGen(op, a, b);
  if (r !== null) return r;
  return unsupported(inplaceSymbol(op), a, b);
}

export function unaryNegative(a: PyObject): PyObject {
  if (a instanceof PyInt && !a.type.isHeap) return typeof a.v === 'number' ? newInt(a.v === 0 ? 0 : -a.v) : newBigInt(-a.v);
  if (a instanceof PyFloat) return newFloat(-a.v);
  const m = userMethod(a, '__neg__');
  if (m) return callObject(m, [a]);
  return typeError(`bad operand type for unary -: '${typeName(a)}'`);
}

export function unaryPositive(a: PyObject): PyObject {
  if (a instanceof PyInt && !a.type.isHeap) return intFromNumberOrBig(a.v);
  if (a instanceof PyFloat) {
    incref(a);
    return a;
  }
  const m = userMethod(a, '__pos__');
  if (m) return callObject(m, [a]);
  return typeError(`bad operand type for unary +: '${typeName(a)}'`);
}

export function unaryInvert(a: PyObject): PyObject {
  if (a instanceof PyInt && !a.type.isHeap) return typeof a.v === 'number' ? newInt(-a.v - 1) : newBigInt(-a.v - 1n);
  const m = userMethod(a, '__invert__');
  if (m) return callObject(m, [a]);
  return typeError(`bad operand type for unary ~: '${typeName(a)}'`);
}
