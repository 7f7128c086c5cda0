// Stage: VM generic operations. Iteration (iter/next), subscription and slicing (get/set/del),
// len and `in`, for built-in containers and user classes, with CPython's error messages.
// Must not depend on threads or the simulation layer.
import { PyObject, decref, incref } from '../objects/base.js';
import { PyInstance } from '../objects/callables.js';
import { PyDict, PyList, PyTuple, newTuple, listType, tupleType } from '../objects/containers.js';
import { PyThrow, StopIteration, indexError, keyError, typeError, valueError } from '../objects/exceptions.js';
import {
  PyIter, PyDictView, PyRange, PyRangeIter, PySlice, dictItemIterType, dictKeyIterType, dictValueIterType,
  listIterType, seqIter, setIterType, strIter, tupleIterType, callIterType,
} from '../objects/iterators.js';
import { None, PyInt, PyStr, newInt, newStr, newBool } from '../objects/scalars.js';
import { PySet } from '../objects/set.js';
import { callObject, typeName } from './call.js';
import { eq } from './compare.js';
import { listHooks } from './arith-bridge.js';

export function getIter(o: PyObject): PyObject {
  if (o instanceof PyList) return seqIter(listIterType, o, () => o.items);
  if (o instanceof PyTuple) return seqIter(tupleIterType, o, () => o.items);
  if (o instanceof PyRange) return new PyRangeIter(o.start, o.length, o.step);
  if (o instanceof PyStr) return strIter(o, o.v);
  if (o instanceof PyDict && !o.type.isHeap) return dictIter(o, 'keys');
  if (o instanceof PyDictView) return dictIter(o.dict as PyDict, o.kind);
  if (o instanceof PySet) {
    const snapshot = o.items();
    const size = o.used;
    incref(o);
    let i = 0;
    return new PyIter(setIterType, [o], () => {
      if (o.used !== size) return pyThrowRuntime('Set changed size during iteration');
      if (i >= snapshot.length) return null;
      const x = snapshot[i++]!;
      incref(x);
      return x;
    });
  }
  if (o instanceof PyIter || o instanceof PyRangeIter) {
    incref(o);
    return o;
  }
  const t = o.type;
  const it = t.lookup('__iter__');
  if (it) {
    const r = callObject(it, [o]);
    if (!r.type.lookup('__next__') && !(r instanceof PyIter) && !(r instanceof PyRangeIter)) {
      const n = typeName(r);
      decref(r);
      return typeError(`iter() returned non-iterator of type '${n}'`);
    }
    return r;
  }
  const gi = t.lookup('__getitem__');
  if (gi) {
    incref(o);
    let i = 0;
    return new PyIter(callIterType, [o], () => {
      const idx = newInt(i++);
      try {
        return callObject(gi, [o, idx]);
      } catch (e) {
        if (e instanceof PyThrow && e.exc.type.name === 'IndexError') {
          decref(e.exc);
          return null;
        }
        throw e;
      } finally {
        decref(idx);
      }
    });
  }
  return typeError(`'${typeName(o)}' object is not iterable`);
}

import { runtimeError } from '../objects/exceptions.js';
function pyThrowRuntime(msg: string): never {
  return runtimeError(msg);
}

export function dictIter(d: PyDict, kind: 'keys' | 'values' | 'items'): PyIter {
  incref(d);
  const it = d.map.values();
  const size = d.size;
  const type = kind === 'keys' ? dictKeyIterType : kind === 'values' ? dictValueIterType : dictItemIterType;
  return new PyIter(type, [d], () => {
    if (d.size !== size) return pyThrowRuntime('dictionary changed size during iteration');
    const n = it.next();
    if (n.done) return null;
    const e = n.value;
    if (kind === 'keys') {
      incref(e.key);
      return e.key;
    }
    if (kind === 'values') {
      incref(e.value);
      return e.value;
    }
    incref(e.key);
    incref(e.value);
    return newTuple([e.key, e.value]);
  });
}

/** next(it): new reference or null when exhausted (StopIteration from user __next__ included). */
export function iterNext(it: PyObject): PyObject | null {
  if (it instanceof PyRangeIter) return it.next();
  if (it instanceof PyIter) return it.next();
  const n = it.type.lookup('__next__');
  if (!n) return typeError(`'${typeName(it)}' object is not an iterator`);
  try {
    return callObject(n, [it]);
  } catch (e) {
    if (e instanceof PyThrow && e.exc.type.isSubtypeOf(StopIteration)) {
      decref(e.exc);
      return null;
    }
    throw e;
  }
}

/** All items of an iterable as new references. */
export function toArray(o: PyObject): PyObject[] {
  if (o instanceof PyList || o instanceof PyTuple) {
    for (const x of o.items) incref(x);
    return o.items.slice();
  }
  const it = getIter(o);
  const out: PyObject[] = [];
  try {
    for (let x = iterNext(it); x !== null; x = iterNext(it)) out.push(x);
  } catch (e) {
    for (const x of out) decref(x);
    throw e;
  } finally {
    decref(it);
  }
  return out;
}

