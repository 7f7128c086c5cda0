// Stage: compiler, exception-table era (3.11+), scopes: module bodies, functions, classes,
// lambdas and comprehensions. Each nested unit is assembled to a code object and turned into
// a function (MAKE_FUNCTION with defaults, annotations, closure). Inlined comprehensions
// (3.12+) are delegated to the Dialect.
import type * as A from '../../syntax/ast.js';
import type { ConstValue } from '../../syntax/constant.js';
import type { XCompiler } from './xcompiler.js';
import type { CodeObject } from '../code.js';
import { mangle } from '../../semantics/mangle.js';
import { visitExpr, visitExprs, jumpIf, callHelper } from './xexpr.js';
import { docstringOf, findAnn, defaultArguments, closureArg, classBodyPrologue } from '../function-parts.js';
import { visitStmt } from './xstmt.js';
import { locOf } from './xcompiler.js';

/** compiler_body: module and class bodies (docstring to __doc__, SETUP_ANNOTATIONS). */
export function compileBody(c: XCompiler, stmts: readonly A.Stmt[]): void {
  if (c.u.scopeType === 'module' && stmts.length) c.setLoc(stmts[0]!);
  if (findAnn(stmts)) c.addop('SETUP_ANNOTATIONS');
  if (!stmts.length) return;
  let i = 0;
  if (docstringOf(stmts)) {
    i = 1;
    const st = stmts[0] as A.ExprStmt;
    c.setLoc(st);
    visitExpr(c, st.value);
    c.nameop('__doc__', 'Store');
  }
  for (; i < stmts.length; i++) visitStmt(c, stmts[i]!);
}

export function compileModuleBody(c: XCompiler, mod: A.Module): CodeObject {
  c.enterScope('<module>', 'module', mod, 1);
  compileBody(c, mod.body);
  return c.assemble(true);
}

function annotations(c: XCompiler, args: A.Arguments, returns: A.Expr | null): boolean {
  let len = 0;
  const one = (id: string, ann: A.Expr | null): void => {
    if (!ann) return;
    c.loadConst({ kind: 'str', value: mangle(c.u.privateName, id) });
    if (ann.type === 'Starred') {
      visitExpr(c, ann.value);
      c.addopI('UNPACK_SEQUENCE', 1);
    } else {
      visitExpr(c, ann);
    }
    len += 2;
  };
  for (const a of args.args) one(a.arg, a.annotation);
  for (const a of args.posonlyargs) one(a.arg, a.annotation);
  if (args.vararg) one(args.vararg.arg, args.vararg.annotation);
  for (const a of args.kwonlyargs) one(a.arg, a.annotation);
  if (args.kwarg) one(args.kwarg.arg, args.kwarg.annotation);
  one('return', returns);
  if (!len) return false;
  c.addopI('BUILD_TUPLE', len);
  return true;
}

/** compiler_make_closure */
export function makeClosure(c: XCompiler, co: CodeObject, flags: number): void {
  if (co.freevars.length) {
    for (const name of co.freevars) {
      c.addopI(c.d.loadClosureOp, closureArg(c.u, name));
    }
    flags |= 0x08;
    c.addopI('BUILD_TUPLE', co.freevars.length);
  }
  c.loadConst({ kind: 'code', code: co });
  c.d.makeFunction(c, flags);
}

function applyDecorators(c: XCompiler, decos: readonly A.Expr[]): void {
  const old = c.u.loc;
  for (let i = decos.length - 1; i >= 0; i--) {
    c.setLoc(decos[i]!);
    c.d.callDecorator(c);
  }
  c.u.loc = old;
}

export function compileFunction(c: XCompiler, s: A.FunctionDef): void {
  visitExprs(c, s.decorator_list);
  const firstlineno = s.decorator_list.length ? s.decorator_list[0]!.lineno : s.lineno;
  let flags = defaultArguments(c, s.args, (d) => visitExpr(c, d));
  if (annotations(c, s.args, s.returns)) flags |= 0x04;
  c.enterScope(s.name, 'function', s, firstlineno);
  const doc = docstringOf(s.body);
  c.u.addConst(doc ?? { kind: 'none' });
  c.u.setArgCounts(s.args);
  for (let i = doc ? 1 : 0; i < s.body.length; i++) visitStmt(c, s.body[i]!);
  const co = c.assemble(true);
  c.exitScope();
  makeClosure(c, co, flags);
  applyDecorators(c, s.decorator_list);
  c.nameop(s.name, 'Store');
}

export function compileClass(c: XCompiler, s: A.ClassDef): void {
  visitExprs(c, s.decorator_list);
  const firstlineno = s.decorator_list.length ? s.decorator_list[0]!.lineno : s.lineno;
  c.enterScope(s.name, 'class', s, firstlineno);
  classBodyPrologue(c, s.name);
  c.d.classPrologue(c, s);
  compileBody(c, s.body);
  c.unsetLoc();
  c.d.classEpilogue(c);
  const co = c.assemble(true);
  c.exitScope();
  c.d.loadBuildClass(c);
  makeClosure(c, co, 0);
  c.loadConst({ kind: 'str', value: s.name });
  callHelper(c, 2, s.bases, s.keywords);
  applyDecorators(c, s.decorator_list);
  c.nameop(s.name, 'Store');
}

