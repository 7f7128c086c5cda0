// Stage: version data (3.8) for the VM's scheduler hooks: where a thread may lose the GIL and
// what each instruction costs on the simulated clock. Keyed by opcode *name* so that the VM can
// map it onto any version's numbering. Depends on nothing. Facts: cpython-switch-points.md §1.2.

import type { SwitchKind, SwitchPointTable } from '../vm-rules.js';

export type { SwitchKind, SwitchPointTable } from '../vm-rules.js';

/** Instructions ending with FAST_DISPATCH (never a check) in 3.8; every other instruction ends with DISPATCH. */
export const FAST38: readonly string[] = [
  'NOP', 'LOAD_FAST', 'LOAD_CONST', 'STORE_FAST', 'POP_TOP', 'ROT_TWO', 'ROT_THREE', 'ROT_FOUR',
  'DUP_TOP', 'DUP_TOP_TWO', 'JUMP_FORWARD', 'CALL_FINALLY', 'BEGIN_FINALLY', 'END_FINALLY',
  'END_ASYNC_FOR', 'EXTENDED_ARG',
  // These leave the frame (the caller's CALL_* provides the check) or go to error handling.
  'RETURN_VALUE', 'YIELD_VALUE', 'RAISE_VARARGS',
];

/** Conditional jumps: FAST for a bool operand, DISPATCH after a generic truth test. */
export const BOOL_TESTED38: readonly string[] = [
  'POP_JUMP_IF_FALSE', 'POP_JUMP_IF_TRUE', 'JUMP_IF_FALSE_OR_POP', 'JUMP_IF_TRUE_OR_POP',
];

/** The loop-top check is skipped when the next instruction is one of these (bpo-30039). */
export const SKIP_CHECK_BEFORE: readonly string[] = ['SETUP_FINALLY', 'SETUP_WITH', 'BEFORE_ASYNC_WITH', 'YIELD_FROM'];

export function switchKindOf(opname: string): SwitchKind {
  if (FAST38.includes(opname)) return 0;
  if (BOOL_TESTED38.includes(opname)) return 2;
  return 1;
}

/** Frame entry and exception-handler entry reach the loop-top check in 3.8. */
export const CHECK_AT_FRAME_START = true;
export const CHECK_AT_HANDLER_ENTRY = true;

/** Simulated cost in ns of CPython time per instruction; a rough model, simple ops ~30 ns. */
const COSTS: Readonly<Record<string, number>> = {
  LOAD_FAST: 10, STORE_FAST: 10, LOAD_CONST: 10, POP_TOP: 10, ROT_TWO: 10, ROT_THREE: 10,
  DUP_TOP: 10, NOP: 5, EXTENDED_ARG: 5, JUMP_FORWARD: 10, JUMP_ABSOLUTE: 15,
  POP_JUMP_IF_FALSE: 15, POP_JUMP_IF_TRUE: 15,
  LOAD_GLOBAL: 30, LOAD_NAME: 40, STORE_NAME: 40, STORE_GLOBAL: 35, LOAD_ATTR: 40, STORE_ATTR: 45,
  LOAD_METHOD: 40, CALL_FUNCTION: 120, CALL_METHOD: 110, CALL_FUNCTION_KW: 150,
  CALL_FUNCTION_EX: 180, MAKE_FUNCTION: 80, LOAD_BUILD_CLASS: 30, IMPORT_NAME: 200,
  BUILD_LIST: 50, BUILD_TUPLE: 40, BUILD_MAP: 60, BUILD_SET: 60, FOR_ITER: 30, GET_ITER: 40,
  FORMAT_VALUE: 80, BUILD_STRING: 60, SETUP_WITH: 100, WITH_CLEANUP_START: 100,
};
const DEFAULT_COST = 30;

export function costOf(opname: string): number {
  return COSTS[opname] ?? DEFAULT_COST;
}

export const switchPoints: SwitchPointTable = {
  switchKindOf,
  costOf,
  skipCheckBefore: SKIP_CHECK_BEFORE,
  checkAtFrameStart: CHECK_AT_FRAME_START,
  checkAtHandlerEntry: CHECK_AT_HANDLER_ENTRY,
};
