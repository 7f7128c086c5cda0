// Stage: syntax (parser). atom and trailer rules: names, numbers, strings, displays,
// comprehensions, calls, subscripts (3.8 Index/Slice/ExtSlice), attributes.
import { Tok, KEYWORDS, type Token } from './tokens.js';
import type { Parser } from './parser-core.js';
import type { Expr, Index, SliceRange, Pos } from './ast.js';
import { NONE, TRUE, FALSE, ELLIPSIS } from './constant.js';
import {
  parseCompFor, parseExpr, parseNamedExprTest, parseStarExpr, parseTest, parseYield,
  nameNode, startsExpr,
} from './parse-expr.js';
import { parseCallArgs } from './parse-args.js';
import { parseNumber } from './literals.js';
import { parseStrings } from './fstring.js';

const NAMED_CONSTS = { None: NONE, True: TRUE, False: FALSE } as const;

function tokPos(t: Token): Pos {
  return { lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
}

export function parseAtom(p: Parser): Expr {
  const t = p.tok;
  switch (t.kind) {
    case Tok.NAME: {
      if (t.text === 'None' || t.text === 'True' || t.text === 'False') {
        p.advance();
        return { type: 'Constant', value: NAMED_CONSTS[t.text], kind: null, ...tokPos(t) };
      }
      if (KEYWORDS.has(t.text)) throw p.fail();
      p.advance();
      return nameNode(t);
    }
    case Tok.NUMBER:
      p.advance();
      return { type: 'Constant', value: parseNumber(t.text), kind: null, ...tokPos(t) };
    case Tok.STRING:
      return parseStrings(p);
    case Tok.OP:
      if (t.text === '(') return parseParen(p);
      if (t.text === '[') return parseList(p);
      if (t.text === '{') return parseBrace(p);
      if (t.text === '...') {
        p.advance();
        return { type: 'Constant', value: ELLIPSIS, kind: null, ...tokPos(t) };
      }
      throw p.fail();
    default:
      throw p.fail();
  }
}

/** comp_for: [ASYNC] 'for' ... — an 'async' here always starts one (LL(1), like pgen). */
const isCompFor = (p: Parser) => p.isKw('for') || p.isKw('async');
const elt = (p: Parser) => (p.isOp('*') ? parseStarExpr(p) : parseNamedExprTest(p));

function checkCompElt(p: Parser, e: Expr): void {
  if (e.type === 'Starred') p.defer('iterable unpacking cannot be used in comprehension', e);
}

/** Items after the first of a testlist_comp/display, up to (not including) `close`. */
function restItems(p: Parser, first: Expr, close: string, item: (p: Parser) => Expr): Expr[] {
  const elts = [first];
  while (p.eatOp(',')) {
    if (p.isOp(close)) break;
    elts.push(item(p));
  }
  return elts;
}

function parseParen(p: Parser): Expr {
  const open = p.advance();
  if (p.isOp(')')) {
    p.advance();
    return { type: 'Tuple', elts: [], ctx: 'Load', ...p.span(open) };
  }
  if (p.isKw('yield')) {
    const y = parseYield(p);
    p.expectOp(')');
    return y;
  }
  const first = elt(p);
  if (isCompFor(p)) {
    const generators = parseCompFor(p);
    p.expectOp(')');
    checkCompElt(p, first);
    return { type: 'GeneratorExp', elt: first, generators, ...p.span(open) };
  }
  if (!p.isOp(',')) {
    p.expectOp(')');
    return first;
  }
  const elts = restItems(p, first, ')', elt);
  p.expectOp(')');
  return { type: 'Tuple', elts, ctx: 'Load', ...p.span(open) };
}

function parseList(p: Parser): Expr {
  const open = p.advance();
  if (p.eatOp(']')) return { type: 'List', elts: [], ctx: 'Load', ...p.span(open) };
  const first = elt(p);
  if (isCompFor(p)) {
    const generators = parseCompFor(p);
    p.expectOp(']');
    checkCompElt(p, first);
    return { type: 'ListComp', elt: first, generators, ...p.span(open) };
  }
  const elts = restItems(p, first, ']', elt);
  p.expectOp(']');
  return { type: 'List', elts, ctx: 'Load', ...p.span(open) };
}

function parseBrace(p: Parser): Expr {
  const open = p.advance();
  if (p.eatOp('}')) return { type: 'Dict', keys: [], values: [], ...p.span(open) };
  let key: Expr | null = null;
  let value: Expr;
  let isDict: boolean;
  if (p.eatOp('**')) {
    value = parseExpr(p);
    isDict = true;
  } else {
    const e = p.isOp('*') ? parseStarExpr(p) : parseTest(p);
    isDict = e.type !== 'Starred' && p.isOp(':');
    if (isDict) {
      p.advance();
      key = e;
      value = parseTest(p);
    } else {
      value = e;
    }
  }
  if (isCompFor(p)) {
    const generators = parseCompFor(p);
    p.expectOp('}');
    if (!isDict) {
      checkCompElt(p, value);
      return { type: 'SetComp', elt: value, generators, ...p.span(open) };
    }
    if (key === null) {
      p.defer('dict unpacking cannot be used in dict comprehension', tokPos(open));
      key = value;
    }
    return { type: 'DictComp', key, value, generators, ...p.span(open) };
  }
  if (!isDict) {
    const elts = restItems(p, value, '}', (q) => (q.isOp('*') ? parseStarExpr(q) : parseTest(q)));
    p.expectOp('}');
    return { type: 'Set', elts, ...p.span(open) };
  }
  const keys: (Expr | null)[] = [key];
  const values: Expr[] = [value];
  while (p.eatOp(',')) {
    if (p.isOp('}')) break;
    if (p.eatOp('**')) {
      keys.push(null);
      values.push(parseExpr(p));
    } else {
      keys.push(parseTest(p));
      p.expectOp(':');
      values.push(parseTest(p));
    }
  }
  p.expectOp('}');
  return { type: 'Dict', keys, values, ...p.span(open) };
}

/** trailer*: calls, subscripts, attributes. Positions start where ast.c starts them. */
export function parseTrailers(p: Parser, atom: Expr, start: Token): Expr {
  let e = atom;
  const startLine = start.lineno;
  const startCol = start.col;
  for (;;) {
    const t = p.tok;
    if (t.kind !== Tok.OP) return e;
    if (t.text === '(') {
      p.advance();
      const { args, keywords } = parseCallArgs(p, t, true);
      e = { type: 'Call', func: e, args, keywords, ...endAt(p, startLine, startCol) };
    } else if (t.text === '[') {
      p.advance();
      const slice = parseSubscriptList(p);
      p.expectOp(']');
      e = { type: 'Subscript', value: e, slice, ctx: 'Load', ...endAt(p, startLine, startCol) };
    } else if (t.text === '.') {
      p.advance();
      const name = p.expectName();
      e = { type: 'Attribute', value: e, attr: nameNode(name).id, ctx: 'Load', ...endAt(p, startLine, startCol) };
    } else {
      return e;
    }
  }
}

function endAt(p: Parser, lineno: number, col_offset: number): Pos {
  return { lineno, col_offset, end_lineno: p.last.endLineno, end_col_offset: p.last.endCol };
}

const startsSubscript = (p: Parser) => p.isOp(':') || (startsExpr(p) && !p.isOp('*'));

function parseSubscriptList(p: Parser): Index | SliceRange | { type: 'ExtSlice'; dims: (Index | SliceRange)[] } {
  const start = p.tok;
  const first = parseSubscript(p);
  if (!p.isOp(',')) return first;
  const dims = [first];
  while (p.eatOp(',')) {
    if (!startsSubscript(p)) break;
    dims.push(parseSubscript(p));
  }
  if (dims.every((d) => d.type === 'Index')) {
    const elts = dims.map((d) => (d as Index).value);
    return { type: 'Index', value: { type: 'Tuple', elts, ctx: 'Load', ...p.span(start) } };
  }
  return { type: 'ExtSlice', dims };
}

function parseSubscript(p: Parser): Index | SliceRange {
  let lower: Expr | null = null;
  if (!p.isOp(':')) {
    lower = parseTest(p);
    if (!p.isOp(':')) return { type: 'Index', value: lower };
  }
  p.advance();
  const upper = startsSubscript(p) && !p.isOp(':') ? parseTest(p) : null;
  let step: Expr | null = null;
  if (p.eatOp(':')) step = startsSubscript(p) && !p.isOp(':') ? parseTest(p) : null;
  return { type: 'Slice', lower, upper, step };
}
