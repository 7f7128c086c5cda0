// Stage: compiler (code generation, scopes). Module bodies, functions, classes, lambdas and
// comprehensions: each is a nested unit assembled to a code object and turned into a
// function with MAKE_FUNCTION (defaults, kw-defaults, annotations, closure cells).
import type * as A from '../syntax/ast.js';
import type { ConstValue } from '../syntax/constant.js';
import type { Compiler } from './compiler.js';
import type { CodeObject } from './code.js';
import type { Block } from './unit.js';
import { mangle } from '../semantics/mangle.js';
import { visitExpr, visitExprs, jumpIf, callHelper } from './codegen-expr.js';
import { docstringOf, findAnn, defaultArguments, closureArg, classBodyPrologue } from './function-parts.js';
import { visitStmt } from './codegen-stmt.js';

/** compiler_body: module and class bodies (docstring to __doc__, SETUP_ANNOTATIONS). */
export function compileBody(c: Compiler, stmts: readonly A.Stmt[]): void {
  if (c.u.scopeType === 'module' && !c.u.lineno && stmts.length) c.u.lineno = stmts[0]!.lineno;
  if (findAnn(stmts)) c.addop('SETUP_ANNOTATIONS');
  if (!stmts.length) return;
  let i = 0;
  if (docstringOf(stmts)) {
    i = 1;
    visitExpr(c, (stmts[0] as A.ExprStmt).value);
    c.nameop('__doc__', 'Store');
  }
  for (; i < stmts.length; i++) visitStmt(c, stmts[i]!);
}

export function compileModuleBody(c: Compiler, mod: A.Module): CodeObject {
  c.enterScope('<module>', 'module', mod, 0);
  c.u.qualname = '<module>';
  compileBody(c, mod.body);
  return c.assemble(true);
}

function annotations(c: Compiler, args: A.Arguments, returns: A.Expr | null): boolean {
  const names: ConstValue[] = [];
  const one = (id: string, ann: A.Expr | null): void => {
    if (!ann) return;
    visitExpr(c, ann);
    names.push({ kind: 'str', value: mangle(c.u.privateName, id) });
  };
  for (const a of args.args) one(a.arg, a.annotation);
  for (const a of args.posonlyargs) one(a.arg, a.annotation);
  if (args.vararg) one(args.vararg.arg, args.vararg.annotation);
  for (const a of args.kwonlyargs) one(a.arg, a.annotation);
  if (args.kwarg) one(args.kwarg.arg, args.kwarg.annotation);
  one('return', returns);
  if (!names.length) return false;
  c.loadConst({ kind: 'tuple', items: names });
  c.addopI('BUILD_CONST_KEY_MAP', names.length);
  return true;
}

function makeClosure(c: Compiler, co: CodeObject, flags: number, qualname: string): void {
  if (co.freevars.length) {
    for (const name of co.freevars) {
      c.addopI('LOAD_CLOSURE', closureArg(c.u, name));
    }
    flags |= 0x08;
    c.addopI('BUILD_TUPLE', co.freevars.length);
  }
  c.loadConst({ kind: 'code', code: co });
  c.loadConst({ kind: 'str', value: qualname });
  c.addopI('MAKE_FUNCTION', flags);
}

export function compileFunction(c: Compiler, s: A.FunctionDef): void {
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
  const qualname = c.u.qualname;
  c.exitScope();
  makeClosure(c, co, flags, qualname);
  for (let i = 0; i < s.decorator_list.length; i++) c.addopI('CALL_FUNCTION', 1);
  c.nameop(s.name, 'Store');
}

export function compileClass(c: Compiler, s: A.ClassDef): void {
  visitExprs(c, s.decorator_list);
  const firstlineno = s.decorator_list.length ? s.decorator_list[0]!.lineno : s.lineno;
  c.enterScope(s.name, 'class', s, firstlineno);
  classBodyPrologue(c, s.name);
  compileBody(c, s.body);
  if (c.u.ste.needsClassClosure) {
    c.addopI('LOAD_CLOSURE', c.u.cellvars.get('__class__')!);
    c.addop('DUP_TOP');
    c.nameop('__classcell__', 'Store');
  } else {
    c.loadConst({ kind: 'none' });
  }
  c.addop('RETURN_VALUE');
  const co = c.assemble(true);
  c.exitScope();
  c.addop('LOAD_BUILD_CLASS');
  makeClosure(c, co, 0, s.name);
  c.loadConst({ kind: 'str', value: s.name });
  callHelper(c, 2, s.bases, s.keywords);
  for (let i = 0; i < s.decorator_list.length; i++) c.addopI('CALL_FUNCTION', 1);
  c.nameop(s.name, 'Store');
}

