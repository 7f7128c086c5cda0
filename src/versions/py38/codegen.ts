// Stage: version codegen (3.8). CPython 3.8's shapes for the dialect hooks of the shared code
// generator (compiler/dialect.ts): COMPARE_OP for every comparison, BUILD_*_UNPACK displays and
// calls, and the block-stack protocol of try/finally and with (SETUP_FINALLY, BEGIN_FINALLY,
// CALL_FINALLY, POP_FINALLY, END_FINALLY, WITH_CLEANUP_*). Later versions spread dialect38
// and override. Depends on the shared compiler only.
import type * as A from '../../syntax/ast.js';
import type { Compiler } from '../../compiler/compiler.js';
import type { FBlock } from '../../compiler/unit.js';
import type { CodegenDialect, DisplayKind } from '../../compiler/dialect.js';
import { visitExpr, jumpIf, cmpArg, subdict, subkwargs } from '../../compiler/codegen-expr.js';
import { visitStmts, unwindStack, exprConstant, dead } from '../../compiler/codegen-stmt.js';

const DISPLAY_OPS: Record<DisplayKind, [single: string, inner: string, outer: string]> = {
  list: ['BUILD_LIST', 'BUILD_TUPLE', 'BUILD_LIST_UNPACK'],
  tuple: ['BUILD_TUPLE', 'BUILD_TUPLE', 'BUILD_TUPLE_UNPACK'],
  set: ['BUILD_SET', 'BUILD_SET', 'BUILD_SET_UNPACK'],
};

/** starunpack_helper: `single` builds a display without stars, `inner` packs runs between stars. */
function display38(c: Compiler, elts: A.Expr[], kind: DisplayKind): void {
  const [single, inner, outer] = DISPLAY_OPS[kind];
  let nsub = 0;
  let nseen = 0;
  for (const elt of elts) {
    if (elt.type === 'Starred') {
      if (nseen) {
        c.addopI(inner, nseen);
        nseen = 0;
        nsub++;
      }
      visitExpr(c, elt.value);
      nsub++;
    } else {
      visitExpr(c, elt);
      nseen++;
    }
  }
  if (nsub) {
    if (nseen) {
      c.addopI(inner, nseen);
      nsub++;
    }
    c.addopI(outer, nsub);
  } else {
    c.addopI(single, nseen);
  }
}

function dict38(c: Compiler, e: A.Dict): void {
  const n = e.values.length;
  let containers = 0;
  let elements = 0;
  let isUnpacking = false;
  for (let i = 0; i < n; i++) {
    isUnpacking = e.keys[i] === null;
    if (elements === 0xffff || (elements && isUnpacking)) {
      subdict(c, e, i - elements, i);
      containers++;
      elements = 0;
    }
    if (isUnpacking) {
      visitExpr(c, e.values[i]!);
      containers++;
    } else {
      elements++;
    }
  }
  if (elements || containers === 0) {
    subdict(c, e, n - elements, n);
    containers++;
  }
  if (containers > 1 || isUnpacking) c.addopI('BUILD_MAP_UNPACK', containers);
}

function callWithStars38(c: Compiler, n: number, args: A.Expr[], keywords: A.Keyword[]): void {
  let nsubargs = 0;
  let nsubkwargs = 0;
  let nseen = n;
  for (const elt of args) {
    if (elt.type === 'Starred') {
      if (nseen) {
        c.addopI('BUILD_TUPLE', nseen);
        nseen = 0;
        nsubargs++;
      }
      visitExpr(c, elt.value);
      nsubargs++;
    } else {
      visitExpr(c, elt);
      nseen++;
    }
  }
  {
    if (nseen) {
      c.addopI('BUILD_TUPLE', nseen);
      nsubargs++;
    }
    if (nsubargs > 1) c.addopI('BUILD_TUPLE_UNPACK_WITH_CALL', nsubargs);
    else if (nsubargs === 0) c.addopI('BUILD_TUPLE', 0);
    nseen = 0;
    for (let i = 0; i < keywords.length; i++) {
      const kw = keywords[i]!;
      if (kw.arg === null) {
        if (nseen) {
          subkwargs(c, keywords, i - nseen, i);
          nsubkwargs++;
          nseen = 0;
        }
        visitExpr(c, kw.value);
        nsubkwargs++;
      } else {
        nseen++;
      }
    }
    if (nseen) {
      subkwargs(c, keywords, keywords.length - nseen, keywords.length);
      nsubkwargs++;
    }
    if (nsubkwargs > 1) c.addopI('BUILD_MAP_UNPACK_WITH_CALL', nsubkwargs);
    c.addopI('CALL_FUNCTION_EX', nsubkwargs > 0 ? 1 : 0);
  }
}

