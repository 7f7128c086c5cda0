// Stage: version data (3.9) = 3.8's switch points plus its changes (cpython-switch-points.md
// §1.2): IS_OP, CONTAINS_OP and LOAD_ASSERTION_ERROR end with FAST_DISPATCH (never a switch
// point); RERAISE goes to error handling; the new LIST_EXTEND/DICT_MERGE/... end with DISPATCH.
// Depends on py38/switch-points.ts only.
import type { SwitchKind, SwitchPointTable } from '../vm-rules.js';
import { switchPoints as switchPoints38 } from '../py38/switch-points.js';

const FAST_IN_39: readonly string[] = ['IS_OP', 'CONTAINS_OP', 'LOAD_ASSERTION_ERROR', 'RERAISE'];

export const switchPoints39: SwitchPointTable = {
  ...switchPoints38,
  switchKindOf: (opname: string): SwitchKind => (FAST_IN_39.includes(opname) ? 0 : switchPoints38.switchKindOf(opname)),
  costOf: (opname: string): number => switchPoints38.costOf(opname === 'IS_OP' || opname === 'CONTAINS_OP' ? 'COMPARE_OP' : opname),
};
