// Stage: VM simulated modules. `gc`: a real cycle collector over the tracked container objects
// (CPython's algorithm: subtract internal references, everything reachable from an externally
// referenced object survives, the rest is garbage and is cleared), thresholds (700, 10, 10).
import { PyObject, heap, incref, decref } from '../objects/base.js';
import { PyBuiltin, PyFunction, strKey } from '../objects/callables.js';
import { PyDict, PyTuple, newTuple } from '../objects/containers.js';
import { newBool, newInt, newNone, PyInt } from '../objects/scalars.js';
import { vm } from '../interp/state.js';
import { registerModule } from './registry.js';

let threshold: [number, number, number] = [700, 10, 10];

/** Collect unreachable cycles; returns the number of objects found unreachable. */
export function collect(): number {
  const tracked = [...heap.tracked];
  const refs = new Map<PyObject, number>();
  for (const o of tracked) refs.set(o, o.refcnt);
  for (const o of tracked) {
    o.traverse((r) => {
      const c = refs.get(r);
      if (c !== undefined) refs.set(r, c - 1);
    });
  }
  const reachable = new Set<PyObject>();
  const work: PyObject[] = [];
  for (const o of tracked) if (refs.get(o)! > 0) {
    reachable.add(o);
    work.push(o);
  }
  while (work.length) {
    const o = work.pop()!;
    o.traverse((r) => {
      if (refs.has(r) && !reachable.has(r)) {
        reachable.add(r);
        work.push(r);
      }
    });
  }
  const garbage = tracked.filter((o) => !reachable.has(o) && !(o.type.name === 'code') && !(o instanceof PyFunction && false));
  if (!garbage.length) return 0;
  // Finalizers first (PEP 442), then break the cycles by clearing every object.
  for (const o of garbage) incref(o);
  for (const o of garbage) if (o.type.hasDel && heap.finalize) heap.finalize(o);
  for (const o of garbage) {
    heap.tracked.delete(o);
    o.clear();
  }
  for (const o of garbage) {
    o.refcnt = Math.max(o.refcnt, 1);
    o.refcnt--;
    if (o.refcnt === 0 && o.type.isHeap) decref(o.type);
  }
  return garbage.length;
}

function def(d: PyDict, name: string, f: (a: PyObject[]) => PyObject): void {
  d.setStr(name, strKey(name), new PyBuiltin(name, f));
}

registerModule('gc', (d) => {
  def(d, 'collect', () => newInt(collect()));
  def(d, 'get_threshold', () => newTuple(threshold.map(newInt)));
  def(d, 'set_threshold', (a) => {
    threshold = [0, 1, 2].map((i) => (a[i] instanceof PyInt ? Number((a[i] as PyInt).v) : threshold[i]!)) as [number, number, number];
    return newNone();
  });
  def(d, 'get_count', () => newTuple([newInt(heap.tracked.size % 700), newInt(0), newInt(0)]));
  def(d, 'disable', () => ((vm.gcEnabled = false), newNone()));
  def(d, 'enable', () => ((vm.gcEnabled = true), newNone()));
  def(d, 'isenabled', () => newBool(vm.gcEnabled));
  void PyTuple;
});
