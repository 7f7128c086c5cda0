// Stage: VM generic operations. Set algebra with CPython 3.8's algorithms (setobject.c): which
// operand is iterated, which table is copied and when tables are resized decide the iteration
// order of the result, so each operation follows the C code's steps. Must not depend on threads.
import { PyObject, decref } from '../objects/base.js';
import { PyDict } from '../objects/containers.js';
import { PySet, frozensetType } from '../objects/set.js';
import { toArray } from './seq.js';

/** A new empty set of the same kind as `like` (set or frozenset). */
function sameKind(like: PySet): PySet {
  return new PySet(like.type === frozensetType);
}

/** set_update_internal: add every element of an iterable (sets merge their tables). */
export function updateFrom(s: PySet, other: PyObject): void {
  if (other instanceof PySet) {
    s.merge(other);
    return;
  }
  if (other instanceof PyDict) {
    const n = other.size;
    if ((s.fill + n) * 5 >= s.mask * 3) s.resize((s.used + n) * 2);
    for (const e of other.map.values()) s.add(e.key);
    return;
  }
  const items = toArray(other);
  try {
    for (const x of items) s.add(x);
  } finally {
    for (const x of items) decref(x);
  }
}

/** make_new_set(type, iterable). */
export function newSetFrom(frozen: boolean, src: PyObject | null): PySet {
  const s = new PySet(frozen);
  if (src !== null) {
    try {
      updateFrom(s, src);
    } catch (e) {
      decref(s);
      throw e;
    }
  }
  return s;
}

export function setCopy(s: PySet): PySet {
  return newSetFrom(s.type === frozensetType, s);
}

/** A set view of `o`: o itself (new reference) when it is a set, else a new set of its items. */
function asSet(o: PyObject): PySet {
  if (o instanceof PySet) {
    o.refcnt++;
    return o;
  }
  return newSetFrom(false, o);
}

export function union(s: PySet, others: readonly PyObject[]): PySet {
  const r = setCopy(s);
  try {
    for (const o of others) if (o !== s) updateFrom(r, o);
  } catch (e) {
    decref(r);
    throw e;
  }
  return r;
}

/** set_intersection: iterate the smaller set (or the iterable), keep what the other holds. */
export function intersection(s: PySet, other: PyObject): PySet {
  if (other === s) return setCopy(s);
  const r = sameKind(s);
  if (other instanceof PySet) {
    let big = s;
    let small: PySet = other;
    if (other.used > s.used) {
      big = other;
      small = s;
    }
    for (const k of small.items()) if (big.has(k)) r.add(k);
    return r;
  }
  const items = toArray(other);
  try {
    for (const k of items) if (s.has(k)) r.add(k);
  } catch (e) {
    decref(r);
    throw e;
  } finally {
    for (const x of items) decref(x);
  }
  return r;
}

export function intersectionMulti(s: PySet, others: readonly PyObject[]): PySet {
  if (others.length === 0) return setCopy(s);
  s.refcnt++;
  let r: PySet = s;
  for (const o of others) {
    try {
      const nr = intersection(r, o);
      decref(r);
      r = nr;
    } catch (e) {
      decref(r);
      throw e;
    }
  }
  return r;
}

export function intersectionUpdate(s: PySet, others: readonly PyObject[]): void {
  const r = intersectionMulti(s, others);
  s.swapBodies(r);
  decref(r);
}

/** set_difference_update_internal: discard every element of other; resize away many dummies. */
export function differenceUpdateOne(s: PySet, other: PyObject): void {
  if (other === s) {
    s.clearAll();
    return;
  }
  if (other instanceof PySet) {
    for (const k of other.items()) s.discard(k);
  } else if (other instanceof PyDict) {
    for (const e of other.map.values()) s.discard(e.key);
  } else {
    const items = toArray(other);
    try {
      for (const k of items) s.discard(k);
    } finally {
      for (const x of items) decref(x);
    }
  }
  if (s.fill - s.used > Math.floor(s.mask / 4)) s.resize(s.used > 50000 ? s.used * 2 : s.used * 4);
}

/** set_difference: copy-then-discard when other is much smaller or not sized, else filter s. */
export function difference(s: PySet, other: PyObject): PySet {
  let otherSize: number;
  if (other instanceof PySet) otherSize = other.used;
  else if (other instanceof PyDict) otherSize = other.size;
  else otherSize = -1;
  if (otherSize < 0 || s.used >> 2 > otherSize) {
    const r = setCopy(s);
    try {
      differenceUpdateOne(r, other);
    } catch (e) {
      decref(r);
      throw e;
    }
    return r;
  }
  const r = sameKind(s);
  for (const k of s.items()) {
    const inOther = other instanceof PySet ? other.has(k) : (other as PyDict).get(k) !== undefined;
    if (!inOther) r.add(k);
  }
  return r;
}

export function differenceMulti(s: PySet, others: readonly PyObject[]): PySet {
  if (others.length === 0) return setCopy(s);
  const r = difference(s, others[0]!);
  try {
    for (const o of others.slice(1)) differenceUpdateOne(r, o);
  } catch (e) {
    decref(r);
    throw e;
  }
  return r;
}

/**
 * set_symmetric_difference_update: toggle each element of other in s; a dict's keys in dict
 * order, any other iterable through a temporary set (in that set's order).
 */
export function symmetricDifferenceUpdate(s: PySet, other: PyObject): void {
  if (other === s) {
    s.clearAll();
    return;
  }
  if (other instanceof PyDict) {
    for (const e of other.map.values()) if (!s.discard(e.key)) s.add(e.key);
    return;
  }
  const o = other instanceof PySet ? (other.refcnt++, other) : newSetFrom(s.type === frozensetType, other);
  try {
    for (const k of o.items()) if (!s.discard(k)) s.add(k);
  } finally {
    decref(o);
  }
}

/** set_symmetric_difference: a copy of other, toggled by s. */
export function symmetricDifference(s: PySet, other: PyObject): PySet {
  const r = newSetFrom(s.type === frozensetType, other);
  try {
    symmetricDifferenceUpdate(r, s);
  } catch (e) {
    decref(r);
    throw e;
  }
  return r;
}

export function isSubset(s: PySet, other: PyObject): boolean {
  const o = asSet(other);
  try {
    if (s.used > o.used) return false;
    return s.items().every((k) => o.has(k));
  } finally {
    decref(o);
  }
}

export function isSuperset(s: PySet, other: PyObject): boolean {
  if (other instanceof PySet) return isSubset(other, s);
  const items = toArray(other);
  try {
    return items.every((k) => s.has(k));
  } finally {
    for (const x of items) decref(x);
  }
}

export function isDisjoint(s: PySet, other: PyObject): boolean {
  if (other === s) return s.used === 0;
  if (other instanceof PySet) {
    const [small, big] = other.used > s.used ? [s, other] : [other, s];
    return !small.items().some((k) => big.has(k));
  }
  const items = toArray(other);
  try {
    return !items.some((k) => s.has(k));
  } finally {
    for (const x of items) decref(x);
  }
}
