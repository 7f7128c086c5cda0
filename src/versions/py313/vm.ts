// Stage: version profile (3.13) = 3.12's VM rules plus 3.13's changes: version 3.13.0 and the
// bytecode layout (NULL above the callable for CALL, CALL_KW, CALL_FUNCTION_EX, LOAD_GLOBAL and
// method loads; COMPARE_OP arg >> 5; FOR_ITER skipping END_FOR and POP_TOP; END_FOR pops one;
// MAKE_FUNCTION + SET_FUNCTION_ATTRIBUTE; TO_BOOL; superinstructions; FORMAT_SIMPLE/WITH_SPEC).
// Switch points are 3.12's (JUMP_BACKWARD checks before jumping: observably the same, §1.7).
// Names interned at startup: 3.13's list. Must not depend on the VM.
import { lazyNameSet, type VmRules, type XtRules } from '../vm-rules.js';
import { binaryOpsOf, pylibRewording311 } from '../py311/vm.js';
import { vm312, xtAliases312 } from '../py312/vm.js';
import { opcodes } from './opcodes.generated.js';
import { internedNames313 } from './interned-names.generated.js';

export const xt313: XtRules = {
  opAliases: { ...xtAliases312, END_FOR: 'END_FOR_313', MAKE_FUNCTION: 'MAKE_FUNCTION_313', CALL_FUNCTION_EX: 'CALL_FUNCTION_EX_XT' },
  cacheSizes: (opcodes.extra?._inline_cache_entries ?? {}) as Record<string, number>,
  binaryOps: binaryOpsOf(opcodes.extra),
  compareArgShift: 5,
  forIterSkip: 2,
  loadAttrMethodBit: true,
  nullAfterCallable: true,
  callReleasesBottomUp: true,
  initReturnChecks: false,
  intrinsics1: (opcodes.extra?._intrinsic_1_descs ?? []) as string[],
};

export const vm313: VmRules = {
  ...vm312,
  versionInfo: [3, 13, 0],
  xt: xt313,
  carets: 'py313',
  internedAtStartup: lazyNameSet(internedNames313),
  messages: {
    ...vm312.messages,
    pylibRewording: { ...pylibRewording311, floatModuloByZero: () => 'float modulo by zero' },
  },
};
