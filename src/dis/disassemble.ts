// Stage: dis (driver). dis.dis(code) for block-stack versions: disassemble one code object,
// then recursively each code constant under a "Disassembly of <code object ...>:" header,
// depth-first in co_consts order. Line starts come from the version (its line-table format).
import type { CodeObject } from '../compiler/code.js';
import type { OpcodeTable } from '../versions/profile.js';
import { decode, findLabels } from './decode.js';
import { resolveArg, BYTE_JUMPS, type DisInstr, type JumpStyle } from './resolve.js';
import { formatInstrs, type DisLayout } from './format.js';
import { reprCode } from './const-repr.js';

export interface DisStyle {
  readonly opcodes: OpcodeTable;
  readonly layout: DisLayout;
  lineStarts(code: CodeObject): [number, number][];
  /** Jump arguments in bytes (default, 3.8/3.9) or instructions with `(to N)` everywhere (3.10). */
  readonly jumps?: JumpStyle;
}

export function disassembleOne(code: CodeObject, style: DisStyle): string {
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
    argrepr: resolveArg(ins, code, t, jumps),
    startsLine: starts.get(ins.offset) ?? null,
    isJumpTarget: labels.has(ins.offset),
  }));
  return formatInstrs(instrs, maxLine, code.code.length, style.layout);
}

export function disassembleRecursive(code: CodeObject, style: DisStyle): string {
  let out = disassembleOne(code, style);
  for (const c of code.consts) {
    if (c.kind !== 'code') continue;
    const inner = c.code as CodeObject;
    out += `\nDisassembly of ${reprCode(inner)}:\n`;
    out += disassembleRecursive(inner, style);
  }
  return out;
}
