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

/** The candidates that nothing outside the candidate set keeps alive, in candidate order. */
export function findUnreachable(candidates: readonly PyObject[], held = 0): PyObject[] {
  return moveUnreachable(candidates, held).garbage;
}

/**
 * CPython's update_refs, subtract_refs and move_unreachable over `candidates` (the collected
 * generation's list, in order). The walk keeps a candidate that something outside the set
 * references (or that an earlier kept one references) where it is, and marks what it references;
 * a candidate nothing has marked yet goes to the unreachable list, and back to the end of the
 * walk when a later kept object references it. So `garbage` is in walk order, and `survivors` is
 * the generation's new order: in-place survivors first, then the ones moved back, in the order
 * they were found (this order decides whose __del__ runs first in a later collection, and at
 * interpreter shutdown). `held`: references each candidate has from the caller.
 */
export function moveUnreachable(candidates: readonly PyObject[], held = 0): Walked<PyObject> {
  return moveUnreachableBy(candidates, (o) => o.refcnt - held, (o, visit) => o.traverse(visit));
}

/** A walk's outcome; survivors[inPlace..] are the ones moved to the end, in the order they moved. */
export interface Walked<N> {
  garbage: N[];
  survivors: N[];
  inPlace: number;
}

/**
 * moveUnreachable over any kind of node: `count` gives a node's references (all of them, those
 * from other nodes included), `traverse` the nodes it references, in CPython's order.
 */
export function moveUnreachableBy<N>(
  nodes: readonly N[],
  count: (n: N) => number,
  traverse: (n: N, visit: (r: N) => void) => void,
): Walked<N> {
  const refs = new Map<N, number>();
  for (const n of nodes) refs.set(n, count(n));
  // subtract_refs: references between candidates do not keep anything alive.
  const subtract = (r: N): void => {
    const c = refs.get(r);
    if (c !== undefined) refs.set(r, c - 1);
  };
  for (const n of nodes) traverse(n, subtract);
  const walk = nodes.slice();
  const unreachable = new Set<N>();
  const visitReachable = (r: N): void => {
    const c = refs.get(r);
    // not a candidate (another generation, untracked), or already known reachable
    if (c === undefined || c > 0) return;
    // walked already (it is in the unreachable list): back to the end of the walk
    if (unreachable.delete(r)) walk.push(r);
    refs.set(r, 1);
  };
  const survivors: N[] = [];
  let inPlace = 0;
  for (let k = 0; k < walk.length; k++) {
    const n = walk[k]!;
    if (refs.get(n)! > 0) {
      traverse(n, visitReachable);
      survivors.push(n);
      if (k < nodes.length) inPlace++;
    } else unreachable.add(n);
  }
  return { garbage: [...unreachable], survivors, inPlace };
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
