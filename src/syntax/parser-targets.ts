// Stage: syntax (parser). Assignment/deletion contexts and the "cannot assign to ..." checks
// of CPython 3.8's ast.c (set_context, get_expr_name). Depends on the AST types only.
import type { Expr, ExprContext } from './ast.js';

type At = { lineno: number; col_offset: number };
/** Reports an ast.c error (the parser defers it); returns nothing. */
export type Report = (msg: string, at: At) => void;

/** What CPython calls an expression in "cannot assign to X" messages. */
export function exprName(e: Expr): string {
  switch (e.type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'operator';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict display';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant':
      switch (e.value.kind) {
        case 'none': return 'None';
        case 'bool': return e.value.value ? 'True' : 'False';
        case 'ellipsis': return 'Ellipsis';
        default: return 'literal';
      }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
  }
}

/** set_context(): marks a target Store/Del; false (after reporting) if it cannot be one. */
export function setContext(e: Expr, ctx: ExprContext, at: At, report: Report): boolean {
  switch (e.type) {
    case 'Attribute':
      e.ctx = ctx;
      if (ctx === 'Store' && e.attr === '__debug__') { report('cannot assign to __debug__', at); return false; }
      return true;
    case 'Subscript':
      e.ctx = ctx;
      return true;
    case 'Starred':
      e.ctx = ctx;
      return setContext(e.value, ctx, at, report);
    case 'Name':
      if (ctx === 'Store' && e.id === '__debug__') { report('cannot assign to __debug__', at); return false; }
      e.ctx = ctx;
      return true;
    case 'List':
    case 'Tuple':
      e.ctx = ctx;
      for (const el of e.elts) if (!setContext(el, ctx, at, report)) return false;
      return true;
    default:
      report(`cannot ${ctx === 'Store' ? 'assign to' : 'delete'} ${exprName(e)}`, at);
      return false;
  }
}
