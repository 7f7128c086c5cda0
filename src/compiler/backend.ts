// Stage: compiler <-> version seam. What the shared code generator and assembler need from a
// CPython version: opcode numbers, stack effects, the line-table encoding and the bytecode
// optimizer that runs on assembled code. Implemented by src/versions/pyXY/.
import type { OpcodeTable } from '../versions/profile.js';
import type { ConstValue } from '../syntax/constant.js';
import type { CodegenDialect } from './dialect.js';
import type { Block, Unit } from './unit.js';

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
  /**
   * Encodes the line table from the marks (in offset order; instructions with line 0 have no
   * mark, -1 means "no line"), the first line number and the code length in bytes.
   */
  encodeLineTable(marks: readonly LineMark[], firstlineno: number, codeLength: number): Uint8Array;
  /** Optimizer applied to assembled bytes (CPython's peephole); may append to consts. */
  optimizeBytecode(code: Uint8Array, consts: ConstValue[], lineTable: Uint8Array): { code: Uint8Array; lineTable: Uint8Array };
  /**
   * Block-level optimizer run before layout (3.10's control-flow-graph passes): may rewrite
   * blocks, copy exit blocks (appending them to u.blocks), trim `consts`, fix u.firstlineno and
   * settle every instruction's line. Returns the blocks in emission order. Absent: the b_next
   * chain as generated, lines as emitted.
   */
  optimizeBlocks?(u: Unit, consts: ConstValue[]): Block[];
  /** A jump argument counts bytes (2 per instruction: 3.8, 3.9) or instructions (1: 3.10). */
  readonly jumpArgScale: 1 | 2;
  /**
   * Unconditional jumps take the form of their direction when offsets are resolved: a forward
   * JUMP_ABSOLUTE becomes JUMP_FORWARD and a backward JUMP_FORWARD becomes JUMP_ABSOLUTE (3.10).
   */
  readonly directionalJumps?: boolean;
  /** The code shapes that differ between versions (see dialect.ts). */
  readonly dialect: CodegenDialect;
}
