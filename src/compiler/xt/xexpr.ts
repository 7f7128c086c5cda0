// Stage: compiler, exception-table era (3.11+), expressions: operators, comparisons, boolean
// operators in value and jump context, calls (NULL/callable/args protocol), displays with
// unpacking, subscripts, f-strings, names. Version-specific sequences go through c.d (Dialect).
import type * as A from '../../syntax/ast.js';
import type { ConstValue } from '../../syntax/constant.js';
import type { XBlock } from './xunit.js';
import type { XCompiler } from './xcompiler.js';
import { locOf } from './xcompiler.js';
import { compileLambda, compileComprehension } from './xscope.js';
import { mergeKeywords, buildDict, subdict as sharedSubdict } from '../dict-merge.js';

const NB: Record<A.OperatorKind, number> = {
  Add: 0, BitAnd: 1, FloorDiv: 2, LShift: 3, MatMult: 4, Mult: 5, Mod: 6, BitOr: 7, Pow: 8,
  RShift: 9, Sub: 10, Div: 11, BitXor: 12,
};
export const nbOp = (op: A.OperatorKind, inplace: boolean): number => NB[op] + (inplace ? 13 : 0);

const CMP: Record<A.CmpOpKind, number> = {
  Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5, In: 6, NotIn: 7, Is: 8, IsNot: 9,
};

export const STACK_USE_GUIDELINE = 30;

export function visitExprs(c: XCompiler, es: readonly A.Expr[]): void {
  for (const e of es) visitExpr(c, e);
}

/** compiler_visit_expr: the expression's location for everything it emits, then restore. */
export function visitExpr(c: XCompiler, e: A.Expr): void {
  const old = c.u.loc;
  c.u.loc = locOf(e);
  visitExpr1(c, e);
  c.u.loc = old;
}

/** ADDOP_COMPARE */
export function addCompare(c: XCompiler, op: A.CmpOpKind, forJump = false): void {
  switch (op) {
    case 'Is': c.addopI('IS_OP', 0); return;
    case 'IsNot': c.addopI('IS_OP', 1); return;
    case 'In': c.addopI('CONTAINS_OP', 0); return;
    case 'NotIn': c.addopI('CONTAINS_OP', 1); return;
    default: c.addopI('COMPARE_OP', c.d.compareArg(CMP[op], forJump));
  }
}

function visitExpr1(c: XCompiler, e: A.Expr): void {
  switch (e.type) {
    case 'NamedExpr':
      visitExpr(c, e.value);
      c.addopI('COPY', 1);
      visitExpr(c, e.target);
      return;
    case 'BoolOp': {
      const end = c.newBlock();
      const n = e.values.length - 1;
      for (let i = 0; i < n; i++) {
        visitExpr(c, e.values[i]!);
        c.d.boolOpStep(c, e.op === 'Or', end);
      }
      visitExpr(c, e.values[n]!);
      c.useNextBlock(end);
      return;
    }
    case 'BinOp':
      visitExpr(c, e.left);
      visitExpr(c, e.right);
      c.addopI('BINARY_OP', nbOp(e.op, false));
      return;
    case 'UnaryOp':
      visitExpr(c, e.operand);
      c.d.unaryOp(c, e.op);
      return;
    case 'Lambda': compileLambda(c, e); return;
    case 'IfExp': {
      const end = c.newBlock();
      const next = c.newBlock();
      jumpIf(c, e.test, next, false);
      visitExpr(c, e.body);
      c.addopJNoLine('JUMP', end);
      c.useNextBlock(next);
      visitExpr(c, e.orelse);
      c.useNextBlock(end);
      return;
    }
    case 'Dict': compileDict(c, e); return;
    case 'Set': starunpack(c, e.elts, 0, 'BUILD_SET', 'SET_ADD', 'SET_UPDATE', false); return;
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
      c.d.yieldValue(c);
      return;
    case 'YieldFrom':
      if (c.u.ste.type !== 'function') c.error("'yield' outside function", e.lineno, e.col_offset + 1);
      visitExpr(c, e.value);
      c.addop('GET_YIELD_FROM_ITER');
      c.loadConst({ kind: 'none' });
      c.d.yieldFrom(c);
      return;
    case 'Await':
      c.error("'await' is not supported by gilsim", e.lineno, e.col_offset + 1);
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
      const conv = e.conversion === 115 ? 1 : e.conversion === 114 ? 2 : e.conversion === 97 ? 3 : 0;
      c.d.formattedValue(c, conv, e.format_spec ? c.d.formatSpec(e.format_spec) : null);
      return;
    }
    case 'Attribute': {
      if (e.ctx === 'Load' && c.d.superAttr(c, e, false)) return;
      visitExpr(c, e.value);
      const old = c.u.loc;
      updateStartLocationToMatchAttr(c, e);
      switch (e.ctx) {
        case 'Load': c.d.loadAttr(c, e.attr); break;
        case 'Store':
          c.d.storeAttr?.(c, e);
          c.addopName('STORE_ATTR', e.attr);
          break;
        case 'Del': c.addopName('DELETE_ATTR', e.attr); break;
      }
      c.u.loc = old;
      return;
    }
    case 'Subscript': compileSubscript(c, e); return;
    case 'Starred':
      if (e.ctx === 'Store') c.error('starred assignment target must be in a list or tuple', e.lineno, e.col_offset + 1);
      c.error("can't use starred expression here", e.lineno, e.col_offset + 1);
      return;
    case 'Name': c.nameop(e.id, e.ctx); return;
    case 'List':
      if (e.ctx === 'Store') assignmentHelper(c, e.elts);
      else if (e.ctx === 'Load') starunpack(c, e.elts, 0, 'BUILD_LIST', 'LIST_APPEND', 'LIST_EXTEND', false);
      else visitExprs(c, e.elts);
      return;
    case 'Tuple':
      if (e.ctx === 'Store') assignmentHelper(c, e.elts);
      else if (e.ctx === 'Load') starunpack(c, e.elts, 0, 'BUILD_LIST', 'LIST_APPEND', 'LIST_EXTEND', true);
      else visitExprs(c, e.elts);
      return;
  }
}

