// Stage: compiler (code generation, statements). Assignments, control flow, loops,
// try/except/finally and with in CPython 3.8's block-stack protocol (SETUP_FINALLY,
// BEGIN_FINALLY, CALL_FINALLY, POP_FINALLY, END_FINALLY), imports, asserts, and the
// unwinding that return/break/continue perform through frame blocks.
import type * as A from '../syntax/ast.js';
import type { Compiler } from './compiler.js';
import type { FBlock } from './unit.js';
import { isTruthy } from './const-ops.js';
import { visitExpr, visitExprs, jumpIf, inplaceOp } from './codegen-expr.js';
import { compileFunction, compileClass } from './codegen-scope.js';

export function visitStmts(c: Compiler, body: readonly A.Stmt[]): void {
  for (const s of body) visitStmt(c, s);
}

/** expr_constant: 1/0 for a constant test, -1 otherwise. */
function exprConstant(e: A.Expr): number {
  return e.type === 'Constant' ? (isTruthy(e.value) ? 1 : 0) : -1;
}

function dead(c: Compiler, body: readonly A.Stmt[]): void {
  c.doNotEmit++;
  visitStmts(c, body);
  c.doNotEmit--;
}

export function visitStmt(c: Compiler, s: A.Stmt): void {
  c.setLine(s.lineno);
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
        if (i < n - 1) c.addop('DUP_TOP');
        visitExpr(c, s.targets[i]!);
      }
      return;
    }
    case 'AugAssign': compileAugAssign(c, s); return;
    case 'AnnAssign': compileAnnAssign(c, s); return;
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
      return;
    }
    case 'Try':
      if (s.finalbody.length) compileTryFinally(c, s);
      else compileTryExcept(c, s);
      return;
    case 'Assert': compileAssert(c, s); return;
    case 'Import': compileImport(c, s); return;
    case 'ImportFrom': compileFromImport(c, s); return;
    case 'Global':
    case 'Nonlocal':
    case 'Pass':
      return;
    case 'Expr':
      if (s.value.type === 'Constant') return;
      visitExpr(c, s.value);
      c.addop('POP_TOP');
      return;
    case 'Break': compileBreak(c, s); return;
    case 'Continue': compileContinue(c, s); return;
    case 'With':
    case 'AsyncWith':
      compileWith(c, s, 0);
      return;
  }
}

// ------------------------------------------------------------ assignment forms

function compileAugAssign(c: Compiler, s: A.AugAssign): void {
  const e = s.target;
  switch (e.type) {
    case 'Attribute':
    case 'Subscript':
      visitExpr(c, e, 'AugLoad');
      visitExpr(c, s.value);
      c.addop(inplaceOp(s.op));
      visitExpr(c, e, 'AugStore');
      return;
    case 'Name':
      c.nameop(e.id, 'Load');
      visitExpr(c, s.value);
      c.addop(inplaceOp(s.op));
      c.nameop(e.id, 'Store');
      return;
    default:
      c.error('illegal expression for augmented assignment', s.lineno, s.col_offset + 1);
  }
}

function compileAnnAssign(c: Compiler, s: A.AnnAssign): void {
  const targ = s.target;
  if (s.value) {
    visitExpr(c, s.value);
    visitExpr(c, targ);
  }
  switch (targ.type) {
    case 'Name':
      if (s.simple && (c.u.scopeType === 'module' || c.u.scopeType === 'class')) {
        visitExpr(c, s.annotation);
        c.addopNameRaw('LOAD_NAME', '__annotations__');
        c.loadConst({ kind: 'str', value: mangleFor(c, targ.id) });
        c.addop('STORE_SUBSCR');
      }
      break;
    case 'Attribute':
      if (!s.value) {
        visitExpr(c, targ.value);
        c.addop('POP_TOP');
      }
      break;
    case 'Subscript':
      if (!s.value) {
        visitExpr(c, targ.value);
        c.addop('POP_TOP');
        annSubscr(c, targ.slice);
      }
      break;
    default:
      break;
  }
  if (!s.simple && (c.u.scopeType === 'module' || c.u.scopeType === 'class')) {
    visitExpr(c, s.annotation);
    c.addop('POP_TOP');
  }
}

