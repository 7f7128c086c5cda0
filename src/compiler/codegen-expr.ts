// Stage: compiler (code generation, expressions). Emits symbolic instructions for every
// expression following CPython 3.8's compile.c: calls (method calls, keywords, star-args),
// displays with unpacking, comparisons, boolean operators in value and jump context,
// subscripts/slices, f-strings. Function-like expressions live in codegen-scope.ts.
import type * as A from '../syntax/ast.js';
import type { Block } from './unit.js';
import type { Compiler } from './compiler.js';
import { compileLambda, compileComprehension } from './codegen-scope.js';
import { subdict as sharedSubdict } from './dict-merge.js';

const BINOP: Record<A.OperatorKind, string> = {
  Add: 'ADD', Sub: 'SUBTRACT', Mult: 'MULTIPLY', MatMult: 'MATRIX_MULTIPLY', Div: 'TRUE_DIVIDE',
  Mod: 'MODULO', Pow: 'POWER', LShift: 'LSHIFT', RShift: 'RSHIFT', BitOr: 'OR', BitXor: 'XOR',
  BitAnd: 'AND', FloorDiv: 'FLOOR_DIVIDE',
};
export const binop = (op: A.OperatorKind): string => `BINARY_${BINOP[op]}`;
export const inplaceOp = (op: A.OperatorKind): string => `INPLACE_${BINOP[op]}`;

const UNARY: Record<A.UnaryOpKind, string> = {
  Invert: 'UNARY_INVERT', Not: 'UNARY_NOT', UAdd: 'UNARY_POSITIVE', USub: 'UNARY_NEGATIVE',
};

const CMP: Record<A.CmpOpKind, number> = {
  Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5, In: 6, NotIn: 7, Is: 8, IsNot: 9,
};
export const cmpArg = (op: A.CmpOpKind): number => CMP[op];

/** Extended expression contexts used by augmented assignment. */
export type Ctx = A.ExprContext | 'AugLoad' | 'AugStore';

export function visitExprs(c: Compiler, es: readonly A.Expr[]): void {
  for (const e of es) visitExpr(c, e);
}

/** compiler_visit_expr: sets the line number around one expression. */
export function visitExpr(c: Compiler, e: A.Expr, ctx?: Ctx): void {
  const u = c.u;
  const oldLineno = u.lineno;
  if (e.lineno !== u.lineno) {
    u.lineno = e.lineno;
    u.linenoSet = false;
  }
  visitExpr1(c, e, ctx);
  if (oldLineno !== c.u.lineno) {
    c.u.lineno = oldLineno;
    c.u.linenoSet = false;
  }
}

