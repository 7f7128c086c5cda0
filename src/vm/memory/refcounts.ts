// Stage: VM memory. The reference count a program observes through sys.getrefcount: the
// object's count, except for the objects a version treats specially (3.12+ immortal objects
// report one fixed number; 3.11 starts small ints at a large static count) and, from 3.11,
// arguments whose caller-stack reference CPython moves into the callee frame. Reads the
// interpreter's frames; changes nothing.
import { PyObject } from '../objects/base.js';
import { emptyTuple } from '../objects/containers.js';
import { Ellipsis, False, None, NotImplemented, PyInt, True, intType } from '../objects/scalars.js';
import type { MemoryRules } from '../../versions/memory-rules.js';
import { vm } from '../interp/state.js';
import { Ret } from '../interp/frame.js';

const SINGLETONS: ReadonlySet<PyObject> = new Set<PyObject>([None, True, False, Ellipsis, NotImplemented, emptyTuple]);

/** A preallocated small int (-5..256): statically allocated from 3.11, immortal from 3.12. */
export function isSmallInt(o: PyObject): boolean {
  return o instanceof PyInt && o.type === intType && typeof o.v === 'number' && o.v >= -5 && o.v <= 256;
}

/** Objects that are immortal under PEP 683 (the subset gilsim models: singletons, small ints). */
export function isImmortal(o: PyObject): boolean {
  return SINGLETONS.has(o) || isSmallInt(o);
}

/** sys.getrefcount(o) under `rules` (the argument reference is already counted in o.refcnt). */
export function observedRefcount(o: PyObject, rules: MemoryRules): number {
  if (rules.immortalRefcount !== null && isImmortal(o)) return rules.immortalRefcount;
  let n = o.refcnt;
  if (rules.staticIntRefcountBase !== 0 && isSmallInt(o)) n += rules.staticIntRefcountBase;
  if (rules.parameterRefDelta !== 0) n += rules.parameterRefDelta * callerStackArguments(o);
  return n;
}

/**
 * References to `o` that sit on a caller's value stack as the arguments of an active Python
 * frame the caller's CALL instruction pushed. The VM keeps 3.8's layout (arguments stay on the
 * caller's stack until the callee returns); 3.11+ moves them into the callee frame instead.
 * Frames started from builtins (callerPop 0) and __init__ frames (run by type.__call__, which
 * only borrows the caller's stack) are not such calls.
 */
export function callerStackArguments(o: PyObject): number {
  let n = 0;
  for (const th of vm.threads) {
    for (let f = th.frame; f; f = f.back) {
      const c = f.back;
      if (c === null || f.callerPop <= 0 || f.ret === Ret.Init) continue;
      for (let k = c.sp - f.callerPop; k < c.sp; k++) if (k >= 0 && c.stack[k] === o && o !== f.func) n++;
    }
  }
  return n;
}
