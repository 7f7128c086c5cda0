// Stage: compiler (code generation shared by both generators). The parts of a function or
// class definition whose bytecode is the same in every version: the docstring test, the
// annotations scan (SETUP_ANNOTATIONS), default arguments, the closure-cell lookup and the
// start of a class body.
// Depends only on the AST and the unit tables; expressions are emitted through a callback.
import type * as A from '../syntax/ast.js';
import type { ConstValue } from '../syntax/constant.js';
import type { ExprContext } from '../syntax/ast.js';
import { mangle } from '../semantics/mangle.js';
import type { UnitTables } from './unit-tables.js';

/** What these helpers need of either compiler. */
export interface Emitter {
  readonly u: UnitTables<unknown>;
  addopI(op: string, arg: number): void;
  loadConst(v: ConstValue): void;
  nameop(name: string, ctx: ExprContext): void;
}

/** The body's docstring constant, if its first statement is a string expression. */
export function docstringOf(body: readonly A.Stmt[]): ConstValue | null {
  const s = body[0];
  if (s && s.type === 'Expr' && s.value.type === 'Constant' && s.value.value.kind === 'str') return s.value.value;
  return null;
}

/** find_ann: an annotated assignment anywhere in the body (not in nested scopes). */
export function findAnn(stmts: readonly A.Stmt[]): boolean {
  for (const st of stmts) {
    let res = false;
    switch (st.type) {
      case 'AnnAssign': return true;
      case 'For': case 'AsyncFor': case 'While': case 'If':
        res = findAnn(st.body) || findAnn(st.orelse);
        break;
      case 'With': case 'AsyncWith': res = findAnn(st.body); break;
      case 'Try':
        for (const h of st.handlers) if (findAnn(h.body)) return true;
        res = findAnn(st.body) || findAnn(st.finalbody) || findAnn(st.orelse);
        break;
      default: res = false;
    }
    if (res) return true;
  }
  return false;
}

/** compiler_default_arguments: the defaults tuple and kw-defaults map; returns MAKE_FUNCTION flags. */
export function defaultArguments(c: Emitter, args: A.Arguments, visit: (e: A.Expr) => void): number {
  let flags = 0;
  if (args.defaults.length) {
    for (const d of args.defaults) visit(d);
    c.addopI('BUILD_TUPLE', args.defaults.length);
    flags |= 0x01;
  }
  const keys: ConstValue[] = [];
  for (let i = 0; i < args.kwonlyargs.length; i++) {
    const d = args.kw_defaults[i];
    if (d) {
      keys.push({ kind: 'str', value: mangle(c.u.privateName, args.kwonlyargs[i]!.arg) });
      visit(d);
    }
  }
  if (keys.length) {
    c.loadConst({ kind: 'tuple', items: keys });
    c.addopI('BUILD_CONST_KEY_MAP', keys.length);
    flags |= 0x02;
  }
  return flags;
}

/** The LOAD_CLOSURE operand for a free variable of a nested code object (before cell-offset fixing). */
export function closureArg(u: UnitTables<unknown>, name: string): number {
  // Inside a class, __class__ is the class body's own cell.
  const scope = u.scopeType === 'class' && name === '__class__' ? 'CELL' : u.ste.scopeOf(name);
  const arg = scope === 'CELL' ? u.cellvars.get(name) : u.freevars.get(name);
  if (arg === undefined) throw new Error(`gilsim bug: closure variable ${name} not found in ${u.name}`);
  return arg;
}

/** A class body's first statements: __module__ = __name__, __qualname__ = its qualified name. */
export function classBodyPrologue(c: Emitter, className: string): void {
  c.u.privateName = className;
  c.nameop('__name__', 'Load');
  c.nameop('__module__', 'Store');
  c.loadConst({ kind: 'str', value: c.u.qualname });
  c.nameop('__qualname__', 'Store');
}
