// Stage: version data (3.10) = 3.9's switch-point table with 3.10's rule (cpython-switch-points.md
// §1.3, bpo-29988): DISPATCH no longer checks the eval breaker; only JUMP_ABSOLUTE, a *taken*
// POP_JUMP_IF_FALSE/TRUE (either direction) and a successful CALL_FUNCTION / CALL_FUNCTION_KW /
// CALL_FUNCTION_EX / CALL_METHOD check, plus frame start and handler entry (same skip list).
// Costs are 3.9's. Depends on py39/switch-points.ts only.
import type { SwitchKind, SwitchPointTable } from '../vm-rules.js';
import { switchPoints39 } from '../py39/switch-points.js';

const KINDS: Readonly<Record<string, SwitchKind>> = {
  JUMP_ABSOLUTE: 1,
  CALL_FUNCTION: 1, CALL_FUNCTION_KW: 1, CALL_FUNCTION_EX: 1, CALL_METHOD: 1,
  POP_JUMP_IF_FALSE: 3, POP_JUMP_IF_TRUE: 3,
};

export const switchPoints310: SwitchPointTable = {
  ...switchPoints39,
  switchKindOf: (opname: string): SwitchKind => KINDS[opname] ?? 0,
};