function visitExpr1(c: Compiler, e: A.Expr, ctxOverride?: Ctx): void {
  switch (e.type) {
    case 'NamedExpr':
      visitExpr(c, e.value);
      c.addop('DUP_TOP');
      visitExpr(c, e.target);
      return;
    case 'BoolOp': {
      const end = c.newBlock();
      const jump = e.op === 'And' ? 'JUMP_IF_FALSE_OR_POP' : 'JUMP_IF_TRUE_OR_POP';
      const n = e.values.length - 1;
      for (let i = 0; i < n; i++) {
        visitExpr(c, e.values[i]!);
        c.addopJ(jump, end);
        c.nextBlock();
      }
      visitExpr(c, e.values[n]!);
      c.useNextBlock(end);
      return;
    }
    case 'BinOp':
      visitExpr(c, e.left);
      visitExpr(c, e.right);
      c.addop(binop(e.op));
      return;
    case 'UnaryOp':
      visitExpr(c, e.operand);
      c.addop(UNARY[e.op]);
      return;
    case 'Lambda': compileLambda(c, e); return;
    case 'IfExp': {
      const end = c.newBlock();
      const next = c.newBlock();
      jumpIf(c, e.test, next, false);
      visitExpr(c, e.body);
      c.addopJNoLine('JUMP_FORWARD', end);
      c.useNextBlock(next);
      visitExpr(c, e.orelse);
      c.useNextBlock(end);
      return;
    }
    case 'Dict': c.backend.dialect.dict(c, e); return;
    case 'Set': c.backend.dialect.display(c, e.elts, 'set'); return;
    case 'GeneratorExp':
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
      compileComprehension(c, e);
      return;
    case 'Yield':
      if (c.u.ste.type !== 'function') c.error("'yield' outside function", e.lineno, e.col_offset + 1);
      if (e.value) visitExpr(c, e.value);
      else c.loadConst({ kind: 'none' });
      c.addop('YIELD_VALUE');
      return;
    case 'YieldFrom':
      if (c.u.ste.type !== 'function') c.error("'yield' outside function", e.lineno, e.col_offset + 1);
      visitExpr(c, e.value);
      c.addop('GET_YIELD_FROM_ITER');
      c.loadConst({ kind: 'none' });
      c.addop('YIELD_FROM');
      return;
    case 'Await':
      if (c.u.ste.type !== 'function') c.error("'await' outside function", e.lineno, e.col_offset + 1);
      visitExpr(c, e.value);
      c.addop('GET_AWAITABLE');
      c.loadConst({ kind: 'none' });
      c.addop('YIELD_FROM');
      return;
    case 'Compare': compileCompare(c, e); return;
    case 'Call': compileCall(c, e); return;
    case 'Constant': c.loadConst(e.value); return;
    case 'JoinedStr':
      visitExprs(c, e.values);
      if (e.values.length !== 1) c.addopI('BUILD_STRING', e.values.length);
      return;
    case 'FormattedValue': {
      visitExpr(c, e.value);
      let oparg = e.conversion === 115 ? 1 : e.conversion === 114 ? 2 : e.conversion === 97 ? 3 : 0;
      if (e.format_spec) {
        visitExpr(c, e.format_spec);
        oparg |= 4;
      }
      c.addopI('FORMAT_VALUE', oparg);
      return;
    }
    case 'Attribute': {
      const ctx = ctxOverride ?? e.ctx;
      if (ctx !== 'AugStore') visitExpr(c, e.value);
      if (ctx === 'AugLoad') c.addop('DUP_TOP');
      const endLine = c.backend.dialect.attributeAtEndLine && ctx !== 'Del';
      const old = c.u.lineno;
      if (endLine) c.u.lineno = e.end_lineno;
      switch (ctx) {
        case 'AugLoad': c.addopName('LOAD_ATTR', e.attr); break;
        case 'Load': c.addopName('LOAD_ATTR', e.attr); break;
        case 'AugStore': c.addop('ROT_TWO'); c.addopName('STORE_ATTR', e.attr); break;
        case 'Store': c.addopName('STORE_ATTR', e.attr); break;
        case 'Del': c.addopName('DELETE_ATTR', e.attr); break;
      }
      if (endLine) c.u.lineno = old;
      return;
    }
    case 'Subscript': {
      const ctx = ctxOverride ?? e.ctx;
      if (ctx !== 'AugStore') visitExpr(c, e.value);
      visitSlice(c, e.slice, ctx);
      return;
    }
    case 'Starred':
      if (e.ctx === 'Store') c.error('starred assignment target must be in a list or tuple', e.lineno, e.col_offset + 1);
      c.error("can't use starred expression here", e.lineno, e.col_offset + 1);
      return;
    case 'Name': c.nameop(e.id, e.ctx); return;
    case 'List':
      if (e.ctx === 'Store') assignmentHelper(c, e.elts);
      else if (e.ctx === 'Load') c.backend.dialect.display(c, e.elts, 'list');
      else visitExprs(c, e.elts);
      return;
    case 'Tuple':
      if (e.ctx === 'Store') assignmentHelper(c, e.elts);
      else if (e.ctx === 'Load') c.backend.dialect.display(c, e.elts, 'tuple');
      else visitExprs(c, e.elts);
      return;
  }
}

