// Stage: compiler, exception-table era (3.11+), statements: assignments, control flow, loops,
// try/except/finally and with as SETUP_*/POP_BLOCK pseudo-instructions (turned into the
// exception table by xassemble.ts), imports, asserts, and frame-block unwinding.
import type * as A from '../../syntax/ast.js';
import type { XCompiler } from './xcompiler.js';
import type { XFBlock } from './xunit.js';
import { visitExpr, visitExprs, jumpIf, nbOp, visitSlice, updateStartLocationToMatchAttr } from './xexpr.js';
import { compileFunction, compileClass } from './xscope.js';
import { locOf } from './xcompiler.js';
import { compileImport, compileFromImport } from '../import-stmt.js';
import { compileAnnAssign } from '../ann-assign.js';

export function visitStmts(c: XCompiler, body: readonly A.Stmt[]): void {
  for (const s of body) visitStmt(c, s);
}

export function visitStmt(c: XCompiler, s: A.Stmt): void {
  c.setLoc(s);
  switch (s.type) {
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      compileFunction(c, s);
      return;
    case 'ClassDef': compileClass(c, s); return;
    case 'Return': compileReturn(c, s); return;
    case 'Delete': visitExprs(c, s.targets); return;
    case 'Assign': {
      visitExpr(c, s.value);
      const n = s.targets.length;
      for (let i = 0; i < n; i++) {
        if (i < n - 1) c.addopI('COPY', 1);
        visitExpr(c, s.targets[i]!);
      }
      return;
    }
    case 'AugAssign': compileAugAssign(c, s); return;
    case 'AnnAssign': compileAnnAssign(c, s, (e) => visitExpr(c, e)); return;
    case 'For':
    case 'AsyncFor':
      compileFor(c, s);
      return;
    case 'While': compileWhile(c, s); return;
    case 'If': compileIf(c, s); return;
    case 'Raise': {
      let n = 0;
      if (s.exc) {
        visitExpr(c, s.exc);
        n++;
        if (s.cause) {
          visitExpr(c, s.cause);
          n++;
        }
      }
      c.addopI('RAISE_VARARGS', n);
      c.nextBlock();
      return;
    }
    case 'Try':
      if (s.finalbody.length) compileTryFinally(c, s);
      else compileTryExcept(c, s);
      return;
    case 'Assert': compileAssert(c, s); return;
    case 'Import': compileImport(c, s, () => c.addopI('SWAP', 2)); return;
    case 'ImportFrom': compileFromImport(c, s, () => c.d.importStar(c)); return;
    case 'Global':
    case 'Nonlocal':
      return;
    case 'Pass':
      c.addop('NOP');
      return;
    case 'Expr':
      if (s.value.type === 'Constant') {
        c.addop('NOP');
        return;
      }
      visitExpr(c, s.value);
      c.unsetLoc();
      c.addop('POP_TOP');
      return;
    case 'Break': compileBreak(c); return;
    case 'Continue': compileContinue(c); return;
    case 'With':
    case 'AsyncWith':
      compileWith(c, s, 0);
      return;
  }
}

// ------------------------------------------------------------ assignment forms

function compileAugAssign(c: XCompiler, s: A.AugAssign): void {
  const e = s.target;
  const stmtLoc = c.u.loc;
  c.setLoc(e);
  switch (e.type) {
    case 'Attribute':
      visitExpr(c, e.value);
      c.addopI('COPY', 1);
      updateStartLocationToMatchAttr(c, e);
      c.d.loadAttr(c, e.attr);
      break;
    case 'Subscript':
      visitExpr(c, e.value);
      if (visitSlice(c, e.slice, c.d.twoPartSlices)) {
        c.addopI('COPY', 3);
        c.addopI('COPY', 3);
        c.addopI('COPY', 3);
        c.addop('BINARY_SLICE');
        c.u.loc = stmtLoc;
        visitExpr(c, s.value);
        c.addopI('BINARY_OP', nbOp(s.op, true));
        c.setLoc(e);
        c.addopI('SWAP', 4);
        c.addopI('SWAP', 3);
        c.addopI('SWAP', 2);
        c.addop('STORE_SLICE');
        return;
      }
      c.addopI('COPY', 2);
      c.addopI('COPY', 2);
      c.addop('BINARY_SUBSCR');
      break;
    case 'Name':
      c.nameop(e.id, 'Load');
      break;
    default:
      c.error('illegal expression for augmented assignment', s.lineno, s.col_offset + 1);
  }
  c.u.loc = stmtLoc;
  visitExpr(c, s.value);
  c.addopI('BINARY_OP', nbOp(s.op, true));
  c.setLoc(e);
  switch (e.type) {
    case 'Attribute':
      updateStartLocationToMatchAttr(c, e);
      c.addopI('SWAP', 2);
      c.addopName('STORE_ATTR', e.attr);
      break;
    case 'Subscript':
      c.addopI('SWAP', 3);
      c.addopI('SWAP', 2);
      c.addop('STORE_SUBSCR');
      break;
    default:
      c.nameop((e as A.Name).id, 'Store');
  }
}

