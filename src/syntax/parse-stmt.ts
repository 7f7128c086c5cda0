// Stage: syntax (parser). Statement rules of CPython 3.8's Grammar (file_input, simple and
// compound statements, suites) building ast.ts statements with ast.c's positions.
import { Tok, AUG_ASSIGN, type Token } from './tokens.js';
import type { Parser } from './parser-core.js';
import type {
  Stmt, Expr, Alias, ExceptHandler, WithItem, OperatorKind, Pos, FunctionDef, ClassDef,
} from './ast.js';
import {
  parseTest, parseNamedExprTest, parseTestlist, parseTestlistStar, parseExprlistItems,
  parseExprlistTarget, parseExpr, parseYield, nameNode, normalizeName, startsExpr,
} from './parse-expr.js';
import { parseCallArgs, parseParameters } from './parse-args.js';
import { setContext } from './parser-targets.js';

/** file_input: (NEWLINE | stmt)* ENDMARKER */
export function parseFileInput(p: Parser): Stmt[] {
  const body: Stmt[] = [];
  while (p.tok.kind !== Tok.ENDMARKER) {
    if (p.tok.kind === Tok.NEWLINE) { p.advance(); continue; }
    parseStmt(p, body);
  }
  return body;
}

function at(t: Token): { lineno: number; col_offset: number } {
  return { lineno: t.lineno, col_offset: t.col };
}

/** Position from `start` to the end of the last statement of `last`. */
function blockSpan(start: Token, last: Stmt[]): Pos {
  const s = last[last.length - 1]!;
  return { lineno: start.lineno, col_offset: start.col, end_lineno: s.end_lineno, end_col_offset: s.end_col_offset };
}

export function parseStmt(p: Parser, out: Stmt[]): void {
  const t = p.tok;
  if (t.kind === Tok.NAME) {
    switch (t.text) {
      case 'if': out.push(parseIf(p)); return;
      case 'while': out.push(parseWhile(p)); return;
      case 'for': out.push(parseFor(p, t, false)); return;
      case 'try': out.push(parseTry(p)); return;
      case 'with': out.push(parseWith(p, t, false)); return;
      case 'def': out.push(parseFuncDef(p, t, [], false)); return;
      case 'class': out.push(parseClassDef(p, [])); return;
      case 'async': out.push(parseAsync(p, [])); return;
    }
  } else if (t.kind === Tok.OP && t.text === '@') {
    out.push(parseDecorated(p));
    return;
  }
  parseSimpleStmt(p, out);
}

/** simple_stmt: small_stmt (';' small_stmt)* [';'] NEWLINE */
function parseSimpleStmt(p: Parser, out: Stmt[]): void {
  for (;;) {
    out.push(parseSmallStmt(p));
    if (!p.eatOp(';')) break;
    if (p.tok.kind === Tok.NEWLINE) break;
  }
  p.expect(Tok.NEWLINE);
}

/** suite: simple_stmt | NEWLINE INDENT stmt+ DEDENT */
function parseSuite(p: Parser): Stmt[] {
  const body: Stmt[] = [];
  if (p.tok.kind !== Tok.NEWLINE) {
    parseSimpleStmt(p, body);
    return body;
  }
  p.advance();
  p.expect(Tok.INDENT);
  do parseStmt(p, body); while (!p.at(Tok.DEDENT));
  p.advance();
  return body;
}

function colonSuite(p: Parser): Stmt[] {
  p.expectOp(':');
  return parseSuite(p);
}

function parseIf(p: Parser): Stmt {
  const start = p.advance();
  const test = parseNamedExprTest(p);
  const body = colonSuite(p);
  let orelse: Stmt[] = [];
  if (p.isKw('elif')) orelse = [parseIf(p)];
  else if (p.eatKw('else')) orelse = colonSuite(p);
  return { type: 'If', test, body, orelse, ...blockSpan(start, orelse.length ? orelse : body) };
}