listHooks.extend = (l: PyList, o: PyObject) => {
  const items = toArray(o);
  for (const x of items) l.items.push(x);
};

export function indexValue(o: PyObject, what: string): number {
  if (o instanceof PyInt) return Number(o.v);
  const ix = o.type.isHeap ? o.type.lookup('__index__') : null;
  if (ix) {
    const r = callObject(ix, [o]);
    const v = Number((r as PyInt).v);
    decref(r);
    return v;
  }
  return typeError(`${what} indices must be integers or slices, not ${typeName(o)}`);
}

/** slice.indices(len): [start, stop, step, count]. */
export function sliceIndices(s: PySlice, len: number): [number, number, number, number] {
  const num = (o: PyObject): number | null => {
    if (o === None) return null;
    if (o instanceof PyInt) return Number(o.v);
    return typeError('slice indices must be integers or None or have an __index__ method');
  };
  let step = num(s.step) ?? 1;
  if (step === 0) valueError('slice step cannot be zero');
  let start = num(s.start);
  let stop = num(s.stop);
  const lo = step < 0 ? -1 : 0;
  const hi = step < 0 ? len - 1 : len;
  if (start === null) start = step < 0 ? hi : lo;
  else {
    if (start < 0) start = Math.max(start + len, lo);
    else start = Math.min(start, hi);
  }
  if (stop === null) stop = step < 0 ? lo : hi;
  else {
    if (stop < 0) stop = Math.max(stop + len, lo);
    else stop = Math.min(stop, hi);
  }
  let count = 0;
  if (step > 0 ? start < stop : stop < start) count = Math.floor((Math.abs(stop - start) - 1) / Math.abs(step)) + 1;
  return [start, stop, step, count];
}

function sliceArr<T>(a: readonly T[], s: PySlice): T[] {
  const [start, , step, count] = sliceIndices(s, a.length);
  const out: T[] = [];
  for (let i = 0, j = start; i < count; i++, j += step) out.push(a[j]!);
  return out;
}

/** o[k]; new reference. */
export function getItem(o: PyObject, k: PyObject): PyObject {
  if (o instanceof PyList || o instanceof PyTuple) {
    const isList = o instanceof PyList;
    if (k instanceof PySlice) {
      const items = sliceArr(o.items, k);
      for (const x of items) incref(x);
      return isList ? new PyList(items) : newTuple(items);
    }
    if (!(k instanceof PyInt) && !(k.type.isHeap && k.type.lookup('__index__'))) {
      return typeError(`${isList ? 'list' : 'tuple'} indices must be integers or slices, not ${typeName(k)}`);
    }
    let i = indexValue(k, isList ? 'list' : 'tuple');
    const n = o.items.length;
    if (i < 0) i += n;
    if (i < 0 || i >= n) return indexError(`${isList ? 'list' : 'tuple'} index out of range`);
    const x = o.items[i]!;
    incref(x);
    return x;
  }
  if (o instanceof PyDict) {
    const v = o.get(k);
    if (v !== undefined) {
      incref(v);
      return v;
    }
    if (o.type.isHeap) {
      const miss = o.type.lookup('__missing__');
      if (miss) return callObject(miss, [o, k]);
    }
    return keyError(k);
  }
  if (o instanceof PyStr) {
    const cps = Array.from(o.v);
    if (k instanceof PySlice) return newStr(sliceArr(cps, k).join(''));
    if (!(k instanceof PyInt)) return typeError(`string indices must be integers`);
    let i = Number(k.v);
    if (i < 0) i += cps.length;
    if (i < 0 || i >= cps.length) return indexError('string index out of range');
    return newStr(cps[i]!);
  }
  if (o instanceof PyRange) {
    if (k instanceof PySlice) {
      const [start, , step, count] = sliceIndices(k, o.length);
      return new PyRange(o.start + start * o.step, o.start + (start + count * step) * o.step, o.step * step);
    }
    let i = indexValue(k, 'range');
    const n = o.length;
    if (i < 0) i += n;
    if (i < 0 || i >= n) return indexError('range object index out of range');
    return newInt(o.start + i * o.step);
  }
  const gi = o.type.lookup('__getitem__');
  if (gi) return callObject(gi, [o, k]);
  if (o instanceof PyInstance && o.type.isHeap === false) return typeError(`'${typeName(o)}' object is not subscriptable`);
  return typeError(`'${typeName(o)}' object is not subscriptable`);
}

