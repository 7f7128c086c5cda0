// Stage: version profile (3.11 code generation). CPython 3.11's answers to the exception-table
// code generator: PUSH_NULL + PRECALL/CALL calls, KW_NAMES, LOAD_METHOD, JUMP_IF_*_OR_POP
// boolean operators, duplicated while tests, FORMAT_VALUE, LIST_TO_TUPLE, IMPORT_STAR.
// py312/dialect.ts starts from this object and overrides what changed.
import type { Dialect } from '../../compiler/xt/dialect.js';
import type { XCompiler } from '../../compiler/xt/xcompiler.js';
import type * as A from '../../syntax/ast.js';
import { DEF_IMPORT } from '../../semantics/symtable.js';
import { jumpIf, visitExpr, updateStartLocationToMatchAttr } from '../../compiler/xt/xexpr.js';
import { locOf } from '../../compiler/xt/xcompiler.js';
import { popExceptAndReraise } from '../../compiler/xt/xstmt.js';
import { opcodes } from './opcodes.generated.js';
import { stackEffect311 } from './stack-effect.js';
import { cfg311 } from './cfg.js';
import { optimizeFormats } from './format-opt.js';
import { encodeLocations } from './locations.js';
import { encodeExceptionTable } from './exception-table.js';

/** is_import_originated: `mod.f()` on a module-level import is not a method call. */
export function isImportOriginated(c: XCompiler, e: A.Expr): boolean {
  return e.type === 'Name' && (c.st.top.flagsOf(e.id) & DEF_IMPORT) !== 0;
}

const UNARY: Record<string, string> = {
  Invert: 'UNARY_INVERT', Not: 'UNARY_NOT', UAdd: 'UNARY_POSITIVE', USub: 'UNARY_NEGATIVE',
};

export function cacheSizesOf(extra: Readonly<Record<string, unknown>> | undefined): Record<string, number> {
  return { ...((extra?._inline_cache_entries ?? {}) as Record<string, number>) };
}

function condJump311(c: XCompiler, cond: boolean, target: import('../../compiler/xt/xunit.js').XBlock): void {
  c.addopJ(cond ? 'POP_JUMP_IF_TRUE' : 'POP_JUMP_IF_FALSE', target);
  c.nextBlock();
}

export const dialect311: Dialect = {
  opcodes,
  formats: { encodeLocations, encodeExceptionTable, mergeSameLocations: false },
  cacheSizes: cacheSizesOf(opcodes.extra),
  stackEffect: stackEffect311,
  cfg: cfg311,
  classDeref(c, arg) {
    c.addopI('LOAD_CLASSDEREF', arg);
  },
  loadClosureOp: 'LOAD_CLOSURE',
  returnConstant(c, v) {
    c.loadConst(v);
    c.addop('RETURN_VALUE');
  },
  compareArg: (cmp) => cmp,
  boolOpStep(c, isOr, end) {
    c.addopJ(isOr ? 'JUMP_IF_TRUE_OR_POP' : 'JUMP_IF_FALSE_OR_POP', end);
    c.nextBlock();
  },
  condJump: (c, cond, target) => condJump311(c, cond, target),
  jumpIfLocationLeaks: true,
  assertRaiseAtTest: false,
  unaryOp(c, op) {
    c.addop(UNARY[op]!);
  },
  formattedValue(c, conv, spec) {
    if (spec) visitExpr(c, spec);
    c.addopI('FORMAT_VALUE', conv | (spec ? 4 : 0));
  },
  formatSpec: (spec) => spec,
  listToTuple(c) {
    c.addop('LIST_TO_TUPLE');
  },
  twoPartSlices: false,
  loadAttr(c, name) {
    c.addopName('LOAD_ATTR', name);
  },
  callable(c, visitFunc, funcLoc) {
    c.emit('PUSH_NULL', 0, null, funcLoc);
    visitFunc();
  },
  methodCallAllowed: (c, meth) => !isImportOriginated(c, meth.value),
  methodCallAtCallLoc: true,
  methodCallLoc(c, meth) {
    c.u.loc = locOf(meth);
    updateStartLocationToMatchAttr(c, meth);
  },
  superAttr: () => false,
  loadMethod(c, name) {
    c.addopName('LOAD_METHOD', name);
  },
  call(c, n, kwnames) {
    if (kwnames) c.addopI('KW_NAMES', c.u.addConst({ kind: 'tuple', items: kwnames.map((k) => ({ kind: 'str', value: k })) }));
    c.addopI('PRECALL', n);
    c.addopI('CALL', n);
  },
  callEx(c, hasKw) {
    c.addopI('CALL_FUNCTION_EX', hasKw ? 1 : 0);
  },
  callDecorator(c) {
    c.addopI('PRECALL', 0);
    c.addopI('CALL', 0);
  },
  callExitWithNones(c) {
    c.loadConst({ kind: 'none' });
    c.loadConst({ kind: 'none' });
    c.loadConst({ kind: 'none' });
    c.addopI('PRECALL', 2);
    c.addopI('CALL', 2);
  },
  yieldValue(c) {
    c.addop('YIELD_VALUE');
    c.addopI('RESUME', 1);
  },
  yieldFrom(c) {
    const send = c.newBlock();
    const exit = c.newBlock();
    c.useNextBlock(send);
    c.addopJ('SEND', exit);
    c.addop('YIELD_VALUE');
    c.addopI('RESUME', 2);
    c.addopJ('JUMP_NO_INTERRUPT', send);
    c.useNextBlock(exit);
  },
  whileLoopBack(c, s, _loop, body) {
    c.setLoc(s);
    jumpIf(c, s.test, body, true);
  },
  forLoopExit: () => {},
  withExceptFinish(c, cleanup) {
    c.unsetLoc();
    const exit = c.newBlock();
    c.d.condJump(c, true, exit, false);
    c.addopI('RERAISE', 2);
    c.useNextBlock(cleanup);
    popExceptAndReraise(c);
    c.useNextBlock(exit);
    c.addop('POP_TOP');
    c.addop('POP_BLOCK');
    c.addop('POP_EXCEPT');
    c.addop('POP_TOP');
    c.addop('POP_TOP');
  },
  popIterator(c) {
    c.addop('POP_TOP');
  },
  markCold: () => {},
  handlerExitJump: 'JUMP',
  importStar(c) {
    c.addop('IMPORT_STAR');
  },
  makeFunction(c, flags) {
    c.addopI('MAKE_FUNCTION', flags);
  },
  classPrologue: () => {},
  classEpilogue(c) {
    if (c.u.ste.needsClassClosure) {
      c.addopI(c.d.loadClosureOp, c.u.cellvars.get('__class__')!);
      c.addopI('COPY', 1);
      c.nameop('__classcell__', 'Store');
    } else {
      c.loadConst({ kind: 'none' });
    }
    c.addop('RETURN_VALUE');
  },
  loadBuildClass(c) {
    c.addop('PUSH_NULL');
    c.addop('LOAD_BUILD_CLASS');
  },
  loadOuterIterator(c) {
    c.u.argcount = 1;
    c.addopI('LOAD_FAST', 0);
  },
  comprehensionLoopExit: () => {},
  comprehensionAppendAtElt: false,
  lambdaReturnAtBody: false,
  getIterAtIterable: false,
  optimizeAst: optimizeFormats,
  prepareSymtable: () => {},
  inlineComprehension: () => false,
};
