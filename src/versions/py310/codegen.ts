// Stage: version codegen (3.10) = 3.9's dialect plus its changes: every instruction carries a
// line (-1 for artificial code, settled later by py310/cfg.ts), no compile-time folding of
// constant if/while tests (the CFG pass does it), while loops repeat the test at the bottom,
// NOPs that keep the line of pass/break/continue/return and constant statements, artificial
// (line-less) cleanup code in try/except/finally and with, RERAISE with an argument. Depends on the shared
// compiler and py39/codegen.ts.
import type * as A from '../../syntax/ast.js';
import type { Compiler } from '../../compiler/compiler.js';
import type { FBlock } from '../../compiler/unit.js';
import type { CodegenDialect, DisplayKind } from '../../compiler/dialect.js';
import { visitExpr, jumpIf, subdict, subkwargs } from '../../compiler/codegen-expr.js';
import { visitStmts, unwindStack } from '../../compiler/codegen-stmt.js';
import { dialect39, starunpack39 } from '../py39/codegen.js';
import { mergeKeywords, buildDict, subdict as sharedSubdict } from '../../compiler/dict-merge.js';

function if310(c: Compiler, s: A.If): void {
  const end = c.newBlock();
  const next = s.orelse.length ? c.newBlock() : end;
  jumpIf(c, s.test, next, false);
  visitStmts(c, s.body);
  if (s.orelse.length) {
    c.addopJNoLine('JUMP_FORWARD', end);
    c.useNextBlock(next);
    visitStmts(c, s.orelse);
  }
  c.useNextBlock(end);
}

