// Stage: compiler (code generation, statements). Assignments, control flow, loops, imports and
// the unwinding that return/break/continue perform through frame blocks. The forms whose shape
// changes between versions (try/except/finally, with, assert, the exit code of each frame
// block) are reached through the Backend's dialect (dialect.ts, src/versions/pyXY/codegen.ts).
import type * as A from '../syntax/ast.js';
import type { Compiler } from './compiler.js';
import type { FBlock } from './unit.js';
import { isTruthy } from './const-ops.js';
import { visitExpr, visitExprs, jumpIf, inplaceOp } from './codegen-expr.js';
import { compileFunction, compileClass } from './codegen-scope.js';
import { compileImport, compileFromImport } from './import-stmt.js';
import { compileAnnAssign } from './ann-assign.js';

export function visitStmts(c: Compiler, body: readonly A.Stmt[]): void {
  for (const s of body) visitStmt(c, s);
}

/** expr_constant: 1/0 for a constant test, -1 otherwise. */
export function exprConstant(e: A.Expr): number {
  return e.type === 'Constant' ? (isTruthy(e.value) ? 1 : 0) : -1;
}

/** Compiles statements without emitting them (3.8/3.9 dead branches: names still enter co_names). */
export function dead(c: Compiler, body: readonly A.Stmt[]): void {
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
    case 'Return': c.backend.dialect.returnStmt(c, s); return;
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
    case 'AnnAssign': compileAnnAssign(c, s, (e) => visitExpr(c, e)); return;
    case 'For':
    case 'AsyncFor':
      compileFor(c, s);
      return;
    case 'While': c.backend.dialect.whileStmt(c, s); return;
    case 'If': c.backend.dialect.ifStmt(c, s); return;
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
      if (s.finalbody.length) c.backend.dialect.tryFinally(c, s);
      else c.backend.dialect.tryExcept(c, s);
      return;
    case 'Assert': c.backend.dialect.assert(c, s); return;
    case 'Import': compileImport(c, s, () => c.addop('ROT_TWO')); return;
    case 'ImportFrom': compileFromImport(c, s, () => c.addop('IMPORT_STAR')); return;
    case 'Global':
    case 'Nonlocal':
      return;
    case 'Pass':
      c.backend.dialect.emptyStmt(c, s);
      return;
    case 'Expr':
      if (s.value.type === 'Constant') {
        c.backend.dialect.emptyStmt(c, s);
        return;
      }
      visitExpr(c, s.value);
      c.addop('POP_TOP');
      return;
    case 'Break': c.backend.dialect.breakStmt(c, s); return;
    case 'Continue': c.backend.dialect.continueStmt(c, s); return;
    case 'With':
    case 'AsyncWith':
      c.backend.dialect.with(c, s, 0);
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

// ------------------------------------------------------------ control flow

export function compileFor(c: Compiler, s: A.For): void {
  const start = c.newBlock();
  const body = c.newBlock();
  const cleanup = c.newBlock();
  const end = c.newBlock();
  c.pushFBlock('FOR_LOOP', start, end);
  visitExpr(c, s.iter);
  c.addop('GET_ITER');
  c.useNextBlock(start);
  c.addopJ('FOR_ITER', cleanup);
  c.useNextBlock(body);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.markArtificial();
  c.addopJ('JUMP_ABSOLUTE', start);
  c.useNextBlock(cleanup);
  c.popFBlock();
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

/**
 * compiler_unwind_fblock_stack: unwind the frame blocks from the innermost outwards, each one
 * popped while its exit code is emitted (so an inlined finally body sees only outer blocks) and
 * pushed back afterwards. With `stopAtLoop`, stops at the innermost loop and returns it.
 */
export function unwindStack(c: Compiler, preserveTos: boolean, stopAtLoop: boolean): FBlock | null {
  const fb = c.u.fblocks;
  if (!fb.length) return null;
  const top = fb[fb.length - 1]!;
  if (stopAtLoop && (top.type === 'WHILE_LOOP' || top.type === 'FOR_LOOP')) return top;
  fb.pop();
  c.backend.dialect.unwindFBlock(c, top, preserveTos);
  const loop = unwindStack(c, preserveTos, stopAtLoop);
  fb.push(top);
  return loop;
}