// ------------------------------------------------------------ control flow

function compileIf(c: XCompiler, s: A.If): void {
  const end = c.newBlock();
  const next = s.orelse.length ? c.newBlock() : end;
  jumpIf(c, s.test, next, false);
  visitStmts(c, s.body);
  if (s.orelse.length) {
    c.addopJNoLine('JUMP', end);
    c.useNextBlock(next);
    visitStmts(c, s.orelse);
  }
  c.useNextBlock(end);
}

function compileWhile(c: XCompiler, s: A.While): void {
  const loop = c.newBlock();
  const body = c.newBlock();
  const anchor = c.newBlock();
  const end = c.newBlock();
  c.useNextBlock(loop);
  c.pushFBlock('WHILE_LOOP', loop, end);
  jumpIf(c, s.test, anchor, false);
  c.useNextBlock(body);
  visitStmts(c, s.body);
  c.d.whileLoopBack(c, s, loop, body);
  c.popFBlock();
  c.useNextBlock(anchor);
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

function compileFor(c: XCompiler, s: A.For): void {
  const start = c.newBlock();
  const body = c.newBlock();
  const cleanup = c.newBlock();
  const end = c.newBlock();
  c.pushFBlock('FOR_LOOP', start, end);
  visitExpr(c, s.iter);
  if (c.d.getIterAtIterable) c.emit('GET_ITER', 0, null, locOf(s.iter));
  else c.addop('GET_ITER');
  c.useNextBlock(start);
  if (c.d.getIterAtIterable) c.emit('FOR_ITER', 0, cleanup, locOf(s.iter));
  else c.addopJ('FOR_ITER', cleanup);
  c.useNextBlock(body);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.unsetLoc();
  c.addopJ('JUMP', start);
  c.useNextBlock(cleanup);
  c.d.forLoopExit(c, s);
  c.popFBlock();
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

/** compiler_unwind_fblock: leave one frame block on the way out of return/break/continue. */
function unwindFBlock(c: XCompiler, info: XFBlock, preserveTos: boolean): void {
  switch (info.type) {
    case 'WHILE_LOOP':
    case 'EXCEPTION_HANDLER':
      return;
    case 'FOR_LOOP':
      if (preserveTos) c.addopI('SWAP', 2);
      c.d.popIterator(c);
      return;
    case 'TRY_EXCEPT':
      c.addop('POP_BLOCK');
      return;
    case 'FINALLY_TRY':
      c.addop('POP_BLOCK');
      if (preserveTos) c.pushFBlock('POP_VALUE', null, null);
      visitStmts(c, info.datum as A.Stmt[]);
      if (preserveTos) c.popFBlock();
      c.unsetLoc();
      return;
    case 'FINALLY_END':
      if (preserveTos) c.addopI('SWAP', 2);
      c.addop('POP_TOP');
      if (preserveTos) c.addopI('SWAP', 2);
      c.addop('POP_BLOCK');
      c.addop('POP_EXCEPT');
      return;
    case 'WITH':
    case 'ASYNC_WITH':
      c.setLoc(info.datum as A.With);
      c.addop('POP_BLOCK');
      if (preserveTos) c.addopI('SWAP', 2);
      callExitWithNones(c);
      c.addop('POP_TOP');
      c.unsetLoc();
      return;
    case 'HANDLER_CLEANUP':
      if (info.datum) c.addop('POP_BLOCK');
      if (preserveTos) c.addopI('SWAP', 2);
      c.addop('POP_BLOCK');
      c.addop('POP_EXCEPT');
      if (info.datum) {
        c.loadConst({ kind: 'none' });
        c.nameop(info.datum as string, 'Store');
        c.nameop(info.datum as string, 'Del');
      }
      return;
    case 'POP_VALUE':
      if (preserveTos) c.addopI('SWAP', 2);
      c.addop('POP_TOP');
      return;
    case 'STOP_ITERATION':
      return;
  }
}

/** compiler_unwind_fblock_stack: returns the innermost loop when `wantLoop`. */
function unwindFBlockStack(c: XCompiler, preserveTos: boolean, wantLoop: boolean): XFBlock | null {
  const fb = c.u.fblocks;
  if (!fb.length) return null;
  const top = fb[fb.length - 1]!;
  if (wantLoop && (top.type === 'WHILE_LOOP' || top.type === 'FOR_LOOP')) return top;
  fb.pop();
  unwindFBlock(c, top, preserveTos);
  const loop = unwindFBlockStack(c, preserveTos, wantLoop);
  fb.push(top);
  return loop;
}

function compileReturn(c: XCompiler, s: A.Return): void {
  const v = s.value;
  const preserveTos = v !== null && v.type !== 'Constant';
  if (c.u.ste.type !== 'function') c.error("'return' outside function", s.lineno, s.col_offset + 1);
  if (v && c.u.ste.coroutine && c.u.ste.generator) c.error("'return' with value in async generator", s.lineno, s.col_offset + 1);
  if (preserveTos) {
    visitExpr(c, v!);
  } else if (v) {
    c.u.loc = locOf(v);
    c.addop('NOP');
  }
  if (!v || v.lineno !== s.lineno) {
    c.setLoc(s);
    c.addop('NOP');
  }
  unwindFBlockStack(c, preserveTos, false);
  if (!v) c.d.returnConstant(c, { kind: 'none' });
  else if (!preserveTos) c.d.returnConstant(c, (v as A.Constant).value);
  else c.addop('RETURN_VALUE');
  c.nextBlock();
}

function compileBreak(c: XCompiler): void {
  c.addop('NOP');
  const loop = unwindFBlockStack(c, false, true);
  if (!loop) c.error("'break' outside loop");
  unwindFBlock(c, loop, false);
  c.addopJ('JUMP', loop.exit!);
  c.nextBlock();
}

function compileContinue(c: XCompiler): void {
  c.addop('NOP');
  const loop = unwindFBlockStack(c, false, true);
  if (!loop) c.error("'continue' not properly in loop");
  c.addopJ('JUMP', loop.block!);
  c.nextBlock();
}

// ------------------------------------------------------------ try / with

/** POP_EXCEPT_AND_RERAISE */
export function popExceptAndReraise(c: XCompiler): void {
  c.addopI('COPY', 3);
  c.addop('POP_EXCEPT');
  c.addopI('RERAISE', 1);
}

function compileTryFinally(c: XCompiler, s: A.Try): void {
  const body = c.newBlock();
  const end = c.newBlock();
  const exit = c.newBlock();
  const cleanup = c.newBlock();
  c.addopJ('SETUP_FINALLY', end);
  c.useNextBlock(body);
  c.pushFBlock('FINALLY_TRY', body, end, s.finalbody);
  if (s.handlers.length) compileTryExcept(c, s);
  else visitStmts(c, s.body);
  c.addopNoLine('POP_BLOCK');
  c.popFBlock();
  visitStmts(c, s.finalbody);
  c.addopJNoLine('JUMP', exit);
  c.useNextBlock(end);
  c.d.markCold(end);
  c.unsetLoc();
  c.addopJ('SETUP_CLEANUP', cleanup);
  c.addop('PUSH_EXC_INFO');
  c.pushFBlock('FINALLY_END', end, null);
  visitStmts(c, s.finalbody);
  c.popFBlock();
  c.unsetLoc();
  c.addopI('RERAISE', 0);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
  c.useNextBlock(exit);
}

function compileTryExcept(c: XCompiler, s: A.Try): void {
  const body = c.newBlock();
  let except = c.newBlock();
  const end = c.newBlock();
  const cleanup = c.newBlock();
  c.addopJ('SETUP_FINALLY', except);
  c.useNextBlock(body);
  c.pushFBlock('TRY_EXCEPT', body, null);
  visitStmts(c, s.body);
  c.popFBlock();
  c.addopNoLine('POP_BLOCK');
  if (s.orelse.length) visitStmts(c, s.orelse);
  c.addopJNoLine('JUMP', end);
  const n = s.handlers.length;
  c.useNextBlock(except);
  c.d.markCold(except);
  c.unsetLoc();
  c.addopJ('SETUP_CLEANUP', cleanup);
  c.addop('PUSH_EXC_INFO');
  c.pushFBlock('EXCEPTION_HANDLER', null, null);
  for (let i = 0; i < n; i++) {
    const h = s.handlers[i]!;
    c.setLoc(h);
    if (!h.exc_type && i < n - 1) c.error("default 'except:' must be last", h.lineno, h.col_offset + 1);
    except = c.newBlock();
    if (h.exc_type) {
      visitExpr(c, h.exc_type);
      c.addop('CHECK_EXC_MATCH');
      c.addopJ('POP_JUMP_IF_FALSE', except);
      c.nextBlock();
    }
    if (h.name) {
      const cleanupEnd = c.newBlock();
      const cleanupBody = c.newBlock();
      c.nameop(h.name, 'Store');
      c.addopJ('SETUP_CLEANUP', cleanupEnd);
      c.useNextBlock(cleanupBody);
      c.pushFBlock('HANDLER_CLEANUP', cleanupBody, null, h.name);
      visitStmts(c, h.body);
      c.popFBlock();
      c.unsetLoc();
      c.addop('POP_BLOCK');
      c.addop('POP_BLOCK');
      c.addop('POP_EXCEPT');
      c.loadConst({ kind: 'none' });
      c.nameop(h.name, 'Store');
      c.nameop(h.name, 'Del');
      c.addopJ(c.d.handlerExitJump, end);
      c.useNextBlock(cleanupEnd);
      c.unsetLoc();
      c.loadConst({ kind: 'none' });
      c.nameop(h.name, 'Store');
      c.nameop(h.name, 'Del');
      c.addopI('RERAISE', 1);
    } else {
      const cleanupBody = c.newBlock();
      c.addop('POP_TOP');
      c.useNextBlock(cleanupBody);
      c.pushFBlock('HANDLER_CLEANUP', cleanupBody, null, null);
      visitStmts(c, h.body);
      c.popFBlock();
      c.unsetLoc();
      c.addop('POP_BLOCK');
      c.addop('POP_EXCEPT');
      c.addopJ(c.d.handlerExitJump, end);
    }
    c.useNextBlock(except);
  }
  c.unsetLoc();
  c.popFBlock();
  c.addopI('RERAISE', 0);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
  c.useNextBlock(end);
}

function callExitWithNones(c: XCompiler): void {
  c.d.callExitWithNones(c);
}

function compileWith(c: XCompiler, s: A.With, pos: number): void {
  const item = s.items[pos]!;
  const block = c.newBlock();
  const fin = c.newBlock();
  const exit = c.newBlock();
  const cleanup = c.newBlock();
  visitExpr(c, item.context_expr);
  c.addop('BEFORE_WITH');
  c.addopJ('SETUP_WITH', fin);
  c.useNextBlock(block);
  c.pushFBlock('WITH', block, fin, s);
  if (item.optional_vars) visitExpr(c, item.optional_vars);
  else c.addop('POP_TOP');
  pos++;
  if (pos === s.items.length) visitStmts(c, s.body);
  else compileWith(c, s, pos);
  c.unsetLoc();
  c.addop('POP_BLOCK');
  c.popFBlock();
  c.setLoc(s);
  callExitWithNones(c);
  c.addop('POP_TOP');
  c.addopJ('JUMP', exit);
  c.useNextBlock(fin);
  c.d.markCold(fin);
  c.addopJ('SETUP_CLEANUP', cleanup);
  c.addop('PUSH_EXC_INFO');
  c.addop('WITH_EXCEPT_START');
  c.d.withExceptFinish(c, cleanup);
  c.useNextBlock(exit);
}

// ------------------------------------------------------------ assert / import

function compileAssert(c: XCompiler, s: A.Assert): void {
  const end = c.newBlock();
  jumpIf(c, s.test, end, true);
  c.addop('LOAD_ASSERTION_ERROR');
  if (s.msg) {
    visitExpr(c, s.msg);
    c.d.call(c, 0, null);
  }
  if (c.d.assertRaiseAtTest) c.emit('RAISE_VARARGS', 1, null, locOf(s.test));
  else c.addopI('RAISE_VARARGS', 1);
  c.useNextBlock(end);
}

