// Stage: VM compiler to JavaScript. The rare paths of compiled frames, as plain functions they
// call (kept out of the generated code): eval.ts's handling of a handler's answer when it is not
// "next instruction", of finalizers queued by a dealloc, and of a step hook armed meanwhile.
// Must not depend on the simulation layer.
import { dealloc, type PyObject } from '../objects/base.js';
import type { Frame, VmThread } from '../interp/frame.js';
import { Cold, H } from '../interp/handlers.js';
import type { VmState } from '../interp/state.js';
import { drainFinalizers, pendingDel } from '../interp/finalizers.js';
import { Exit, GO_ON, GO_ON_CHECK } from './emit.js';

/** A compiled frame's call of an op's handler (one call site for all: never inlined there). */
export function callHandler(op: number, th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  return H[op]!(th, f, i, arg, nested);
}

/**
 * After a handler answered `c` (f and st in sync): an Exit to return, or GO_ON / GO_ON_CHECK.
 * `sw`: the instruction is a switch point; `check`: the loop-top check flag before it (false).
 */
export function afterHandler(th: VmThread, st: VmState, c: Cold, sw: boolean, check: boolean): number {
  if (pendingDel.length !== 0 && c !== Cold.Blocked && c !== Cold.Return && c !== Cold.Done) {
    // a Python __del__ was queued by this instruction: it runs now, as frames (finalizers.ts)
    const quiet = c === Cold.FrameQuiet || (c === Cold.Next && !sw);
    return drainFinalizers(th, quiet) || !quiet ? Exit.OuterCheck : Exit.Outer;
  }
  switch (c) {
    case Cold.Next:
      if (sw) check = true;
      break;
    case Cold.Check:
      check = true;
      break;
    case Cold.Frame:
      return Exit.OuterCheck;
    case Cold.FrameQuiet:
      return check ? Exit.OuterCheck : Exit.Outer;
    case Cold.Blocked:
      return Exit.Blocked;
    case Cold.Return:
      return Exit.Return;
    default:
      return Exit.Done;
  }
  // a step hook armed meanwhile (3.12+'s eval breaker for an automatic collection) runs in the loop
  if (st.stepHook !== null) return check ? Exit.InterpCheck : Exit.Interp;
  return check ? GO_ON_CHECK : GO_ON;
}

/** An inline op's dealloc of `o` (f and st in sync): an Exit to return, or GO_ON. */
export function afterDealloc(th: VmThread, st: VmState, o: PyObject, check: boolean): number {
  dealloc(o);
  if (pendingDel.length !== 0) {
    // a Python __del__ was queued: it runs now, as frames (finalizers.ts)
    return drainFinalizers(th, !check) || check ? Exit.OuterCheck : Exit.Outer;
  }
  if (st.stepHook !== null) return check ? Exit.InterpCheck : Exit.Interp;
  return GO_ON;
}
