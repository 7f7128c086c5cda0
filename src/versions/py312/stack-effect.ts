// Stage: version data (3.12) = 3.11's stack effects plus 3.12's changes: CALL without PRECALL,
// LOAD_ATTR/LOAD_SUPER_ATTR method bits, END_FOR, slices, intrinsics, RETURN_CONST, the
// LOAD_FAST variants. Depends on nothing.
import { stackEffect311 } from '../py311/stack-effect.js';

const FIXED312: Readonly<Record<string, number>> = {
  RETURN_CONST: 0, END_FOR: -2, FOR_ITER: 1, BINARY_SLICE: -2, STORE_SLICE: -4,
  CALL_INTRINSIC_1: 0, CALL_INTRINSIC_2: -1, LOAD_FAST_CHECK: 1, LOAD_FAST_AND_CLEAR: 1,
  STORE_FAST_MAYBE_NULL: -1, END_SEND: -1, CLEANUP_THROW: -1, LOAD_LOCALS: 1,
  LOAD_FROM_DICT_OR_DEREF: 0, LOAD_FROM_DICT_OR_GLOBALS: 0, SEND: 0,
  LOAD_SUPER_METHOD: -1, LOAD_ZERO_SUPER_METHOD: -1, LOAD_ZERO_SUPER_ATTR: -2, LOAD_METHOD: 1,
};

export function stackEffect312(op: string, arg: number, jump: boolean): number {
  const f = FIXED312[op];
  if (f !== undefined) return f;
  switch (op) {
    case 'CALL': return -1 - arg;
    case 'LOAD_ATTR': return arg & 1;
    case 'LOAD_SUPER_ATTR': return -2 + (arg & 1);
    default: return stackEffect311(op, arg, jump);
  }
}