/** update_start_location_to_match_attr: multi-line attribute chains locate at the attribute. */
export function updateStartLocationToMatchAttr(c: XCompiler, e: A.Attribute): void {
  const loc = c.u.loc;
  if (loc.lineno === e.end_lineno) return;
  const len = Array.from(e.attr).length;
  let col = len <= e.end_col_offset ? e.end_col_offset - len : -1;
  let endCol = col === -1 ? -1 : loc.endCol;
  const endLineno = Math.max(e.end_lineno, loc.endLineno);
  if (e.end_lineno === endLineno && col !== -1) endCol = Math.max(col, endCol);
  if (col === -1) endCol = -1;
  c.u.loc = { lineno: e.end_lineno, endLineno, col, endCol };
}

function allConst(es: readonly (A.Expr | null)[], begin: number, end: number): boolean {
  for (let i = begin; i < end; i++) {
    const x = es[i];
    if (!x || x.type !== 'Constant') return false;
  }
  return true;
}

/** starunpack_helper */
export function starunpack(
  c: XCompiler, elts: readonly A.Expr[], pushed: number, build: string, add: string, extend: string, tuple: boolean,
): void {
  const n = elts.length;
  if (n > 2 && allConst(elts, 0, n)) {
    const items = elts.map((x) => (x as A.Constant).value);
    if (tuple && !pushed) {
      c.loadConst({ kind: 'tuple', items });
    } else {
      const folded: ConstValue = add === 'SET_ADD' ? { kind: 'frozenset', items } : { kind: 'tuple', items };
      c.addopI(build, pushed);
      c.loadConst(folded);
      c.addopI(extend, 1);
      if (tuple) c.d.listToTuple(c);
    }
    return;
  }
  const big = n + pushed > STACK_USE_GUIDELINE;
  const seenStar = elts.some((x) => x.type === 'Starred');
  if (!seenStar && !big) {
    visitExprs(c, elts);
    c.addopI(tuple ? 'BUILD_TUPLE' : build, n + pushed);
    return;
  }
  let built = false;
  if (big) {
    c.addopI(build, pushed);
    built = true;
  }
  for (let i = 0; i < n; i++) {
    const elt = elts[i]!;
    if (elt.type === 'Starred') {
      if (!built) {
        c.addopI(build, i + pushed);
        built = true;
      }
      visitExpr(c, elt.value);
      c.addopI(extend, 1);
    } else {
      visitExpr(c, elt);
      if (built) c.addopI(add, 1);
    }
  }
  if (tuple) c.d.listToTuple(c);
}

function assignmentHelper(c: XCompiler, elts: readonly A.Expr[]): void {
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
      c.error('multiple starred expressions in assignment', elt.lineno, elt.col_offset + 1);
    }
  }
  if (!seenStar) c.addopI('UNPACK_SEQUENCE', n);
  visitExprs(c, targets);
}

