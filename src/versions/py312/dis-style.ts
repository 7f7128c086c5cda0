// Stage: version profile (3.12 dis) = 3.11's dis plus 3.12's changes: `NULL|self + name` for
// LOAD_ATTR and LOAD_SUPER_ATTR method bits, COMPARE_OP shows cmp_op[arg >> 4], intrinsic
// names for CALL_INTRINSIC_1/2, every hasconst opcode (KW_NAMES, RETURN_CONST) shows its value.
import type { XDisStyle } from '../../dis/disassemble-xt.js';
import { disStyle311 } from '../py311/dis-style.js';
import { cacheSizesOf } from '../py311/dialect.js';
import { opcodes } from './opcodes.generated.js';

const extra = (opcodes.extra ?? {}) as Record<string, unknown>;
const intrinsic1 = (extra._intrinsic_1_descs ?? []) as string[];
const intrinsic2 = (extra._intrinsic_2_descs ?? []) as string[];

export const disStyle312: XDisStyle = {
  ...disStyle311,
  opcodes,
  cacheSizes: cacheSizesOf(opcodes.extra),
  argrepr(ins, code) {
    const arg = ins.arg;
    if (arg === null) return undefined;
    const name = (i: number): string => code.names[i] ?? String(i);
    switch (ins.opname) {
      case 'LOAD_GLOBAL': return arg & 1 ? `NULL + ${name(arg >> 1)}` : name(arg >> 1);
      case 'LOAD_ATTR': return arg & 1 ? `NULL|self + ${name(arg >> 1)}` : name(arg >> 1);
      case 'LOAD_SUPER_ATTR': return arg & 1 ? `NULL|self + ${name(arg >> 2)}` : name(arg >> 2);
      case 'COMPARE_OP': return opcodes.cmp_op[arg >> 4] ?? '';
      case 'CALL_INTRINSIC_1': return intrinsic1[arg] ?? '';
      case 'CALL_INTRINSIC_2': return intrinsic2[arg] ?? '';
      default: return undefined;
    }
  },
};
