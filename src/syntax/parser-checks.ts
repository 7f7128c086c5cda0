// Stage: syntax (post-parse checks). The SyntaxErrors CPython 3.8 raises after parsing: first
// symtable.c's (parser-symtable.ts), then compile.c's in compilation order ('return'/'break'/
// 'continue'/'yield'/'await' misplaced, starred misuse, bare except not last, block nesting).
// Walks the AST only; never depends on the compiler.
import type { Module, Stmt, Expr, Comprehension } from './ast.js';
import type { Tokenized } from './tokenizer.js';
import { PySyntaxDiagnostic } from '../source/diagnostics.js';
import { finishError } from './parser-errors.js';
import { charsBeforeByte } from './parser-core.js';
import { checkSymtable, Found, type Loc } from './parser-symtable.js';

type ScopeKind = 'module' | 'class' | 'function' | 'comp';
interface Scope { kind: ScopeKind; isAsync: boolean }

/** compile.c's CO_MAXBLOCKS: loops, try, with and handler blocks nested in one code object. */
const MAX_BLOCKS = 20;

/** Raised without a location (compiler_push_fblock uses PyErr_SetString). */
class Unlocated { constructor(readonly msg: string) {} }
/** Raised from a comprehension's fresh code unit, whose line is still 0. */
class LineZero { constructor(readonly msg: string) {} }

const COMPREHENSIONS = new Set(['ListComp', 'SetComp', 'DictComp']);

/** Whether a comprehension is asynchronous: an `async for`, or an await in its own scope. */
function isAsyncComprehension(e: Expr & { generators: Comprehension[] }): boolean {
  if (e.generators.some((g) => g.is_async === 1)) return true;
  const outer: Scope = { kind: 'function', isAsync: false };
  const inner: Scope = { kind: 'comp', isAsync: false };
  const stack: Expr[] = exprChildren(e, outer).filter(([, s]) => s !== outer).map(([x]) => x);
  while (stack.length > 0) {
    const x = stack.pop()!;
    if (x.type === 'Await') return true;
    if (x.type === 'Lambda' || x.type === 'GeneratorExp' || COMPREHENSIONS.has(x.type)) continue;
    for (const [k] of exprChildren(x, inner)) stack.push(k);
  }
  return false;
}

/** Expression children in evaluation order, with the scope each is evaluated in. */
function exprChildren(e: Expr, scope: Scope): Array<[Expr, Scope]> {
  const out: Array<[Expr, Scope]> = [];
  const add = (x: Expr | null | undefined, s: Scope = scope) => { if (x) out.push([x, s]); };
  switch (e.type) {
    case 'Lambda':
      for (const d of e.args.defaults) add(d);
      for (const d of e.args.kw_defaults) add(d);
      add(e.body, { kind: 'function', isAsync: false });
      return out;
    case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp': {
      const inner: Scope = { kind: 'comp', isAsync: scope.isAsync };
      e.generators.forEach((g: Comprehension, i) => {
        add(g.iter, i === 0 ? scope : inner);
        add(g.target, inner);
        for (const c of g.ifs) add(c, inner);
      });
      if (e.type === 'DictComp') { add(e.key, inner); add(e.value, inner); } else add(e.elt, inner);
      return out;
    }
    case 'Subscript': {
      add(e.value);
      const dims = e.slice.type === 'ExtSlice' ? e.slice.dims : [e.slice];
      for (const d of dims) {
        if (d.type === 'Index') add(d.value);
        else { add(d.lower); add(d.upper); add(d.step); }
      }
      return out;
    }
    case 'Call':
      add(e.func);
      for (const a of e.args) add(a);
      for (const k of e.keywords) add(k.value);
      return out;
    case 'Dict':
      e.keys.forEach((k, i) => { add(k); add(e.values[i]); });
      return out;
    case 'IfExp': add(e.test); add(e.body); add(e.orelse); return out;
    case 'FormattedValue': add(e.value); add(e.format_spec); return out;
    case 'Constant': return out;
    default:
      for (const k in e) {
        const v = (e as unknown as Record<string, unknown>)[k];
        if (v === null || typeof v !== 'object') continue;
        if (Array.isArray(v)) { for (const x of v) if (x && typeof x === 'object' && 'lineno' in x) add(x as Expr); }
        else if ('lineno' in v) add(v as Expr);
      }
      return out;
  }
}