function subdict(c: XCompiler, e: A.Dict, begin: number, end: number): void {
  sharedSubdict(c, e, begin, end, (end - begin) * 2 > STACK_USE_GUIDELINE, (v) => visitExpr(c, v));
}

function compileDict(c: XCompiler, e: A.Dict): void {
  buildDict(c, e, (from, to) => subdict(c, e, from, to), (elements) => elements * 2 > STACK_USE_GUIDELINE, (v) => visitExpr(c, v));
}

function compileCompare(c: XCompiler, e: A.Compare): void {
  visitExpr(c, e.left);
  const n = e.ops.length - 1;
  if (n === 0) {
    visitExpr(c, e.comparators[0]!);
    addCompare(c, e.ops[0]!);
    return;
  }
  const cleanup = c.newBlock();
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.comparators[i]!);
    c.addopI('SWAP', 2);
    c.addopI('COPY', 2);
    addCompare(c, e.ops[i]!);
    c.d.boolOpStep(c, false, cleanup);
  }
  visitExpr(c, e.comparators[n]!);
  addCompare(c, e.ops[n]!);
  const end = c.newBlock();
  c.addopJNoLine('JUMP', end);
  c.useNextBlock(cleanup);
  c.addopI('SWAP', 2);
  c.addop('POP_TOP');
  c.useNextBlock(end);
}

/** compiler_jump_if: jump to `next` when the truth of `e` equals `cond`. */
export function jumpIf(c: XCompiler, e: A.Expr, next: XBlock, cond: boolean): void {
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
      c.addopJNoLine('JUMP', end);
      c.useNextBlock(next2);
      jumpIf(c, e.orelse, next, cond);
      c.useNextBlock(end);
      return;
    }
    case 'Compare': {
      const n = e.ops.length - 1;
      // The comparison's own location (3.11: set here and left in effect for the rest of the
      // statement; 3.12+: only for the instructions below).
      const outer = c.u.loc;
      c.u.loc = locOf(e);
      if (n > 0) {
        const cleanup = c.newBlock();
        visitExpr(c, e.left);
        for (let i = 0; i < n; i++) {
          visitExpr(c, e.comparators[i]!);
          c.addopI('SWAP', 2);
          c.addopI('COPY', 2);
          addCompare(c, e.ops[i]!, true);
          c.d.condJump(c, false, cleanup, true);
        }
        visitExpr(c, e.comparators[n]!);
        addCompare(c, e.ops[n]!, true);
        c.d.condJump(c, cond, next, true);
        const end = c.newBlock();
        c.addopJNoLine('JUMP', end);
        c.useNextBlock(cleanup);
        c.addop('POP_TOP');
        if (!cond) c.addopJNoLine('JUMP', next);
        c.useNextBlock(end);
        if (!c.d.jumpIfLocationLeaks) c.u.loc = outer;
        return;
      }
      if (!c.d.jumpIfLocationLeaks) c.u.loc = outer;
      break;
    }
    default:
      break;
  }
  visitExpr(c, e);
  // 3.11: the jump has the location in effect (the statement's, or a Compare test's);
  // 3.12+: the test's, for the jump only.
  if (c.d.jumpIfLocationLeaks) {
    c.d.condJump(c, cond, next, e.type === 'Compare');
    return;
  }
  const old = c.u.loc;
  c.u.loc = locOf(e);
  c.d.condJump(c, cond, next, e.type === 'Compare');
  c.u.loc = old;
}

// ------------------------------------------------------------ calls

function compileCall(c: XCompiler, e: A.Call): void {
  if (maybeOptimizeMethodCall(c, e)) return;
  c.d.callable(c, () => visitExpr(c, e.func), locOf(e.func));
  callHelper(c, 0, e.args, e.keywords);
}

function maybeOptimizeMethodCall(c: XCompiler, e: A.Call): boolean {
  const meth = e.func;
  if (meth.type !== 'Attribute' || meth.ctx !== 'Load') return false;
  if (!c.d.methodCallAllowed(c, meth)) return false;
  const argsl = e.args.length;
  const kwdsl = e.keywords.length;
  if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
  if (e.args.some((a) => a.type === 'Starred')) return false;
  if (e.keywords.some((k) => k.arg === null)) return false;
  const old = c.u.loc;
  if (!c.d.superAttr(c, meth, true)) {
    visitExpr(c, meth.value);
    c.d.methodCallLoc(c, meth);
    c.d.loadMethod(c, meth.attr);
  }
  visitExprs(c, e.args);
  if (kwdsl) visitExprs(c, e.keywords.map((k) => k.value));
  if (c.d.methodCallAtCallLoc) c.u.loc = old;
  c.d.call(c, argsl + kwdsl, kwdsl ? e.keywords.map((k) => k.arg!) : null);
  c.u.loc = old;
  return true;
}

