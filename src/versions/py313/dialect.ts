// Stage: version profile (3.13 code generation) = 3.12's dialect plus 3.13's changes: the
// callable before its NULL, CALL_KW with a constant tuple of names, MAKE_FUNCTION followed by
// SET_FUNCTION_ATTRIBUTE, TO_BOOL before conditional jumps and `not`, CONVERT_VALUE +
// FORMAT_SIMPLE/FORMAT_WITH_SPEC, END_FOR + POP_TOP, __firstlineno__/__static_attributes__ in
// class bodies, LOAD_CLOSURE as LOAD_FAST, superinstructions (cfg.ts).
import type * as A from '../../syntax/ast.js';
import type { Dialect } from '../../compiler/xt/dialect.js';
import type { XCompiler } from '../../compiler/xt/xcompiler.js';
import { locOf } from '../../compiler/xt/xcompiler.js';
import { NO_LOC } from '../../compiler/xt/xunit.js';
import { visitExpr } from '../../compiler/xt/xexpr.js';
import { dialect312 } from '../py312/dialect.js';
import { cacheSizesOf } from '../py311/dialect.js';
import { opcodes } from './opcodes.generated.js';
import { stackEffect313 } from './stack-effect.js';
import { cfg313 } from './cfg.js';

function toBoolJump(c: XCompiler, cond: boolean, target: import('../../compiler/xt/xunit.js').XBlock): void {
  c.addop('TO_BOOL');
  c.addopJ(cond ? 'POP_JUMP_IF_TRUE' : 'POP_JUMP_IF_FALSE', target);
}

/** Names assigned as `self.NAME = ...` inside a class's methods, for __static_attributes__. */
const staticAttributes = new WeakMap<object, Set<string>>();

export const dialect313: Dialect = {
  ...dialect312,
  opcodes,
  cacheSizes: cacheSizesOf(opcodes.extra),
  stackEffect: stackEffect313,
  cfg: cfg313,
  handlerExitJump: 'JUMP_NO_INTERRUPT',
  lambdaReturnAtBody: true,
  getIterAtIterable: true,
  assertRaiseAtTest: true,
  methodCallAllowed(c, meth) {
    // While a module-level comprehension is inlined, its own symbol (without the import flag)
    // replaces the module's, so an imported module's attribute call becomes a method call.
    const v = meth.value;
    if (v.type === 'Name' && c.u.ste === c.st.top && c.u.tempSymbols.has(v.id)) return true;
    return dialect312.methodCallAllowed(c, meth);
  },
  compareArg: (cmp) => (cmp << 5) | [2, 10, 8, 7, 4, 12][cmp]!,
  boolOpStep(c, isOr, end) {
    c.addopI('COPY', 1);
    toBoolJump(c, isOr, end);
    c.addop('POP_TOP');
  },
  condJump: (c, cond, target) => toBoolJump(c, cond, target),
  unaryOp(c, op) {
    if (op === 'Not') {
      c.addop('TO_BOOL');
      c.addop('UNARY_NOT');
    } else dialect312.unaryOp(c, op);
  },
  formattedValue(c, conv, spec) {
    if (conv) c.addopI('CONVERT_VALUE', conv);
    if (spec) {
      visitExpr(c, spec);
      c.addop('FORMAT_WITH_SPEC');
    } else c.addop('FORMAT_SIMPLE');
  },
  formatSpec: (spec) => spec,
  callable(c, visitFunc, funcLoc) {
    visitFunc();
    c.emit('PUSH_NULL', 0, null, funcLoc);
  },
  call(c, n, kwnames) {
    if (kwnames) {
      c.loadConst({ kind: 'tuple', items: kwnames.map((k) => ({ kind: 'str', value: k })) });
      c.addopI('CALL_KW', n);
    } else c.addopI('CALL', n);
  },
  loadBuildClass(c) {
    c.addop('LOAD_BUILD_CLASS');
    c.addop('PUSH_NULL');
  },
  makeFunction(c, flags) {
    c.addop('MAKE_FUNCTION');
    for (const f of [8, 4, 2, 1]) if (flags & f) c.addopI('SET_FUNCTION_ATTRIBUTE', f);
  },
  forLoopExit(c, s) {
    c.emit('END_FOR', 0, null, locOf(s.iter));
    c.emit('POP_TOP', 0, null, locOf(s.iter));
  },
  comprehensionLoopExit(c) {
    c.emit('END_FOR', 0, null, NO_LOC);
    c.emit('POP_TOP', 0, null, NO_LOC);
  },
  classPrologue(c: XCompiler, _s: A.ClassDef) {
    c.loadConst({ kind: 'int', value: BigInt(c.u.firstlineno) });
    c.nameop('__firstlineno__', 'Store');
    staticAttributes.set(c.u, new Set());
  },
  classEpilogue(c) {
    const attrs = [...(staticAttributes.get(c.u) ?? [])].sort();
    c.emit('LOAD_CONST', c.u.addConst({ kind: 'tuple', items: attrs.map((a) => ({ kind: 'str', value: a })) }), null, NO_LOC);
    c.nameop('__static_attributes__', 'Store');
    dialect312.classEpilogue(c);
  },
  storeAttr(c, e) {
    if (e.value.type === 'Name' && e.value.id === 'self') {
      for (let i = c.stack.length - 1; i >= 0; i--) {
        const u = c.stack[i]!;
        if (u.scopeType === 'class') {
          staticAttributes.get(u)?.add(e.attr);
          break;
        }
      }
    }
  },
};
