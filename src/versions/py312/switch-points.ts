// Stage: version data (3.12) = 3.11's switch points with 3.12's change (cpython-switch-points.md
// §1.6): no conditional jump checks (POP_JUMP_IF_* are forward-only and never check); RESUME
// (frame start), JUMP_BACKWARD after jumping, CALL_FUNCTION_EX and the generic CALL still do.
// Depends on py311/switch-points.ts only.
import type { SwitchKind, SwitchPointTable } from '../vm-rules.js';
import { switchPoints311 } from '../py311/switch-points.js';

const KINDS: Readonly<Record<string, SwitchKind>> = { JUMP_BACKWARD: 1, CALL_FUNCTION_EX: 1 };

export const switchPoints312: SwitchPointTable = {
  ...switchPoints311,
  switchKindOf: (opname: string): SwitchKind => KINDS[opname] ?? 0,
};