function while310(c: Compiler, s: A.While): void {
  const loop = c.newBlock();
  const body = c.newBlock();
  const anchor = c.newBlock();
  const end = c.newBlock();
  c.useNextBlock(loop);
  c.pushFBlock('WHILE_LOOP', loop, end);
  jumpIf(c, s.test, anchor, false);
  c.useNextBlock(body);
  visitStmts(c, s.body);
  c.setLine(s.lineno);
  jumpIf(c, s.test, body, true);
  c.popFBlock();
  c.useNextBlock(anchor);
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

function return310(c: Compiler, s: A.Return): void {
  const v = s.value;
  const preserveTos = v !== null && v.type !== 'Constant';
  if (c.u.ste.type !== 'function') c.error("'return' outside function", s.lineno, s.col_offset + 1);
  if (v && c.u.ste.coroutine && c.u.ste.generator) {
    c.error("'return' with value in async generator", s.lineno, s.col_offset + 1);
  }
  if (preserveTos) {
    visitExpr(c, v!);
  } else if (v !== null) {
    c.setLine(v.lineno);
    c.addop('NOP');
  }
  if (v === null || v.lineno !== s.lineno) {
    c.setLine(s.lineno);
    c.addop('NOP');
  }
  unwindStack(c, preserveTos, false);
  if (v === null) c.loadConst({ kind: 'none' });
  else if (!preserveTos) c.loadConst((v as A.Constant).value);
  c.addop('RETURN_VALUE');
  c.nextBlock();
}

function break310(c: Compiler, s: A.Break): void {
  c.addop('NOP');
  const loop = unwindStack(c, false, true);
  if (!loop) c.error("'break' outside loop", s.lineno, s.col_offset + 1);
  c.backend.dialect.unwindFBlock(c, loop, false);
  c.addopJ('JUMP_ABSOLUTE', loop.exit!);
  c.nextBlock();
}

function continue310(c: Compiler, s: A.Continue): void {
  c.addop('NOP');
  const loop = unwindStack(c, false, true);
  if (!loop) c.error("'continue' not properly in loop", s.lineno, s.col_offset + 1);
  c.addopJ('JUMP_ABSOLUTE', loop.block!);
  c.nextBlock();
}

function clearHandlerName(c: Compiler, name: string): void {
  c.loadConst({ kind: 'none' });
  c.nameop(name, 'Store');
  c.nameop(name, 'Del');
}

function tryExcept310(c: Compiler, s: A.Try): void {
  const body = c.newBlock();
  let except = c.newBlock();
  const orelse = c.newBlock();
  const end = c.newBlock();
  c.addopJ('SETUP_FINALLY', except);
  c.useNextBlock(body);
  c.pushFBlock('EXCEPT', body, null);
  visitStmts(c, s.body);
  c.popFBlock();
  c.addopNoLine('POP_BLOCK');
  c.addopJNoLine('JUMP_FORWARD', orelse);
  const n = s.handlers.length;
  c.useNextBlock(except);
  c.markArtificial();
  c.pushFBlock('EXCEPTION_HANDLER', null, null);
  for (let i = 0; i < n; i++) {
    const h = s.handlers[i]!;
    c.setLine(h.lineno);
    if (!h.exc_type && i < n - 1) c.error("default 'except:' must be last", h.lineno, h.col_offset + 1);
    except = c.newBlock();
    if (h.exc_type) {
      c.addop('DUP_TOP');
      visitExpr(c, h.exc_type);
      c.addopJ('JUMP_IF_NOT_EXC_MATCH', except);
      c.nextBlock();
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
      c.markArtificial();
      c.addop('POP_BLOCK');
      c.addop('POP_EXCEPT');
      clearHandlerName(c, h.name);
      c.addopJ('JUMP_FORWARD', end);
      c.useNextBlock(cleanupEnd);
      c.markArtificial();
      clearHandlerName(c, h.name);
      c.addopI('RERAISE', 1);
    } else {
      const cleanupBody = c.newBlock();
      c.addop('POP_TOP');
      c.addop('POP_TOP');
      c.useNextBlock(cleanupBody);
      c.pushFBlock('HANDLER_CLEANUP', cleanupBody, null, null);
      visitStmts(c, h.body);
      c.popFBlock();
      c.markArtificial();
      c.addop('POP_EXCEPT');
      c.addopJ('JUMP_FORWARD', end);
    }
    c.useNextBlock(except);
  }
  c.popFBlock();
  c.markArtificial();
  c.addopI('RERAISE', 0);
  c.useNextBlock(orelse);
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

function tryFinally310(c: Compiler, s: A.Try): void {
  const body = c.newBlock();
  const end = c.newBlock();
  const exit = c.newBlock();
  c.addopJ('SETUP_FINALLY', end);
  c.useNextBlock(body);
  c.pushFBlock('FINALLY_TRY', body, end, s.finalbody);
  if (s.handlers.length) c.backend.dialect.tryExcept(c, s);
  else visitStmts(c, s.body);
  c.addopNoLine('POP_BLOCK');
  c.popFBlock();
  visitStmts(c, s.finalbody);
  c.addopJNoLine('JUMP_FORWARD', exit);
  c.useNextBlock(end);
  c.markArtificial();
  c.pushFBlock('FINALLY_END', end, null);
  visitStmts(c, s.finalbody);
  c.popFBlock();
  c.addopI('RERAISE', 0);
  c.useNextBlock(exit);
}

function callExitWithNones(c: Compiler): void {
  c.loadConst({ kind: 'none' });
  c.addop('DUP_TOP');
  c.addop('DUP_TOP');
  c.addopI('CALL_FUNCTION', 3);
}

function with310(c: Compiler, s: A.With, pos: number): void {
  const item = s.items[pos]!;
  const block = c.newBlock();
  const final = c.newBlock();
  const exit = c.newBlock();
  visitExpr(c, item.context_expr);
  c.addopJ('SETUP_WITH', final);
  c.useNextBlock(block);
  c.pushFBlock('WITH', block, final, s);
  if (item.optional_vars) visitExpr(c, item.optional_vars);
  else c.addop('POP_TOP');
  pos++;
  if (pos === s.items.length) visitStmts(c, s.body);
  else c.backend.dialect.with(c, s, pos);
  c.markArtificial();
  c.addop('POP_BLOCK');
  c.popFBlock();
  c.setLine(s.lineno);
  callExitWithNones(c);
  c.addop('POP_TOP');
  c.addopJ('JUMP_FORWARD', exit);
  c.useNextBlock(final);
  c.addop('WITH_EXCEPT_START');
  const suppressed = c.newBlock();
  c.addopJ('POP_JUMP_IF_TRUE', suppressed);
  c.nextBlock();
  c.addopI('RERAISE', 1);
  c.useNextBlock(suppressed);
  c.addop('POP_TOP');
  c.addop('POP_TOP');
  c.addop('POP_TOP');
  c.addop('POP_EXCEPT');
  c.addop('POP_TOP');
  c.useNextBlock(exit);
}

function unwindFBlock310(c: Compiler, info: FBlock, preserveTos: boolean): void {
  switch (info.type) {
    case 'EXCEPTION_HANDLER':
      return;
    case 'FINALLY_TRY':
      c.addop('POP_BLOCK');
      if (preserveTos) c.pushFBlock('POP_VALUE', null, null);
      visitStmts(c, info.datum as A.Stmt[]);
      if (preserveTos) c.popFBlock();
      // The code after the finally body belongs to the statement that left the block.
      c.markArtificial();
      return;
    case 'WITH':
    case 'ASYNC_WITH':
      c.setLine((info.datum as A.With).lineno);
      c.addop('POP_BLOCK');
      if (preserveTos) c.addop('ROT_TWO');
      callExitWithNones(c);
      if (info.type === 'ASYNC_WITH') {
        c.addop('GET_AWAITABLE');
        c.loadConst({ kind: 'none' });
        c.addop('YIELD_FROM');
      }
      c.addop('POP_TOP');
      c.markArtificial();
      return;
    default:
      dialect39.unwindFBlock(c, info, preserveTos);
  }
}

// ------------------------------------------------------------ stack-use guideline (3.10)

/**
 * STACK_USE_GUIDELINE: displays, dicts, keyword groups and calls that would push more than
 * this many values are built incrementally (BUILD_* 0 then LIST_APPEND/MAP_ADD per item).
 */
const STACK_USE_GUIDELINE = 30;

const BUILD310: Record<DisplayKind, [build: string, add: string, extend: string]> = {
  list: ['BUILD_LIST', 'LIST_APPEND', 'LIST_EXTEND'],
  tuple: ['BUILD_LIST', 'LIST_APPEND', 'LIST_EXTEND'],
  set: ['BUILD_SET', 'SET_ADD', 'SET_UPDATE'],
};

function starunpack310(c: Compiler, elts: A.Expr[], pushed: number, kind: DisplayKind): void {
  const [build, add, extend] = BUILD310[kind];
  const isTuple = kind === 'tuple';
  const n = elts.length;
  const big = n + pushed > STACK_USE_GUIDELINE;
  const seenStar = elts.some((e) => e.type === 'Starred');
  if ((n > 2 && elts.every((e) => e.type === 'Constant')) || (!seenStar && !big)) {
    starunpack39(c, elts, pushed, kind);
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
  if (isTuple) c.addop('LIST_TO_TUPLE');
}

function subdict310(c: Compiler, e: A.Dict, begin: number, end: number): void {
  sharedSubdict(c, e, begin, end, (end - begin) * 2 > STACK_USE_GUIDELINE, (v) => visitExpr(c, v));
}

function dict310(c: Compiler, e: A.Dict): void {
  buildDict(c, e, (from, to) => subdict310(c, e, from, to), (elements) => elements * 2 > STACK_USE_GUIDELINE, (v) => visitExpr(c, v));
}

function subkwargs310(c: Compiler, keywords: A.Keyword[], begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (!big) {
    subkwargs(c, keywords, begin, end);
    return;
  }
  c.addopINoLine('BUILD_MAP', 0);
  for (let i = begin; i < end; i++) {
    c.loadConst({ kind: 'str', value: keywords[i]!.arg! });
    visitExpr(c, keywords[i]!.value);
    c.addopINoLine('MAP_ADD', 1);
  }
}

function callWithStars310(c: Compiler, pushed: number, args: A.Expr[], keywords: A.Keyword[]): void {
  if (pushed === 0 && args.length === 1 && args[0]!.type === 'Starred') visitExpr(c, args[0]!.value);
  else starunpack310(c, args, pushed, 'tuple');
  if (keywords.length) {
    mergeKeywords(c, keywords, (from, to) => subkwargs310(c, keywords, from, to), (v) => visitExpr(c, v));
  }
  c.addopI('CALL_FUNCTION_EX', keywords.length > 0 ? 1 : 0);
}

export const dialect310: CodegenDialect = {
  ...dialect39,
  lineRule: 'every-instruction',
  ifStmt: if310,
  whileStmt: while310,
  returnStmt: return310,
  breakStmt: break310,
  continueStmt: continue310,
  emptyStmt: (c) => c.addop('NOP'),
  tryExcept: tryExcept310,
  tryFinally: tryFinally310,
  with: with310,
  unwindFBlock: unwindFBlock310,
  display: (c, elts, kind) => starunpack310(c, elts, 0, kind),
  dict: dict310,
  callWithStars: callWithStars310,
  useCallEx: (args, keywords) =>
    dialect39.useCallEx(args, keywords) || args.length + keywords.length * 2 > STACK_USE_GUIDELINE,
  attributeAtEndLine: true,
};