function annSubscr(c: Compiler, sl: A.Slice): void {
  switch (sl.type) {
    case 'Index': visitExpr(c, sl.value); c.addop('POP_TOP'); break;
    case 'Slice':
      for (const p of [sl.lower, sl.upper, sl.step]) if (p) { visitExpr(c, p); c.addop('POP_TOP'); }
      break;
    case 'ExtSlice': for (const d of sl.dims) annSubscr(c, d); break;
  }
}

function mangleFor(c: Compiler, name: string): string {
  const p = c.u.privateName;
  if (p === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = p.replace(/^_+/, '');
  return stripped ? `_${stripped}${name}` : name;
}

// ------------------------------------------------------------ control flow

function compileIf(c: Compiler, s: A.If): void {
  const end = c.newBlock();
  const constant = exprConstant(s.test);
  if (constant === 0) {
    dead(c, s.body);
    visitStmts(c, s.orelse);
  } else if (constant === 1) {
    visitStmts(c, s.body);
    if (s.orelse.length) dead(c, s.orelse);
  } else {
    const next = s.orelse.length ? c.newBlock() : end;
    jumpIf(c, s.test, next, false);
    visitStmts(c, s.body);
    if (s.orelse.length) {
      c.addopJ('JUMP_FORWARD', end);
      c.useNextBlock(next);
      visitStmts(c, s.orelse);
    }
  }
  c.useNextBlock(end);
}

function compileWhile(c: Compiler, s: A.While): void {
  const constant = exprConstant(s.test);
  if (constant === 0) {
    c.doNotEmit++;
    c.pushFBlock('WHILE_LOOP', null, null);
    visitStmts(c, s.body);
    c.popFBlock();
    c.doNotEmit--;
    visitStmts(c, s.orelse);
    return;
  }
  const loop = c.newBlock();
  const end = c.newBlock();
  const anchor = constant === -1 ? c.newBlock() : null;
  c.useNextBlock(loop);
  c.pushFBlock('WHILE_LOOP', loop, end);
  if (anchor) jumpIf(c, s.test, anchor, false);
  visitStmts(c, s.body);
  c.addopJ('JUMP_ABSOLUTE', loop);
  if (anchor) c.useNextBlock(anchor);
  c.popFBlock();
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

function compileFor(c: Compiler, s: A.For): void {
  const start = c.newBlock();
  const cleanup = c.newBlock();
  const end = c.newBlock();
  c.pushFBlock('FOR_LOOP', start, end);
  visitExpr(c, s.iter);
  c.addop('GET_ITER');
  c.useNextBlock(start);
  c.addopJ('FOR_ITER', cleanup);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.addopJ('JUMP_ABSOLUTE', start);
  c.useNextBlock(cleanup);
  c.popFBlock();
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

/** compiler_unwind_fblock: leave one frame block on the way out of return/break/continue. */
function unwindFBlock(c: Compiler, info: FBlock, preserveTos: boolean): void {
  switch (info.type) {
    case 'WHILE_LOOP':
      return;
    case 'FINALLY_END':
      info.exit = null;
      c.addopI('POP_FINALLY', preserveTos ? 1 : 0);
      if (preserveTos) c.addop('ROT_TWO');
      c.addop('POP_TOP');
      return;
    case 'FOR_LOOP':
      if (preserveTos) c.addop('ROT_TWO');
      c.addop('POP_TOP');
      return;
    case 'EXCEPT':
      c.addop('POP_BLOCK');
      return;
    case 'FINALLY_TRY':
      c.addop('POP_BLOCK');
      c.addopJ('CALL_FINALLY', info.exit!);
      return;
    case 'FINALLY_TRY2':
      // try body of a finally that breaks/continues/returns: a placeholder sits under the value
      c.addop('POP_BLOCK');
      if (preserveTos) {
        c.addop('ROT_TWO');
        c.addop('POP_TOP');
        c.addopJ('CALL_FINALLY', info.exit!);
      } else {
        c.addopJ('CALL_FINALLY', info.exit!);
        c.addop('POP_TOP');
      }
      return;
    case 'WITH':
    case 'ASYNC_WITH':
      c.addop('POP_BLOCK');
      if (preserveTos) c.addop('ROT_TWO');
      c.addop('BEGIN_FINALLY');
      c.addop('WITH_CLEANUP_START');
      if (info.type === 'ASYNC_WITH') {
        c.addop('GET_AWAITABLE');
        c.loadConst({ kind: 'none' });
        c.addop('YIELD_FROM');
      }
      c.addop('WITH_CLEANUP_FINISH');
      c.addopI('POP_FINALLY', 0);
      return;
    case 'HANDLER_CLEANUP':
      if (preserveTos) c.addop('ROT_FOUR');
      if (info.exit) {
        c.addop('POP_BLOCK');
        c.addop('POP_EXCEPT');
        c.addopJ('CALL_FINALLY', info.exit);
      } else {
        c.addop('POP_EXCEPT');
      }
      return;
  }
}

function compileReturn(c: Compiler, s: A.Return): void {
  const preserveTos = s.value !== null && s.value.type !== 'Constant';
  if (c.u.ste.type !== 'function') c.error("'return' outside function", s.lineno, s.col_offset + 1);
  if (s.value && c.u.ste.coroutine && c.u.ste.generator) {
    c.error("'return' with value in async generator", s.lineno, s.col_offset + 1);
  }
  if (preserveTos) visitExpr(c, s.value!);
  const fb = c.u.fblocks;
  for (let depth = fb.length - 1; depth >= 0; depth--) unwindFBlock(c, fb[depth]!, preserveTos);
  if (s.value === null) c.loadConst({ kind: 'none' });
  else if (!preserveTos) visitExpr(c, s.value);
  c.addop('RETURN_VALUE');
}

function compileBreak(c: Compiler, s: A.Break): void {
  const fb = c.u.fblocks;
  for (let depth = fb.length - 1; depth >= 0; depth--) {
    const info = fb[depth]!;
    unwindFBlock(c, info, false);
    if (info.type === 'WHILE_LOOP' || info.type === 'FOR_LOOP') {
      if (info.exit) c.addopJ('JUMP_ABSOLUTE', info.exit);
      return;
    }
  }
  c.error("'break' outside loop", s.lineno, s.col_offset + 1);
}

function compileContinue(c: Compiler, s: A.Continue): void {
  const fb = c.u.fblocks;
  for (let depth = fb.length - 1; depth >= 0; depth--) {
    const info = fb[depth]!;
    if (info.type === 'WHILE_LOOP' || info.type === 'FOR_LOOP') {
      if (info.block) c.addopJ('JUMP_ABSOLUTE', info.block);
      return;
    }
    unwindFBlock(c, info, false);
  }
  c.error("'continue' not properly in loop", s.lineno, s.col_offset + 1);
}

// ------------------------------------------------------------ try / with

function compileTryFinally(c: Compiler, s: A.Try): void {
  const body = c.newBlock();
  const end = c.newBlock();
  const start = c.u.cur;
  // The finally block is compiled first to learn whether it breaks/continues/returns.
  c.useNextBlock(end);
  c.pushFBlock('FINALLY_END', end, end);
  visitStmts(c, s.finalbody);
  c.addop('END_FINALLY');
  const breakFinally = c.u.fblocks[c.u.fblocks.length - 1]!.exit === null;
  if (breakFinally) c.addop('POP_TOP');
  c.popFBlock();
  const newCur = c.u.cur;
  c.u.cur = start;
  start.next = null;

  c.u.linenoSet = false;
  c.u.lineno = s.lineno;
  if (breakFinally) c.loadConst({ kind: 'none' });
  c.addopJ('SETUP_FINALLY', end);
  c.useNextBlock(body);
  c.pushFBlock(breakFinally ? 'FINALLY_TRY2' : 'FINALLY_TRY', body, end);
  if (s.handlers.length) compileTryExcept(c, s);
  else visitStmts(c, s.body);
  c.addop('POP_BLOCK');
  c.addop('BEGIN_FINALLY');
  c.popFBlock();
  c.u.cur.next = end;
  c.u.cur = newCur;
}

function compileTryExcept(c: Compiler, s: A.Try): void {
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
      c.addopI('COMPARE_OP', 10);
      c.addopJ('POP_JUMP_IF_FALSE', except);
    }
    c.addop('POP_TOP');
    if (h.name) {
      const cleanupEnd = c.newBlock();
      const cleanupBody = c.newBlock();
      c.nameop(h.name, 'Store');
      c.addop('POP_TOP');
      c.addopJ('SETUP_FINALLY', cleanupEnd);
      c.useNextBlock(cleanupBody);
      c.pushFBlock('HANDLER_CLEANUP', cleanupBody, cleanupEnd);
      visitStmts(c, h.body);
      c.addop('POP_BLOCK');
      c.addop('BEGIN_FINALLY');
      c.popFBlock();
      c.useNextBlock(cleanupEnd);
      c.pushFBlock('FINALLY_END', cleanupEnd, null);
      c.loadConst({ kind: 'none' });
      c.nameop(h.name, 'Store');
      c.nameop(h.name, 'Del');
      c.addop('END_FINALLY');
      c.addop('POP_EXCEPT');
      c.popFBlock();
    } else {
      const cleanupBody = c.newBlock();
      c.addop('POP_TOP');
      c.addop('POP_TOP');
      c.useNextBlock(cleanupBody);
      c.pushFBlock('HANDLER_CLEANUP', cleanupBody, null);
      visitStmts(c, h.body);
      c.addop('POP_EXCEPT');
      c.popFBlock();
    }
    c.addopJ('JUMP_FORWARD', end);
    c.useNextBlock(except);
  }
  c.addop('END_FINALLY');
  c.useNextBlock(orelse);
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

function compileWith(c: Compiler, s: A.With, pos: number): void {
  const item = s.items[pos]!;
  const block = c.newBlock();
  const fin = c.newBlock();
  visitExpr(c, item.context_expr);
  c.addopJ('SETUP_WITH', fin);
  c.useNextBlock(block);
  c.pushFBlock('WITH', block, fin);
  if (item.optional_vars) visitExpr(c, item.optional_vars);
  else c.addop('POP_TOP');
  pos++;
  if (pos === s.items.length) visitStmts(c, s.body);
  else compileWith(c, s, pos);
  c.addop('POP_BLOCK');
  c.addop('BEGIN_FINALLY');
  c.popFBlock();
  c.useNextBlock(fin);
  c.pushFBlock('FINALLY_END', fin, null);
  c.addop('WITH_CLEANUP_START');
  c.addop('WITH_CLEANUP_FINISH');
  c.addop('END_FINALLY');
  c.popFBlock();
}

// ------------------------------------------------------------ assert / import

function compileAssert(c: Compiler, s: A.Assert): void {
  const end = c.newBlock();
  jumpIf(c, s.test, end, true);
  c.addopNameRaw('LOAD_GLOBAL', 'AssertionError');
  if (s.msg) {
    visitExpr(c, s.msg);
    c.addopI('CALL_FUNCTION', 1);
  }
  c.addopI('RAISE_VARARGS', 1);
  c.useNextBlock(end);
}

function compileImport(c: Compiler, s: A.Import): void {
  for (const alias of s.names) {
    c.loadConst({ kind: 'int', value: 0n });
    c.loadConst({ kind: 'none' });
    c.addopName('IMPORT_NAME', alias.name);
    if (alias.asname) {
      const parts = alias.name.split('.');
      if (parts.length > 1) {
        for (let i = 1; i < parts.length; i++) {
          c.addopNameRaw('IMPORT_FROM', parts[i]!);
          if (i === parts.length - 1) break;
          c.addop('ROT_TWO');
          c.addop('POP_TOP');
        }
        c.nameop(alias.asname, 'Store');
        c.addop('POP_TOP');
      } else {
        c.nameop(alias.asname, 'Store');
      }
    } else {
      c.nameop(alias.name.split('.')[0]!, 'Store');
    }
  }
}

function compileFromImport(c: Compiler, s: A.ImportFrom): void {
  c.loadConst({ kind: 'int', value: BigInt(s.level) });
  c.loadConst({ kind: 'tuple', items: s.names.map((a) => ({ kind: 'str', value: a.name })) });
  c.addopName('IMPORT_NAME', s.module ?? '');
  for (let i = 0; i < s.names.length; i++) {
    const alias = s.names[i]!;
    if (i === 0 && alias.name.startsWith('*')) {
      c.addop('IMPORT_STAR');
      return;
    }
    c.addopName('IMPORT_FROM', alias.name);
    c.nameop(alias.asname ?? alias.name, 'Store');
  }
  c.addop('POP_TOP');
}
