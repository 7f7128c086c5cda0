// Stage: compiler (code generation state). One compilation unit per code object being built:
// basic blocks of symbolic instructions, constant/name tables, frame blocks and line-number
// state, following CPython's struct compiler_unit. No knowledge of byte encodings.
import type { ConstValue } from '../syntax/constant.js';
import type { SymbolTableEntry } from '../semantics/symtable.js';
import { constKey } from './const-key.js';

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

export type ScopeType = 'module' | 'class' | 'function' | 'lambda' | 'comprehension';

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

export class Unit {
  readonly consts: ConstValue[] = [];
  private readonly constIndex = new Map<string, number>();
  readonly names = new Map<string, number>();
  readonly varnames = new Map<string, number>();
  readonly cellvars = new Map<string, number>();
  readonly freevars = new Map<string, number>();
  readonly blocks: Block[] = [];
  readonly fblocks: FBlock[] = [];
  cur: Block;
  readonly entry: Block;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  lineno = 0;
  linenoSet = false;
  qualname = '';
  private nextBlockId = 0;

  constructor(
    readonly ste: SymbolTableEntry,
    readonly name: string,
    readonly scopeType: ScopeType,
    public firstlineno: number,
    public privateName: string | null,
  ) {
    for (const v of ste.varnames) this.varnames.set(v, this.varnames.size);
    this.entry = this.newBlock();
    this.cur = this.entry;
  }

  newBlock(): Block {
    const b = new Block(this.nextBlockId++);
    this.blocks.push(b);
    return b;
  }

  addConst(c: ConstValue): number {
    const key = constKey(c);
    const found = this.constIndex.get(key);
    if (found !== undefined) return found;
    const i = this.consts.length;
    this.consts.push(c);
    this.constIndex.set(key, i);
    return i;
  }
}

export function addName(dict: Map<string, number>, name: string): number {
  const found = dict.get(name);
  if (found !== undefined) return found;
  const i = dict.size;
  dict.set(name, i);
  return i;
}
