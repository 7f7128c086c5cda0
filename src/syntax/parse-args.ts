// Stage: syntax (parser). Call-site arglists and def/lambda parameter lists, with the
// argument-order errors CPython 3.8's ast.c reports (ast_for_call, ast_for_arguments).
import { Tok, type Token } from './tokens.js';
import type { Parser } from './parser-core.js';
import type { Arg, Arguments, Expr, Keyword, Pos } from './ast.js';
import { parseCompFor, parseTest, nameNode } from './parse-expr.js';
import { exprName } from './parser-targets.js';

type CallItem =
  | { kind: 'pos' | 'star' | 'named'; at: Token; value: Expr }
  | { kind: 'dstar'; at: Token; value: Expr }
  | { kind: 'kw'; at: Token; key: string | null; value: Expr }
  | { kind: 'gen'; at: Token; value: Expr };

/** arglist up to and including ')'; `open` is the consumed '(' token. */
export function parseCallArgs(p: Parser, open: Token, allowGen: boolean): { args: Expr[]; keywords: Keyword[] } {
  const items: CallItem[] = [];
  let commas = 0;
  while (!p.isOp(')')) {
    items.push(parseArgument(p));
    if (!p.eatOp(',')) break;
    commas++;
  }
  p.expectOp(')');
  const args: Expr[] = [];
  const keywords: Keyword[] = [];
  const children = items.length + commas;
  for (const it of items) {
    if (it.kind !== 'gen') continue;
    if (!allowGen) p.defer('invalid syntax', tokAt(it.at));
    else if (children > 1) p.defer('Generator expression must be parenthesized', tokAt(it.at));
  }
  let nkw = 0;
  let ndstar = 0;
  for (const it of items) {
    switch (it.kind) {
      case 'pos':
      case 'named':
        if (nkw > 0) {
          p.defer(ndstar > 0 ? 'positional argument follows keyword argument unpacking'
            : 'positional argument follows keyword argument', tokAt(it.at));
        }
        args.push(it.value);
        break;
      case 'star':
        if (ndstar > 0) p.defer('iterable argument unpacking follows keyword argument unpacking', tokAt(it.at));
        args.push(it.value);
        break;
      case 'gen': {
        const g = it.value as Expr & Pos;
        g.lineno = open.lineno;
        g.col_offset = open.col;
        g.end_lineno = p.last.endLineno;
        g.end_col_offset = p.last.endCol;
        args.push(g);
        break;
      }
      case 'dstar':
        keywords.push({ type: 'keyword', arg: null, value: it.value, lineno: it.at.lineno, col_offset: it.at.col });
        nkw++;
        ndstar++;
        break;
      case 'kw':
        if (it.key !== null && keywords.some((k) => k.arg === it.key)) {
          p.defer('keyword argument repeated', tokAt(it.at));
        }
        keywords.push({ type: 'keyword', arg: it.key, value: it.value, lineno: it.at.lineno, col_offset: it.at.col });
        nkw++;
        break;
    }
  }
  return { args, keywords };
}

function tokAt(t: Token): { lineno: number; col_offset: number } {
  return { lineno: t.lineno, col_offset: t.col };
}

