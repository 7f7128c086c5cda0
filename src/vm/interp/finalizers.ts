// Stage: VM interpreter. __del__ as frames: a Python __del__ reached by a refcount drop inside the
// interpreter loop is queued (the object kept alive by the queue) and run right after the current
// instruction, as frames of the thread that dropped the last reference (so its switch points and
// blocking calls work, as in CPython where it runs inside that decref). Outside the loop, and for
// the cycle collector, __del__ still runs at once, nested. Must not depend on the simulation layer.
import { PyObject, decref } from '../objects/base.js';
import { PyFunction } from '../objects/callables.js';
import { PyThrow } from '../objects/exceptions.js';
import { request, type NativeGen } from '../objects/native-call.js';
import { repr } from '../ops/repr.js';
import { runSync } from '../ops/native-sync.js';
import type { VmThread } from './frame.js';
import { SUSPENDED, startNative } from './native.js';
import { vm } from './state.js';
import { formatException } from './traceback.js';

/** Objects whose __del__ waits for the end of the current instruction (one reference each). */
export const pendingDel: PyObject[] = [];

export const finalizerState = {
  /** True while a machine slice runs the interpreter loop (which drains pendingDel). */
  defer: false,
};

/** Queue o's Python __del__ (refcount drop inside the loop); false when it must run now. */
export function deferFinalizer(o: PyObject, del: PyObject): boolean {
  if (!finalizerState.defer || !(del instanceof PyFunction)) return false;
  o.refcnt++; // the queue's reference: dealloc sees a resurrection and stops
  pendingDel.push(o);
  return true;
}

/** Report an exception that left a __del__, like CPython's "Exception ignored in". */
export function ignoredInDel(del: PyObject, e: PyThrow): void {
  vm.err.push(`Exception ignored in: ${repr(del)}\n` + formatException(e.exc));
  decref(e.exc);
}

/** Run the queued finalizers in order; objects freed meanwhile have theirs run before the rest. */
function* drain(): NativeGen<null> {
  const mine = pendingDel.splice(0);
  while (mine.length) {
    const o = mine.shift()!;
    const del = o.type.lookup('__del__');
    if (del) {
      try {
        decref(yield request(del, [o]));
      } catch (e) {
        if (!(e instanceof PyThrow)) throw e;
        ignoredInDel(del, e);
      }
    }
    decref(o); // finishes the deallocation unless __del__ resurrected it
    if (pendingDel.length) mine.unshift(...pendingDel.splice(0));
  }
  return null;
}

/**
 * After an instruction of th's top frame: start the queued finalizers as a native frame. Returns
 * true when frames were pushed (th's top frame changed); quiet: no loop-top check once they are done.
 */
export function drainFinalizers(th: VmThread, quiet: boolean): boolean {
  const f = th.frame!;
  return startNative(th, f, 0, drain(), 0, null, quiet) === SUSPENDED;
}

/** Outside the loop (thread end): run what is still queued nested. */
export function drainNested(): void {
  if (pendingDel.length) runSync(drain());
}
