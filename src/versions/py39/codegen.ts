// Stage: version codegen (3.9) = 3.8's dialect plus its changes: IS_OP/CONTAINS_OP, displays
// and */** calls through LIST_EXTEND/LIST_TO_TUPLE/SET_UPDATE/DICT_UPDATE/DICT_MERGE, except
// matching with JUMP_IF_NOT_EXC_MATCH and RERAISE, try/finally with the finally body copied
// onto every exit (no BEGIN_FINALLY/CALL_FINALLY/POP_FINALLY/END_FINALLY), with through
// WITH_EXCEPT_START, LOAD_ASSERTION_ERROR. Depends on the shared compiler and py38/codegen.ts.
import type * as A from '../../syntax/ast.js';
import type { ConstValue } from '../../syntax/constant.js';
import type { Compiler } from '../../compiler/compiler.js';
import type { FBlock } from '../../compiler/unit.js';
import type { CodegenDialect, DisplayKind } from '../../compiler/dialect.js';
import { visitExpr, jumpIf, cmpArg, subdict, subkwargs } from '../../compiler/codegen-expr.js';
import { visitStmts } from '../../compiler/codegen-stmt.js';
import { dialect38 } from '../py38/codegen.js';
import { mergeKeywords, buildDict } from '../../compiler/dict-merge.js';

const SPECIAL_COMPARE: Partial<Record<A.CmpOpKind, [string, number]>> = {
  Is: ['IS_OP', 0], IsNot: ['IS_OP', 1], In: ['CONTAINS_OP', 0], NotIn: ['CONTAINS_OP', 1],
};

function compareOp39(c: Compiler, op: A.CmpOpKind): void {
  const special = SPECIAL_COMPARE[op];
  if (special) c.addopI(special[0], special[1]);
  else c.addopI('COMPARE_OP', cmpArg(op));
}

const BUILD: Record<DisplayKind, [build: string, add: string, extend: string]> = {
  list: ['BUILD_LIST', 'LIST_APPEND', 'LIST_EXTEND'],
  tuple: ['BUILD_LIST', 'LIST_APPEND', 'LIST_EXTEND'],
  set: ['BUILD_SET', 'SET_ADD', 'SET_UPDATE'],
};

/** starunpack_helper (3.9): constant runs of 3+ folded, star items through a list or set. */
export function starunpack39(c: Compiler, elts: A.Expr[], pushed: number, kind: DisplayKind): void {
  const [build, add, extend] = BUILD[kind];
  const isTuple = kind === 'tuple';
  const n = elts.length;
  if (n > 2 && elts.every((e) => e.type === 'Constant')) {
    const items: ConstValue[] = elts.map((e) => (e as A.Constant).value);
    if (isTuple) {
      c.loadConst({ kind: 'tuple', items });
    } else {
      c.addopI(build, pushed);
      c.loadConst(kind === 'set' ? { kind: 'frozenset', items } : { kind: 'tuple', items });
      c.addopI(extend, 1);
    }
    return;
  }
  if (elts.some((e) => e.type === 'Starred')) {
    let seenStar = false;
    for (let i = 0; i < n; i++) {
      const elt = elts[i]!;
      if (elt.type === 'Starred') {
        if (!seenStar) {
          c.addopI(build, i + pushed);
          seenStar = true;
        }
        visitExpr(c, elt.value);
        c.addopI(extend, 1);
      } else {
        visitExpr(c, elt);
        if (seenStar) c.addopI(add, 1);
      }
    }
    if (isTuple) c.addop('LIST_TO_TUPLE');
  } else {
    for (const elt of elts) visitExpr(c, elt);
    c.addopI(isTuple ? 'BUILD_TUPLE' : build, n + pushed);
  }
}

function dict39(c: Compiler, e: A.Dict): void {
  buildDict(c, e, (from, to) => subdict(c, e, from, to), (elements) => elements === 0xffff, (v) => visitExpr(c, v));
}

