// Stage: version profile (3.8). CPython 3.8's rules for the VM: the switch-point and cost table
// (switch-points.ts), byte-counted jump arguments, co_lnotab lines per instruction, threading's
// `Thread-N` names, relative script paths in tracebacks, 3.8's error wording, SipHash-2-4 str
// hashes and the names interned at startup. Later versions spread vm38 and override. Must not depend on the VM.
import type { CodeObject } from '../../compiler/code.js';
import { lazyNameSet, type MessageRules, type VmRules } from '../vm-rules.js';
import { switchPoints } from './switch-points.js';
import { internedNames38 } from './interned-names.generated.js';

/** co_lnotab (3.8, 3.9): the line of every instruction (the last line starting at or before it). */
export function lnotabLines(code: CodeObject): Int32Array {
  const n = code.code.length >> 1;
  const lines = new Int32Array(n);
  const tab = code.linetable;
  let k = 0;
  let addr = 0;
  let line = code.firstlineno;
  for (let i = 0; i < n; i++) {
    const off = 2 * i;
    while (k + 1 < tab.length && addr + tab[k]! <= off) {
      addr += tab[k]!;
      const dl = tab[k + 1]!;
      line += dl >= 0x80 ? dl - 0x100 : dl;
      k += 2;
    }
    lines[i] = line;
  }
  return lines;
}

export const messages38: MessageRules = {
  propertyNoSetter: () => "can't set attribute",
  callErrorsUseQualname: false,
  isinstanceArg2: (fn) => fn === 'isinstance'
    ? 'isinstance() arg 2 must be a type or tuple of types'
    : 'issubclass() arg 2 must be a class or tuple of classes',
  percentNumberRequired: 'a number is required',
  numberNoun: 'a number',
  nameSuggestions: false,
};

export const vm38: VmRules = {
  versionInfo: [3, 8, 18],
  switchPoints,
  jumpArgScale: 2,
  instructionLines: lnotabLines,
  defaultThreadName: (n) => `Thread-${n}`,
  absoluteScriptPath: false,
  messages: messages38,
  setAddReusesDummy: true,
  strHash: 'siphash24',
  internedAtStartup: lazyNameSet(internedNames38),
};