/** o[k] = v; v borrowed. */
export function setItem(o: PyObject, k: PyObject, v: PyObject): void {
  if (o instanceof PyList) {
    if (k instanceof PySlice) {
      const repl = toArray(v);
      const [start, stop, step, count] = sliceIndices(k, o.items.length);
      if (step === 1) {
        const removed = o.items.splice(start, Math.max(0, stop - start), ...repl);
        for (const x of removed) decref(x);
        return;
      }
      if (repl.length !== count) {
        for (const x of repl) decref(x);
        return valueError(`attempt to assign sequence of size ${repl.length} to extended slice of size ${count}`);
      }
      for (let i = 0, j = start; i < count; i++, j += step) {
        const old = o.items[j]!;
        o.items[j] = repl[i]!;
        decref(old);
      }
      return;
    }
    if (!(k instanceof PyInt)) return typeError(`list indices must be integers or slices, not ${typeName(k)}`);
    let i = Number(k.v);
    const n = o.items.length;
    if (i < 0) i += n;
    if (i < 0 || i >= n) return indexError('list assignment index out of range');
    const old = o.items[i]!;
    incref(v);
    o.items[i] = v;
    decref(old);
    return;
  }
  if (o instanceof PyDict) {
    o.set(k, v);
    return;
  }
  const si = o.type.lookup('__setitem__');
  if (si) {
    decref(callObject(si, [o, k, v]));
    return;
  }
  return typeError(`'${typeName(o)}' object does not support item assignment`);
}

export function delItem(o: PyObject, k: PyObject): void {
  if (o instanceof PyList) {
    if (k instanceof PySlice) {
      const [start, , step, count] = sliceIndices(k, o.items.length);
      const idx: number[] = [];
      for (let i = 0, j = start; i < count; i++, j += step) idx.push(j);
      idx.sort((a, b) => b - a);
      const removed: PyObject[] = [];
      for (const j of idx) removed.push(...o.items.splice(j, 1));
      for (const x of removed) decref(x);
      return;
    }
    if (!(k instanceof PyInt)) return typeError(`list indices must be integers or slices, not ${typeName(k)}`);
    let i = Number(k.v);
    const n = o.items.length;
    if (i < 0) i += n;
    if (i < 0 || i >= n) return indexError('list assignment index out of range');
    const [old] = o.items.splice(i, 1);
    decref(old!);
    return;
  }
  if (o instanceof PyDict) {
    if (!o.delete(k)) keyError(k);
    return;
  }
  const di = o.type.lookup('__delitem__');
  if (di) {
    decref(callObject(di, [o, k]));
    return;
  }
  return typeError(`'${typeName(o)}' object doesn't support item deletion`);
}

export function len(o: PyObject): number {
  if (o instanceof PyList || o instanceof PyTuple) return o.items.length;
  if (o instanceof PyStr) return [...o.v].length;
  if (o instanceof PyDict) return o.size;
  if (o instanceof PySet) return o.used;
  if (o instanceof PyRange) return o.length;
  if (o instanceof PyDictView) return (o.dict as PyDict).size;
  const l = o.type.lookup('__len__');
  if (l) {
    const r = callObject(l, [o]);
    if (!(r instanceof PyInt)) {
      const n = typeName(r);
      decref(r);
      return typeError(`'${n}' object cannot be interpreted as an integer`);
    }
    const v = Number(r.v);
    decref(r);
    if (v < 0) return valueError('__len__() should return >= 0');
    return v;
  }
  return typeError(`object of type '${typeName(o)}' has no len()`);
}

/** `x in o`. */
export function contains(o: PyObject, x: PyObject): boolean {
  if (o instanceof PyList || o instanceof PyTuple) {
    for (const y of o.items) if (eq(y, x)) return true;
    return false;
  }
  if (o instanceof PyDict) return o.get(x) !== undefined;
  if (o instanceof PyDictView && o.kind === 'keys') return (o.dict as PyDict).get(x) !== undefined;
  if (o instanceof PySet) return o.has(x);
  if (o instanceof PyStr) {
    if (!(x instanceof PyStr)) return typeError(`'in <string>' requires string as left operand, not ${typeName(x)}`);
    return o.v.includes(x.v);
  }
  if (o instanceof PyRange && x instanceof PyInt) {
    const v = Number(x.v);
    const { start, step } = o;
    const n = o.length;
    if (n === 0) return false;
    const k = (v - start) / step;
    return Number.isInteger(k) && k >= 0 && k < n;
  }
  const c = o.type.lookup('__contains__');
  if (c) {
    const r = callObject(c, [o, x]);
    const t = r instanceof PyInt ? r.v != 0 : r !== None;
    decref(r);
    return t;
  }
  const it = getIter(o);
  try {
    for (let y = iterNext(it); y !== null; y = iterNext(it)) {
      const e = eq(y, x);
      decref(y);
      if (e) return true;
    }
  } finally {
    decref(it);
  }
  return false;
}

export { newBool, listType, tupleType };
