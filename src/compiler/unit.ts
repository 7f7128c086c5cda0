// Stage: compiler (code generation state). One compilation unit per code object being built:
// basic blocks of symbolic instructions, constant/name tables, frame blocks and line-number
// state, following CPython's struct compiler_unit. No knowledge of byte encodings.
import type { SymbolTableEntry } from '../semantics/symtable.js';
import { UnitTables, type ScopeType } from './unit-tables.js';

export { addName, type ScopeType } from './unit-tables.js';

export interface Instr {
  op: string;
  arg: number;
  /** Jump target; the opcode table says whether the jump is relative or absolute. */
  target: Block | null;
  /** 0 means "no line number of its own" (CPython's i_lineno == 0). */
  lineno: number;
}

export class Block {
  readonly instrs: Instr[] = [];
  next: Block | null = null;
  isReturn = false;
  startDepth = -1;
  offset = 0;
  constructor(readonly id: number) {}
}


export type FBlockType =
  | 'WHILE_LOOP' | 'FOR_LOOP' | 'EXCEPT' | 'FINALLY_TRY' | 'FINALLY_TRY2' | 'FINALLY_END'
  | 'WITH' | 'ASYNC_WITH' | 'HANDLER_CLEANUP' | 'POP_VALUE' | 'EXCEPTION_HANDLER';

export interface FBlock {
  type: FBlockType;
  block: Block | null;
  exit: Block | null;
  /** fb_datum (3.9+): the finally body of FINALLY_TRY, the bound name of HANDLER_CLEANUP. */
  datum?: unknown;
}

export class Unit extends UnitTables<Block> {
  readonly fblocks: FBlock[] = [];
  lineno = 0;
  linenoSet = false;

  constructor(
    ste: SymbolTableEntry,
    name: string,
    scopeType: ScopeType,
    firstlineno: number,
    privateName: string | null,
  ) {
    super(ste, name, scopeType, firstlineno, privateName, (id) => new Block(id));
  }
}