export function compileLambda(c: Compiler, e: A.Lambda): void {
  const flags = defaultArguments(c, e.args, (d) => visitExpr(c, d));
  c.enterScope('<lambda>', 'lambda', e, e.lineno);
  c.u.addConst({ kind: 'none' });
  c.u.setArgCounts(e.args);
  visitExpr(c, e.body);
  let co: CodeObject;
  if (c.u.ste.generator) {
    co = c.assemble(false);
  } else {
    c.addop('RETURN_VALUE');
    co = c.assemble(true);
  }
  const qualname = c.u.qualname;
  c.exitScope();
  makeClosure(c, co, flags, qualname);
}

type Comp = A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;

const COMP_NAMES: Record<Comp['type'], string> = {
  ListComp: '<listcomp>', SetComp: '<setcomp>', DictComp: '<dictcomp>', GeneratorExp: '<genexpr>',
};
const COMP_BUILD: Record<Comp['type'], string | null> = {
  ListComp: 'BUILD_LIST', SetComp: 'BUILD_SET', DictComp: 'BUILD_MAP', GeneratorExp: null,
};

/** The single item of `[expr]` / `(expr,)` iterated by an inner comprehension loop (3.9+ idiom). */
function singletonIter(c: Compiler, iter: A.Expr): A.Expr | null {
  if (!c.backend.dialect.comprehensionTempIdiom) return null;
  if (iter.type !== 'List' && iter.type !== 'Tuple') return null;
  const only = iter.elts.length === 1 ? iter.elts[0]! : null;
  return only && only.type !== 'Starred' ? only : null;
}

/**
 * One `for` of a comprehension; `depth` counts the loops actually opened (the LIST_APPEND /
 * SET_ADD / MAP_ADD argument reaches the container below their iterators).
 */
function comprehensionGenerator(c: Compiler, e: Comp, index: number, depth = 0): void {
  const gens = e.generators;
  let start: Block | null = c.newBlock();
  const skip = c.newBlock();
  const ifCleanup = c.newBlock();
  const anchor = c.newBlock();
  const gen = gens[index]!;
  if (index === 0) {
    c.u.argcount = 1;
    c.addopI('LOAD_FAST', 0);
  } else {
    const only = singletonIter(c, gen.iter);
    if (only) {
      visitExpr(c, only);
      start = null;
    } else {
      visitExpr(c, gen.iter);
      c.addop('GET_ITER');
    }
  }
  if (start) {
    depth++;
    c.useNextBlock(start);
    c.addopJ('FOR_ITER', anchor);
  }
  c.nextBlock();
  visitExpr(c, gen.target);
  for (const cond of gen.ifs) {
    jumpIf(c, cond, ifCleanup, false);
    c.nextBlock();
  }
  index++;
  if (index < gens.length) comprehensionGenerator(c, e, index, depth);
  if (index >= gens.length) {
    switch (e.type) {
      case 'GeneratorExp':
        visitExpr(c, e.elt);
        c.addop('YIELD_VALUE');
        c.addop('POP_TOP');
        break;
      case 'ListComp':
        visitExpr(c, e.elt);
        c.addopI('LIST_APPEND', depth + 1);
        break;
      case 'SetComp':
        visitExpr(c, e.elt);
        c.addopI('SET_ADD', depth + 1);
        break;
      case 'DictComp':
        visitExpr(c, e.key);
        visitExpr(c, e.value);
        c.addopI('MAP_ADD', depth + 1);
        break;
    }
    c.useNextBlock(skip);
  }
  c.useNextBlock(ifCleanup);
  if (start) {
    c.addopJ('JUMP_ABSOLUTE', start);
    c.useNextBlock(anchor);
  }
}

export function compileComprehension(c: Compiler, e: Comp): void {
  const outer = e.generators[0]!;
  c.enterScope(COMP_NAMES[e.type], 'comprehension', e, e.lineno);
  const build = COMP_BUILD[e.type];
  if (build) c.addopI(build, 0);
  comprehensionGenerator(c, e, 0);
  if (build) c.addop('RETURN_VALUE');
  const co = c.assemble(true);
  const qualname = c.u.qualname;
  c.exitScope();
  makeClosure(c, co, 0, qualname);
  visitExpr(c, outer.iter);
  c.addop(outer.is_async ? 'GET_AITER' : 'GET_ITER');
  c.addopI('CALL_FUNCTION', 1);
  if (e.type === 'GeneratorExp' && outer.is_async) {
    c.addop('GET_AWAITABLE');
    c.loadConst({ kind: 'none' });
    c.addop('YIELD_FROM');
  }
}
