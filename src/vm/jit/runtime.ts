// Stage: VM compiler to JavaScript. The rare paths of compiled frames, run by eval.ts when a
// compiled frame leaves for them (exits.ts): a handler's answer when it is not "next
// instruction", deallocations and the finalizers they queue, a step hook armed meanwhile; and
// the one handler call site of the generated code.
// Must not depend on the simulation layer.
import { dealloc } from '../objects/base.js';
import type { Frame, VmThread } from '../interp/frame.js';
import { Cold, H } from '../interp/handlers.js';
import type { VmState } from '../interp/state.js';
import { drainFinalizers, pendingDel } from '../interp/finalizers.js';
import { Exit, GO_ON, GO_ON_CHECK } from './exits.js';

/** A compiled frame's call of an op's handler (one call site for all: never inlined there). */
export function callHandler(op: number, th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  return H[op]!(th, f, i, arg, nested);
}

/**
 * After a handler answered `c` (f and st in sync): an Exit to return, or GO_ON / GO_ON_CHECK.
 * `sw`: the instruction is a switch point (the loop-top check flag before any instruction is off).
 */
export function afterHandler(th: VmThread, st: VmState, c: Cold, sw: boolean): number {
  let check = false;
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

/**
 * Exit.Dealloc(Check): the objects a compiled frame collected in st.dead0..2 reached refcount 0
 * at the end of an instruction (f and st in sync): deallocate them in order. `check`: the
 * loop-top check flag after the instruction. An Exit to return, or GO_ON / GO_ON_CHECK.
 */
export function afterDeallocs(th: VmThread, st: VmState, check: boolean): number {
  const a = st.dead0!;
  const b = st.dead1;
  const c = st.dead2;
  st.dead0 = st.dead1 = st.dead2 = null;
  dealloc(a);
  if (b !== null) dealloc(b);
  if (c !== null) dealloc(c);
  if (pendingDel.length !== 0) {
    // a Python __del__ was queued: it runs now, as frames (finalizers.ts)
    return drainFinalizers(th, !check) || check ? Exit.OuterCheck : Exit.Outer;
  }
  if (st.stepHook !== null) return check ? Exit.InterpCheck : Exit.Interp;
  return check ? GO_ON_CHECK : GO_ON;
}