function assignmentHelper(c: Compiler, elts: A.Expr[]): void {
  const n = elts.length;
  let seenStar = false;
  const targets = [...elts];
  for (let i = 0; i < n; i++) {
    const elt = targets[i]!;
    if (elt.type === 'Starred' && !seenStar) {
      if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) {
        c.error('too many expressions in star-unpacking assignment', elt.lineno, elt.col_offset + 1);
      }
      c.addopI('UNPACK_EX', i + ((n - i - 1) << 8));
      seenStar = true;
      targets[i] = elt.value;
    } else if (elt.type === 'Starred') {
      c.error('two starred expressions in assignment', elt.lineno, elt.col_offset + 1);
    }
  }
  if (!seenStar) c.addopI('UNPACK_SEQUENCE', n);
  visitExprs(c, targets);
}

function compileCompare(c: Compiler, e: A.Compare): void {
  visitExpr(c, e.left);
  const n = e.ops.length - 1;
  if (n === 0) {
    visitExpr(c, e.comparators[0]!);
    c.backend.dialect.compareOp(c, e.ops[0]!);
    return;
  }
  const cleanup = c.newBlock();
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.comparators[i]!);
    c.addop('DUP_TOP');
    c.addop('ROT_THREE');
    c.backend.dialect.compareOp(c, e.ops[i]!);
    c.addopJ('JUMP_IF_FALSE_OR_POP', cleanup);
    c.nextBlock();
  }
  visitExpr(c, e.comparators[n]!);
  c.backend.dialect.compareOp(c, e.ops[n]!);
  const end = c.newBlock();
  c.addopJNoLine('JUMP_FORWARD', end);
  c.useNextBlock(cleanup);
  c.addop('ROT_TWO');
  c.addop('POP_TOP');
  c.useNextBlock(end);
}

/** compiler_jump_if: jump to `next` when the truth of `e` equals `cond`. */
export function jumpIf(c: Compiler, e: A.Expr, next: Block, cond: boolean): void {
  switch (e.type) {
    case 'UnaryOp':
      if (e.op === 'Not') return jumpIf(c, e.operand, next, !cond);
      break;
    case 'BoolOp': {
      const n = e.values.length - 1;
      const cond2 = e.op === 'Or';
      let next2 = next;
      if (cond2 !== cond) next2 = c.newBlock();
      for (let i = 0; i < n; i++) jumpIf(c, e.values[i]!, next2, cond2);
      jumpIf(c, e.values[n]!, next, cond);
      if (next2 !== next) c.useNextBlock(next2);
      return;
    }
    case 'IfExp': {
      const end = c.newBlock();
      const next2 = c.newBlock();
      jumpIf(c, e.test, next2, false);
      jumpIf(c, e.body, next, cond);
      c.addopJNoLine('JUMP_FORWARD', end);
      c.useNextBlock(next2);
      jumpIf(c, e.orelse, next, cond);
      c.useNextBlock(end);
      return;
    }
    case 'Compare': {
      const n = e.ops.length - 1;
      if (n > 0) {
        const cleanup = c.newBlock();
        visitExpr(c, e.left);
        for (let i = 0; i < n; i++) {
          visitExpr(c, e.comparators[i]!);
          c.addop('DUP_TOP');
          c.addop('ROT_THREE');
          c.backend.dialect.compareOp(c, e.ops[i]!);
          c.addopJ('POP_JUMP_IF_FALSE', cleanup);
          c.nextBlock();
        }
        visitExpr(c, e.comparators[n]!);
        c.backend.dialect.compareOp(c, e.ops[n]!);
        c.addopJ(cond ? 'POP_JUMP_IF_TRUE' : 'POP_JUMP_IF_FALSE', next);
        c.nextBlock();
        const end = c.newBlock();
        c.addopJNoLine('JUMP_FORWARD', end);
        c.useNextBlock(cleanup);
        c.addop('POP_TOP');
        if (!cond) c.addopJNoLine('JUMP_FORWARD', next);
        c.useNextBlock(end);
        return;
      }
      break;
    }
    default:
      break;
  }
  visitExpr(c, e);
  c.addopJ(cond ? 'POP_JUMP_IF_TRUE' : 'POP_JUMP_IF_FALSE', next);
  c.nextBlock();
}

// ------------------------------------------------------------ calls

