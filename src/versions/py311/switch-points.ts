// Stage: version data (3.11) for the VM's scheduler hooks (cpython-switch-points.md §1.4-1.5):
// JUMP_BACKWARD checks after jumping, the taken backward conditional jumps check, CALL_FUNCTION_EX
// checks; a Python call checks at the callee's RESUME (the VM's frame-start check), the generic
// CALL decides at run time (h-py311.ts); no skip list, no check at handler entry or on return.
// Depends on py310/switch-points.ts only.
import type { SwitchKind, SwitchPointTable } from '../vm-rules.js';
import { switchPoints310 } from '../py310/switch-points.js';

const KINDS: Readonly<Record<string, SwitchKind>> = {
  JUMP_BACKWARD: 1, CALL_FUNCTION_EX: 1,
  POP_JUMP_BACKWARD_IF_FALSE: 3, POP_JUMP_BACKWARD_IF_TRUE: 3,
  POP_JUMP_BACKWARD_IF_NONE: 3, POP_JUMP_BACKWARD_IF_NOT_NONE: 3,
};

/** Simulated costs of the opcodes 3.11 added (ns); the rest keep 3.10's. */
const COSTS: Readonly<Record<string, number>> = {
  RESUME: 5, PRECALL: 5, PUSH_NULL: 5, KW_NAMES: 5, CACHE: 0, COPY: 10, SWAP: 10,
  CALL: 120, BINARY_OP: 30, JUMP_BACKWARD: 15, MAKE_CELL: 10, COPY_FREE_VARS: 10,
  PUSH_EXC_INFO: 20, POP_EXCEPT: 20, CHECK_EXC_MATCH: 30, BEFORE_WITH: 100,
};

export const switchPoints311: SwitchPointTable = {
  switchKindOf: (opname: string): SwitchKind => KINDS[opname] ?? 0,
  costOf: (opname: string): number => COSTS[opname] ?? switchPoints310.costOf(opname),
  skipCheckBefore: [],
  checkAtFrameStart: true,
  checkAtHandlerEntry: false,
};
