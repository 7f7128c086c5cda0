// Stage: compiler, before code generation. The AST optimizer of CPython 3.7+ (ast_opt.c):
// constant folding with size limits, `in [..]`/`in {..}` to tuple/frozenset, constant tuples,
// `not (a is b)` -> `a is not b`, `__debug__`. Works on a private copy of the module.
// Depends on the AST and const-ops only.
import type * as A from '../syntax/ast.js';
import type { ConstValue } from '../syntax/constant.js';
import { binaryOp, subscript, unaryOp } from './const-ops.js';

function makeConst(node: A.Expr, value: ConstValue | undefined): A.Expr {
  if (value === undefined) return node;
  return {
    type: 'Constant', value, kind: null,
    lineno: node.lineno, col_offset: node.col_offset,
    end_lineno: node.end_lineno, end_col_offset: node.end_col_offset,
  };
}

function constTuple(elts: A.Expr[]): ConstValue | undefined {
  const items: ConstValue[] = [];
  for (const e of elts) {
    if (e.type !== 'Constant') return undefined;
    items.push(e.value);
  }
  return { kind: 'tuple', items };
}

function isDocstring(body: A.Stmt[]): boolean {
  const s = body[0];
  return !!s && s.type === 'Expr' && s.value.type === 'Constant' && s.value.value.kind === 'str';
}

class Folder {
  body(stmts: A.Stmt[]): void {
    const had = isDocstring(stmts);
    for (const s of stmts) this.stmt(s);
    if (!had && isDocstring(stmts)) {
      // A folded string must not become a docstring: wrap it as CPython does.
      const st = stmts[0] as A.ExprStmt;
      st.value = {
        type: 'JoinedStr', values: [st.value],
        lineno: st.lineno, col_offset: st.col_offset, end_lineno: st.end_lineno, end_col_offset: st.end_col_offset,
      };
    }
  }

  stmts(stmts: A.Stmt[]): void {
    for (const s of stmts) this.stmt(s);
  }

  exprs(es: A.Expr[]): void {
    for (let i = 0; i < es.length; i++) es[i] = this.expr(es[i]!);
  }

  arguments(a: A.Arguments): void {
    for (const arg of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) this.arg(arg);
    if (a.vararg) this.arg(a.vararg);
    if (a.kwarg) this.arg(a.kwarg);
    this.exprs(a.defaults);
    for (let i = 0; i < a.kw_defaults.length; i++) {
      const d = a.kw_defaults[i];
      if (d) a.kw_defaults[i] = this.expr(d);
    }
  }

  arg(a: A.Arg): void {
    if (a.annotation) a.annotation = this.expr(a.annotation);
  }

  stmt(s: A.Stmt): void {
    switch (s.type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.arguments(s.args);
        this.body(s.body);
        this.exprs(s.decorator_list);
        if (s.returns) s.returns = this.expr(s.returns);
        break;
      case 'ClassDef':
        this.exprs(s.bases);
        for (const k of s.keywords) k.value = this.expr(k.value);
        this.body(s.body);
        this.exprs(s.decorator_list);
        break;
      case 'Return': if (s.value) s.value = this.expr(s.value); break;
      case 'Delete': this.exprs(s.targets); break;
      case 'Assign': this.exprs(s.targets); s.value = this.expr(s.value); break;
      case 'AugAssign': s.target = this.expr(s.target); s.value = this.expr(s.value); break;
      case 'AnnAssign':
        s.target = this.expr(s.target);
        s.annotation = this.expr(s.annotation);
        if (s.value) s.value = this.expr(s.value);
        break;
      case 'For':
      case 'AsyncFor':
        s.target = this.expr(s.target);
        s.iter = this.iter(this.expr(s.iter));
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'While':
      case 'If':
        s.test = this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'With':
      case 'AsyncWith':
        for (const it of s.items) {
          it.context_expr = this.expr(it.context_expr);
          if (it.optional_vars) it.optional_vars = this.expr(it.optional_vars);
        }
        this.stmts(s.body);
        break;
      case 'Raise':
        if (s.exc) s.exc = this.expr(s.exc);
        if (s.cause) s.cause = this.expr(s.cause);
        break;
      case 'Try':
        this.stmts(s.body);
        for (const h of s.handlers) {
          if (h.exc_type) h.exc_type = this.expr(h.exc_type);
          this.stmts(h.body);
        }
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        break;
      case 'Assert':
        s.test = this.expr(s.test);
        if (s.msg) s.msg = this.expr(s.msg);
        break;
      case 'Expr': s.value = this.expr(s.value); break;
      default: break;
    }
  }

