// Stage: syntax (post-parse checks). The SyntaxErrors CPython 3.8 raises after parsing, from
// symtable.c (duplicate argument, yield in comprehension, nonlocal at module level) and then
// compile.c ('return'/'break'/'continue'/'yield'/'await' misplaced, starred misuse, bare
// except order). Walks the AST only; never depends on the compiler.
import type { Module, Stmt, Expr, Arguments, Comprehension } from './ast.js';
import type { Tokenized } from './tokenizer.js';
import type { PySyntaxDiagnostic } from '../source/diagnostics.js';
import { finishError } from './parser-errors.js';
import { charsBeforeByte } from './parser-core.js';

type ScopeKind = 'module' | 'class' | 'function' | 'lambda' | 'comp';
interface Scope { kind: ScopeKind; isAsync: boolean; comp?: { name: string; at: Loc } }
interface Loc { lineno: number; col_offset: number }

class Found { constructor(readonly msg: string, readonly at: Loc) {} }

const COMP_NAMES: Readonly<Record<string, string>> = {
  ListComp: 'list comprehension', SetComp: 'set comprehension', DictComp: 'dict comprehension',
  GeneratorExp: 'generator expression',
};

/** Expression children in evaluation order, with the scope each is evaluated in. */
function exprChildren(e: Expr, scope: Scope): Array<[Expr, Scope]> {
  const out: Array<[Expr, Scope]> = [];
  const add = (x: Expr | null | undefined, s: Scope = scope) => { if (x) out.push([x, s]); };
  switch (e.type) {
    case 'Lambda': {
      for (const d of e.args.defaults) add(d);
      for (const d of e.args.kw_defaults) add(d);
      add(e.body, { kind: 'lambda', isAsync: false });
      return out;
    }
    case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp': {
      const inner: Scope = { kind: 'comp', isAsync: scope.isAsync, comp: { name: COMP_NAMES[e.type]!, at: e } };
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
      const sl = e.slice;
      const dims = sl.type === 'ExtSlice' ? sl.dims : [sl];
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
    default:
      for (const k in e) {
        const v = (e as unknown as Record<string, unknown>)[k];
        if (Array.isArray(v)) { for (const x of v) if (x && typeof x === 'object' && 'lineno' in x) add(x as Expr); }
        else if (v && typeof v === 'object' && 'lineno' in (v as object)) add(v as Expr);
      }
      return out;
  }
}

class Checker {
  /** Lowest-priority symtable errors (analysis phase) are kept until the visit ends. */
  analysis: Found | null = null;
  cur: Loc = { lineno: 1, col_offset: 0 };
  loops = 0;
  blocks = 0;

  constructor(readonly compilePass: boolean) {}

  params(a: Arguments, at: Loc): void {
    if (this.compilePass) return;
    const seen = new Set<string>();
    const all = [...a.posonlyargs, ...a.args, ...a.kwonlyargs];
    if (a.vararg) all.push(a.vararg);
    if (a.kwarg) all.push(a.kwarg);
    for (const p of all) {
      if (seen.has(p.arg)) throw new Found(`duplicate argument '${p.arg}' in function definition`, at);
      seen.add(p.arg);
    }
  }

  /** Walks an expression tree iteratively (ASTs may be very deep). */
  expr(root: Expr, scope: Scope): void {
    const stack: Array<[Expr, Scope, boolean]> = [[root, scope, false]];
    while (stack.length > 0) {
      const [e, s, st] = stack.pop()!;
      if (e.lineno > this.cur.lineno) this.cur = { lineno: e.lineno, col_offset: this.cur.col_offset };
      const here = { lineno: this.cur.lineno, col_offset: e.col_offset };
      if (e.type === 'Lambda') this.params(e.args, e);
      if (e.type === 'Yield' || e.type === 'YieldFrom') {
        if (!this.compilePass && s.comp) throw new Found(`'yield' inside ${s.comp.name}`, s.comp.at);
        if (this.compilePass && s.kind !== 'function' && s.kind !== 'lambda' && s.kind !== 'comp') {
          throw new Found("'yield' outside function", here);
        }
      }
      if (e.type === 'Await' && this.compilePass) {
        if (s.kind !== 'function' && s.kind !== 'lambda' && s.kind !== 'comp') throw new Found("'await' outside function", here);
        if (!s.isAsync && s.kind !== 'comp') throw new Found("'await' outside async function", here);
      }
      if (this.compilePass) this.starred(e, st, here);
      const kids = exprChildren(e, s);
      const display = e.type === 'Tuple' || e.type === 'List' || e.type === 'Set';
      for (let i = kids.length - 1; i >= 0; i--) {
        const k = kids[i]![0];
        const allowed = display || (e.type === 'Call' && e.args.includes(k));
        stack.push([k, kids[i]![1], allowed]);
      }
    }
  }

