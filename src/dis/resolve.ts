// Stage: dis (resolve). Turns a raw argument into dis's argval/argrepr by opcode category:
// constants, names, locals, cell/free names, relative jump targets, comparisons,
// FORMAT_VALUE and MAKE_FUNCTION flags. Depends on the code object and opcode table.
import type { CodeObject } from '../compiler/code.js';
import type { OpcodeTable } from '../versions/profile.js';
import type { RawInstr } from './decode.js';
import { reprConst, type ConstOrder } from './const-repr.js';

export interface DisInstr {
  readonly offset: number;
  readonly opname: string;
  readonly arg: number | null;
  readonly argrepr: string;
  readonly startsLine: number | null;
  readonly isJumpTarget: boolean;
}

/** How jump arguments read: bytes per argument unit, and whether absolute jumps show `(to N)`. */
export interface JumpStyle {
  readonly unitBytes: 1 | 2;
  readonly showAbsolute: boolean;
}

export const BYTE_JUMPS: JumpStyle = { unitBytes: 1, showAbsolute: false };

export function resolveArg(
  ins: RawInstr, code: CodeObject, t: OpcodeTable, jumps: JumpStyle = BYTE_JUMPS, order: ConstOrder = {},
): string {
  const arg = ins.arg;
  if (arg === null) return '';
  const op = ins.op;
  const extra = (t.extra ?? {}) as Record<string, unknown>;
  if (t.hasconst.includes(op)) {
    const c = code.consts[arg];
    return c === undefined ? String(arg) : reprConst(c, order);
  }
  if (t.hasname.includes(op)) return code.names[arg] ?? String(arg);
  if (t.hasjrel.includes(op)) return `to ${ins.offset + 2 + arg * jumps.unitBytes}`;
  if (jumps.showAbsolute && t.hasjabs.includes(op)) return `to ${arg * jumps.unitBytes}`;
  if (t.haslocal.includes(op)) return code.varnames[arg] ?? String(arg);
  if (t.hascompare.includes(op)) return t.cmp_op[arg] ?? String(arg);
  if (t.hasfree.includes(op)) {
    const cells = [...code.cellvars, ...code.freevars];
    return cells[arg] ?? String(arg);
  }
  const name = t.opname[op];
  if (name === 'FORMAT_VALUE') {
    const conv = (extra.FORMAT_VALUE_CONVERTERS as string[] | undefined) ?? ['', 'str', 'repr', 'ascii'];
    let r = conv[arg & 3] ?? '';
    if (arg & 4) r = r ? `${r}, with format` : 'with format';
    return r;
  }
  if (name === 'MAKE_FUNCTION') {
    const flags = (extra.MAKE_FUNCTION_FLAGS as string[] | undefined) ?? ['defaults', 'kwdefaults', 'annotations', 'closure'];
    return flags.filter((_f, i) => arg & (1 << i)).join(', ');
  }
  return '';
}
