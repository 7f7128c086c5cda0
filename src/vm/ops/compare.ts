// Stage: VM generic operations. Rich comparison (built-in types, then __lt__/__eq__... with
// reflection), equality for containers, and truth testing (__bool__, __len__). CPython's
// "'<' not supported between instances of ..." errors. Must not depend on threads or sim.
import { PyObject, PyType, decref } from '../objects/base.js';
import { PyDict, PyList, PyTuple } from '../objects/containers.js';
import { typeError, valueError } from '../objects/exceptions.js';
import { PyRange } from '../objects/iterators.js';
import { None, NotImplemented, PyFloat, PyInt, PyStr, newBool } from '../objects/scalars.js';
import { PySet } from '../objects/set.js';
import { callObject, typeName } from './call.js';
import { request, type NativeGen } from '../objects/native-call.js';

export const enum Cmp { LT, LE, EQ, NE, GT, GE }
const SYM = ['<', '<=', '==', '!=', '>', '>='];
const DUNDER = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
const SWAP = [Cmp.GT, Cmp.GE, Cmp.EQ, Cmp.NE, Cmp.LT, Cmp.LE];

function num(o: PyObject): number | bigint | null {
  if (o instanceof PyInt) return o.v;
  if (o instanceof PyFloat) return o.v;
  return null;
}

function cmpValues<T>(op: Cmp, a: T, b: T): boolean {
  switch (op) {
    case Cmp.LT: return a < b;
    case Cmp.LE: return a <= b;
    case Cmp.EQ: return a == b;
    case Cmp.NE: return a != b;
    case Cmp.GT: return a > b;
    default: return a >= b;
  }
}

/** Built-in comparison; null when not implemented for these types. */
function builtinCompare(op: Cmp, a: PyObject, b: PyObject): boolean | null {
  const x = num(a);
  if (x !== null) {
    const y = num(b);
    if (y === null) return null;
    return cmpValues(op, x as number, y as number);
  }
  if (a instanceof PyStr) return b instanceof PyStr ? cmpValues(op, a.v, b.v) : null;
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
    return seqCompare(op, a.items, b.items);
  }
  if (a instanceof PyDict && b instanceof PyDict) {
    if (op !== Cmp.EQ && op !== Cmp.NE) return null;
    const e = dictEq(a, b);
    return op === Cmp.EQ ? e : !e;
  }
  if (a instanceof PySet && b instanceof PySet) {
    const sub = (p: PySet, q: PySet) => p.items().every((k) => q.has(k));
    switch (op) {
      case Cmp.EQ: return a.used === b.used && sub(a, b);
      case Cmp.NE: return !(a.used === b.used && sub(a, b));
      case Cmp.LE: return sub(a, b);
      case Cmp.LT: return a.used < b.used && sub(a, b);
      case Cmp.GE: return sub(b, a);
      default: return a.used > b.used && sub(b, a);
    }
  }
  if (a instanceof PyRange && b instanceof PyRange && (op === Cmp.EQ || op === Cmp.NE)) {
    const la = a.length;
    const same = la === b.length && (la === 0 || (a.start === b.start && (la === 1 || a.step === b.step)));
    return op === Cmp.EQ ? same : !same;
  }
  return null;
}

function dictEq(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (const [k, e] of a.map) {
    const o = b.map.get(k);
    if (!o || !eq(e.value, o.value)) return false;
  }
  return true;
}

function seqCompare(op: Cmp, a: PyObject[], b: PyObject[]): boolean {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (; i < n; i++) if (!eq(a[i]!, b[i]!)) break;
  if (i >= n) return cmpValues(op, a.length, b.length);
  if (op === Cmp.EQ) return false;
  if (op === Cmp.NE) return true;
  return compareBool(op, a[i]!, b[i]!);
}

/** Identity-or-equality as used by containers (PyObject_RichCompare with the identity shortcut). */
export function eq(a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  return compareBool(Cmp.EQ, a, b);
}

function userCmp(m: PyObject | null, self: PyObject, other: PyObject): PyObject | null {
  if (!m) return null;
  const r = callObject(m, [self, other]);
  if (r === NotImplemented) {
    decref(r);
    return null;
  }
  return r;
}

function lookupUser(o: PyObject, name: string): PyObject | null {
  return o.type.isHeap ? o.type.lookup(name) : null;
}

