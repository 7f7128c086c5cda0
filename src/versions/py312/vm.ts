// Stage: version profile (3.12) = 3.11's VM rules plus 3.12's changes: its switch points, version
// 3.12.1, and the bytecode layout (COMPARE_OP arg >> 4, LOAD_ATTR's method bit, FOR_ITER
// skipping END_FOR, forward-only POP_JUMP_IF_*, RETURN_CONST, LOAD_FAST_CHECK/AND_CLEAR,
// BINARY_SLICE/STORE_SLICE, CALL_INTRINSIC_1), and sum()'s compensated float addition.
// Names interned at startup: 3.12's list. Must not depend on the VM.
import { lazyNameSet, type VmRules, type XtRules } from '../vm-rules.js';
import { binaryOpsOf, vm311, xtAliases311 } from '../py311/vm.js';
import { opcodes } from './opcodes.generated.js';
import { switchPoints312 } from './switch-points.js';
import { internedNames312 } from './interned-names.generated.js';

export const xtAliases312: Readonly<Record<string, string>> = {
  ...xtAliases311,
  POP_JUMP_IF_FALSE: 'POP_JUMP_IF_FALSE_NO_CHECK', POP_JUMP_IF_TRUE: 'POP_JUMP_IF_TRUE_NO_CHECK',
  LOAD_FAST_CHECK: 'LOAD_FAST',
};

export const xt312: XtRules = {
  opAliases: xtAliases312,
  cacheSizes: (opcodes.extra?._inline_cache_entries ?? {}) as Record<string, number>,
  binaryOps: binaryOpsOf(opcodes.extra),
  compareArgShift: 4,
  forIterSkip: 1,
  loadAttrMethodBit: true,
  nullAfterCallable: false,
  callReleasesBottomUp: true,
  initReturnChecks: true,
  intrinsics1: (opcodes.extra?._intrinsic_1_descs ?? []) as string[],
};

export const vm312: VmRules = {
  ...vm311,
  versionInfo: [3, 12, 1],
  switchPoints: switchPoints312,
  xt: xt312,
  compensatedFloatSum: true,
  internedAtStartup: lazyNameSet(internedNames312),
  messages: {
    ...vm311.messages,
    emptyMinMax: (fn) => `${fn}() iterable argument is empty`,
  },
};
