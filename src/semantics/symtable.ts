// Stage: semantics. Scope analysis over the AST (CPython's symtable pass): which names are
// local, global (explicit/implicit), free or cell in each block. Depends only on the AST and
// diagnostics; knows nothing about bytecode or versions.
import type * as A from '../syntax/ast.js';
import { PySyntaxDiagnostic } from '../source/diagnostics.js';
import type { SourceFile } from '../source/source.js';
import { mangle } from './mangle.js';

export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE = 32;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export type Scope = 'LOCAL' | 'GLOBAL_EXPLICIT' | 'GLOBAL_IMPLICIT' | 'FREE' | 'CELL';
export type BlockType = 'module' | 'class' | 'function';

export class SymbolTableEntry {
  readonly symbols = new Map<string, number>();
  readonly scopes = new Map<string, Scope>();
  readonly varnames: string[] = [];
  readonly children: SymbolTableEntry[] = [];
  readonly directives: { name: string; lineno: number; col: number }[] = [];
  nested = false;
  free = false;
  childFree = false;
  generator = false;
  coroutine = false;
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  needsClassClosure = false;
  comprehension = false;
  compIterTarget = false;
  compIterExpr = 0;
  constructor(
    readonly name: string,
    readonly type: BlockType,
    readonly lineno: number,
    readonly colOffset: number,
  ) {}

  scopeOf(name: string): Scope | undefined {
    return this.scopes.get(name);
  }
  flagsOf(name: string): number {
    return this.symbols.get(name) ?? 0;
  }
}

export interface SymbolTable {
  readonly top: SymbolTableEntry;
  /** Block entry for a FunctionDef/ClassDef/Lambda/comprehension node. */
  readonly blocks: Map<object, SymbolTableEntry>;
}

const GLOBAL_PARAM = "name '%s' is parameter and global";
const NONLOCAL_PARAM = "name '%s' is parameter and nonlocal";
const GLOBAL_AFTER_ASSIGN = "name '%s' is assigned to before global declaration";
const NONLOCAL_AFTER_ASSIGN = "name '%s' is assigned to before nonlocal declaration";
const GLOBAL_AFTER_USE = "name '%s' is used prior to global declaration";
const NONLOCAL_AFTER_USE = "name '%s' is used prior to nonlocal declaration";
const GLOBAL_ANNOT = "annotated name '%s' can't be global";
const NONLOCAL_ANNOT = "annotated name '%s' can't be nonlocal";

class Builder {
  readonly blocks = new Map<object, SymbolTableEntry>();
  readonly stack: SymbolTableEntry[] = [];
  cur!: SymbolTableEntry;
  top!: SymbolTableEntry;
  private: string | null = null;

  constructor(readonly source: SourceFile) {}

  error(msg: string, lineno: number, col: number | undefined): never {
    throw new PySyntaxDiagnostic('SyntaxError', msg, this.source.path, lineno, col, this.source.lines[lineno - 1]);
  }

  enter(name: string, type: BlockType, node: object, lineno: number, col: number): void {
    const ste = new SymbolTableEntry(name, type, lineno, col);
    const prev = this.stack.length ? this.cur : undefined;
    if (prev && (prev.nested || prev.type === 'function')) ste.nested = true;
    if (prev) prev.children.push(ste);
    this.stack.push(ste);
    this.cur = ste;
    this.blocks.set(node, ste);
    if (type === 'module') this.top = ste;
  }

  exit(): void {
    this.stack.pop();
    this.cur = this.stack[this.stack.length - 1]!;
  }

