// Stage: version profile (3.12 code generation) = 3.11's dialect plus 3.12's changes: CALL
// without PRECALL, LOAD_ATTR carrying the method bit, COMPARE_OP masks, COPY/POP_JUMP boolean
// operators, BINARY_SLICE/STORE_SLICE, END_FOR, intrinsics for unary plus, list-to-tuple and
// import *, a plain backward jump for while loops, the cold-block CFG pipeline.
import type * as A from '../../syntax/ast.js';
import type { Dialect } from '../../compiler/xt/dialect.js';
import { dialect311, cacheSizesOf } from '../py311/dialect.js';
import { opcodes } from './opcodes.generated.js';
import { stackEffect312 } from './stack-effect.js';
import { cfg312 } from './cfg.js';
import { inlineComprehension312, inlineComprehensionScopes } from './inline-comp.js';
import { popExceptAndReraise } from '../../compiler/xt/xstmt.js';
import { visitExpr, updateStartLocationToMatchAttr } from '../../compiler/xt/xexpr.js';
import { locOf } from '../../compiler/xt/xcompiler.js';
import { addName } from '../../compiler/xt/xunit.js';
import { mangle } from '../../semantics/mangle.js';

/** compare_masks: which orderings each rich comparison accepts (low bits of COMPARE_OP). */
export const COMPARE_MASKS = [2, 2 | 8, 8, 1 | 2 | 4, 4, 4 | 8];

export const INTRINSIC = { PRINT: 1, IMPORT_STAR: 2, STOPITERATION_ERROR: 3, UNARY_POSITIVE: 5, LIST_TO_TUPLE: 6 };

export const dialect312: Dialect = {
  ...dialect311,
  opcodes,
  cacheSizes: cacheSizesOf(opcodes.extra),
  stackEffect: stackEffect312,
  cfg: cfg312,
  formats: { ...dialect311.formats, mergeSameLocations: true },
  classDeref(c, arg) {
    c.addop('LOAD_LOCALS');
    c.addopI('LOAD_FROM_DICT_OR_DEREF', arg);
  },
  compareArg: (cmp) => (cmp << 4) | COMPARE_MASKS[cmp]!,
  boolOpStep(c, isOr, end) {
    c.addopI('COPY', 1);
    c.addopJ(isOr ? 'POP_JUMP_IF_TRUE' : 'POP_JUMP_IF_FALSE', end);
    c.addop('POP_TOP');
  },
  condJump(c, cond, target) {
    c.addopJ(cond ? 'POP_JUMP_IF_TRUE' : 'POP_JUMP_IF_FALSE', target);
  },
  jumpIfLocationLeaks: false,
  unaryOp(c, op) {
    if (op === 'UAdd') c.addopI('CALL_INTRINSIC_1', INTRINSIC.UNARY_POSITIVE);
    else dialect311.unaryOp(c, op);
  },
  formatSpec(spec) {
    // 3.12's f-string parser ends a format spec that ends with a replacement field with ''.
    if (spec.type !== 'JoinedStr') return spec;
    const last = spec.values[spec.values.length - 1];
    if (!last || last.type !== 'FormattedValue') return spec;
    const empty: A.Constant = { ...spec, type: 'Constant', value: { kind: 'str', value: '' }, kind: null };
    return { ...spec, values: [...spec.values, empty] };
  },
  listToTuple(c) {
    c.addopI('CALL_INTRINSIC_1', INTRINSIC.LIST_TO_TUPLE);
  },
  twoPartSlices: true,
  loadAttr(c, name) {
    c.addopNameFlag('LOAD_ATTR', name, 0);
  },
  loadMethod(c, name) {
    c.addopNameFlag('LOAD_ATTR', name, 1);
  },
  methodCallAtCallLoc: true,
  methodCallLoc(c, meth) {
    c.u.loc = locOf(meth);
    updateStartLocationToMatchAttr(c, meth);
  },
  superAttr(c, attr, method) {
    const call = attr.value;
    if (call.type !== 'Call' || call.func.type !== 'Name' || call.func.id !== 'super' || attr.attr === '__class__' || call.keywords.length) return false;
    if (c.u.ste.scopeOf('super') !== 'GLOBAL_IMPLICIT' || c.st.top.scopeOf('super') !== undefined) return false;
    const two = call.args.length === 2;
    if (two ? call.args.some((a) => a.type === 'Starred') : call.args.length !== 0) return false;
    if (!two && (c.u.argcount === 0 && c.u.posonlyargcount === 0)) return false;
    if (!two && c.u.ste.scopeOf('__class__') !== 'FREE') return false;
    const old = c.u.loc;
    c.u.loc = locOf(call.func);
    c.nameop('super', 'Load');
    c.u.loc = locOf(call);
    if (two) {
      visitExpr(c, call.args[0]!);
      visitExpr(c, call.args[1]!);
    } else {
      c.nameop('__class__', 'Load');
      c.nameop([...c.u.varnames.keys()][0]!, 'Load');
    }
    c.u.loc = old;
    const idx = addName(c.u.names, mangle(c.u.privateName, attr.attr));
    c.addopI('LOAD_SUPER_ATTR', (idx << 2) | (two ? 2 : 0) | (method ? 1 : 0));
    updateStartLocationToMatchAttr(c, attr);
    c.addop('NOP');
    return true;
  },
  call(c, n, kwnames) {
    if (kwnames) c.addopI('KW_NAMES', c.u.addConst({ kind: 'tuple', items: kwnames.map((k) => ({ kind: 'str', value: k })) }));
    c.addopI('CALL', n);
  },
  callDecorator(c) {
    c.addopI('CALL', 0);
  },
  callExitWithNones(c) {
    c.loadConst({ kind: 'none' });
    c.loadConst({ kind: 'none' });
    c.loadConst({ kind: 'none' });
    c.addopI('CALL', 2);
  },
  withExceptFinish(c, cleanup) {
    c.unsetLoc();
    const suppress = c.newBlock();
    c.d.condJump(c, true, suppress, false); // 3.13's condJump adds TO_BOOL
    c.addopI('RERAISE', 2);
    c.useNextBlock(suppress);
    c.addop('POP_TOP');
    c.addop('POP_BLOCK');
    c.addop('POP_EXCEPT');
    c.addop('POP_TOP');
    c.addop('POP_TOP');
    const exit = c.newBlock();
    c.addopJ(c.d.handlerExitJump, exit);
    c.useNextBlock(cleanup);
    popExceptAndReraise(c);
    c.useNextBlock(exit);
  },
  forLoopExit(c) {
    c.emit('END_FOR', 0, null, { lineno: -1, endLineno: -1, col: -1, endCol: -1 });
  },
  comprehensionLoopExit(c) {
    c.emit('END_FOR', 0, null, { lineno: -1, endLineno: -1, col: -1, endCol: -1 });
  },
  comprehensionAppendAtElt: true,
  importStar(c) {
    c.addopI('CALL_INTRINSIC_1', INTRINSIC.IMPORT_STAR);
    c.addop('POP_TOP');
  },
  prepareSymtable: inlineComprehensionScopes,
  inlineComprehension: inlineComprehension312,
};