class CompileChecker {
  /** compile.c's current location: set per statement, line bumped by later expressions. */
  cur: Loc = { lineno: 1, col_offset: 0 };
  loops = 0;
  blocks = 0;

  /** Walks an expression tree iteratively (ASTs may be very deep). */
  expr(root: Expr, scope: Scope, starOk = false): void {
    const stack: Array<[Expr, Scope, boolean]> = [[root, scope, starOk]];
    while (stack.length > 0) {
      const [e, s, starOk] = stack.pop()!;
      if (e.lineno > this.cur.lineno) this.cur = { lineno: e.lineno, col_offset: this.cur.col_offset };
      const here = { lineno: this.cur.lineno, col_offset: e.col_offset };
      if ((e.type === 'Yield' || e.type === 'YieldFrom') && s.kind !== 'function' && s.kind !== 'comp') {
        throw new Found("'yield' outside function", here);
      }
      if (e.type === 'YieldFrom' && s.kind === 'function' && s.isAsync) {
        throw new Found("'yield from' inside async function", here);
      }
      if ((e.type === 'ListComp' || e.type === 'SetComp' || e.type === 'DictComp') && !(s.kind === 'function' && s.isAsync) &&
        isAsyncComprehension(e)) {
        throw new LineZero('asynchronous comprehension outside of an asynchronous function');
      }
      if (e.type === 'Await') {
        if (s.kind !== 'function' && s.kind !== 'comp') throw new Found("'await' outside function", here);
        if (!s.isAsync && s.kind !== 'comp') throw new Found("'await' outside async function", here);
      }
      if ((e.type === 'Tuple' || e.type === 'List') && e.ctx === 'Store') {
        if (e.elts.filter((x) => x.type === 'Starred').length > 1) throw new Found('two starred expressions in assignment', here);
      }
      if (e.type === 'Starred' && (!starOk || e.ctx === 'Del')) {
        throw new Found(e.ctx === 'Store' ? 'starred assignment target must be in a list or tuple'
          : "can't use starred expression here", here);
      }
      const kids = exprChildren(e, s);
      const display = e.type === 'Tuple' || e.type === 'List' || e.type === 'Set';
      for (let i = kids.length - 1; i >= 0; i--) {
        const [k, ks] = kids[i]!;
        stack.push([k, ks, display || (e.type === 'Call' && e.args.includes(k))]);
      }
    }
  }

  body(stmts: Stmt[], scope: Scope): void {
    for (const s of stmts) this.stmt(s, scope);
  }

  /** Runs `fn` inside `n` more compiler blocks (and a loop when `loop`). */
  private block(n: number, loop: boolean, fn: () => void): void {
    this.blocks += n;
    if (this.blocks > MAX_BLOCKS) throw new Unlocated('too many statically nested blocks');
    if (loop) this.loops++;
    fn();
    if (loop) this.loops--;
    this.blocks -= n;
  }

  private newUnit(fn: () => void): void {
    const saved: [number, number] = [this.loops, this.blocks];
    this.loops = 0;
    this.blocks = 0;
    fn();
    [this.loops, this.blocks] = saved;
  }

