// Stage: compiler, exception-table era (3.11+). Code generation state: the unit stack, scope
// entry (RESUME), instruction emission with CPython's location rules (SET_LOC/UNSET_LOC),
// name operations by scope. Version differences come from the Dialect; no bytes here.
import type { SourceFile } from '../../source/source.js';
import { PySyntaxDiagnostic } from '../../source/diagnostics.js';
import type { ConstValue } from '../../syntax/constant.js';
import type { ExprContext, Pos } from '../../syntax/ast.js';
import type { SymbolTable } from '../../semantics/symtable.js';
import { mangle } from '../../semantics/mangle.js';
import type { CodeObject } from '../code.js';
import type { Dialect } from './dialect.js';
import {
  XBlock, XUnit, addName, NO_LOC, SCOPE_EXITS, isJump,
  type Loc, type XFBlock, type XFBlockType, type XScopeType,
} from './xunit.js';
import { assembleXUnit } from './xassemble.js';

export function locOf(p: Pos): Loc {
  return { lineno: p.lineno, endLineno: p.end_lineno, col: p.col_offset, endCol: p.end_col_offset };
}

export class XCompiler {
  u!: XUnit;
  readonly stack: XUnit[] = [];
  nextSerial = 0;

  constructor(
    readonly st: SymbolTable,
    readonly source: SourceFile,
    readonly d: Dialect,
  ) {}

  error(msg: string, lineno = this.u.loc.lineno, col?: number): never {
    throw new PySyntaxDiagnostic('SyntaxError', msg, this.source.path, lineno, col, this.source.lines[lineno - 1]);
  }

  // ---------------------------------------------------------------- scopes
  enterScope(name: string, scopeType: XScopeType, key: object, lineno: number): void {
    const ste = this.st.blocks.get(key);
    if (!ste) throw new Error(`gilsim bug: no symbol table entry for ${name}`);
    const privateName = this.u ? this.u.privateName : null;
    const u = new XUnit(ste, name, scopeType, lineno, privateName);
    u.initClosureVars();
    if (this.u) this.stack.push(this.u);
    this.u = u;
    if (scopeType === 'module') {
      u.loc = { lineno: 0, endLineno: 1, col: 0, endCol: 0 };
      u.qualname = '<module>';
    } else {
      u.loc = { lineno, endLineno: lineno, col: 0, endCol: 0 };
      this.setQualname();
    }
    this.addopI('RESUME', 0);
    if (scopeType === 'module') u.loc = NO_LOC;
  }

  exitScope(): void {
    this.u = this.stack.pop()!;
  }

  private setQualname(): void {
    this.u.setQualname(this.stack);
  }

  /** CPython's assemble(c, addNone): falls off the end with `return None`, then the CFG pipeline. */
  assemble(addNone: boolean): CodeObject {
    const u = this.u;
    const last = u.cur.last;
    if (!(last && (last.op === 'RETURN_VALUE' || last.op === 'RETURN_CONST'))) {
      this.unsetLoc();
      this.returnNone(addNone);
    }
    return assembleXUnit(u, this.d, this.source.path, this.nextSerial++);
  }

  /** The implicit `return None` at the end of a body (3.12+ optimizers make it RETURN_CONST). */
  returnNone(addNone = true): void {
    if (addNone) this.loadConst({ kind: 'none' });
    this.addop('RETURN_VALUE');
  }

  // ---------------------------------------------------------------- locations
  setLoc(p: Pos): void {
    this.u.loc = locOf(p);
  }
  unsetLoc(): void {
    this.u.loc = NO_LOC;
  }

  // ---------------------------------------------------------------- blocks
  newBlock(): XBlock {
    const b = this.u.newBlock();
    b.label = true;
    return b;
  }
  useNextBlock(b: XBlock): void {
    this.u.cur.next = b;
    this.u.cur = b;
  }
  nextBlock(): void {
    this.useNextBlock(this.u.newBlock());
  }
  pushFBlock(type: XFBlockType, block: XBlock | null, exit: XBlock | null, datum: unknown = null): void {
    this.u.fblocks.push({ type, block, exit, datum });
  }
  popFBlock(): XFBlock {
    return this.u.fblocks.pop()!;
  }

  // ---------------------------------------------------------------- emission
  emit(op: string, arg: number, target: XBlock | null, loc: Loc = this.u.loc): void {
    const u = this.u;
    const last = u.cur.last;
    // A jump or scope exit ends its block: what follows starts a new one.
    if (last && (isJump(last) || SCOPE_EXITS.has(last.op))) this.nextBlock();
    u.cur.instrs.push({ op, arg, target, loc });
  }
  addop(op: string): void {
    this.emit(op, 0, null);
  }
  addopI(op: string, arg: number): void {
    this.emit(op, arg, null);
  }
  addopJ(op: string, target: XBlock): void {
    this.emit(op, 0, target);
  }
  /** ADDOP_JUMP_NOLINE / ADDOP_NOLINE: artificial instructions. */
  addopJNoLine(op: string, target: XBlock): void {
    this.emit(op, 0, target, NO_LOC);
  }
  addopNoLine(op: string): void {
    this.emit(op, 0, null, NO_LOC);
  }
  loadConst(v: ConstValue): void {
    this.emit('LOAD_CONST', this.u.addConst(v), null);
  }
  addopName(op: string, name: string): void {
    this.emit(op, addName(this.u.names, mangle(this.u.privateName, name)), null);
  }
  addopNameRaw(op: string, name: string): void {
    this.emit(op, addName(this.u.names, name), null);
  }
  /** LOAD_ATTR/LOAD_GLOBAL style with a low flag bit (3.12 method bit, NULL bit). */
  addopNameFlag(op: string, name: string, flag: number): void {
    this.emit(op, (addName(this.u.names, mangle(this.u.privateName, name)) << 1) | flag, null);
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
    // Inlined comprehensions (3.12+): their own names are fast locals even at module/class
    // level, and inside a class body their globals are real globals.
    if (scope === 'LOCAL' && u.fastHidden.has(mangled)) optype = 'FAST';
    if (scope === 'GLOBAL_IMPLICIT' && u.inInlinedComp > 0 && u.ste.type === 'class') optype = 'GLOBAL';
    const verb = ctx === 'Load' ? 'LOAD' : ctx === 'Store' ? 'STORE' : 'DELETE';
    switch (optype) {
      case 'DEREF': {
        if (ctx === 'Load' && u.ste.type === 'class' && u.inInlinedComp === 0) this.d.classDeref(this, addName(dict, mangled));
        else this.emit(`${verb}_DEREF`, addName(dict, mangled), null);
        return;
      }
      case 'FAST':
        this.emit(`${verb}_FAST`, addName(u.varnames, mangled), null);
        return;
      case 'GLOBAL':
        if (ctx === 'Load') this.emit('LOAD_GLOBAL', addName(dict, mangled) << 1, null);
        else this.emit(`${verb}_GLOBAL`, addName(dict, mangled), null);
        return;
      case 'NAME':
        this.emit(`${verb}_NAME`, addName(dict, mangled), null);
        return;
    }
  }
}

