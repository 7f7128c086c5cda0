// Stage: compiler <-> version seam. The code shapes that differ between CPython versions while
// the rest of the code generator stays shared: comparisons, displays with unpacking, calls with
// */** arguments, try/except/finally, with, assert and the per-frame-block unwinding done by
// return/break/continue. Each src/versions/pyXY/codegen.ts implements it (3.8 first, later
// versions spread the previous one and override). Implementations may call back into the
// shared visitors (codegen-expr.ts, codegen-stmt.ts); this file holds only the interface.
import type * as A from '../syntax/ast.js';
import type { Compiler } from './compiler.js';
import type { FBlock } from './unit.js';

export type DisplayKind = 'list' | 'tuple' | 'set';

export interface CodegenDialect {
  /**
   * 'on-change': only the first instruction after a line change carries the line (3.8/3.9
   * u_lineno_set); 'every-instruction': each carries the current line, -1 for artificial code
   * (3.10+, line numbers settled by the CFG pass).
   */
  readonly lineRule: 'on-change' | 'every-instruction';
  /** if statements (3.8/3.9 drop the dead branch of a constant test at compile time). */
  ifStmt(c: Compiler, s: A.If): void;
  whileStmt(c: Compiler, s: A.While): void;
  /** return/break/continue/pass and constant expression statements. */
  returnStmt(c: Compiler, s: A.Return): void;
  breakStmt(c: Compiler, s: A.Break): void;
  continueStmt(c: Compiler, s: A.Continue): void;
  /** `pass` and an expression statement that is a lone constant (3.10: a NOP with its line). */
  emptyStmt(c: Compiler, s: A.Stmt): void;
  /**
   * Whether a call takes the CALL_FUNCTION_EX path (callWithStars): 3.8/3.9 only for * or **
   * arguments, 3.10 also for calls too big for the stack guideline.
   */
  useCallEx(args: readonly A.Expr[], keywords: readonly A.Keyword[]): boolean;
  /** LOAD_ATTR/STORE_ATTR and LOAD_METHOD/CALL_METHOD carry the attribute's end line (3.10). */
  readonly attributeAtEndLine: boolean;
  /**
   * `for y in [expr]` / `for y in (expr,)` in an inner comprehension loop is compiled as the
   * assignment `y = expr` (3.9+, bpo-32856).
   */
  readonly comprehensionTempIdiom: boolean;
  /** The instruction(s) for one comparison operator, operands already on the stack. */
  compareOp(c: Compiler, op: A.CmpOpKind): void;
  /** A list/tuple/set display (Load context), possibly with starred items. */
  display(c: Compiler, elts: A.Expr[], kind: DisplayKind): void;
  /** A dict display, possibly with ** items. */
  dict(c: Compiler, e: A.Dict): void;
  /**
   * A call with * or ** arguments: `pushed` positional values are already on the stack
   * (the class name and body function for class definitions), callable below them.
   */
  callWithStars(c: Compiler, pushed: number, args: A.Expr[], keywords: A.Keyword[]): void;
  tryExcept(c: Compiler, s: A.Try): void;
  /** try/finally (with or without except handlers). */
  tryFinally(c: Compiler, s: A.Try): void;
  /** `with` items from `pos` on. */
  with(c: Compiler, s: A.With, pos: number): void;
  assert(c: Compiler, s: A.Assert): void;
  /**
   * Leave one frame block on the way out of return/break/continue. The block has already been
   * popped from c.u.fblocks (it is pushed back afterwards), so code emitted here sees only the
   * blocks outside it.
   */
  unwindFBlock(c: Compiler, info: FBlock, preserveTos: boolean): void;
}