  /** fold_iter: a list becomes a tuple (constant if it can), a constant set a frozenset. */
  iter(e: A.Expr): A.Expr {
    if (e.type === 'List') {
      if (e.elts.some((x) => x.type === 'Starred')) return e;
      const t: A.Tuple = { ...e, type: 'Tuple' };
      return makeConst(t, constTuple(t.elts));
    }
    if (e.type === 'Set') {
      const t = constTuple(e.elts);
      return makeConst(e, t && t.kind === 'tuple' ? { kind: 'frozenset', items: t.items } : undefined);
    }
    return e;
  }

  comprehensions(gens: A.Comprehension[]): void {
    for (const g of gens) {
      g.target = this.expr(g.target);
      g.iter = this.iter(this.expr(g.iter));
      this.exprs(g.ifs);
    }
  }

  slice(s: A.Slice): void {
    switch (s.type) {
      case 'Slice':
        if (s.lower) s.lower = this.expr(s.lower);
        if (s.upper) s.upper = this.expr(s.upper);
        if (s.step) s.step = this.expr(s.step);
        break;
      case 'ExtSlice': for (const d of s.dims) this.slice(d); break;
      case 'Index': s.value = this.expr(s.value); break;
    }
  }

  expr(e: A.Expr): A.Expr {
    switch (e.type) {
      case 'BoolOp': this.exprs(e.values); return e;
      case 'BinOp': {
        e.left = this.expr(e.left);
        e.right = this.expr(e.right);
        if (e.left.type !== 'Constant' || e.right.type !== 'Constant') return e;
        return makeConst(e, binaryOp(e.op, e.left.value, e.right.value));
      }
      case 'UnaryOp': {
        e.operand = this.expr(e.operand);
        const arg = e.operand;
        if (arg.type !== 'Constant') {
          if (e.op === 'Not' && arg.type === 'Compare' && arg.ops.length === 1) {
            const flip: Partial<Record<A.CmpOpKind, A.CmpOpKind>> = { Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' };
            const op = flip[arg.ops[0]!];
            if (op) {
              arg.ops[0] = op;
              return arg;
            }
          }
          return e;
        }
        return makeConst(e, unaryOp(e.op, arg.value));
      }
      case 'Lambda': this.arguments(e.args); e.body = this.expr(e.body); return e;
      case 'IfExp':
        e.test = this.expr(e.test); e.body = this.expr(e.body); e.orelse = this.expr(e.orelse);
        return e;
      case 'Dict':
        for (let i = 0; i < e.keys.length; i++) {
          const k = e.keys[i];
          if (k) e.keys[i] = this.expr(k);
        }
        this.exprs(e.values);
        return e;
      case 'Set': this.exprs(e.elts); return e;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        e.elt = this.expr(e.elt);
        this.comprehensions(e.generators);
        return e;
      case 'DictComp':
        e.key = this.expr(e.key);
        e.value = this.expr(e.value);
        this.comprehensions(e.generators);
        return e;
      case 'Await':
      case 'YieldFrom':
        e.value = this.expr(e.value);
        return e;
      case 'Yield': if (e.value) e.value = this.expr(e.value); return e;
      case 'NamedExpr': e.value = this.expr(e.value); return e;
      case 'Compare': {
        e.left = this.expr(e.left);
        this.exprs(e.comparators);
        const last = e.ops.length - 1;
        const op = e.ops[last];
        if (op === 'In' || op === 'NotIn') e.comparators[last] = this.iter(e.comparators[last]!);
        return e;
      }
      case 'Call':
        e.func = this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) k.value = this.expr(k.value);
        return e;
      case 'FormattedValue':
        e.value = this.expr(e.value);
        if (e.format_spec) e.format_spec = this.expr(e.format_spec) as A.JoinedStr;
        return e;
      case 'JoinedStr': this.exprs(e.values); return e;
      case 'Attribute': e.value = this.expr(e.value); return e;
      case 'Subscript': {
        e.value = this.expr(e.value);
        this.slice(e.slice);
        if (e.value.type === 'Constant' && e.slice.type === 'Index' && e.slice.value.type === 'Constant') {
          return makeConst(e, subscript(e.value.value, e.slice.value.value));
        }
        return e;
      }
      case 'Starred': e.value = this.expr(e.value); return e;
      case 'List': this.exprs(e.elts); return e;
      case 'Tuple':
        this.exprs(e.elts);
        if (e.ctx !== 'Load') return e;
        return makeConst(e, constTuple(e.elts));
      case 'Name':
        if (e.id === '__debug__') return makeConst(e, { kind: 'bool', value: true });
        return e;
      case 'Constant': return e;
    }
  }
}

/** Returns an optimized copy of the module; the input is left untouched. */
export function optimizeAst(mod: A.Module): A.Module {
  const copy = structuredClone(mod);
  new Folder().body(copy.body);
  return copy;
}
