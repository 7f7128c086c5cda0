// Stage: compiler <-> version seam. What the shared code generator and assembler need from a
// CPython version: opcode numbers, stack effects, the line-table encoding and the bytecode
// optimizer that runs on assembled code. Implemented by src/versions/pyXY/.
import type { OpcodeTable } from '../versions/profile.js';
import type { ConstValue } from '../syntax/constant.js';
import type { CodegenDialect } from './dialect.js';

export type { CodegenDialect } from './dialect.js';

/** One instruction that carries its own line number: byte offset and line. */
export interface LineMark {
  readonly offset: number;
  readonly lineno: number;
}

export interface Backend {
  readonly opcodes: OpcodeTable;
  /** Stack effect of an instruction; `jump` selects the effect when the jump is taken. */
  stackEffect(op: string, arg: number, jump: boolean): number;
  /** Encodes the line table from the marks (in offset order) and the first line number. */
  encodeLineTable(marks: readonly LineMark[], firstlineno: number): Uint8Array;
  /** Optimizer applied to assembled bytes (CPython's peephole); may append to consts. */
  optimizeBytecode(code: Uint8Array, consts: ConstValue[], lineTable: Uint8Array): { code: Uint8Array; lineTable: Uint8Array };
  /** The code shapes that differ between versions (see dialect.ts). */
  readonly dialect: CodegenDialect;
}
