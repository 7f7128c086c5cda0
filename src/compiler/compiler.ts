// Stage: compiler (code generation state and emission primitives). The unit stack, scope
// entry/exit, instruction emission with CPython's line-number rules, name operations by scope.
// Codegen files call these; nothing here encodes bytes (see assemble.ts).
import type { SourceFile } from '../source/source.js';
import { PySyntaxDiagnostic } from '../source/diagnostics.js';
import type { ConstValue } from '../syntax/constant.js';
import type { ExprContext } from '../syntax/ast.js';
import type { SymbolTable } from '../semantics/symtable.js';
import { mangle } from '../semantics/mangle.js';
import { Block, Unit, addName, type FBlock, type FBlockType, type ScopeType } from './unit.js';
import type { CodeObject } from './code.js';
import type { Backend } from './backend.js';
import { assembleUnit } from './assemble.js';

export class Compiler {
  u!: Unit;
  readonly stack: Unit[] = [];
  doNotEmit = 0;
  nextSerial = 0;

  constructor(
    readonly st: SymbolTable,
    readonly source: SourceFile,
    readonly backend: Backend,
  ) {}

  error(msg: string, lineno = this.u.lineno, col?: number): never {
    throw new PySyntaxDiagnostic('SyntaxError', msg, this.source.path, lineno, col, this.source.lines[lineno - 1]);
  }

  // ---------------------------------------------------------------- scopes
  enterScope(name: string, scopeType: ScopeType, key: object, lineno: number): void {
    const ste = this.st.blocks.get(key);
    if (!ste) throw new Error(`gilsim bug: no symbol table entry for ${name}`);
    const privateName = this.u ? this.u.privateName : null;
    const u = new Unit(ste, name, scopeType, lineno, privateName);
    u.initClosureVars();
    if (this.u) this.stack.push(this.u);
    this.u = u;
    if (scopeType !== 'module') this.setQualname();
  }

  exitScope(): void {
    this.u = this.stack.pop()!;
  }

  private setQualname(): void {
    this.u.setQualname(this.stack);
  }

  /** Assembles the current unit into a code object (CPython's assemble(c, addNone)). */
  assemble(addNone: boolean): CodeObject {
    const u = this.u;
    if (!u.cur.isReturn) {
      // 3.8/3.9 put the implicit return in a block of its own; 3.10 appends it, artificial.
      if (this.backend.dialect.lineRule === 'on-change') this.nextBlock();
      else this.markArtificial();
      if (addNone) this.loadConst({ kind: 'none' });
      this.addop('RETURN_VALUE');
    }
    return assembleUnit(u, this.backend, this.source.path, this.nextSerial++);
  }

  // ---------------------------------------------------------------- blocks
  newBlock(): Block {
    return this.u.newBlock();
  }

  useNextBlock(b: Block): void {
    this.u.cur.next = b;
    this.u.cur = b;
  }

  nextBlock(): void {
    this.useNextBlock(this.newBlock());
  }

  pushFBlock(type: FBlockType, block: Block | null, exit: Block | null, datum?: unknown): void {
    this.u.fblocks.push({ type, block, exit, datum });
  }

  popFBlock(): FBlock {
    return this.u.fblocks.pop()!;
  }

  // ---------------------------------------------------------------- emission
  private emit(op: string, arg: number, target: Block | null, noLine = false): void {
    if (this.doNotEmit) return;
    const u = this.u;
    let lineno = 0;
    if (this.backend.dialect.lineRule === 'every-instruction') {
      lineno = noLine ? -1 : u.lineno;
    } else if (!u.linenoSet) {
      u.linenoSet = true;
      lineno = u.lineno;
    }
    u.cur.instrs.push({ op, arg, target, lineno });
    if (op === 'RETURN_VALUE') u.cur.isReturn = true;
  }

  /** ADDOP_NOLINE (3.10+): an instruction without a line of its own; a plain addop before. */
  addopNoLine(op: string): void {
    this.emit(op, 0, null, true);
  }

  /** ADDOP_I_NOLINE (3.10+); a plain addopI before. */
  addopINoLine(op: string, arg: number): void {
    this.emit(op, arg, null, true);
  }

  /** ADDOP_JUMP_NOLINE (3.10+); a plain jump before. */
  addopJNoLine(op: string, target: Block): void {
    this.emit(op, 0, target, true);
  }

  /**
   * `c->u->u_lineno = -1` (3.10+): what follows is artificial code whose line the CFG pass
   * fills in. Nothing under the 'on-change' line rule (3.8/3.9 keep the current line).
   */
  markArtificial(): void {
    if (this.backend.dialect.lineRule === 'every-instruction') this.u.lineno = -1;
  }

  addop(op: string): void {
    this.emit(op, 0, null);
  }

  addopI(op: string, arg: number): void {
    this.emit(op, arg, null);
  }

  addopJ(op: string, target: Block): void {
    this.emit(op, 0, target);
  }

  loadConst(v: ConstValue): void {
    if (this.doNotEmit) return;
    this.emit('LOAD_CONST', this.u.addConst(v), null);
  }

  /** ADDOP_NAME: name operand in co_names, mangled. */
  addopName(op: string, name: string): void {
    // Names enter co_names even in unreachable code (only the instruction is dropped).
    this.emit(op, addName(this.u.names, mangle(this.u.privateName, name)), null);
  }

  /** ADDOP_N / ADDOP_O on co_names without mangling. */
  addopNameRaw(op: string, name: string): void {
    this.emit(op, addName(this.u.names, name), null);
  }

  setLine(lineno: number): void {
    this.u.lineno = lineno;
    this.u.linenoSet = false;
  }

  // ---------------------------------------------------------------- names
  nameop(name: string, ctx: ExprContext): void {
    const u = this.u;
    const mangled = mangle(u.privateName, name);
    const scope = u.ste.scopeOf(mangled);
    const isFunction = u.ste.type === 'function';
    let optype: 'DEREF' | 'FAST' | 'GLOBAL' | 'NAME' = 'NAME';
    let dict = u.names;
    switch (scope) {
      case 'FREE': dict = u.freevars; optype = 'DEREF'; break;
      case 'CELL': dict = u.cellvars; optype = 'DEREF'; break;
      case 'LOCAL': if (isFunction) optype = 'FAST'; break;
      case 'GLOBAL_IMPLICIT': if (isFunction) optype = 'GLOBAL'; break;
      case 'GLOBAL_EXPLICIT': optype = 'GLOBAL'; break;
      default: break;
    }
    const verb = ctx === 'Load' ? 'LOAD' : ctx === 'Store' ? 'STORE' : 'DELETE';
    let op: string;
    switch (optype) {
      case 'DEREF':
        op = ctx === 'Load' && u.ste.type === 'class' ? 'LOAD_CLASSDEREF' : `${verb}_DEREF`;
        break;
      case 'FAST':
        this.emit(`${verb}_FAST`, addName(u.varnames, mangled), null);
        return;
      case 'GLOBAL': op = `${verb}_GLOBAL`; break;
      case 'NAME': op = `${verb}_NAME`; break;
    }
    this.emit(op, addName(dict, mangled), null);
  }
}
