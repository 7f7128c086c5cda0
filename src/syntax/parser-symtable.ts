// Stage: syntax (post-parse checks). The SyntaxErrors of CPython 3.8's symtable.c: a small
// symbol table built in symtable's visiting order (duplicate argument, global/nonlocal
// conflicts, import *, yield in a comprehension), then its analysis phase (nonlocal binding).
// Walks the AST only; the compiler keeps its own scope analysis.
import type { Stmt, Expr, Arguments, Comprehension } from './ast.js';

export interface Loc { lineno: number; col_offset: number }
export class Found { constructor(readonly msg: string, readonly at: Loc) {} }

const DEF_GLOBAL = 1, DEF_LOCAL = 2, DEF_PARAM = 4, DEF_NONLOCAL = 8, USE = 16, DEF_ANNOT = 32, DEF_IMPORT = 64;

type Kind = 'module' | 'function' | 'class' | 'comp';
interface Scope {
  kind: Kind;
  at: Loc;
  names: Map<string, number>;
  parent: Scope | null;
  children: Scope[];
  /** global/nonlocal statements in order (symtable's ste_directives). */
  directives: Array<{ name: string; at: Loc }>;
  generator: boolean;
  compName?: string;
}

const COMP_NAMES: Readonly<Record<string, string>> = {
  ListComp: 'list comprehension', SetComp: 'set comprehension', DictComp: 'dict comprehension',
  GeneratorExp: 'generator expression',
};

function newScope(kind: Kind, at: Loc, parent: Scope | null): Scope {
  const s: Scope = { kind, at, names: new Map(), parent, children: [], directives: [], generator: false };
  parent?.children.push(s);
  return s;
}

type Work = { e: Expr; s: Scope } | { exit: Scope };

class SymtableBuilder {
  addDef(s: Scope, name: string, flag: number): void {
    const cur = s.names.get(name) ?? 0;
    if (flag & DEF_PARAM && cur & DEF_PARAM) {
      throw new Found(`duplicate argument '${name}' in function definition`, s.at);
    }
    s.names.set(name, cur | flag);
  }

  params(s: Scope, a: Arguments): void {
    for (const p of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) this.addDef(s, p.arg, DEF_PARAM);
    if (a.vararg) this.addDef(s, a.vararg.arg, DEF_PARAM);
    if (a.kwarg) this.addDef(s, a.kwarg.arg, DEF_PARAM);
  }

  annotations(s: Scope, a: Arguments, returns: Expr | null): void {
    const all = [...a.posonlyargs, ...a.args, a.vararg, ...a.kwonlyargs, a.kwarg];
    for (const p of all) if (p?.annotation) this.expr(p.annotation, s);
    if (returns) this.expr(returns, s);
  }