function compileCall(c: Compiler, e: A.Call): void {
  const meth = e.func;
  if (meth.type === 'Attribute' && meth.ctx === 'Load' && e.keywords.length === 0 &&
      !e.args.some((a) => a.type === 'Starred')) {
    visitExpr(c, meth.value);
    // 3.10: LOAD_METHOD and CALL_METHOD carry the line where the attribute ends.
    const endLine = c.backend.dialect.attributeAtEndLine;
    const old = c.u.lineno;
    if (endLine) c.u.lineno = meth.end_lineno;
    c.addopName('LOAD_METHOD', meth.attr);
    visitExprs(c, e.args);
    c.addopI('CALL_METHOD', e.args.length);
    if (endLine) c.u.lineno = old;
    return;
  }
  visitExpr(c, e.func);
  callHelper(c, 0, e.args, e.keywords);
}

/** compiler_call_helper: `n` positional values are already pushed above the callable. */
export function callHelper(c: Compiler, n: number, args: A.Expr[], keywords: A.Keyword[]): void {
  if (c.backend.dialect.useCallEx(args, keywords)) {
    c.backend.dialect.callWithStars(c, n, args, keywords);
    return;
  }
  visitExprs(c, args);
  if (keywords.length) {
    for (const kw of keywords) visitExpr(c, kw.value);
    c.loadConst({ kind: 'tuple', items: keywords.map((k) => ({ kind: 'str', value: k.arg! })) });
    c.addopI('CALL_FUNCTION_KW', n + args.length + keywords.length);
    return;
  }
  c.addopI('CALL_FUNCTION', n + args.length);
}

/** compiler_subkwargs: keyword arguments begin..end as one dict (const-key map when n > 1). */
export function subkwargs(c: Compiler, keywords: A.Keyword[], begin: number, end: number): void {
  const n = end - begin;
  if (n > 1) {
    for (let i = begin; i < end; i++) visitExpr(c, keywords[i]!.value);
    c.loadConst({ kind: 'tuple', items: keywords.slice(begin, end).map((k) => ({ kind: 'str', value: k.arg! })) });
    c.addopI('BUILD_CONST_KEY_MAP', n);
  } else {
    for (let i = begin; i < end; i++) {
      c.loadConst({ kind: 'str', value: keywords[i]!.arg! });
      visitExpr(c, keywords[i]!.value);
    }
    c.addopI('BUILD_MAP', n);
  }
}

/** compiler_subdict: dict items begin..end as one dict (const-key map when n > 1 and keys constant). */
export function subdict(c: Compiler, e: A.Dict, begin: number, end: number): void {
  sharedSubdict(c, e, begin, end, false, (v) => visitExpr(c, v));
}

// ------------------------------------------------------------ subscripts

function sliceParts(c: Compiler, s: A.SliceRange): void {
  let n = 2;
  if (s.lower) visitExpr(c, s.lower);
  else c.loadConst({ kind: 'none' });
  if (s.upper) visitExpr(c, s.upper);
  else c.loadConst({ kind: 'none' });
  if (s.step) {
    n++;
    visitExpr(c, s.step);
  }
  c.addopI('BUILD_SLICE', n);
}

function visitSlice(c: Compiler, s: A.Slice, ctx: Ctx): void {
  if (ctx !== 'AugStore') {
    switch (s.type) {
      case 'Slice': sliceParts(c, s); break;
      case 'Index': visitExpr(c, s.value); break;
      case 'ExtSlice':
        for (const d of s.dims) {
          if (d.type === 'Slice') sliceParts(c, d);
          else visitExpr(c, d.value);
        }
        c.addopI('BUILD_TUPLE', s.dims.length);
        break;
    }
  }
  if (ctx === 'AugLoad') c.addop('DUP_TOP_TWO');
  else if (ctx === 'AugStore') c.addop('ROT_THREE');
  const op = ctx === 'Load' || ctx === 'AugLoad' ? 'BINARY_SUBSCR' : ctx === 'Del' ? 'DELETE_SUBSCR' : 'STORE_SUBSCR';
  c.addop(op);
}
