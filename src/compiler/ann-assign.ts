// Stage: compiler (code generation shared by both generators). Annotated assignment
// (compiler_annassign): the same instructions in 3.8-3.13 (no PEP 649 yet). Depends only on
// the AST, name mangling and an emitter; expressions are emitted through a callback.
import type * as A from '../syntax/ast.js';
import type { ConstValue } from '../syntax/constant.js';
import { mangle } from '../semantics/mangle.js';
import type { UnitTables } from './unit-tables.js';

/** What annotated assignment needs of either compiler. */
export interface AnnEmitter {
  readonly u: UnitTables<unknown>;
  addop(op: string): void;
  addopNameRaw(op: string, name: string): void;
  loadConst(v: ConstValue): void;
}

export function compileAnnAssign(c: AnnEmitter, s: A.AnnAssign, visit: (e: A.Expr) => void): void {
  /** check_ann_expr: evaluate and discard. */
  const check = (e: A.Expr): void => {
    visit(e);
    c.addop('POP_TOP');
  };
  const checkSubscr = (sl: A.Slice): void => {
    switch (sl.type) {
      case 'Index': check(sl.value); break;
      case 'Slice':
        for (const p of [sl.lower, sl.upper, sl.step]) if (p) check(p);
        break;
      case 'ExtSlice': for (const d of sl.dims) checkSubscr(d); break;
    }
  };
  const targ = s.target;
  const moduleOrClass = c.u.scopeType === 'module' || c.u.scopeType === 'class';
  if (s.value) {
    visit(s.value);
    visit(targ);
  }
  switch (targ.type) {
    case 'Name':
      if (s.simple && moduleOrClass) {
        visit(s.annotation);
        c.addopNameRaw('LOAD_NAME', '__annotations__');
        c.loadConst({ kind: 'str', value: mangle(c.u.privateName, targ.id) });
        c.addop('STORE_SUBSCR');
      }
      break;
    case 'Attribute':
      if (!s.value) check(targ.value);
      break;
    case 'Subscript':
      if (!s.value) {
        check(targ.value);
        checkSubscr(targ.slice);
      }
      break;
    default:
      break;
  }
  if (!s.simple && moduleOrClass) check(s.annotation);
}
