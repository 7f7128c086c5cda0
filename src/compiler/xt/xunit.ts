// Stage: compiler, exception-table era (CPython 3.11+). Basic blocks of symbolic instructions
// with full source locations, and the per-code-object unit state. No byte encodings here and
// no version numbers: what differs between 3.11, 3.12 and 3.13 comes from the Dialect.
import type { SymbolTableEntry } from '../../semantics/symtable.js';
import { UnitTables, type ScopeType } from '../unit-tables.js';

export { addName } from '../unit-tables.js';

/** A source location; lineno -1 means "no location" (CPython's artificial instructions). */
export interface Loc {
  readonly lineno: number;
  readonly endLineno: number;
  readonly col: number;
  readonly endCol: number;
}

export const NO_LOC: Loc = { lineno: -1, endLineno: -1, col: -1, endCol: -1 };

export interface XInstr {
  op: string;
  arg: number;
  target: XBlock | null;
  loc: Loc;
  /** Innermost exception handler covering this instruction (set by the exception labeller). */
  except?: XBlock | null;
}

export class XBlock {
  instrs: XInstr[] = [];
  next: XBlock | null = null;
  predecessors = 0;
  visited = false;
  preserveLasti = false;
  startDepth = -1;
  offset = 0;
  /** Exception handler block (target of a SETUP_*): placed at the end by versions that do so. */
  exceptHandler = false;
  cold = false;
  warm = false;
  /** A jump-target label (explicit block); implicit fall-through blocks have none. */
  label = false;
  unsafeLocals = 0n;
  exceptStack: XBlock[] | null = null;
  constructor(readonly id: number) {}
  get last(): XInstr | undefined {
    return this.instrs[this.instrs.length - 1];
  }
}

export type XScopeType = ScopeType;

export type XFBlockType =
  | 'WHILE_LOOP' | 'FOR_LOOP' | 'TRY_EXCEPT' | 'FINALLY_TRY' | 'FINALLY_END' | 'WITH'
  | 'ASYNC_WITH' | 'HANDLER_CLEANUP' | 'POP_VALUE' | 'EXCEPTION_HANDLER' | 'STOP_ITERATION';

export interface XFBlock {
  type: XFBlockType;
  block: XBlock | null;
  exit: XBlock | null;
  /** finally body (FINALLY_TRY), handler name (HANDLER_CLEANUP), with statement (WITH). */
  datum: unknown;
}

export class XUnit extends UnitTables<XBlock> {
  readonly fblocks: XFBlock[] = [];
  loc: Loc = NO_LOC;
  /** Names bound by an inlined comprehension (3.12+): hidden fast locals at module/class level. */
  readonly fastHidden = new Set<string>();
  inInlinedComp = 0;
  /** Names whose symbol an inlined comprehension temporarily replaced (push_inlined_comprehension_state). */
  readonly tempSymbols = new Set<string>();

  constructor(
    ste: SymbolTableEntry,
    name: string,
    scopeType: ScopeType,
    firstlineno: number,
    privateName: string | null,
  ) {
    super(ste, name, scopeType, firstlineno, privateName, (id) => new XBlock(id));
  }
}

export const UNCONDITIONAL_JUMPS = new Set([
  'JUMP', 'JUMP_NO_INTERRUPT', 'JUMP_FORWARD', 'JUMP_BACKWARD', 'JUMP_BACKWARD_NO_INTERRUPT',
]);
export const SCOPE_EXITS = new Set(['RETURN_VALUE', 'RETURN_CONST', 'RAISE_VARARGS', 'RERAISE']);
export const BLOCK_PUSHES = new Set(['SETUP_FINALLY', 'SETUP_CLEANUP', 'SETUP_WITH']);

export function isJump(i: XInstr): boolean {
  return i.target !== null && !BLOCK_PUSHES.has(i.op);
}
export function isBlockPush(i: XInstr): boolean {
  return BLOCK_PUSHES.has(i.op);
}
/** The block cannot fall through to b.next. */
export function noFallthrough(b: XBlock): boolean {
  const l = b.last;
  return !!l && (UNCONDITIONAL_JUMPS.has(l.op) || SCOPE_EXITS.has(l.op));
}
export function exitsScope(b: XBlock): boolean {
  const l = b.last;
  return !!l && SCOPE_EXITS.has(l.op);
}