function parseWhile(p: Parser): Stmt {
  const start = p.advance();
  const test = parseNamedExprTest(p);
  const body = colonSuite(p);
  const orelse = p.eatKw('else') ? colonSuite(p) : [];
  return { type: 'While', test, body, orelse, ...blockSpan(start, orelse.length ? orelse : body) };
}

function parseFor(p: Parser, start: Token, isAsync: boolean): Stmt {
  p.expectKw('for');
  const target = parseExprlistTarget(p, 'Store');
  p.expectKw('in');
  const iter = parseTestlist(p);
  const body = colonSuite(p);
  const orelse = p.eatKw('else') ? colonSuite(p) : [];
  const type = isAsync ? 'AsyncFor' : 'For';
  return { type, target, iter, body, orelse, ...blockSpan(start, orelse.length ? orelse : body) };
}

function parseTry(p: Parser): Stmt {
  const start = p.advance();
  const body = colonSuite(p);
  const handlers: ExceptHandler[] = [];
  while (p.isKw('except')) {
    const ex = p.advance();
    let excType: Expr | null = null;
    let name: string | null = null;
    if (!p.isOp(':')) {
      excType = parseTest(p);
      if (p.eatKw('as')) name = nameNode(p.expectName()).id;
    }
    const hbody = colonSuite(p);
    handlers.push({ type: 'ExceptHandler', exc_type: excType, name, body: hbody, ...blockSpan(ex, hbody) });
  }
  let orelse: Stmt[] = [];
  let finalbody: Stmt[] = [];
  if (handlers.length > 0 && p.eatKw('else')) orelse = colonSuite(p);
  if (handlers.length === 0 || p.isKw('finally')) {
    p.expectKw('finally');
    finalbody = colonSuite(p);
  }
  const lastBlock = finalbody.length ? finalbody : orelse.length ? orelse : handlers.length
    ? handlers[handlers.length - 1]!.body : body;
  return { type: 'Try', body, handlers, orelse, finalbody, ...blockSpan(start, lastBlock) };
}

function parseWith(p: Parser, start: Token, isAsync: boolean): Stmt {
  p.expectKw('with');
  const items: WithItem[] = [];
  do {
    const itemStart = p.tok;
    const contextExpr = parseTest(p);
    let vars: Expr | null = null;
    if (p.eatKw('as')) {
      vars = parseExpr(p);
      setContext(vars, 'Store', at(itemStart), (m, a) => p.defer(m, a));
    }
    items.push({ type: 'withitem', context_expr: contextExpr, optional_vars: vars });
  } while (p.eatOp(','));
  const body = colonSuite(p);
  return { type: isAsync ? 'AsyncWith' : 'With', items, body, ...blockSpan(start, body) };
}

function parseAsync(p: Parser, decorators: Expr[]): Stmt {
  const start = p.advance();
  if (p.isKw('def')) return parseFuncDef(p, start, decorators, true);
  if (decorators.length === 0 && p.isKw('with')) return parseWith(p, start, true);
  if (decorators.length === 0 && p.isKw('for')) return parseFor(p, start, true);
  throw p.fail();
}

/** funcdef: 'def' NAME parameters ['->' test] ':' suite; `start` is 'def' or 'async'. */
function parseFuncDef(p: Parser, start: Token, decorators: Expr[], isAsync: boolean): FunctionDef {
  p.expectKw('def');
  const name = nameNode(p.expectName()).id;
  const args = parseParameters(p);
  const returns = p.eatOp('->') ? parseTest(p) : null;
  const body = colonSuite(p);
  return {
    type: isAsync ? 'AsyncFunctionDef' : 'FunctionDef', name, args, body,
    decorator_list: decorators, returns, ...blockSpan(start, body),
  };
}

