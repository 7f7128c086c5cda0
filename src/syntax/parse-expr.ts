// Stage: syntax (parser). Expression rules of CPython 3.8's Grammar (test ... power) as
// recursive descent, building ast.ts nodes with ast.c's positions. Atoms: parse-atom.ts.
import { Tok, KEYWORDS, type Token } from './tokens.js';
import type { Parser } from './parser-core.js';
import type {
  Expr, CmpOpKind, OperatorKind, Name, Comprehension, Lambda,
} from './ast.js';
import { exprName, setContext } from './parser-targets.js';
import { parseAtom, parseTrailers } from './parse-atom.js';
import { parseLambdaParams } from './parse-args.js';

const BIN_LEVELS: ReadonlyArray<Readonly<Record<string, OperatorKind>>> = [
  { '|': 'BitOr' },
  { '^': 'BitXor' },
  { '&': 'BitAnd' },
  { '<<': 'LShift', '>>': 'RShift' },
  { '+': 'Add', '-': 'Sub' },
  { '*': 'Mult', '@': 'MatMult', '/': 'Div', '%': 'Mod', '//': 'FloorDiv' },
];

const CMP_OPS: Readonly<Record<string, CmpOpKind>> = {
  '<': 'Lt', '>': 'Gt', '==': 'Eq', '>=': 'GtE', '<=': 'LtE', '!=': 'NotEq', in: 'In',
};

/** test: or_test ['if' or_test 'else' test] | lambdef */
export function parseTest(p: Parser, noCond = false): Expr {
  p.enter();
  try {
    if (p.isKw('lambda')) return parseLambda(p, noCond);
    const start = p.tok;
    const body = parseOrTest(p);
    if (noCond || !p.isKw('if')) return body;
    p.advance();
    const test = parseOrTest(p);
    p.expectKw('else');
    const orelse = parseTest(p);
    return { type: 'IfExp', test, body, orelse, ...p.span(start) };
  } finally {
    p.leave();
  }
}

function parseLambda(p: Parser, noCond: boolean): Lambda {
  const start = p.advance();
  const args = parseLambdaParams(p);
  p.expectOp(':');
  const body = parseTest(p, noCond);
  return { type: 'Lambda', args, body, ...p.span(start) };
}

/** namedexpr_test: test [':=' test] */
export function parseNamedExprTest(p: Parser): Expr {
  const start = p.tok;
  const target = parseTest(p);
  if (!p.isOp(':=')) return target;
  p.advance();
  const value = parseTest(p);
  const pos = p.span(start);
  if (target.type !== 'Name') {
    p.defer(`cannot use assignment expressions with ${exprName(target)}`, pos);
    return { type: 'NamedExpr', target: { type: 'Name', id: '', ctx: 'Store', ...pos }, value, ...pos };
  }
  target.ctx = 'Store';
  return { type: 'NamedExpr', target, value, ...pos };
}

export function parseOrTest(p: Parser): Expr {
  const start = p.tok;
  const first = parseAndTest(p);
  if (!p.isKw('or')) return first;
  const values = [first];
  while (p.eatKw('or')) values.push(parseAndTest(p));
  return { type: 'BoolOp', op: 'Or', values, ...p.span(start) };
}

function parseAndTest(p: Parser): Expr {
  const start = p.tok;
  const first = parseNotTest(p);
  if (!p.isKw('and')) return first;
  const values = [first];
  while (p.eatKw('and')) values.push(parseNotTest(p));
  return { type: 'BoolOp', op: 'And', values, ...p.span(start) };
}

function parseNotTest(p: Parser): Expr {
  if (!p.isKw('not')) return parseComparison(p);
  p.enter();
  try {
    const start = p.advance();
    const operand = parseNotTest(p);
    return { type: 'UnaryOp', op: 'Not', operand, ...p.span(start) };
  } finally {
    p.leave();
  }
}

