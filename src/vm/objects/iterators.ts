// Stage: VM object model. range, slice and the iterator objects (list/tuple/range/str/dict/set
// iterators, enumerate, zip, map, filter, reversed). An iterator's step returns a new reference
// or null when exhausted; it may call back into the runtime through the `call` hook.
import { PyObject, PyType, decref, incref, makeType, track, xdecref } from './base.js';
import { newInt, newStr, PyInt } from './scalars.js';
import type { NativeGen } from './native-call.js';

export const rangeType = makeType('range', null, 'range');
export const sliceType = makeType('slice', null, 'slice');

export class PyRange extends PyObject {
  constructor(
    public start: number,
    public stop: number,
    public step: number,
  ) {
    super(rangeType);
  }
  get length(): number {
    const { start, stop, step } = this;
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
}

export class PySlice extends PyObject {
  constructor(
    public start: PyObject,
    public stop: PyObject,
    public step: PyObject,
  ) {
    super(sliceType);
  }
  override clear(): void {
    decref(this.start);
    decref(this.stop);
    decref(this.step);
  }
}

/** Generic iterator: `step` produces the next item (new reference) or null when exhausted. */
export class PyIter extends PyObject {
  done = false;
  /** Resumable form of `step` when it calls Python code (map, filter): FOR_ITER runs it as a native frame. */
  gen: ((it: PyIter) => NativeGen<PyObject | null>) | null = null;
  constructor(
    type: PyType,
    /** Objects this iterator keeps alive (owned references). */
    public held: PyObject[],
    public step: (it: PyIter) => PyObject | null,
  ) {
    super(type);
    track(this);
  }
  next(): PyObject | null {
    if (this.done) return null;
    const r = this.step(this);
    if (r === null) this.finish();
    return r;
  }
  finish(): void {
    this.done = true;
    const h = this.held;
    this.held = [];
    for (const o of h) decref(o);
  }
  override clear(): void {
    this.finish();
  }
  override traverse(visit: (o: PyObject) => void): void {
    for (const o of this.held) visit(o);
  }
}

/** The range iterator, special-cased for the FOR_ITER fast path. */
export class PyRangeIter extends PyObject {
  constructor(
    public cur: number,
    public remaining: number,
    public step: number,
  ) {
    super(rangeIterType);
  }
  next(): PyObject | null {
    if (this.remaining <= 0) return null;
    this.remaining--;
    const v = this.cur;
    this.cur += this.step;
    return newInt(v);
  }
}

export const rangeIterType = makeType('range_iterator', null, 'iterator');
export const listIterType = makeType('list_iterator', null, 'iterator');
export const listRevIterType = makeType('list_reverseiterator', null, 'iterator');
export const tupleIterType = makeType('tuple_iterator', null, 'iterator');
export const strIterType = makeType('str_iterator', null, 'iterator');
export const dictKeyIterType = makeType('dict_keyiterator', null, 'iterator');
export const dictValueIterType = makeType('dict_valueiterator', null, 'iterator');
export const dictItemIterType = makeType('dict_itemiterator', null, 'iterator');
export const setIterType = makeType('set_iterator', null, 'iterator');
export const enumerateType = makeType('enumerate', null, 'iterator');
export const zipType = makeType('zip', null, 'iterator');
export const mapType = makeType('map', null, 'iterator');
export const filterType = makeType('filter', null, 'iterator');
export const reversedType = makeType('reversed', null, 'iterator');
export const callIterType = makeType('callable_iterator', null, 'iterator');

/** Iterator over a JS array snapshot of borrowed-from-owner items (list/tuple semantics: index based). */
export function seqIter(type: PyType, owner: PyObject, items: () => PyObject[]): PyIter {
  incref(owner);
  let i = 0;
  return new PyIter(type, [owner], () => {
    const a = items();
    if (i >= a.length) return null;
    const x = a[i++]!;
    incref(x);
    return x;
  });
}

export function strIter(owner: PyObject, s: string): PyIter {
  incref(owner);
  let i = 0;
  return new PyIter(strIterType, [owner], () => {
    if (i >= s.length) return null;
    const cp = s.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    i += ch.length;
    return newStr(ch);
  });
}

export function isIterator(o: PyObject): boolean {
  return o instanceof PyIter || o instanceof PyRangeIter;
}

export { PyInt, xdecref };

export const dictKeysType = makeType('dict_keys', null, 'other');
export const dictValuesType = makeType('dict_values', null, 'other');
export const dictItemsType = makeType('dict_items', null, 'other');

/** dict.keys()/values()/items(): a live view over the dict. */
export class PyDictView extends PyObject {
  constructor(
    type: PyType,
    public dict: PyObject,
    public kind: 'keys' | 'values' | 'items',
  ) {
    super(type);
    incref(dict);
    track(this);
  }
  override clear(): void {
    decref(this.dict);
  }
  override traverse(visit: (o: PyObject) => void): void {
    visit(this.dict);
  }
}
