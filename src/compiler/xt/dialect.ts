// Stage: compiler <-> version seam for the exception-table era (3.11+). A Dialect is what one
// CPython version tells the shared 3.11+ code generator, CFG optimizer and assembler: opcode
// table, stack effects, and one hook per construct whose bytecode differs between versions.
// Implemented by src/versions/py311 (base), py312 and py313 (each: previous + changes).
import type * as A from '../../syntax/ast.js';
import type { ConstValue } from '../../syntax/constant.js';
import type { OpcodeTable } from '../../versions/profile.js';
import type { XCompiler } from './xcompiler.js';
import type { XBlock, XUnit } from './xunit.js';
import type { Comp } from './xscope.js';
import type { SymbolTable } from '../../semantics/symtable.js';

export interface CfgRules {
  /** Cells, free-variable copies and RETURN_GENERATOR are inserted after optimisation (3.12+). */
  readonly lateLocalsplus: boolean;
  /** Exception handlers were labelled inside `optimize` (3.12+), before the CFG changed. */
  readonly labelsFirst: boolean;
  /** Conditional jumps exist in both directions (3.11: POP_JUMP_FORWARD/BACKWARD_IF_*). */
  readonly directionalCondJumps: boolean;
  /** The version's CFG pipeline: peepholes, dead code, constants, line numbers. */
  optimize(u: XUnit, entry: XBlock, consts: ConstValue[]): void;
  /** Pseudo-instructions that become real ones at the end (STORE_FAST_MAYBE_NULL...). */
  readonly pseudoOps: Readonly<Record<string, string>>;
  /** Late passes after exception labelling (3.13 superinstructions). */
  finalPasses(u: XUnit, blocks: XBlock[]): void;
}

export interface TableFormats {
  /** Consecutive instructions with the same location share one location entry (3.12+). */
  readonly mergeSameLocations: boolean;
  encodeLocations(
    ranges: readonly { lineno: number; endLineno: number; col: number; endCol: number; units: number }[],
    firstlineno: number,
  ): Uint8Array;
  encodeExceptionTable(
    entries: readonly { start: number; end: number; target: number; depth: number; lasti: boolean }[],
  ): Uint8Array;
}

export interface Dialect {
  readonly opcodes: OpcodeTable;
  /** co_linetable and co_exceptiontable encoders. */
  readonly formats: TableFormats;
  /** Inline CACHE entries that follow each opcode. */
  readonly cacheSizes: Readonly<Record<string, number>>;
  stackEffect(op: string, arg: number, jump: boolean): number;
  readonly cfg: CfgRules;

  // ----- names, constants, returns
  /** A free variable read in a class body (class namespace first, then the cell). */
  classDeref(c: XCompiler, arg: number): void;
  readonly loadClosureOp: string;
  returnConstant(c: XCompiler, v: ConstValue): void;

  // ----- operators and jumps
  compareArg(cmp: number, forJump: boolean): number;
  boolOpStep(c: XCompiler, isOr: boolean, end: XBlock): void;
  condJump(c: XCompiler, cond: boolean, target: XBlock, afterCompare: boolean): void;
  /**
   * 3.11: a conditional jump has the location in effect, and a Compare test sets its own
   * location for the rest of the statement. 3.12+: the jump and a chained comparison's
   * helpers have the test's location, restored afterwards.
   */
  readonly jumpIfLocationLeaks: boolean;
  /** An assert's RAISE_VARARGS has the test's location (3.13), not the statement's. */
  readonly assertRaiseAtTest: boolean;
  unaryOp(c: XCompiler, op: A.UnaryOpKind): void;
  /** After the value: conversion, the spec (visited here) and the formatting instruction. */
  formattedValue(c: XCompiler, conversion: number, spec: A.Expr | null): void;
  /** The format spec as this version's parser builds it (3.12 adds a trailing '' after a field). */
  formatSpec(spec: A.Expr): A.Expr;
  listToTuple(c: XCompiler): void;
  readonly twoPartSlices: boolean;
  loadAttr(c: XCompiler, name: string): void;
  /** Called for every attribute store target (3.13 collects __static_attributes__). */
  storeAttr?(c: XCompiler, e: A.Attribute): void;

  // ----- calls
  callable(c: XCompiler, visitFunc: () => void, funcLoc: import('./xunit.js').Loc): void;
  methodCallAllowed(c: XCompiler, meth: A.Attribute): boolean;
  methodCallLoc(c: XCompiler, meth: A.Attribute): void;
  /** The CALL of a method call has the call's location (3.12+), not the method load's (3.11). */
  readonly methodCallAtCallLoc: boolean;
  loadMethod(c: XCompiler, name: string): void;
  /** `super().name` / `super(C, self).name` loaded specially (3.12 LOAD_SUPER_ATTR); false: not handled. */
  superAttr(c: XCompiler, attr: A.Attribute, method: boolean): boolean;
  call(c: XCompiler, n: number, kwnames: string[] | null): void;
  callEx(c: XCompiler, hasKw: boolean): void;
  callDecorator(c: XCompiler): void;
  callExitWithNones(c: XCompiler): void;

  // ----- generators
  yieldValue(c: XCompiler): void;
  yieldFrom(c: XCompiler): void;

  // ----- statements
  whileLoopBack(c: XCompiler, s: A.While, loop: XBlock, body: XBlock): void;
  forLoopExit(c: XCompiler, s: A.For): void;
  /** After WITH_EXCEPT_START: reraise unless __exit__ suppressed, with the cleanup handler. */
  withExceptFinish(c: XCompiler, cleanup: XBlock): void;
  popIterator(c: XCompiler): void;
  markCold(b: XBlock): void;
  /** The jump that leaves an except handler or a with's exit path (3.13: no eval-breaker check). */
  readonly handlerExitJump: string;
  importStar(c: XCompiler): void;

  // ----- scopes
  makeFunction(c: XCompiler, flags: number): void;
  classPrologue(c: XCompiler, s: A.ClassDef): void;
  classEpilogue(c: XCompiler): void;
  loadBuildClass(c: XCompiler): void;
  loadOuterIterator(c: XCompiler): void;
  comprehensionLoopExit(c: XCompiler): void;
  /** Where LIST_APPEND & co. and the loop's back jump sit: the element (3.12+) or the comprehension. */
  readonly comprehensionAppendAtElt: boolean;
  /** A lambda's RETURN_VALUE sits at its body (3.11, 3.13) or at column 0 of its line (3.12). */
  readonly lambdaReturnAtBody: boolean;
  /** A for loop's GET_ITER sits at the iterable (3.13) or at the statement. */
  readonly getIterAtIterable: boolean;
  /** The version's AST optimisations beyond the shared constant folding (3.10+ %-format to f-string). */
  optimizeAst(mod: A.Module): A.Module;
  /** Adjusts the freshly built symbol table (3.12+ comprehension inlining). */
  prepareSymtable(st: SymbolTable): void;
  /** Compiles the comprehension inline (PEP 709) and returns true, or returns false. */
  inlineComprehension(c: XCompiler, e: Comp): boolean;
}