/** classdef: 'class' NAME ['(' [arglist] ')'] ':' suite */
function parseClassDef(p: Parser, decorators: Expr[]): ClassDef {
  const start = p.advance();
  const name = nameNode(p.expectName()).id;
  let bases: Expr[] = [];
  let keywords: ClassDef['keywords'] = [];
  if (p.isOp('(')) {
    const open = p.advance();
    ({ args: bases, keywords } = parseCallArgs(p, open, false));
  }
  const body = colonSuite(p);
  return { type: 'ClassDef', name, bases, keywords, body, decorator_list: decorators, ...blockSpan(start, body) };
}

/** decorated: decorator+ (classdef | funcdef | async_funcdef) */
function parseDecorated(p: Parser): Stmt {
  const decorators: Expr[] = [];
  while (p.isOp('@')) {
    p.advance();
    const first = p.expectName();
    let e: Expr = nameNode(first);
    while (p.eatOp('.')) {
      const part = p.expectName();
      e = {
        type: 'Attribute', value: e, attr: normalizeName(part.text), ctx: 'Load',
        lineno: first.lineno, col_offset: first.col, end_lineno: part.endLineno, end_col_offset: part.endCol,
      };
    }
    if (p.isOp('(')) {
      const open = p.advance();
      const { args, keywords } = parseCallArgs(p, open, true);
      e = { type: 'Call', func: e, args, keywords, ...p.span(first) };
    }
    decorators.push(e);
    p.expect(Tok.NEWLINE);
  }
  if (p.isKw('def')) return parseFuncDef(p, p.tok, decorators, false);
  if (p.isKw('class')) return parseClassDef(p, decorators);
  if (p.isKw('async')) return parseAsync(p, decorators);
  throw p.fail();
}

function parseSmallStmt(p: Parser): Stmt {
  const t = p.tok;
  if (t.kind === Tok.NAME) {
    switch (t.text) {
      case 'pass': p.advance(); return { type: 'Pass', ...p.span(t) };
      case 'break': p.advance(); return { type: 'Break', ...p.span(t) };
      case 'continue': p.advance(); return { type: 'Continue', ...p.span(t) };
      case 'del': {
        p.advance();
        const { items } = parseExprlistItems(p, 'Del');
        return { type: 'Delete', targets: items, ...p.span(t) };
      }
      case 'return': {
        p.advance();
        const value = startsExpr(p) ? parseTestlistStar(p) : null;
        return { type: 'Return', value, ...p.span(t) };
      }
      case 'raise': {
        p.advance();
        let exc: Expr | null = null;
        let cause: Expr | null = null;
        if (startsExpr(p) && !p.isOp('*')) {
          exc = parseTest(p);
          if (p.eatKw('from')) cause = parseTest(p);
        }
        return { type: 'Raise', exc, cause, ...p.span(t) };
      }
      case 'global':
      case 'nonlocal': {
        p.advance();
        const names = [nameNode(p.expectName()).id];
        while (p.eatOp(',')) names.push(nameNode(p.expectName()).id);
        return { type: t.text === 'global' ? 'Global' : 'Nonlocal', names, ...p.span(t) };
      }
      case 'assert': {
        p.advance();
        const test = parseTest(p);
        const msg = p.eatOp(',') ? parseTest(p) : null;
        return { type: 'Assert', test, msg, ...p.span(t) };
      }
      case 'import': return parseImport(p);
      case 'from': return parseFromImport(p);
      case 'yield': {
        const value = parseYield(p);
        return { type: 'Expr', value, ...p.span(t) };
      }
    }
  }
  return parseExprStmt(p);
}

function dottedName(p: Parser): string {
  let name = nameNode(p.expectName()).id;
  while (p.eatOp('.')) name += '.' + nameNode(p.expectName()).id;
  return name;
}

function parseImport(p: Parser): Stmt {
  const start = p.advance();
  const names: Alias[] = [];
  do {
    const name = dottedName(p);
    const asname = p.eatKw('as') ? nameNode(p.expectName()).id : null;
    names.push({ type: 'alias', name, asname });
  } while (p.eatOp(','));
  return { type: 'Import', names, ...p.span(start) };
}