  /** Iterative: expression trees can be very deep. */
  expr(root: Expr, scope: Scope): void {
    const work: Work[] = [{ e: root, s: scope }];
    const push = (items: Work[]) => { for (let i = items.length - 1; i >= 0; i--) work.push(items[i]!); };
    while (work.length > 0) {
      const w = work.pop()!;
      if ('exit' in w) {
        if (w.exit.generator) throw new Found(`'yield' inside ${w.exit.compName}`, w.exit.at);
        continue;
      }
      const { e, s } = w;
      switch (e.type) {
        case 'Name':
          this.addDef(s, e.id, e.ctx === 'Load' ? USE : DEF_LOCAL);
          continue;
        case 'Lambda': {
          const inner = newScope('function', e, s);
          this.params(inner, e.args);
          const defaults = [...e.args.defaults, ...e.args.kw_defaults.filter((d): d is Expr => d !== null)];
          push([...defaults.map((d) => ({ e: d, s })), { e: e.body, s: inner }]);
          continue;
        }
        case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp': {
          const inner = newScope('comp', e, s);
          inner.compName = COMP_NAMES[e.type];
          const gens: Comprehension[] = e.generators;
          const items: Work[] = [{ e: gens[0]!.iter, s }, { e: gens[0]!.target, s: inner }];
          for (const c of gens[0]!.ifs) items.push({ e: c, s: inner });
          for (const g of gens.slice(1)) {
            items.push({ e: g.iter, s: inner }, { e: g.target, s: inner });
            for (const c of g.ifs) items.push({ e: c, s: inner });
          }
          if (e.type === 'DictComp') items.push({ e: e.value, s: inner }, { e: e.key, s: inner });
          else items.push({ e: e.elt, s: inner });
          items.push({ exit: inner });
          push(items);
          continue;
        }
        case 'Yield': case 'YieldFrom': case 'Await':
          if (e.type !== 'Await') s.generator = true;
          if (e.value) work.push({ e: e.value, s });
          continue;
        default: {
          const items: Work[] = [];
          for (const k in e) {
            if (k === 'value' && e.type === 'Constant') continue;
            const v = (e as unknown as Record<string, unknown>)[k];
            if (v === null || typeof v !== 'object') continue;
            const list = Array.isArray(v) ? v : [v];
            for (const x of list) {
              if (x === null || typeof x !== 'object') continue;
              const o = x as { type?: string; value?: Expr; lower?: Expr | null; dims?: unknown[] };
              if (o.type === 'keyword') items.push({ e: o.value!, s });
              else if (o.type === 'Index') items.push({ e: o.value!, s });
              else if (o.type === 'Slice' || o.type === 'ExtSlice') this.slice(x, s, items);
              else if ('lineno' in o) items.push({ e: x as Expr, s });
            }
          }
          push(items);
        }
      }
    }
  }

  private slice(x: unknown, s: Scope, items: Work[]): void {
    const o = x as { type: string; value?: Expr; lower?: Expr | null; upper?: Expr | null; step?: Expr | null; dims?: unknown[] };
    if (o.type === 'Index') items.push({ e: o.value!, s });
    else if (o.type === 'ExtSlice') for (const d of o.dims!) this.slice(d, s, items);
    else for (const p of [o.lower, o.upper, o.step]) if (p) items.push({ e: p, s });
  }

  body(stmts: Stmt[], s: Scope): void {
    for (const st of stmts) this.stmt(st, s);
  }

  private declare(st: Stmt & { names: string[] }, s: Scope, what: 'global' | 'nonlocal'): void {
    for (const name of st.names) {
      const cur = s.names.get(name) ?? 0;
      if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        const msg = cur & DEF_PARAM ? `name '${name}' is parameter and ${what}`
          : cur & USE ? `name '${name}' is used prior to ${what} declaration`
            : cur & DEF_ANNOT ? `annotated name '${name}' can't be ${what}`
              : `name '${name}' is assigned to before ${what} declaration`;
        throw new Found(msg, st);
      }
      this.addDef(s, name, what === 'nonlocal' ? DEF_NONLOCAL : DEF_GLOBAL);
      s.directives.push({ name, at: st });
    }
  }

  stmt(st: Stmt, s: Scope): void {
    const E = (e: Expr | null | undefined) => { if (e) this.expr(e, s); };
    switch (st.type) {
      case 'FunctionDef': case 'AsyncFunctionDef': {
        this.addDef(s, st.name, DEF_LOCAL);
        for (const d of st.args.defaults) E(d);
        for (const d of st.args.kw_defaults) E(d);
        this.annotations(s, st.args, st.returns);
        for (const d of st.decorator_list) E(d);
        const inner = newScope('function', st, s);
        this.params(inner, st.args);
        this.body(st.body, inner);
        return;
      }
      case 'ClassDef': {
        this.addDef(s, st.name, DEF_LOCAL);
        for (const b of st.bases) E(b);
        for (const k of st.keywords) E(k.value);
        for (const d of st.decorator_list) E(d);
        this.body(st.body, newScope('class', st, s));
        return;
      }
      case 'Assign': for (const t of st.targets) E(t); E(st.value); return;
      case 'AnnAssign':
        if (st.target.type === 'Name') {
          const cur = s.names.get(st.target.id) ?? 0;
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && s.names.has(st.target.id)) {
            throw new Found(`annotated name '${st.target.id}' can't be ${cur & DEF_GLOBAL ? 'global' : 'nonlocal'}`, st);
          }
          this.addDef(s, st.target.id, DEF_ANNOT | DEF_LOCAL);
        } else E(st.target);
        E(st.annotation);
        E(st.value);
        return;
      case 'For': case 'AsyncFor': E(st.target); E(st.iter); this.body(st.body, s); this.body(st.orelse, s); return;
      case 'While': case 'If': E(st.test); this.body(st.body, s); this.body(st.orelse, s); return;
      case 'With': case 'AsyncWith':
        for (const it of st.items) { E(it.context_expr); E(it.optional_vars); }
        this.body(st.body, s);
        return;
      case 'Try':
        this.body(st.body, s);
        this.body(st.orelse, s);
        for (const h of st.handlers) {
          E(h.exc_type);
          if (h.name) this.addDef(s, h.name, DEF_LOCAL);
          this.body(h.body, s);
        }
        this.body(st.finalbody, s);
        return;
      case 'Import': case 'ImportFrom':
        for (const a of st.names) {
          if (a.name === '*') {
            if (s.kind !== 'module') throw new Found('import * only allowed at module level', s.at);
            continue;
          }
          this.addDef(s, a.asname ?? a.name.split('.')[0]!, DEF_IMPORT);
        }
        return;
      case 'Global': this.declare(st, s, 'global'); return;
      case 'Nonlocal': this.declare(st, s, 'nonlocal'); return;
      default:
        for (const k in st) {
          const v = (st as unknown as Record<string, unknown>)[k];
          for (const x of Array.isArray(v) ? v : [v]) {
            if (x && typeof x === 'object' && 'lineno' in x && 'type' in x) E(x as Expr);
          }
        }
    }
  }
}

/** symtable.c's analysis: every nonlocal name must be bound in an enclosing function. */
function analyze(s: Scope, bound: Set<string> | null): Found | null {
  for (const [name, flags] of s.names) {
    if (!(flags & (DEF_GLOBAL | DEF_NONLOCAL))) continue;
    const at = s.directives.find((d) => d.name === name)!.at;
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL) return new Found(`name '${name}' is nonlocal and global`, at);
      continue;
    }
    if (!bound) return new Found('nonlocal declaration not allowed at module level', at);
    if (!bound.has(name)) return new Found(`no binding for nonlocal '${name}' found`, at);
  }
  let inner = bound ?? new Set<string>();
  if (s.kind === 'function' || s.kind === 'comp') {
    inner = new Set(bound ?? []);
    for (const [name, flags] of s.names) {
      if (flags & (DEF_LOCAL | DEF_PARAM | DEF_IMPORT) && !(flags & (DEF_GLOBAL | DEF_NONLOCAL))) inner.add(name);
    }
  }
  for (const c of s.children) {
    const f = analyze(c, inner);
    if (f) return f;
  }
  return null;
}

/** Builds the symbol table of a module; throws Found for the first error CPython reports. */
export function checkSymtable(body: Stmt[]): void {
  const top = newScope('module', { lineno: 1, col_offset: 0 }, null);
  new SymtableBuilder().body(body, top);
  const f = analyze(top, null);
  if (f) throw f;
}