/** compiler_unwind_fblock: leave one frame block on the way out of return/break/continue. */
function unwindFBlock38(c: Compiler, info: FBlock, preserveTos: boolean): void {
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


function tryFinally38(c: Compiler, s: A.Try): void {
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
  if (s.handlers.length) tryExcept38(c, s);
  else visitStmts(c, s.body);
  c.addop('POP_BLOCK');
  c.addop('BEGIN_FINALLY');
  c.popFBlock();
  c.u.cur.next = end;
  c.u.cur = newCur;
}

function tryExcept38(c: Compiler, s: A.Try): void {
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
      c.addopI('COMPARE_OP', 10); // PyCmp_EXC_MATCH
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

function with38(c: Compiler, s: A.With, pos: number): void {
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
  else with38(c, s, pos);
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


function assert38(c: Compiler, s: A.Assert): void {
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


// ------------------------------------------------------------ control flow

function if38(c: Compiler, s: A.If): void {
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

function while38(c: Compiler, s: A.While): void {
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

function return38(c: Compiler, s: A.Return): void {
  const preserveTos = s.value !== null && s.value.type !== 'Constant';
  if (c.u.ste.type !== 'function') c.error("'return' outside function", s.lineno, s.col_offset + 1);
  if (s.value && c.u.ste.coroutine && c.u.ste.generator) {
    c.error("'return' with value in async generator", s.lineno, s.col_offset + 1);
  }
  if (preserveTos) visitExpr(c, s.value!);
  unwindStack(c, preserveTos, false);
  if (s.value === null) c.loadConst({ kind: 'none' });
  else if (!preserveTos) visitExpr(c, s.value);
  c.addop('RETURN_VALUE');
}

function break38(c: Compiler, s: A.Break): void {
  const loop = unwindStack(c, false, true);
  if (!loop) c.error("'break' outside loop", s.lineno, s.col_offset + 1);
  c.backend.dialect.unwindFBlock(c, loop, false);
  if (loop.exit) c.addopJ('JUMP_ABSOLUTE', loop.exit);
}

function continue38(c: Compiler, s: A.Continue): void {
  const loop = unwindStack(c, false, true);
  if (!loop) c.error("'continue' not properly in loop", s.lineno, s.col_offset + 1);
  if (loop.block) c.addopJ('JUMP_ABSOLUTE', loop.block);
}

// ------------------------------------------------------------ assert / import


export const dialect38: CodegenDialect = {
  lineRule: 'on-change',
  ifStmt: if38,
  whileStmt: while38,
  returnStmt: return38,
  breakStmt: break38,
  continueStmt: continue38,
  emptyStmt: () => {},
  useCallEx: (args, keywords) => args.some((a) => a.type === 'Starred') || keywords.some((k) => k.arg === null),
  attributeAtEndLine: false,
  comprehensionTempIdiom: false,
  compareOp: (c, op) => c.addopI('COMPARE_OP', cmpArg(op)),
  display: display38,
  dict: dict38,
  callWithStars: callWithStars38,
  tryExcept: tryExcept38,
  tryFinally: tryFinally38,
  with: with38,
  assert: assert38,
  unwindFBlock: unwindFBlock38,
};
