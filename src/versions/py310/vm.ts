// Stage: version profile (3.10) = 3.9's VM rules plus its changes: switch points only on back
// jumps, taken conditional jumps and calls (switch-points.ts), jump arguments in instructions,
// co_linetable lines, `Thread-N (target)` names, and the error wording 3.10 changed (qualified
// names in call errors, named attributes for setter-less properties, "a real number", the
// union in isinstance's message, "Did you mean" suggestions), 3.10's names interned at startup,
// set.add() refilling deleted slots again.
// Must not depend on the VM.
import type { CodeObject } from '../../compiler/code.js';
import { lazyNameSet, type VmRules } from '../vm-rules.js';
import { vm39 } from '../py39/vm.js';
import { switchPoints310 } from './switch-points.js';
import { coLines310 } from './linetable.js';
import { internedNames310 } from './interned-names.generated.js';

/** Line of each instruction from co_lines(); a line-less instruction keeps the previous line. */
export function linetableLines(code: CodeObject): Int32Array {
  const n = code.code.length >> 1;
  const lines = new Int32Array(n).fill(code.firstlineno);
  let last = code.firstlineno;
  for (const [start, end, line] of coLines310(code.linetable, code.firstlineno)) {
    if (line >= 0) last = line;
    for (let off = start; off < end && off < 2 * n; off += 2) lines[off >> 1] = last;
  }
  return lines;
}

export const vm310: VmRules = {
  ...vm39,
  versionInfo: [3, 10, 13],
  switchPoints: switchPoints310,
  jumpArgScale: 1,
  instructionLines: linetableLines,
  setAddReusesDummy: true,
  internedAtStartup: lazyNameSet(internedNames310),
  defaultThreadName: (n, target) => (target === null ? `Thread-${n}` : `Thread-${n} (${target})`),
  messages: {
    ...vm39.messages,
    propertyNoSetter: (attr) => `can't set attribute '${attr}'`,
    callErrorsUseQualname: true,
    isinstanceArg2: (fn) => fn === 'isinstance'
      ? 'isinstance() arg 2 must be a type, a tuple of types, or a union'
      : 'issubclass() arg 2 must be a class, a tuple of classes, or a union',
    percentNumberRequired: 'a real number is required',
    numberNoun: 'a real number',
    nameSuggestions: true,
  },
};