function subkwargs(c: XCompiler, keywords: readonly A.Keyword[], begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big) {
    for (let i = begin; i < end; i++) visitExpr(c, keywords[i]!.value);
    c.loadConst({ kind: 'tuple', items: keywords.slice(begin, end).map((k) => ({ kind: 'str', value: k.arg! })) });
    c.addopI('BUILD_CONST_KEY_MAP', n);
    return;
  }
  if (big) c.addopI('BUILD_MAP', 0);
  for (let i = begin; i < end; i++) {
    c.loadConst({ kind: 'str', value: keywords[i]!.arg! });
    visitExpr(c, keywords[i]!.value);
    if (big) c.addopI('MAP_ADD', 1);
  }
  if (!big) c.addopI('BUILD_MAP', n);
}

function validateKeywords(c: XCompiler, keywords: readonly A.Keyword[]): void {
  for (let i = 0; i < keywords.length; i++) {
    const k = keywords[i]!;
    if (k.arg === null) continue;
    for (let j = i + 1; j < keywords.length; j++) {
      const o = keywords[j]!;
      if (o.arg === k.arg) c.error(`keyword argument repeated: ${k.arg}`, o.lineno, o.col_offset + 1);
    }
  }
}

/** compiler_call_helper: `n` arguments are already on the stack. */
export function callHelper(c: XCompiler, n: number, args: readonly A.Expr[], keywords: readonly A.Keyword[]): void {
  validateKeywords(c, keywords);
  const nelts = args.length;
  const nkw = keywords.length;
  const exCall = nelts + nkw * 2 > STACK_USE_GUIDELINE || args.some((a) => a.type === 'Starred') ||
    keywords.some((k) => k.arg === null);
  if (!exCall) {
    visitExprs(c, args);
    if (nkw) visitExprs(c, keywords.map((k) => k.value));
    c.d.call(c, n + nelts + nkw, nkw ? keywords.map((k) => k.arg!) : null);
    return;
  }
  if (n === 0 && nelts === 1 && args[0]!.type === 'Starred') {
    visitExpr(c, (args[0] as A.Starred).value);
  } else {
    starunpack(c, args, n, 'BUILD_LIST', 'LIST_APPEND', 'LIST_EXTEND', true);
  }
  if (nkw) {
    mergeKeywords(c, keywords, (from, to) => subkwargs(c, keywords, from, to), (v) => visitExpr(c, v));
  }
  c.d.callEx(c, nkw > 0);
}

// ------------------------------------------------------------ subscripts

function sliceParts(c: XCompiler, s: A.SliceRange): number {
  let n = 2;
  if (s.lower) visitExpr(c, s.lower);
  else c.loadConst({ kind: 'none' });
  if (s.upper) visitExpr(c, s.upper);
  else c.loadConst({ kind: 'none' });
  if (s.step) {
    n++;
    visitExpr(c, s.step);
  }
  return n;
}

/** Pushes the subscript's index (a slice object or value); returns true for a two-part slice left unbuilt. */
export function visitSlice(c: XCompiler, s: A.Slice, allowTwoPart: boolean): boolean {
  switch (s.type) {
    case 'Slice':
      if (allowTwoPart && !s.step) {
        sliceParts(c, s);
        return true;
      }
      c.addopI('BUILD_SLICE', sliceParts(c, s));
      return false;
    case 'Index': visitExpr(c, s.value); return false;
    case 'ExtSlice':
      for (const d of s.dims) {
        if (d.type === 'Slice') c.addopI('BUILD_SLICE', sliceParts(c, d));
        else visitExpr(c, d.value);
      }
      c.addopI('BUILD_TUPLE', s.dims.length);
      return false;
  }
}

function compileSubscript(c: XCompiler, e: A.Subscript): void {
  visitExpr(c, e.value);
  const two = visitSlice(c, e.slice, e.ctx !== 'Del' && c.d.twoPartSlices);
  if (two) c.addop(e.ctx === 'Load' ? 'BINARY_SLICE' : 'STORE_SLICE');
  else c.addop(e.ctx === 'Load' ? 'BINARY_SUBSCR' : e.ctx === 'Del' ? 'DELETE_SUBSCR' : 'STORE_SUBSCR');
}
