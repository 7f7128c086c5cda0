// Stage: VM loop kernels. Items a kernel reads and writes: container[key] of an exact dict (a
// str or int key that is in it) or an exact list (an int index in range), fixed for a kernel
// run (nothing else runs to change them). What BINARY_SUBSCR / STORE_SUBSCR do with such an
// item (ops/seq.ts getItem / setItem), at entry and at the commit.
import { decref, incref, type PyObject } from '../objects/base.js';
import { PyDict, PyList, dictType, listType, type DictEntry } from '../objects/containers.js';
import { keyOf } from '../objects/hash.js';
import { PyInt, intType, strType } from '../objects/scalars.js';

export interface ItemRef {
  readonly dict: PyDict | null;
  readonly entry: DictEntry | null;
  readonly list: PyList | null;
  readonly index: number;
}

/** container[key] as a kernel can hold it, or null (another type, a missing key, out of range). */
export function itemRef(c: PyObject, k: PyObject): ItemRef | null {
  const kt = k.type;
  if (c.type === dictType && (kt === strType || kt === intType)) {
    const entry = (c as PyDict).map.get(keyOf(k));
    return entry === undefined ? null : { dict: c as PyDict, entry, list: null, index: -1 };
  }
  if (c.type === listType && kt === intType && typeof (k as PyInt).v === 'number') {
    const n = (c as PyList).items.length;
    let i = (k as PyInt).v as number;
    if (i < 0) i += n;
    return i < 0 || i >= n ? null : { dict: null, entry: null, list: c as PyList, index: i };
  }
  return null;
}

/** The item's object (borrowed). */
export function itemGet(r: ItemRef): PyObject {
  return r.entry !== null ? r.entry.value : r.list!.items[r.index]!;
}

/** Store v into the item as setItem does (a new reference to v; the old object released). */
export function itemSet(r: ItemRef, v: PyObject): void {
  if (r.dict !== null) {
    r.dict.storeAt(r.entry!, v);
    return;
  }
  const items = r.list!.items;
  const old = items[r.index]!;
  incref(v);
  items[r.index] = v;
  decref(old);
}

/** The same item twice (the same dict entry, or the same list and index). */
export function sameItem(a: ItemRef, b: ItemRef): boolean {
  return a.entry !== null ? a.entry === b.entry : a.list === b.list && a.index === b.index;
}
