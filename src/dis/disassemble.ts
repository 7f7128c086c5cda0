// Stage: dis (driver). dis.dis(code) for block-stack versions: disassemble one code object,
// then recursively each code constant under a "Disassembly of <code object ...>:" header,
// depth-first in co_consts order. Line starts come from the version (its line-table format).
import type { CodeObject } from '../compiler/code.js';
import type { OpcodeTable } from '../versions/profile.js';
import { decode, findLabels } from './decode.js';
import { resolveArg, BYTE_JUMPS, type DisInstr, type JumpStyle } from './resolve.js';
import { formatInstrs, type DisLayout } from './format.js';
import { reprCode } from './const-repr.js';
import type { SipVariant } from '../pylib/hash-str.js';
import { frozensetBuildPlan, type FrozensetBuilds } from '../versions/frozenset-builds.js';

export interface DisStyle {
  readonly opcodes: OpcodeTable;
  readonly layout: DisLayout;
  lineStarts(code: CodeObject): [number, number][];
  /** Jump arguments in bytes (default, 3.8/3.9) or instructions with `(to N)` everywhere (3.10). */
  readonly jumps?: JumpStyle;
  /** The version's hash(str/bytes) under PYTHONHASHSEED=0: orders frozenset constants. */
  readonly strHash?: SipVariant;
  /** The name-like strings interned before `python -m dis FILE` compiles FILE. */
  internedBeforeDis?(): ReadonlySet<string>;
}

export function disassembleOne(code: CodeObject, style: DisStyle, builds?: FrozensetBuilds): string {
  const t = style.opcodes;
  const raw = decode(code.code, t);
  const jumps = style.jumps ?? BYTE_JUMPS;
  const labels = findLabels(raw, t, jumps.unitBytes);
  const starts = new Map(style.lineStarts(code));
  const maxLine = Math.max(...starts.values());
  const instrs: DisInstr[] = raw.map((ins) => ({
    offset: ins.offset,
    opname: t.opname[ins.op] ?? `<${ins.op}>`,
    arg: ins.arg,
    argrepr: resolveArg(ins, code, t, jumps, { sip: style.strHash, builds }),
    startsLine: starts.get(ins.offset) ?? null,
    isJumpTarget: labels.has(ins.offset),
  }));
  return formatInstrs(instrs, maxLine, code.code.length, style.layout);
}

export function disassembleRecursive(code: CodeObject, style: DisStyle, builds?: FrozensetBuilds): string {
  let out = disassembleOne(code, style, builds);
  for (const c of code.consts) {
    if (c.kind !== 'code') continue;
    const inner = c.code as CodeObject;
    out += `\nDisassembly of ${reprCode(inner)}:\n`;
    out += disassembleRecursive(inner, style, builds);
  }
  return out;
}

/** `python -m dis FILE` for a module: frozenset constants as that compilation built them. */
export function disassembleModule(code: CodeObject, style: DisStyle): string {
  const interned = style.internedBeforeDis?.();
  return disassembleRecursive(code, style, interned && frozensetBuildPlan(code, style.opcodes, interned));
}