  stmt(s: Stmt, scope: Scope): void {
    this.cur = { lineno: s.lineno, col_offset: s.col_offset };
    const E = (e: Expr | null | undefined) => { if (e) this.expr(e, scope); };
    switch (s.type) {
      case 'FunctionDef': case 'AsyncFunctionDef':
        for (const d of s.decorator_list) E(d);
        for (const d of s.args.defaults) E(d);
        for (const d of s.args.kw_defaults) E(d);
        this.newUnit(() => this.body(s.body, { kind: 'function', isAsync: s.type === 'AsyncFunctionDef' }));
        return;
      case 'ClassDef':
        for (const d of s.decorator_list) E(d);
        for (const b of s.bases) this.expr(b, scope, true);
        for (const k of s.keywords) E(k.value);
        this.newUnit(() => this.body(s.body, { kind: 'class', isAsync: false }));
        return;
      case 'Return':
        if (scope.kind !== 'function') throw new Found("'return' outside function", this.cur);
        E(s.value);
        return;
      case 'Break':
        if (this.loops === 0) throw new Found("'break' outside loop", this.cur);
        return;
      case 'Continue':
        if (this.loops === 0) throw new Found("'continue' not properly in loop", this.cur);
        return;
      case 'Assign':
        E(s.value);
        for (const t of s.targets) E(t);
        return;
      case 'For': case 'AsyncFor':
        E(s.iter);
        E(s.target);
        this.block(1, true, () => this.body(s.body, scope));
        this.body(s.orelse, scope);
        return;
      case 'While':
        E(s.test);
        this.block(1, true, () => this.body(s.body, scope));
        this.body(s.orelse, scope);
        return;
      case 'If':
        E(s.test);
        this.body(s.body, scope);
        this.body(s.orelse, scope);
        return;
      case 'With': case 'AsyncWith': {
        const items = s.items;
        const nest = (i: number): void => {
          if (i === items.length) { this.body(s.body, scope); return; }
          E(items[i]!.context_expr);
          this.block(1, false, () => { E(items[i]!.optional_vars); nest(i + 1); });
        };
        nest(0);
        return;
      }
      case 'Try': {
        const fin = s.finalbody.length > 0;
        const tryExcept = () => {
          if (s.handlers.length === 0) { this.body(s.body, scope); return; }
          this.block(1, false, () => this.body(s.body, scope));
          s.handlers.forEach((h, i) => {
            if (!h.exc_type && i < s.handlers.length - 1) throw new Found("default 'except:' must be last", this.cur);
            this.cur = { lineno: h.lineno, col_offset: h.col_offset };
            E(h.exc_type);
            this.block(1, false, () => this.body(h.body, scope));
          });
          this.body(s.orelse, scope);
        };
        if (!fin) { tryExcept(); return; }
        this.block(1, false, tryExcept);
        this.block(1, false, () => this.body(s.finalbody, scope));
        return;
      }
      default:
        for (const k in s) {
          const v = (s as unknown as Record<string, unknown>)[k];
          for (const x of Array.isArray(v) ? v : [v]) {
            if (x && typeof x === 'object' && 'lineno' in x && 'type' in x) E(x as Expr);
          }
        }
    }
  }
}

export function checkCompileErrors(module: Module, t: Tokenized, filename: string): void {
  try {
    checkSymtable(module.body);
    new CompileChecker().body(module.body, { kind: 'module', isAsync: false });
  } catch (e) {
    if (e instanceof Found) throw locate(e, t, filename);
    if (e instanceof Unlocated) throw new PySyntaxDiagnostic('SyntaxError', e.msg, '', 0, undefined, undefined);
    if (e instanceof LineZero) throw new PySyntaxDiagnostic('SyntaxError', e.msg, filename, 0, undefined, undefined);
    throw e;
  }
}

/** compile.c and symtable.c errors: line and column of a node, text read back from the file. */
function locate(f: Found, t: Tokenized, filename: string): PySyntaxDiagnostic {
  const ls = t.lineStarts[f.at.lineno - 1] ?? 0;
  const le = f.at.lineno < t.lineStarts.length ? t.lineStarts[f.at.lineno]! : t.text.length;
  const offset = charsBeforeByte(t.text, ls, f.at.col_offset) + 1;
  return finishError({ kind: 'SyntaxError', msg: f.msg, lineno: f.at.lineno, offset, text: t.text.slice(ls, le) }, filename);
}