  addDef(name: string, flag: number, ste: SymbolTableEntry = this.cur): void {
    const mangled = mangle(this.private, name);
    let val = ste.symbols.get(mangled);
    if (val !== undefined) {
      if (flag & DEF_PARAM && val & DEF_PARAM) {
        this.error(`duplicate argument '${name}' in function definition`, ste.lineno, ste.colOffset + 1);
      }
      val |= flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
        this.error(`comprehension inner loop cannot rebind assignment expression target '${name}'`, ste.lineno, ste.colOffset + 1);
      }
      val |= DEF_COMP_ITER;
    }
    ste.symbols.set(mangled, val);
    if (flag & DEF_PARAM) {
      ste.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      const g = this.top.symbols.get(mangled);
      this.top.symbols.set(mangled, flag | (g ?? 0));
    }
  }

  lookup(name: string): number {
    return this.cur.symbols.get(mangle(this.private, name)) ?? 0;
  }

  // ------------------------------------------------------------ statements
  stmts(body: A.Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  stmt(s: A.Stmt): void {
    switch (s.type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        this.addDef(s.name, DEF_LOCAL);
        this.exprs(s.args.defaults);
        for (const d of s.args.kw_defaults) if (d) this.expr(d);
        this.annotations(s.args, s.returns);
        this.exprs(s.decorator_list);
        this.enter(s.name, 'function', s, s.lineno, s.col_offset);
        if (s.type === 'AsyncFunctionDef') this.cur.coroutine = true;
        this.arguments(s.args);
        this.stmts(s.body);
        this.exit();
        break;
      }
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL);
        this.exprs(s.bases);
        for (const k of s.keywords) this.expr(k.value);
        this.exprs(s.decorator_list);
        this.enter(s.name, 'class', s, s.lineno, s.col_offset);
        const saved = this.private;
        this.private = s.name;
        this.stmts(s.body);
        this.private = saved;
        this.exit();
        break;
      }
      case 'Return':
        if (s.value) {
          this.expr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case 'Delete': this.exprs(s.targets); break;
      case 'Assign': this.exprs(s.targets); this.expr(s.value); break;
      case 'AnnAssign': {
        if (s.target.type === 'Name') {
          const cur = this.lookup(s.target.id);
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur !== this.top && s.simple) {
            const msg = cur & DEF_GLOBAL ? GLOBAL_ANNOT : NONLOCAL_ANNOT;
            this.error(msg.replace('%s', s.target.id), s.lineno, s.col_offset + 1);
          }
          if (s.simple) this.addDef(s.target.id, DEF_ANNOT | DEF_LOCAL);
          else if (s.value) this.addDef(s.target.id, DEF_LOCAL);
        } else {
          this.expr(s.target);
        }
        this.expr(s.annotation);
        if (s.value) this.expr(s.value);
        break;
      }
      case 'AugAssign': this.expr(s.target); this.expr(s.value); break;
      case 'For':
      case 'AsyncFor':
        this.expr(s.target); this.expr(s.iter); this.stmts(s.body); this.stmts(s.orelse);
        break;
      case 'While':
      case 'If':
        this.expr(s.test); this.stmts(s.body); this.stmts(s.orelse);
        break;
      case 'Raise':
        if (s.exc) { this.expr(s.exc); if (s.cause) this.expr(s.cause); }
        break;
      case 'Try':
        this.stmts(s.body);
        this.stmts(s.orelse);
        for (const h of s.handlers) {
          if (h.exc_type) this.expr(h.exc_type);
          if (h.name) this.addDef(h.name, DEF_LOCAL);
          this.stmts(h.body);
        }
        this.stmts(s.finalbody);
        break;
      case 'Assert':
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) this.alias(a, s);
        break;
      case 'Global':
      case 'Nonlocal': {
        const isGlobal = s.type === 'Global';
        for (const name of s.names) {
          const cur = this.lookup(name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = isGlobal ? GLOBAL_PARAM : NONLOCAL_PARAM;
            else if (cur & USE) msg = isGlobal ? GLOBAL_AFTER_USE : NONLOCAL_AFTER_USE;
            else if (cur & DEF_ANNOT) msg = isGlobal ? GLOBAL_ANNOT : NONLOCAL_ANNOT;
            else msg = isGlobal ? GLOBAL_AFTER_ASSIGN : NONLOCAL_AFTER_ASSIGN;
            this.error(msg.replace('%s', name), s.lineno, s.col_offset + 1);
          }
          this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL);
          this.cur.directives.push({ name: mangle(this.private, name), lineno: s.lineno, col: s.col_offset });
        }
        break;
      }
      case 'Expr': this.expr(s.value); break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
      case 'With':
      case 'AsyncWith':
        for (const it of s.items) {
          this.expr(it.context_expr);
          if (it.optional_vars) this.expr(it.optional_vars);
        }
        this.stmts(s.body);
        break;
    }
  }

  alias(a: A.Alias, s: A.Stmt): void {
    const name = a.asname ?? a.name;
    const dot = name.indexOf('.');
    const store = dot >= 0 ? name.slice(0, dot) : name;
    if (name === '*') {
      if (this.cur.type !== 'module') {
        // CPython points at the enclosing block (the def line), not at the import.
        void s;
        this.error('import * only allowed at module level', this.cur.lineno, this.cur.colOffset + 1);
      }
      return;
    }
    this.addDef(store, DEF_IMPORT);
  }

  annotations(args: A.Arguments, returns: A.Expr | null): void {
    for (const a of [...args.posonlyargs, ...args.args]) if (a.annotation) this.expr(a.annotation);
    if (args.vararg?.annotation) this.expr(args.vararg.annotation);
    if (args.kwarg?.annotation) this.expr(args.kwarg.annotation);
    for (const a of args.kwonlyargs) if (a.annotation) this.expr(a.annotation);
    if (returns) this.expr(returns);
  }

  arguments(args: A.Arguments): void {
    for (const a of args.posonlyargs) this.addDef(a.arg, DEF_PARAM);
    for (const a of args.args) this.addDef(a.arg, DEF_PARAM);
    for (const a of args.kwonlyargs) this.addDef(a.arg, DEF_PARAM);
    if (args.vararg) { this.addDef(args.vararg.arg, DEF_PARAM); this.cur.varargs = true; }
    if (args.kwarg) { this.addDef(args.kwarg.arg, DEF_PARAM); this.cur.varkeywords = true; }
  }

  // ------------------------------------------------------------ expressions
  exprs(es: readonly A.Expr[]): void {
    for (const e of es) this.expr(e);
  }

  expr(e: A.Expr): void {
    switch (e.type) {
      case 'NamedExpr':
        if (this.cur.compIterExpr > 0) {
          this.error('assignment expression cannot be used in a comprehension iterable expression', e.lineno, e.col_offset + 1);
        }
        this.expr(e.value);
        if (this.cur.comprehension) this.extendNamedExprScope(e.target);
        else this.expr(e.target);
        break;
      case 'BoolOp': this.exprs(e.values); break;
      case 'BinOp': this.expr(e.left); this.expr(e.right); break;
      case 'UnaryOp': this.expr(e.operand); break;
      case 'Lambda': {
        this.exprs(e.args.defaults);
        for (const d of e.args.kw_defaults) if (d) this.expr(d);
        this.enter('lambda', 'function', e, e.lineno, e.col_offset);
        this.arguments(e.args);
        this.expr(e.body);
        this.exit();
        break;
      }
      case 'IfExp': this.expr(e.test); this.expr(e.body); this.expr(e.orelse); break;
      case 'Dict':
        for (const k of e.keys) if (k) this.expr(k);
        this.exprs(e.values);
        break;
      case 'Set': this.exprs(e.elts); break;
      case 'GeneratorExp': this.comprehension(e, 'genexpr', e.generators, e.elt, null); break;
      case 'ListComp': this.comprehension(e, 'listcomp', e.generators, e.elt, null); break;
      case 'SetComp': this.comprehension(e, 'setcomp', e.generators, e.elt, null); break;
      case 'DictComp': this.comprehension(e, 'dictcomp', e.generators, e.key, e.value); break;
      case 'Yield':
        if (e.value) this.expr(e.value);
        this.cur.generator = true;
        break;
      case 'YieldFrom':
        this.expr(e.value);
        this.cur.generator = true;
        break;
      case 'Await':
        this.expr(e.value);
        this.cur.coroutine = true;
        break;
      case 'Compare': this.expr(e.left); this.exprs(e.comparators); break;
      case 'Call':
        this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) this.expr(k.value);
        break;
      case 'FormattedValue':
        this.expr(e.value);
        if (e.format_spec) this.expr(e.format_spec);
        break;
      case 'JoinedStr': this.exprs(e.values); break;
      case 'Constant': break;
      case 'Attribute': this.expr(e.value); break;
      case 'Subscript': this.expr(e.value); this.slice(e.slice); break;
      case 'Starred': this.expr(e.value); break;
      case 'Name':
        this.addDef(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL);
        if (e.ctx === 'Load' && this.cur.type === 'function' && e.id === 'super') {
          this.addDef('__class__', USE);
        }
        break;
      case 'List':
      case 'Tuple':
        this.exprs(e.elts);
        break;
    }
  }

  slice(s: A.Slice): void {
    switch (s.type) {
      case 'Slice':
        if (s.lower) this.expr(s.lower);
        if (s.upper) this.expr(s.upper);
        if (s.step) this.expr(s.step);
        break;
      case 'ExtSlice': for (const d of s.dims) this.slice(d); break;
      case 'Index': this.expr(s.value); break;
    }
  }

  comprehension(e: A.Expr, name: string, gens: A.Comprehension[], elt: A.Expr, value: A.Expr | null): void {
    const isGenerator = e.type === 'GeneratorExp';
    const outer = gens[0]!;
    this.cur.compIterExpr++;
    this.expr(outer.iter);
    this.cur.compIterExpr--;
    this.enter(name, 'function', e, e.lineno, e.col_offset);
    if (outer.is_async) this.cur.coroutine = true;
    this.cur.comprehension = true;
    this.addDef('.0', DEF_PARAM);
    this.cur.compIterTarget = true;
    this.expr(outer.target);
    this.cur.compIterTarget = false;
    this.exprs(outer.ifs);
    for (const g of gens.slice(1)) {
      this.cur.compIterTarget = true;
      this.expr(g.target);
      this.cur.compIterTarget = false;
      this.cur.compIterExpr++;
      this.expr(g.iter);
      this.cur.compIterExpr--;
      this.exprs(g.ifs);
      if (g.is_async) this.cur.coroutine = true;
    }
    if (value) this.expr(value);
    this.expr(elt);
    if (this.cur.generator) {
      const what: Record<string, string> = {
        listcomp: "'yield' inside list comprehension",
        setcomp: "'yield' inside set comprehension",
        dictcomp: "'yield' inside dict comprehension",
        genexpr: "'yield' inside generator expression",
      };
      this.error(what[name]!, e.lineno, e.col_offset + 1);
    }
    this.cur.generator = isGenerator;
    this.exit();
  }

  extendNamedExprScope(target: A.Name): void {
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i]!;
      if (ste.comprehension) {
        if (ste.flagsOf(name) & DEF_COMP_ITER) {
          this.error(`assignment expression cannot rebind comprehension iteration variable '${name}'`, target.lineno, target.col_offset + 1);
        }
        continue;
      }
      if (ste.type === 'function') {
        this.addDef(name, DEF_NONLOCAL);
        this.cur.directives.push({ name, lineno: target.lineno, col: target.col_offset });
        this.addDef(name, DEF_LOCAL, ste);
        return;
      }
      if (ste.type === 'module') {
        this.addDef(name, DEF_GLOBAL);
        this.cur.directives.push({ name, lineno: target.lineno, col: target.col_offset });
        this.addDef(name, DEF_GLOBAL, ste);
        return;
      }
      this.error('assignment expression within a comprehension cannot be used in a class body', target.lineno, target.col_offset + 1);
    }
  }
}