  /** `allowed`: the parent is a display or this is a call argument. */
  private starred(e: Expr, allowed: boolean, here: Loc): void {
    if ((e.type === 'Tuple' || e.type === 'List') && e.ctx === 'Store') {
      const n = e.elts.filter((x) => x.type === 'Starred').length;
      if (n > 1) throw new Found('two starred expressions in assignment', here);
    }
    if (e.type === 'Starred' && !allowed) {
      throw new Found(e.ctx === 'Store' ? 'starred assignment target must be in a list or tuple'
        : "can't use starred expression here", here);
    }
  }

  body(stmts: Stmt[], scope: Scope): void {
    for (const s of stmts) this.stmt(s, scope);
  }

  private loop(scope: Scope, body: Stmt[], orelse: Stmt[]): void {
    this.loops++;
    this.blocks++;
    if (this.blocks > 20 && this.compilePass) throw new Found('too many statically nested blocks', this.cur);
    this.body(body, scope);
    this.loops--;
    this.blocks--;
    this.body(orelse, scope);
  }

  private inFunction(scope: Scope, fn: () => void): void {
    const saved = [this.loops, this.blocks];
    this.loops = 0;
    this.blocks = 0;
    fn();
    [this.loops, this.blocks] = saved as [number, number];
    void scope;
  }

  stmt(s: Stmt, scope: Scope): void {
    this.cur = { lineno: s.lineno, col_offset: s.col_offset };
    const E = (e: Expr | null | undefined) => { if (e) this.expr(e, scope); };
    switch (s.type) {
      case 'FunctionDef': case 'AsyncFunctionDef':
        for (const d of s.decorator_list) E(d);
        for (const d of s.args.defaults) E(d);
        for (const d of s.args.kw_defaults) E(d);
        this.params(s.args, s);
        this.inFunction(scope, () => this.body(s.body, { kind: 'function', isAsync: s.type === 'AsyncFunctionDef' }));
        return;
      case 'ClassDef':
        for (const d of s.decorator_list) E(d);
        for (const b of s.bases) E(b);
        for (const k of s.keywords) E(k.value);
        this.inFunction(scope, () => this.body(s.body, { kind: 'class', isAsync: false }));
        return;
      case 'Return':
        if (this.compilePass && scope.kind !== 'function') throw new Found("'return' outside function", this.cur);
        if (s.value) this.expr(s.value, scope);
        return;
      case 'Break':
        if (this.compilePass && this.loops === 0) throw new Found("'break' outside loop", this.cur);
        return;
      case 'Continue':
        if (this.compilePass && this.loops === 0) throw new Found("'continue' not properly in loop", this.cur);
        return;
      case 'Nonlocal':
        if (!this.compilePass && scope.kind === 'module' && !this.analysis) {
          this.analysis = new Found('nonlocal declaration not allowed at module level', s);
        }
        return;
      case 'Assign':
        this.expr(s.value, scope);
        for (const t of s.targets) this.expr(t, scope);
        return;
      case 'For': case 'AsyncFor':
        this.expr(s.iter, scope);
        this.expr(s.target, scope);
        this.loop(scope, s.body, s.orelse);
        return;
      case 'While':
        E(s.test);
        this.loop(scope, s.body, s.orelse);
        return;
      case 'If':
        E(s.test);
        this.body(s.body, scope);
        this.body(s.orelse, scope);
        return;
      case 'With': case 'AsyncWith':
        for (const it of s.items) { E(it.context_expr); E(it.optional_vars); }
        this.body(s.body, scope);
        return;
      case 'Try':
        this.body(s.body, scope);
        s.handlers.forEach((h, i) => {
          if (this.compilePass && !h.exc_type && i < s.handlers.length - 1) {
            throw new Found("default 'except:' must be last", this.cur);
          }
          this.cur = { lineno: h.lineno, col_offset: h.col_offset };
          E(h.exc_type);
          this.body(h.body, scope);
        });
        this.body(s.orelse, scope);
        this.body(s.finalbody, scope);
        return;
      case 'Expr':
        this.expr(s.value, scope);
        return;
      default:
        for (const k in s) {
          const v = (s as unknown as Record<string, unknown>)[k];
          const items = Array.isArray(v) ? v : [v];
          for (const x of items) {
            if (x && typeof x === 'object' && 'lineno' in x && 'type' in x) this.expr(x as Expr, scope);
          }
        }
    }
  }
}

export function checkCompileErrors(module: Module, t: Tokenized, filename: string): void {
  for (const compilePass of [false, true]) {
    const c = new Checker(compilePass);
    try {
      c.body(module.body, { kind: 'module', isAsync: false });
    } catch (e) {
      if (e instanceof Found) throw locate(e, t, filename);
      throw e;
    }
    if (c.analysis) throw locate(c.analysis, t, filename);
  }
}

function locate(f: Found, t: Tokenized, filename: string): PySyntaxDiagnostic {
  const ls = t.lineStarts[f.at.lineno - 1] ?? 0;
  const le = f.at.lineno < t.lineStarts.length ? t.lineStarts[f.at.lineno]! : t.text.length;
  const offset = charsBeforeByte(t.text, ls, f.at.col_offset) + 1;
  return finishError({ kind: 'SyntaxError', msg: f.msg, lineno: f.at.lineno, offset, text: t.text.slice(ls, le) }, filename);
}
