// Stage: VM generic operations. Adapter from the VM's numeric operators to src/pylib's pure
// numeric kernels (floor division, modulo, power, shifts, true division, int->float).
// Depends on objects/ and pylib only.
import { PyObject } from '../objects/base.js';
import { PyList } from '../objects/containers.js';
import * as P from '../../pylib/arith.js';
import * as F from '../../pylib/float-ops.js';

export type IntV = number | bigint;

export const isNegative = (v: IntV): boolean => v < 0;
export const intToFloat = P.intToFloat;
export const intTrueDiv = P.intTrueDiv;
export const intFloorDiv = P.intFloorDiv;
export const intMod = P.intMod;
export const intLShift = P.intLshift;
export const intRShift = P.intRshift;
export const floatTrueDiv = F.floatTrueDiv;
export const floatFloorDiv = F.floatFloorDiv;
export const floatMod = F.floatMod;
export const floatPow = F.floatPow;

/** int ** int: an int, or a float for negative exponents. */
export function intPow(a: IntV, b: IntV): IntV | { float: number } {
  const r = P.intPow(a, b);
  return 'int' in r ? r.int : { float: r.float };
}

/** list += iterable (needs the iteration protocol: installed by ops/seq.ts). */
export const listHooks = { extend: null as unknown as (l: PyList, it: PyObject) => void };
export function extendList(l: PyList, it: PyObject): void {
  listHooks.extend(l, it);
}
