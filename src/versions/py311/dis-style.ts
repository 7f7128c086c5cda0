// Stage: version profile (3.11 dis). How 3.11's dis prints a code object: caches hidden but
// counted in offsets, `NULL + name` for LOAD_GLOBAL, BINARY_OP symbols, backward jumps,
// ExceptionTable section, line starts from co_linetable (None lines never start a line).
import type { XDisStyle } from '../../dis/disassemble-xt.js';
import type { CodeObject } from '../../compiler/code.js';
import { opcodes } from './opcodes.generated.js';
import { codeLines } from './locations.js';
import { decodeExceptionTable } from './exception-table.js';
import { cacheSizesOf } from './dialect.js';
import { vm311 } from './vm.js';

/** dis.findlinestarts (3.11, 3.12): first offset of each new line, None lines skipped. */
export function lineStarts311(code: CodeObject): Map<number, number> {
  const out = new Map<number, number>();
  let last: number | null = null;
  for (const [start, , line] of codeLines(code.linetable, code.firstlineno)) {
    if (line >= 0 && line !== last) {
      last = line;
      out.set(start, line);
    }
  }
  return out;
}

export const disStyle311: XDisStyle = {
  opcodes,
  cacheSizes: cacheSizesOf(opcodes.extra),
  layout: { opnameWidth: 20, opargWidth: 5 },
  lineStarts: lineStarts311,
  exceptionTable: (code) => decodeExceptionTable(code.exceptiontable),
  argrepr(ins, code) {
    if (ins.opname === 'LOAD_GLOBAL' && ins.arg !== null) {
      const name = code.names[ins.arg >> 1] ?? String(ins.arg >> 1);
      return ins.arg & 1 ? `NULL + ${name}` : name;
    }
    if (ins.opname === 'KW_NAMES') return '';
    return undefined;
  },
  strHash: vm311.strHash,
};
