// Stage: VM generic operations. Consuming an iterable from a resumable builtin
// (objects/native-call.ts): map/filter steps and a user class's Python __next__ are requested
// calls (frames with switch points); other iterators step at once. Must not depend on sim.
import { PyObject, decref } from '../objects/base.js';
import { PyFunction } from '../objects/callables.js';
import { PyList, PyTuple } from '../objects/containers.js';
import { PyThrow, StopIteration } from '../objects/exceptions.js';
import { PyIter } from '../objects/iterators.js';
import { request, type NativeGen } from '../objects/native-call.js';
import { getIter, iterNext, toArray } from './seq.js';

/** True when iterating o may run Python code that a resumable builtin can run as frames. */
export function iteratesPython(o: PyObject): boolean {
  return (o instanceof PyIter && o.gen !== null) || o.type.isHeap;
}

/** next(it) for a resumable builtin: new reference, or null when exhausted. */
export function* nextGen(it: PyObject): NativeGen<PyObject | null> {
  if (it instanceof PyIter) {
    if (it.gen === null || it.done) return it.next();
    const r = yield* it.gen(it);
    if (r === null) it.finish();
    return r;
  }
  const n = it.type.isHeap ? it.type.lookup('__next__') : null;
  if (!(n instanceof PyFunction)) return iterNext(it);
  try {
    return yield request(n, [it]);
  } catch (e) {
    if (e instanceof PyThrow && e.exc.type.isSubtypeOf(StopIteration)) {
      decref(e.exc);
      return null;
    }
    throw e;
  }
}

/** toArray for a resumable builtin: all items as new references. */
export function* toArrayGen(o: PyObject): NativeGen<PyObject[]> {
  if (o instanceof PyList || o instanceof PyTuple || !iteratesPython(o)) return toArray(o);
  const it = getIter(o);
  const out: PyObject[] = [];
  try {
    for (let x = yield* nextGen(it); x !== null; x = yield* nextGen(it)) out.push(x);
  } catch (e) {
    for (const x of out) decref(x);
    throw e;
  } finally {
    decref(it);
  }
  return out;
}