function parseArgument(p: Parser): CallItem {
  const at = p.tok;
  if (p.eatOp('*')) {
    const value = parseTest(p);
    return { kind: 'star', at, value: { type: 'Starred', value, ctx: 'Load', ...p.span(at) } };
  }
  if (p.eatOp('**')) return { kind: 'dstar', at, value: parseTest(p) };
  const e = parseTest(p);
  if (p.isKw('for') || p.isKw('async')) {
    const generators = parseCompFor(p);
    if (e.type === 'Starred') p.defer('iterable unpacking cannot be used in comprehension', e);
    return { kind: 'gen', at, value: { type: 'GeneratorExp', elt: e, generators, ...p.span(at) } };
  }
  if (p.eatOp(':=')) {
    const value = parseTest(p);
    const pos = p.span(at);
    if (e.type !== 'Name') {
      p.defer(`cannot use assignment expressions with ${exprName(e)}`, pos);
      return { kind: 'named', at, value };
    }
    e.ctx = 'Store';
    return { kind: 'named', at, value: { type: 'NamedExpr', target: e, value, ...pos } };
  }
  if (!p.eatOp('=')) return { kind: 'pos', at, value: e };
  let key: string | null = null;
  const bare = at.kind === Tok.NAME && e.lineno === at.lineno && e.col_offset === at.col &&
    e.end_col_offset === at.endCol && e.end_lineno === at.endLineno;
  if (!bare) {
    p.defer('expression cannot contain assignment, perhaps you meant "=="?', tokAt(at));
  } else if (at.text === 'None' || at.text === 'True' || at.text === 'False' || at.text === '__debug__') {
    p.defer(`cannot assign to ${at.text}`, tokAt(at));
  } else {
    key = nameNode(at).id;
  }
  const value = parseTest(p);
  return { kind: 'kw', at, key, value };
}

/** Parameters of a def (typed, up to ')') or a lambda (untyped, up to ':'). */
function parseParamList(p: Parser, close: string, typed: boolean): Arguments {
  const a: Arguments = {
    type: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [],
    kw_defaults: [], kwarg: null, defaults: [],
  };
  let phase = 0; // 0 positional, 1 after '*', 2 after '**'
  let foundDefault = false;
  let sawSlash = false;
  let bareStar: Token | null = null;
  while (!p.isOp(close)) {
    const t = p.tok;
    if (phase === 0 && p.isOp('*')) {
      p.advance();
      phase = 1;
      if (p.isName()) a.vararg = parseParam(p, typed);
      else bareStar = t;
    } else if (phase < 2 && p.isOp('**')) {
      p.advance();
      if (bareStar && a.kwonlyargs.length === 0) p.defer('named arguments must follow bare *', tokAt(t));
      bareStar = null;
      a.kwarg = parseParam(p, typed);
      phase = 2;
    } else if (phase === 0 && p.isOp('/') && !sawSlash && a.args.length > 0) {
      p.advance();
      sawSlash = true;
      a.posonlyargs = a.args;
      a.args = [];
    } else if (phase < 2 && p.isName()) {
      const arg = parseParam(p, typed);
      const hasDefault = p.eatOp('=');
      const dflt = hasDefault ? parseTest(p) : null;
      if (phase === 0) {
        a.args.push(arg);
        if (dflt) { a.defaults.push(dflt); foundDefault = true; }
        else if (foundDefault) p.defer('non-default argument follows default argument', firstParam(a));
      } else {
        // ast.c positions keyword-only parameters at their NAME alone.
        arg.end_lineno = t.endLineno;
        arg.end_col_offset = t.endCol;
        a.kwonlyargs.push(arg);
        a.kw_defaults.push(dflt);
      }
    } else {
      throw p.fail();
    }
    if (!p.eatOp(',')) break;
  }
  if (bareStar && a.kwonlyargs.length === 0) p.defer('named arguments must follow bare *', tokAt(bareStar));
  return a;
}

function firstParam(a: Arguments): { lineno: number; col_offset: number } {
  return a.posonlyargs[0] ?? a.args[0]!;
}

function parseParam(p: Parser, typed: boolean): Arg {
  const name = p.expectName();
  const annotation = typed && p.eatOp(':') ? parseTest(p) : null;
  return { type: 'arg', arg: nameNode(name).id, annotation, ...p.span(name) };
}

/** parameters: '(' [typedargslist] ')' */
export function parseParameters(p: Parser): Arguments {
  p.expectOp('(');
  const a = parseParamList(p, ')', true);
  p.expectOp(')');
  return a;
}

/** [varargslist] of a lambda, before its ':'. */
export function parseLambdaParams(p: Parser): Arguments {
  return parseParamList(p, ':', false);
}