function compOp(p: Parser): CmpOpKind | null {
  const t = p.tok;
  if (t.kind === Tok.OP) {
    if (t.text === '<>') {
      // Rejected by parsetok before the token gets a column: the caret goes after it.
      const raw = p.tokenError('SyntaxError', 'invalid syntax', t);
      throw p.diag({ ...raw, offset: raw.offset + 1 });
    }
    return CMP_OPS[t.text] ?? null;
  }
  if (t.kind !== Tok.NAME) return null;
  if (t.text === 'in') return 'In';
  if (t.text === 'is') return 'Is';
  if (t.text === 'not') return 'NotIn';
  return null;
}

function parseComparison(p: Parser): Expr {
  const start = p.tok;
  const left = parseExpr(p);
  let op = compOp(p);
  if (op === null) return left;
  const ops: CmpOpKind[] = [];
  const comparators: Expr[] = [];
  while (op !== null) {
    p.advance();
    if (op === 'NotIn') p.expectKw('in');
    else if (op === 'Is' && p.eatKw('not')) op = 'IsNot';
    ops.push(op);
    comparators.push(parseExpr(p));
    op = compOp(p);
  }
  return { type: 'Compare', left, ops, comparators, ...p.span(start) };
}

/** star_expr: '*' expr */
export function parseStarExpr(p: Parser): Expr {
  const start = p.expectOp('*');
  const value = parseExpr(p);
  return { type: 'Starred', value, ctx: 'Load', ...p.span(start) };
}

/** expr: xor_expr ('|' xor_expr)* ... down to term */
export function parseExpr(p: Parser, level = 0): Expr {
  if (level === BIN_LEVELS.length) return parseFactor(p);
  const ops = BIN_LEVELS[level]!;
  const start = p.tok;
  let left = parseExpr(p, level + 1);
  for (;;) {
    const t = p.tok;
    const op = t.kind === Tok.OP ? ops[t.text] : undefined;
    if (op === undefined) return left;
    p.advance();
    const right = parseExpr(p, level + 1);
    left = { type: 'BinOp', left, op, right, ...p.span(start) };
  }
}

/** factor: ('+'|'-'|'~') factor | power */
export function parseFactor(p: Parser): Expr {
  const t = p.tok;
  if (t.kind === Tok.OP && (t.text === '+' || t.text === '-' || t.text === '~')) {
    p.enter();
    try {
      p.advance();
      const operand = parseFactor(p);
      const op = t.text === '+' ? 'UAdd' : t.text === '-' ? 'USub' : 'Invert';
      return { type: 'UnaryOp', op, operand, ...p.span(t) };
    } finally {
      p.leave();
    }
  }
  return parsePower(p);
}

/** power: atom_expr ['**' factor];  atom_expr: [AWAIT] atom trailer* */
function parsePower(p: Parser): Expr {
  const start = p.tok;
  let base: Expr;
  if (p.isKw('await')) {
    p.advance();
    const atomStart = p.tok;
    const value = parseTrailers(p, parseAtom(p), atomStart);
    base = { type: 'Await', value, ...p.span(start) };
  } else {
    base = parseTrailers(p, parseAtom(p), start);
  }
  if (!p.isOp('**')) return base;
  p.advance();
  const right = parseFactor(p);
  return { type: 'BinOp', left: base, op: 'Pow', right, ...p.span(start) };
}

/** Parses `first (',' item)* [',']` into a Tuple when there is a comma. */
export function parseSeq(p: Parser, item: (p: Parser) => Expr, canStart: (p: Parser) => boolean): Expr {
  const start = p.tok;
  const first = item(p);
  if (!p.isOp(',')) return first;
  const elts = [first];
  while (p.eatOp(',')) {
    if (!canStart(p)) break;
    elts.push(item(p));
  }
  return { type: 'Tuple', elts, ctx: 'Load', ...p.span(start) };
}

