// Stage: VM memory. The reference count a program observes through sys.getrefcount: the
// object's count, except for the objects a version treats specially (3.12+ immortal objects
// report one fixed number; 3.11 starts small ints at a large static count). No interpreter deps.
import { PyObject } from '../objects/base.js';
import { emptyTuple } from '../objects/containers.js';
import { Ellipsis, False, None, NotImplemented, PyInt, True, intType } from '../objects/scalars.js';
import type { MemoryRules } from '../../versions/memory-rules.js';

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
  if (rules.staticIntRefcountBase !== 0 && isSmallInt(o)) return rules.staticIntRefcountBase + o.refcnt;
  return o.refcnt;
}
