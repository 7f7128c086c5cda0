// Stage: VM memory. Which objects CPython's cycle collector would see right now: gc objects are
// the ones built through `track`; 3.8's lazy rules then leave dicts of atomic contents and
// tuples of atomic items (once a collection has looked at them) untracked. No interpreter deps.
import { PyObject, PyType, heap } from '../objects/base.js';
import { PyBuiltin } from '../objects/callables.js';
import { PyDict, PyTuple, dictTrackingHooks, dictType, tupleType } from '../objects/containers.js';
import type { MemoryRules } from '../../versions/memory-rules.js';

/** The collector's older sets; generation 0 is heap.tracked. */
export const older = {
  gen1: new Set<PyObject>(),
  gen2: new Set<PyObject>(),
  /** Tuples a collection untracked (they still count as gc objects when they die). */
  untracked: new Set<PyObject>(),
  /**
   * Dicts a collection saw tracked: CPython keeps a dict tracked once a container was stored in
   * it, until a full collection finds only atomic contents (untrack_dicts).
   */
  stickyDicts: new WeakSet<PyObject>(),
  /**
   * 3.13: instance dicts materialised from inline values (see inline-values.ts), with the dict
   * size at the last check of its keys against the class's shared keys.
   */
  inlineDicts: new WeakMap<PyObject, { checkedSize: number }>(),
};

export function generationSet(g: number): Set<PyObject> {
  return g === 0 ? heap.tracked : g === 1 ? older.gen1 : older.gen2;
}

/** An object built as a gc object (CPython: PyObject_IS_GC), tracked or not. */
export function isGcObject(o: PyObject): boolean {
  return heap.tracked.has(o) || older.gen1.has(o) || older.gen2.has(o) || older.untracked.has(o);
}

/** CPython's _PyObject_GC_MAY_BE_TRACKED: a gc object, and a tuple only while tracked. */
export function mayBeTracked(o: PyObject): boolean {
  // Built-in atomic layouts are never gc objects: answered before the set lookups (this runs
  // on every store into a dict that holds only atomic values, e.g. each `self.count += 1`).
  const l = o.type.layout;
  if ((l === 'int' || l === 'bool' || l === 'float' || l === 'str' || l === 'none') && !o.type.isHeap) return false;
  if (o instanceof PyType) return o.isHeap;
  if (o instanceof PyBuiltin) return true;
  if (o.type === tupleType) {
    return !older.untracked.has(o) && isGcObject(o);
  }
  return isGcObject(o);
}

/** gc.is_tracked: a gc object that no rule untracked (dicts: see dictTracked). */
export function isTracked(o: PyObject, rules: MemoryRules): boolean {
  // Outside the collector's sets but gc-tracked in CPython: classes the program creates (heap
  // types) and builtin function objects. Static builtin types are not tracked.
  if (o instanceof PyType) return o.isHeap;
  if (o instanceof PyBuiltin) return true;
  if (!isGcObject(o) || older.untracked.has(o)) return false;
  if (rules.lazyDictTracking && o.type === dictType) return dictTracked(o as PyDict);
  return true;
}

/**
 * The lazy dict rule: a container was stored in it (until a full collection finds it atomic),
 * a collection saw it tracked, or it holds a key or value that may be tracked (stores the bit
 * did not see). A materialised 3.13 instance dict has only the bit: values the object stored
 * inline never reached its tracking.
 */
function dictTracked(d: PyDict): boolean {
  if (d.storedTrackable || older.stickyDicts.has(d)) return true;
  return !older.inlineDicts.has(d) && dictHoldsTrackable(d);
}

/** A full collection found the dict atomic: CPython untracks it (_PyDict_MaybeUntrack). */
export function untrackAtomicDict(d: PyDict): void {
  older.stickyDicts.delete(d);
  d.storedTrackable = false;
}

dictTrackingHooks.mayBeTracked = mayBeTracked;

export function dictHoldsTrackable(d: PyDict): boolean {
  for (const e of d.map.values()) {
    if (mayBeTracked(e.key) || mayBeTracked(e.value)) return true;
  }
  return false;
}

/**
 * For an object in one of the generation sets: does it take part in a collection? (Untracked
 * tuples live in older.untracked, so only the lazy dict rule remains.)
 */
export function participates(o: PyObject, rules: MemoryRules): boolean {
  // A materialised 3.13 instance dict always takes part: CPython reaches the inline values from
  // the object whether or not the dict itself is tracked.
  if (rules.lazyDictTracking && o.type === dictType) return older.inlineDicts.has(o) || dictTracked(o as PyDict);
  return true;
}

/** _PyTuple_MaybeUntrack: a tuple none of whose items may be tracked. */
export function tupleIsAtomic(t: PyTuple): boolean {
  for (const x of t.items) if (mayBeTracked(x)) return false;
  return true;
}
