// Stage: VM memory. One pass of the cycle collector over a list of candidate objects, in
// CPython's steps: copy counts, subtract references between candidates, keep whatever is
// reachable from an externally referenced candidate, finalize the rest (PEP 442), and if
// nothing was resurrected clear them so reference counting frees them. No interpreter deps.
import { PyObject, heap, incref, decref, type Layout } from '../objects/base.js';

/** Layouts whose objects CPython clears (tp_clear) to break a cycle; others die by refcount. */
const CLEARABLE: ReadonlySet<Layout> = new Set<Layout>(['list', 'dict', 'set', 'frozenset', 'function', 'cell', 'instance']);

/** PEP 442: every object's __del__ runs at most once (dealloc and collector share this mark). */
const finalized = new WeakSet<PyObject>();

export function isFinalized(o: PyObject): boolean {
  return finalized.has(o);
}

/** Marks `o` finalized; false if it already was (its __del__ must not run again). */
export function markFinalized(o: PyObject): boolean {
  if (finalized.has(o)) return false;
  finalized.add(o);
  return true;
}

/** Marks a candidate found reachable (gc_refs are never this low). */
const REACHABLE = -1e15;

/** The candidates that nothing outside the candidate set keeps alive, in candidate order. */
export function findUnreachable(candidates: readonly PyObject[], held = 0): PyObject[] {
  const refs = new Map<PyObject, number>();
  for (const o of candidates) refs.set(o, o.refcnt - held);
  // subtract_refs: references between candidates do not keep anything alive.
  const subtract = (r: PyObject): void => {
    const c = refs.get(r);
    if (c !== undefined) refs.set(r, c - 1);
  };
  for (const o of candidates) o.traverse(subtract);
  // move_unreachable: whatever an externally referenced candidate reaches survives.
  const work: PyObject[] = [];
  for (const o of candidates) {
    if (refs.get(o)! > 0) {
      refs.set(o, REACHABLE);
      work.push(o);
    }
  }
  const mark = (r: PyObject): void => {
    const c = refs.get(r);
    if (c !== undefined && c !== REACHABLE) {
      refs.set(r, REACHABLE);
      work.push(r);
    }
  };
  while (work.length) work.pop()!.traverse(mark);
  const garbage: PyObject[] = [];
  for (const o of candidates) if (refs.get(o) !== REACHABLE) garbage.push(o);
  return garbage;
}

export interface GarbageOutcome {
  /** Objects still alive afterwards (resurrected, or not clearable): they go back to a generation. */
  survivors: PyObject[];
}

/**
 * Finalize then delete unreachable objects. If a finalizer resurrected any of them, CPython 3.8
 * revives them all and deletes nothing this time.
 */
export function disposeGarbage(garbage: readonly PyObject[]): GarbageOutcome {
  for (const o of garbage) incref(o); // hold them while finalizers run
  const fin = heap.finalize;
  for (const o of garbage) {
    if (o.type.hasDel && fin && !isFinalized(o)) fin(o); // the hook marks it (markFinalized)
  }
  // check_garbage: every reference must still come from the garbage itself (plus our hold).
  const resurrected = findUnreachable(garbage, 1).length !== garbage.length;
  if (resurrected) {
    for (const o of garbage) decref(o);
    return { survivors: garbage.filter((o) => o.refcnt > 0) };
  }
  for (const o of garbage) {
    if (o.refcnt > 1 && CLEARABLE.has(o.type.layout)) o.clear();
  }
  for (const o of garbage) decref(o);
  return { survivors: garbage.filter((o) => o.refcnt > 0) };
}