/** a <op> b as a new reference (may be any object for user __eq__ etc.). */
export function richCompare(op: Cmp, a: PyObject, b: PyObject): PyObject {
  const ta = a.type;
  const tb = b.type;
  let tried = false;
  if (tb !== ta && tb.isSubtypeOf(ta)) {
    const r = userCmp(lookupUser(b, DUNDER[SWAP[op]!]!), b, a);
    if (r) return r;
    tried = true;
  }
  const ra = userCmp(lookupUser(a, DUNDER[op]!), a, b);
  if (ra) return ra;
  const bi = builtinCompare(op, a, b);
  if (bi !== null) return newBool(bi);
  if (!tried) {
    const rb = userCmp(lookupUser(b, DUNDER[SWAP[op]!]!), b, a);
    if (rb) return rb;
  }
  if (op === Cmp.EQ) return newBool(a === b);
  if (op === Cmp.NE) {
    // Default __ne__ inverts a user __eq__.
    const e = lookupUser(a, '__eq__');
    if (e) {
      const r = userCmp(e, a, b);
      if (r) {
        const t = truthy(r);
        decref(r);
        return newBool(!t);
      }
    }
    return newBool(a !== b);
  }
  return typeError(`'${SYM[op]}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

/** True when a <op> b may run Python code (a user class on either side). */
export function userComparison(a: PyObject, b: PyObject): boolean {
  return a.type.isHeap || b.type.isHeap;
}

function* userCmpGen(m: PyObject | null, self: PyObject, other: PyObject): NativeGen<PyObject | null> {
  if (!m) return null;
  const r = yield request(m, [self, other]);
  if (r === NotImplemented) {
    decref(r);
    return null;
  }
  return r;
}

/** richCompare as a resumable builtin: the user's __lt__/__eq__... are requested calls. */
export function* richCompareGen(op: Cmp, a: PyObject, b: PyObject): NativeGen<PyObject> {
  const ta = a.type;
  const tb = b.type;
  let tried = false;
  if (tb !== ta && tb.isSubtypeOf(ta)) {
    const r = yield* userCmpGen(lookupUser(b, DUNDER[SWAP[op]!]!), b, a);
    if (r) return r;
    tried = true;
  }
  const ra = yield* userCmpGen(lookupUser(a, DUNDER[op]!), a, b);
  if (ra) return ra;
  const bi = builtinCompare(op, a, b);
  if (bi !== null) return newBool(bi);
  if (!tried) {
    const rb = yield* userCmpGen(lookupUser(b, DUNDER[SWAP[op]!]!), b, a);
    if (rb) return rb;
  }
  if (op === Cmp.EQ) return newBool(a === b);
  if (op === Cmp.NE) {
    const e = lookupUser(a, '__eq__');
    if (e) {
      const r = yield* userCmpGen(e, a, b);
      if (r) {
        const t = truthy(r);
        decref(r);
        return newBool(!t);
      }
    }
    return newBool(a !== b);
  }
  return typeError(`'${SYM[op]}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

/** compareBool as a resumable builtin (plain values compared at once). */
export function* compareBoolGen(op: Cmp, a: PyObject, b: PyObject): NativeGen<boolean> {
  if (!userComparison(a, b)) return compareBool(op, a, b);
  const r = yield* richCompareGen(op, a, b);
  const t = truthy(r);
  decref(r);
  return t;
}

export function compareBool(op: Cmp, a: PyObject, b: PyObject): boolean {
  if (a instanceof PyInt && b instanceof PyInt && !a.type.isHeap && !b.type.isHeap) return cmpValues(op, a.v as number, b.v as number);
  const r = richCompare(op, a, b);
  const t = truthy(r);
  decref(r);
  return t;
}

/** PyObject_IsTrue. */
export function truthy(o: PyObject): boolean {
  if (o instanceof PyInt && !o.type.isHeap) return o.v != 0;
  if (o === None) return false;
  if (o instanceof PyStr) return o.v.length > 0;
  if (o instanceof PyFloat) return o.v !== 0;
  if (o instanceof PyList || o instanceof PyTuple) return o.items.length > 0;
  if (o instanceof PyDict) return o.size > 0;
  if (o instanceof PySet) return o.used > 0;
  if (o instanceof PyRange) return o.length > 0;
  const t = o.type;
  if (t.isHeap) {
    const b = t.lookup('__bool__');
    if (b) {
      const r = callObject(b, [o]);
      if (!(r instanceof PyInt) || !(r.type.name === 'bool')) {
        const n = typeName(r);
        decref(r);
        return typeError(`__bool__ should return bool, returned ${n}`);
      }
      const v = r.v !== 0;
      decref(r);
      return v;
    }
    const l = t.lookup('__len__');
    if (l) {
      const r = callObject(l, [o]);
      if (!(r instanceof PyInt)) {
        const n = typeName(r);
        decref(r);
        return typeError(`'${n}' object cannot be interpreted as an integer`);
      }
      const v = r.v;
      decref(r);
      if (v < 0) return valueError('__len__() should return >= 0');
      return v != 0;
    }
    if (o instanceof PyInt) return o.v != 0;
  }
  return true;
}

export function isType(o: PyObject): o is PyType {
  return o instanceof PyType;
}