export function compileLambda(c: XCompiler, e: A.Lambda): void {
  const flags = defaultArguments(c, e.args, (d) => visitExpr(c, d));
  c.enterScope('<lambda>', 'lambda', e, e.lineno);
  c.u.addConst({ kind: 'none' });
  c.u.setArgCounts(e.args);
  c.u.loc = locOf(e);
  visitExpr(c, e.body);
  let co: CodeObject;
  if (c.u.ste.generator) {
    co = c.assemble(false);
  } else {
    c.u.loc = c.d.lambdaReturnAtBody ? locOf(e.body) : { lineno: e.lineno, endLineno: e.lineno, col: 0, endCol: 0 };
    c.addop('RETURN_VALUE');
    co = c.assemble(true);
  }
  c.exitScope();
  makeClosure(c, co, flags);
}

export type Comp = A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;

const COMP_NAMES: Record<Comp['type'], string> = {
  ListComp: '<listcomp>', SetComp: '<setcomp>', DictComp: '<dictcomp>', GeneratorExp: '<genexpr>',
};
export const COMP_BUILD: Record<Comp['type'], string | null> = {
  ListComp: 'BUILD_LIST', SetComp: 'BUILD_SET', DictComp: 'BUILD_MAP', GeneratorExp: null,
};

/**
 * compiler_sync_comprehension_generator; `depth` counts the iterators under the result;
 * `outerOnStack`: the outermost iterator is already on the stack (inlined comprehension).
 */
export function comprehensionGenerator(c: XCompiler, e: Comp, index: number, depth: number, outerOnStack: boolean): void {
  const gens = e.generators;
  let start: import('./xunit.js').XBlock | null = c.newBlock();
  const ifCleanup = c.newBlock();
  const anchor = c.newBlock();
  const gen = gens[index]!;
  if (index === 0) {
    // The outermost iterator is the implicit argument (function) or already on the stack (inlined).
    if (!outerOnStack) c.d.loadOuterIterator(c);
  } else {
    const it = gen.iter;
    const elts = it.type === 'List' || it.type === 'Tuple' ? it.elts : null;
    if (index > 0 && elts && elts.length === 1 && elts[0]!.type !== 'Starred') {
      visitExpr(c, elts[0]!);
      start = null;
    } else {
      visitExpr(c, it);
      c.addop('GET_ITER');
    }
  }
  if (start) {
    depth++;
    c.useNextBlock(start);
    if (c.d.getIterAtIterable) c.emit('FOR_ITER', 0, anchor, locOf(gen.iter));
    else c.addopJ('FOR_ITER', anchor);
  }
  visitExpr(c, gen.target);
  for (const cond of gen.ifs) jumpIf(c, cond, ifCleanup, false);
  index++;
  if (index < gens.length) comprehensionGenerator(c, e, index, depth, outerOnStack);
  const eltLoc = c.d.comprehensionAppendAtElt ? locOf(e.type === 'DictComp' ? e.key : e.elt) : c.u.loc;
  const outerLoc = c.u.loc;
  if (index >= gens.length) {
    switch (e.type) {
      case 'GeneratorExp':
        visitExpr(c, e.elt);
        c.u.loc = eltLoc;
        c.d.yieldValue(c);
        c.addop('POP_TOP');
        break;
      case 'ListComp':
        visitExpr(c, e.elt);
        c.u.loc = eltLoc;
        c.addopI('LIST_APPEND', depth + 1);
        break;
      case 'SetComp':
        visitExpr(c, e.elt);
        c.u.loc = eltLoc;
        c.addopI('SET_ADD', depth + 1);
        break;
      case 'DictComp':
        visitExpr(c, e.key);
        visitExpr(c, e.value);
        c.u.loc = eltLoc;
        c.addopI('MAP_ADD', depth + 1);
        break;
    }
  }
  c.u.loc = eltLoc;
  c.useNextBlock(ifCleanup);
  if (start) {
    c.addopJ('JUMP', start);
    c.useNextBlock(anchor);
    c.d.comprehensionLoopExit(c);
  }
  c.u.loc = outerLoc;
}

export function compileComprehension(c: XCompiler, e: Comp): void {
  if (c.d.inlineComprehension(c, e)) return;
  const outer = e.generators[0]!;
  c.enterScope(COMP_NAMES[e.type], 'comprehension', e, e.lineno);
  c.u.loc = locOf(e);
  const build = COMP_BUILD[e.type];
  if (build) c.addopI(build, 0);
  comprehensionGenerator(c, e, 0, 0, false);
  if (build) c.addop('RETURN_VALUE');
  const co = c.assemble(true);
  c.exitScope();
  makeClosure(c, co, 0);
  visitExpr(c, outer.iter);
  if (c.d.getIterAtIterable) c.emit(outer.is_async ? 'GET_AITER' : 'GET_ITER', 0, null, locOf(outer.iter));
  else c.addop(outer.is_async ? 'GET_AITER' : 'GET_ITER');
  c.d.call(c, 0, null);
}
