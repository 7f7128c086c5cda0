// Stage: version profile (3.11) = 3.10's VM rules plus 3.11's changes: the 3.11 switch points,
// per-code-unit lines from the location table, and how the VM reads exception-table bytecode
// (inline caches, BINARY_OP, the NULL-or-self call layout, renamed ops), SipHash-1-3 str hashes
// and 3.11's names interned at startup (many more: deep-frozen modules). Must not depend on the VM.
import type { CodeObject } from '../../compiler/code.js';
import { lazyNameSet, type MessageRules, type VmRules, type XtRules } from '../vm-rules.js';
import { vm310 } from '../py310/vm.js';
import { decodePositions } from './locations.js';
import { opcodes } from './opcodes.generated.js';
import { switchPoints311 } from './switch-points.js';
import { internedNames311 } from './interned-names.generated.js';

/** The line of each code unit; a unit without a line keeps the previous one. */
export function positionLines(code: CodeObject): Int32Array {
  const pos = decodePositions(code.linetable, code.firstlineno);
  const n = code.code.length >> 1;
  const lines = new Int32Array(n);
  let last = code.firstlineno;
  for (let u = 0; u < n; u++) {
    const l = pos[u]?.lineno ?? -1;
    if (l >= 0) last = l;
    lines[u] = last;
  }
  return lines;
}

/** _nb_ops names -> the interpreter's pre-3.11 binary / in-place ops. */
const NB: Readonly<Record<string, string>> = {
  ADD: 'ADD', AND: 'AND', FLOOR_DIVIDE: 'FLOOR_DIVIDE', LSHIFT: 'LSHIFT', MATRIX_MULTIPLY: 'MATRIX_MULTIPLY',
  MULTIPLY: 'MULTIPLY', REMAINDER: 'MODULO', OR: 'OR', POWER: 'POWER', RSHIFT: 'RSHIFT',
  SUBTRACT: 'SUBTRACT', TRUE_DIVIDE: 'TRUE_DIVIDE', XOR: 'XOR',
};

export function binaryOpsOf(extra: Readonly<Record<string, unknown>> | undefined): string[] {
  const ops = (extra?._nb_ops ?? []) as [string, string][];
  return ops.map(([name]) => {
    const inplace = name.startsWith('NB_INPLACE_');
    const base = name.slice(inplace ? 'NB_INPLACE_'.length : 'NB_'.length);
    return (inplace ? 'INPLACE_' : 'BINARY_') + (NB[base] ?? base);
  });
}

export const xtAliases311: Readonly<Record<string, string>> = {
  RESUME: 'NOP', PRECALL: 'NOP', CACHE: 'NOP', COPY_FREE_VARS: 'NOP',
  CALL: 'CALL_XT', RETURN_VALUE: 'RETURN_VALUE_XT', POP_EXCEPT: 'POP_EXCEPT_XT', RERAISE: 'RERAISE_XT',
  WITH_EXCEPT_START: 'WITH_EXCEPT_START_XT', MAKE_FUNCTION: 'MAKE_FUNCTION_XT',
  CALL_FUNCTION_EX: 'CALL_FUNCTION_EX_XT',
  JUMP_BACKWARD: 'JUMP_ABSOLUTE', JUMP_BACKWARD_NO_INTERRUPT: 'JUMP_ABSOLUTE',
  POP_JUMP_FORWARD_IF_FALSE: 'POP_JUMP_IF_FALSE_NO_CHECK', POP_JUMP_FORWARD_IF_TRUE: 'POP_JUMP_IF_TRUE_NO_CHECK',
  POP_JUMP_BACKWARD_IF_FALSE: 'POP_JUMP_IF_FALSE_CHECK_TAKEN', POP_JUMP_BACKWARD_IF_TRUE: 'POP_JUMP_IF_TRUE_CHECK_TAKEN',
  POP_JUMP_FORWARD_IF_NONE: 'POP_JUMP_IF_NONE', POP_JUMP_BACKWARD_IF_NONE: 'POP_JUMP_IF_NONE',
  POP_JUMP_FORWARD_IF_NOT_NONE: 'POP_JUMP_IF_NOT_NONE', POP_JUMP_BACKWARD_IF_NOT_NONE: 'POP_JUMP_IF_NOT_NONE',
  JUMP_IF_FALSE_OR_POP: 'JUMP_IF_FALSE_OR_POP_NO_CHECK', JUMP_IF_TRUE_OR_POP: 'JUMP_IF_TRUE_OR_POP_NO_CHECK',
};

export const xt311: XtRules = {
  opAliases: xtAliases311,
  cacheSizes: (opcodes.extra?._inline_cache_entries ?? {}) as Record<string, number>,
  binaryOps: binaryOpsOf(opcodes.extra),
  compareArgShift: 0,
  forIterSkip: 0,
  loadAttrMethodBit: false,
  nullAfterCallable: false,
  callReleasesBottomUp: true,
  initReturnChecks: true,
  intrinsics1: [],
};

/** 3.11 names % by zero alone and gives the digit limit its unit. */
export const pylibRewording311: MessageRules['pylibRewording'] = {
  intModuloByZero: () => 'integer modulo by zero',
  intStrDigitsLimit: (m) => m.replace(/^Exceeds the limit \((\d+)\)/, 'Exceeds the limit ($1 digits)'),
};

export const vm311: VmRules = {
  ...vm310,
  switchPoints: switchPoints311,
  jumpArgScale: 1,
  instructionLines: positionLines,
  versionInfo: [3, 11, 7],
  xt: xt311,
  carets: 'py311',
  strHash: 'siphash13',
  internedAtStartup: lazyNameSet(internedNames311),
  messages: {
    ...vm310.messages,
    propertyNoSetter: (attr, typeName) => `property '${attr}' of '${typeName}' object has no setter`,
    unboundLocal: (name) => `cannot access local variable '${name}' where it is not associated with a value`,
    omitMainModule: true,
    pylibRewording: pylibRewording311,
  },
};