function callWithStars39(c: Compiler, pushed: number, args: A.Expr[], keywords: A.Keyword[]): void {
  if (pushed === 0 && args.length === 1 && args[0]!.type === 'Starred') visitExpr(c, args[0]!.value);
  else starunpack39(c, args, pushed, 'tuple');
  if (keywords.length) {
    mergeKeywords(c, keywords, (from, to) => subkwargs(c, keywords, from, to), (v) => visitExpr(c, v));
  }
  c.addopI('CALL_FUNCTION_EX', keywords.length > 0 ? 1 : 0);
}

/** `name = None; del name` after an `except ... as name` body. */
function clearHandlerName(c: Compiler, name: string): void {
  c.loadConst({ kind: 'none' });
  c.nameop(name, 'Store');
  c.nameop(name, 'Del');
}

export function tryExcept39(c: Compiler, s: A.Try): void {
  const body = c.newBlock();
  let except = c.newBlock();
  const orelse = c.newBlock();
  const end = c.newBlock();
  c.addopJ('SETUP_FINALLY', except);
  c.useNextBlock(body);
  c.pushFBlock('EXCEPT', body, null);
  visitStmts(c, s.body);
  c.addop('POP_BLOCK');
  c.popFBlock();
  c.addopJ('JUMP_FORWARD', orelse);
  const n = s.handlers.length;
  c.useNextBlock(except);
  for (let i = 0; i < n; i++) {
    const h = s.handlers[i]!;
    if (!h.exc_type && i < n - 1) c.error("default 'except:' must be last", h.lineno, h.col_offset + 1);
    c.u.linenoSet = false;
    c.u.lineno = h.lineno;
    except = c.newBlock();
    if (h.exc_type) {
      c.addop('DUP_TOP');
      visitExpr(c, h.exc_type);
      c.addopJ('JUMP_IF_NOT_EXC_MATCH', except);
    }
    c.addop('POP_TOP');
    if (h.name) {
      const cleanupEnd = c.newBlock();
      const cleanupBody = c.newBlock();
      c.nameop(h.name, 'Store');
      c.addop('POP_TOP');
      c.addopJ('SETUP_FINALLY', cleanupEnd);
      c.useNextBlock(cleanupBody);
      c.pushFBlock('HANDLER_CLEANUP', cleanupBody, null, h.name);
      visitStmts(c, h.body);
      c.popFBlock();
      c.addop('POP_BLOCK');
      c.addop('POP_EXCEPT');
      clearHandlerName(c, h.name);
      c.addopJ('JUMP_FORWARD', end);
      c.useNextBlock(cleanupEnd);
      clearHandlerName(c, h.name);
      c.addop('RERAISE');
    } else {
      const cleanupBody = c.newBlock();
      c.addop('POP_TOP');
      c.addop('POP_TOP');
      c.useNextBlock(cleanupBody);
      c.pushFBlock('HANDLER_CLEANUP', cleanupBody, null, null);
      visitStmts(c, h.body);
      c.popFBlock();
      c.addop('POP_EXCEPT');
      c.addopJ('JUMP_FORWARD', end);
    }
    c.useNextBlock(except);
  }
  c.addop('RERAISE');
  c.useNextBlock(orelse);
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

function tryFinally39(c: Compiler, s: A.Try): void {
  const body = c.newBlock();
  const end = c.newBlock();
  const exit = c.newBlock();
  c.addopJ('SETUP_FINALLY', end);
  c.useNextBlock(body);
  c.pushFBlock('FINALLY_TRY', body, end, s.finalbody);
  if (s.handlers.length) c.backend.dialect.tryExcept(c, s);
  else visitStmts(c, s.body);
  c.addop('POP_BLOCK');
  c.popFBlock();
  visitStmts(c, s.finalbody);
  c.addopJ('JUMP_FORWARD', exit);
  c.useNextBlock(end);
  c.pushFBlock('FINALLY_END', end, null);
  visitStmts(c, s.finalbody);
  c.popFBlock();
  c.addop('RERAISE');
  c.useNextBlock(exit);
}

/** __exit__(None, None, None) on the normal path. */
function callExitWithNones(c: Compiler): void {
  c.loadConst({ kind: 'none' });
  c.addop('DUP_TOP');
  c.addop('DUP_TOP');
  c.addopI('CALL_FUNCTION', 3);
}

function with39(c: Compiler, s: A.With, pos: number): void {
  const item = s.items[pos]!;
  const block = c.newBlock();
  const final = c.newBlock();
  const exit = c.newBlock();
  visitExpr(c, item.context_expr);
  c.addopJ('SETUP_WITH', final);
  c.useNextBlock(block);
  c.pushFBlock('WITH', block, final);
  if (item.optional_vars) visitExpr(c, item.optional_vars);
  else c.addop('POP_TOP');
  pos++;
  if (pos === s.items.length) visitStmts(c, s.body);
  else c.backend.dialect.with(c, s, pos);
  c.addop('POP_BLOCK');
  c.popFBlock();
  callExitWithNones(c);
  c.addop('POP_TOP');
  c.addopJ('JUMP_FORWARD', exit);
  c.useNextBlock(final);
  c.addop('WITH_EXCEPT_START');
  withExceptFinish(c);
  c.useNextBlock(exit);
}

function withExceptFinish(c: Compiler): void {
  const exit = c.newBlock();
  c.addopJ('POP_JUMP_IF_TRUE', exit);
  c.addop('RERAISE');
  c.useNextBlock(exit);
  c.addop('POP_TOP');
  c.addop('POP_TOP');
  c.addop('POP_TOP');
  c.addop('POP_EXCEPT');
  c.addop('POP_TOP');
}

function assert39(c: Compiler, s: A.Assert): void {
  const end = c.newBlock();
  jumpIf(c, s.test, end, true);
  c.addop('LOAD_ASSERTION_ERROR');
  if (s.msg) {
    visitExpr(c, s.msg);
    c.addopI('CALL_FUNCTION', 1);
  }
  c.addopI('RAISE_VARARGS', 1);
  c.useNextBlock(end);
}

function unwindFBlock39(c: Compiler, info: FBlock, preserveTos: boolean): void {
  switch (info.type) {
    case 'WHILE_LOOP':
      return;
    case 'FOR_LOOP':
    case 'POP_VALUE':
      if (preserveTos) c.addop('ROT_TWO');
      c.addop('POP_TOP');
      return;
    case 'EXCEPT':
      c.addop('POP_BLOCK');
      return;
    case 'FINALLY_TRY': {
      c.addop('POP_BLOCK');
      if (preserveTos) c.pushFBlock('POP_VALUE', null, null);
      // The inlined finally body gets its own lines; the exit code after it gets the statement's.
      const saved = c.u.lineno;
      visitStmts(c, info.datum as A.Stmt[]);
      c.setLine(saved);
      if (preserveTos) c.popFBlock();
      return;
    }
    case 'FINALLY_END':
      if (preserveTos) c.addop('ROT_FOUR');
      c.addop('POP_TOP');
      c.addop('POP_TOP');
      c.addop('POP_TOP');
      if (preserveTos) c.addop('ROT_FOUR');
      c.addop('POP_EXCEPT');
      return;
    case 'WITH':
    case 'ASYNC_WITH':
      c.addop('POP_BLOCK');
      if (preserveTos) c.addop('ROT_TWO');
      callExitWithNones(c);
      if (info.type === 'ASYNC_WITH') {
        c.addop('GET_AWAITABLE');
        c.loadConst({ kind: 'none' });
        c.addop('YIELD_FROM');
      }
      c.addop('POP_TOP');
      return;
    case 'HANDLER_CLEANUP': {
      const name = info.datum as string | null;
      if (name) c.addop('POP_BLOCK');
      if (preserveTos) c.addop('ROT_FOUR');
      c.addop('POP_EXCEPT');
      if (name) clearHandlerName(c, name);
      return;
    }
    default:
      throw new Error(`gilsim bug: frame block ${info.type} does not exist in 3.9`);
  }
}

export const dialect39: CodegenDialect = {
  ...dialect38,
  comprehensionTempIdiom: true,
  compareOp: compareOp39,
  display: (c, elts, kind) => starunpack39(c, elts, 0, kind),
  dict: dict39,
  callWithStars: callWithStars39,
  tryExcept: tryExcept39,
  tryFinally: tryFinally39,
  with: with39,
  assert: assert39,
  unwindFBlock: unwindFBlock39,
};