function parseFromImport(p: Parser): Stmt {
  const start = p.advance();
  let level = 0;
  for (;;) {
    if (p.eatOp('.')) level += 1;
    else if (p.eatOp('...')) level += 3;
    else break;
  }
  const module = level === 0 || !p.isKw('import') ? dottedName(p) : null;
  p.expectKw('import');
  const names: Alias[] = [];
  if (p.eatOp('*')) {
    names.push({ type: 'alias', name: '*', asname: null });
  } else {
    const paren = p.eatOp('(');
    const firstName = p.tok;
    let trailing: Token | null = null;
    for (;;) {
      const name = nameNode(p.expectName()).id;
      const asname = p.eatKw('as') ? nameNode(p.expectName()).id : null;
      names.push({ type: 'alias', name, asname });
      if (!p.isOp(',')) break;
      trailing = p.advance();
      if (!p.isName()) break;
      trailing = null;
    }
    if (paren) p.expectOp(')');
    else if (trailing) p.defer('trailing comma not allowed without surrounding parentheses', at(firstName));
  }
  return { type: 'ImportFrom', module, names, level, ...p.span(start) };
}

/** expr_stmt: testlist_star_expr (annassign | augassign (yield_expr|testlist) | ('=' ...)*) */
function parseExprStmt(p: Parser): Stmt {
  const start = p.tok;
  const first = parseTestlistStar(p);
  const t = p.tok;
  if (t.kind === Tok.OP && AUG_ASSIGN[t.text] !== undefined) {
    p.advance();
    const value = p.isKw('yield') ? parseYield(p) : parseTestlist(p);
    if (setContext(first, 'Store', at(start), (m, a) => p.defer(m, a))) {
      if (first.type !== 'Name' && first.type !== 'Attribute' && first.type !== 'Subscript') {
        p.defer('illegal expression for augmented assignment', at(start));
      }
    }
    return { type: 'AugAssign', target: first, op: AUG_ASSIGN[t.text] as OperatorKind, value, ...p.span(start) };
  }
  if (t.kind === Tok.OP && t.text === ':') {
    p.advance();
    const annotation = parseTest(p);
    const value = p.eatOp('=') ? (p.isKw('yield') ? parseYield(p) : parseTestlistStar(p)) : null;
    let simple: 0 | 1 = start.kind === Tok.OP && start.text === '(' ? 0 : 1;
    switch (first.type) {
      case 'Name': first.ctx = 'Store'; break;
      case 'Attribute': first.ctx = 'Store'; simple = 0; break;
      case 'Subscript': first.ctx = 'Store'; simple = 0; break;
      case 'List': p.defer('only single target (not list) can be annotated', at(start)); break;
      case 'Tuple': p.defer('only single target (not tuple) can be annotated', at(start)); break;
      default: p.defer('illegal target for annotation', at(start));
    }
    return { type: 'AnnAssign', target: first, annotation, value, simple, ...p.span(start) };
  }
  if (!p.isOp('=')) return { type: 'Expr', value: first, ...p.span(start) };
  const targets: Expr[] = [first];
  const starts: Token[] = [start];
  const bareYield: boolean[] = [false];
  let value: Expr = first;
  while (p.eatOp('=')) {
    starts.push(p.tok);
    bareYield.push(p.isKw('yield'));
    value = p.isKw('yield') ? parseYield(p) : parseTestlistStar(p);
    targets.push(value);
  }
  targets.pop();
  targets.forEach((target, i) => {
    if (bareYield[i]) {
      p.defer('assignment to yield expression not possible', at(starts[i]!));
    } else {
      setContext(target, 'Store', at(starts[i]!), (m, a) => p.defer(m, a));
    }
  });
  return { type: 'Assign', targets, value, ...p.span(start) };
}