// ------------------------------------------------------------ analysis

class Analyzer {
  constructor(readonly source: SourceFile) {}

  errorAtDirective(ste: SymbolTableEntry, name: string, msg: string): never {
    const d = ste.directives.find((x) => x.name === name);
    const lineno = d?.lineno ?? ste.lineno;
    throw new PySyntaxDiagnostic('SyntaxError', msg, this.source.path, lineno, (d?.col ?? 0) + 1, this.source.lines[lineno - 1]);
  }

  analyzeName(ste: SymbolTableEntry, scopes: Map<string, Scope>, name: string, flags: number,
    bound: Set<string> | null, local: Set<string>, free: Set<string>, global: Set<string>): void {
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL) this.errorAtDirective(ste, name, `name '${name}' is nonlocal and global`);
      scopes.set(name, 'GLOBAL_EXPLICIT');
      global.add(name);
      bound?.delete(name);
      return;
    }
    if (flags & DEF_NONLOCAL) {
      if (!bound) this.errorAtDirective(ste, name, 'nonlocal declaration not allowed at module level');
      if (!bound.has(name)) this.errorAtDirective(ste, name, `no binding for nonlocal '${name}' found`);
      scopes.set(name, 'FREE');
      ste.free = true;
      free.add(name);
      return;
    }
    if (flags & DEF_BOUND) {
      scopes.set(name, 'LOCAL');
      local.add(name);
      global.delete(name);
      return;
    }
    if (bound && bound.has(name)) {
      scopes.set(name, 'FREE');
      ste.free = true;
      free.add(name);
      return;
    }
    if (global.has(name)) {
      scopes.set(name, 'GLOBAL_IMPLICIT');
      return;
    }
    if (ste.nested) ste.free = true;
    scopes.set(name, 'GLOBAL_IMPLICIT');
  }

  analyzeBlock(ste: SymbolTableEntry, bound: Set<string> | null, free: Set<string>, global: Set<string>): void {
    const local = new Set<string>();
    const scopes = new Map<string, Scope>();
    const newglobal = new Set<string>();
    const newfree = new Set<string>();
    const newbound = new Set<string>();
    if (ste.type === 'class') {
      for (const g of global) newglobal.add(g);
      if (bound) for (const b of bound) newbound.add(b);
    }
    for (const [name, flags] of ste.symbols) {
      this.analyzeName(ste, scopes, name, flags, bound, local, free, global);
    }
    if (ste.type !== 'class') {
      if (ste.type === 'function') for (const l of local) newbound.add(l);
      if (bound) for (const b of bound) newbound.add(b);
      for (const g of global) newglobal.add(g);
    } else {
      newbound.add('__class__');
    }
    const allfree = new Set<string>();
    for (const child of ste.children) {
      const tb = new Set(newbound);
      const tf = new Set(newfree);
      const tg = new Set(newglobal);
      this.analyzeBlock(child, tb, tf, tg);
      for (const f of tf) allfree.add(f);
      if (child.free || child.childFree) ste.childFree = true;
    }
    for (const f of allfree) newfree.add(f);
    if (ste.type === 'function') {
      for (const [name, sc] of scopes) {
        if (sc !== 'LOCAL' || !newfree.has(name)) continue;
        scopes.set(name, 'CELL');
        newfree.delete(name);
      }
    } else if (ste.type === 'class') {
      if (newfree.delete('__class__')) ste.needsClassClosure = true;
    }
    // update_symbols
    for (const [name] of ste.symbols) ste.scopes.set(name, scopes.get(name)!);
    for (const name of newfree) {
      const flags = ste.symbols.get(name);
      if (flags !== undefined) {
        if (ste.type === 'class' && flags & (DEF_BOUND | DEF_GLOBAL)) {
          ste.symbols.set(name, flags | DEF_FREE_CLASS);
        }
        continue;
      }
      if (bound && !bound.has(name)) continue;
      ste.symbols.set(name, 0);
      ste.scopes.set(name, 'FREE');
    }
    for (const f of newfree) free.add(f);
  }
}

export function buildSymtable(mod: A.Module, source: SourceFile): SymbolTable {
  const b = new Builder(source);
  b.enter('top', 'module', mod, 0, 0);
  b.stmts(mod.body);
  const top = b.top;
  new Analyzer(source).analyzeBlock(top, null, new Set(), new Set());
  return { top, blocks: b.blocks };
}
