// Stage: version profile (3.11 dis). How 3.11's dis prints a code object: caches hidden but
// counted in offsets, `NULL + name` for LOAD_GLOBAL, BINARY_OP symbols, backward jumps,
// ExceptionTable section, line starts from co_linetable (None lines never start a line).
import type { XDisStyle, XRawInstr } from '../../dis/disassemble-xt.js';
import type { CodeObject } from '../../compiler/code.js';
import { opcodes } from './opcodes.generated.js';
import { codeLines } from './locations.js';
import { decodeExceptionTable } from './exception-table.js';
import { cacheSizesOf } from './dialect.js';
import { strHash311 } from './str-hash.js';
import { frozensetOrder } from '../../dis/set-order.js';
import { reprConst } from '../../dis/const-repr.js';

/** A frozenset constant: str members order by 3.11+'s SipHash-1-3 (goldens use PYTHONHASHSEED=0). */
export function frozensetArgrepr(ins: XRawInstr, code: CodeObject): string | undefined {
  const c = ins.arg !== null && (ins.opname === 'LOAD_CONST' || ins.opname === 'RETURN_CONST') ? code.consts[ins.arg] : undefined;
  if (!c || c.kind !== 'frozenset' || !c.items.length) return undefined;
  return `frozenset({${frozensetOrder(c.items, strHash311).map(reprConst).join(', ')}})`;
}

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
    return frozensetArgrepr(ins, code);
  },
};