const EXPR_KW = new Set(['None', 'True', 'False', 'lambda', 'not', 'await']);
const EXPR_START_OPS = new Set(['(', '[', '{', '-', '+', '~', '...', '*']);

/** Whether the current token can begin a test/star_expr (for optional trailing commas). */
export function startsExpr(p: Parser): boolean {
  const t = p.tok;
  if (t.kind === Tok.NAME) return !KEYWORDS.has(t.text) || EXPR_KW.has(t.text);
  if (t.kind === Tok.NUMBER || t.kind === Tok.STRING) return true;
  return t.kind === Tok.OP && EXPR_START_OPS.has(t.text);
}

export const testOrStar = (p: Parser): Expr => (p.isOp('*') ? parseStarExpr(p) : parseTest(p));
const exprOrStar = (p: Parser): Expr => (p.isOp('*') ? parseStarExpr(p) : parseExpr(p));
const startsNoStar = (p: Parser) => startsExpr(p) && !p.isOp('*');

/** testlist: test (',' test)* [','] */
export function parseTestlist(p: Parser): Expr {
  return parseSeq(p, (q) => parseTest(q), startsNoStar);
}

/** testlist_star_expr: (test|star_expr) (',' (test|star_expr))* [','] */
export function parseTestlistStar(p: Parser): Expr {
  return parseSeq(p, testOrStar, startsExpr);
}

/**
 * exprlist used as a target (for/comprehension/del): sets the context on each item.
 * Several items make a Tuple that starts at its first item's node (as ast.c does).
 */
export function parseExprlistItems(p: Parser, ctx: 'Store' | 'Del'): { items: Expr[]; comma: boolean } {
  const items: Expr[] = [];
  let comma = false;
  for (;;) {
    const itemStart = p.tok;
    const e = exprOrStar(p);
    setContext(e, ctx, { lineno: itemStart.lineno, col_offset: itemStart.col }, (m, at) => p.defer(m, at));
    items.push(e);
    if (!p.eatOp(',')) break;
    comma = true;
    if (!startsExpr(p)) break;
  }
  return { items, comma };
}

export function parseExprlistTarget(p: Parser, ctx: 'Store' | 'Del'): Expr {
  const { items, comma } = parseExprlistItems(p, ctx);
  const first = items[0]!;
  if (!comma) return first;
  return {
    type: 'Tuple', elts: items, ctx, lineno: first.lineno, col_offset: first.col_offset,
    end_lineno: p.last.endLineno, end_col_offset: p.last.endCol,
  };
}

/** yield_expr: 'yield' [yield_arg]  (current token is 'yield') */
export function parseYield(p: Parser): Expr {
  const start = p.advance();
  if (p.eatKw('from')) {
    const value = parseTest(p);
    return { type: 'YieldFrom', value, ...p.span(start) };
  }
  const value = startsExpr(p) ? parseTestlistStar(p) : null;
  return { type: 'Yield', value, ...p.span(start) };
}

/** comp_for chain after an element; the current token is 'for' or 'async'. */
export function parseCompFor(p: Parser): Comprehension[] {
  const gens: Comprehension[] = [];
  while (p.isKw('for') || p.isKw('async')) {
    const isAsync = p.eatKw('async') ? 1 : 0;
    p.expectKw('for');
    const target = parseExprlistTarget(p, 'Store');
    p.expectKw('in');
    const iter = parseOrTest(p);
    const ifs: Expr[] = [];
    while (p.eatKw('if')) ifs.push(parseTest(p, true));
    gens.push({ type: 'comprehension', target, iter, ifs, is_async: isAsync });
  }
  return gens;
}

export function nameNode(t: Token, ctx: 'Load' | 'Store' = 'Load'): Name {
  return {
    type: 'Name', id: normalizeName(t.text), ctx,
    lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol,
  };
}

/** Identifiers are NFKC-normalized (PEP 3131). */
export function normalizeName(s: string): string {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) >= 128) return s.normalize('NFKC');
  return s;
}
