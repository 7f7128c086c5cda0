// Stage: AST. Node types mirror CPython 3.8's `ast` module: same class names (as `type`),
// same field names, same optionality, so the compiler can follow CPython's compile.c.
// Positions: lineno/end_lineno 1-based, col_offset/end_col_offset 0-based UTF-8 byte
// offsets as in CPython. The parser builds every valid 3.8 construct it can recognise;
// the subset check (syntax/subset.ts) rejects what gilsim does not support yet.
import type { ConstValue } from './constant.js';

export interface Pos {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

export type ExprContext = 'Load' | 'Store' | 'Del';
export type BoolOpKind = 'And' | 'Or';
export type OperatorKind =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow'
  | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type UnaryOpKind = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type CmpOpKind = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

export interface Module {
  type: 'Module';
  body: Stmt[];
}

// ---------------------------------------------------------------- statements

export interface FunctionDef extends Pos {
  type: 'FunctionDef' | 'AsyncFunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
}
export interface ClassDef extends Pos {
  type: 'ClassDef';
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorator_list: Expr[];
}
export interface Return extends Pos { type: 'Return'; value: Expr | null }
export interface Delete extends Pos { type: 'Delete'; targets: Expr[] }
export interface Assign extends Pos { type: 'Assign'; targets: Expr[]; value: Expr }
export interface AugAssign extends Pos { type: 'AugAssign'; target: Expr; op: OperatorKind; value: Expr }
export interface AnnAssign extends Pos {
  type: 'AnnAssign'; target: Expr; annotation: Expr; value: Expr | null; simple: 0 | 1;
}
export interface For extends Pos {
  type: 'For' | 'AsyncFor'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[];
}
export interface While extends Pos { type: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface If extends Pos { type: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface With extends Pos { type: 'With' | 'AsyncWith'; items: WithItem[]; body: Stmt[] }
export interface Raise extends Pos { type: 'Raise'; exc: Expr | null; cause: Expr | null }
export interface Try extends Pos {
  type: 'Try'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[];
}
export interface Assert extends Pos { type: 'Assert'; test: Expr; msg: Expr | null }
export interface Import extends Pos { type: 'Import'; names: Alias[] }
export interface ImportFrom extends Pos {
  type: 'ImportFrom'; module: string | null; names: Alias[]; level: number;
}
export interface Global extends Pos { type: 'Global'; names: string[] }
export interface Nonlocal extends Pos { type: 'Nonlocal'; names: string[] }
export interface ExprStmt extends Pos { type: 'Expr'; value: Expr }
export interface Pass extends Pos { type: 'Pass' }
export interface Break extends Pos { type: 'Break' }
export interface Continue extends Pos { type: 'Continue' }

export type Stmt =
  | FunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign
  | For | While | If | With | Raise | Try | Assert | Import | ImportFrom
  | Global | Nonlocal | ExprStmt | Pass | Break | Continue;

// ---------------------------------------------------------------- expressions

export interface BoolOp extends Pos { type: 'BoolOp'; op: BoolOpKind; values: Expr[] }
export interface NamedExpr extends Pos { type: 'NamedExpr'; target: Name; value: Expr }
export interface BinOp extends Pos { type: 'BinOp'; left: Expr; op: OperatorKind; right: Expr }
export interface UnaryOp extends Pos { type: 'UnaryOp'; op: UnaryOpKind; operand: Expr }
export interface Lambda extends Pos { type: 'Lambda'; args: Arguments; body: Expr }
export interface IfExp extends Pos { type: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
/** keys[i] === null means `**values[i]`. */
export interface Dict extends Pos { type: 'Dict'; keys: (Expr | null)[]; values: Expr[] }
export interface SetExpr extends Pos { type: 'Set'; elts: Expr[] }
export interface ListComp extends Pos { type: 'ListComp'; elt: Expr; generators: Comprehension[] }
export interface SetComp extends Pos { type: 'SetComp'; elt: Expr; generators: Comprehension[] }
export interface DictComp extends Pos {
  type: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[];
}
export interface GeneratorExp extends Pos {
  type: 'GeneratorExp'; elt: Expr; generators: Comprehension[];
}
export interface Await extends Pos { type: 'Await'; value: Expr }
export interface Yield extends Pos { type: 'Yield'; value: Expr | null }
export interface YieldFrom extends Pos { type: 'YieldFrom'; value: Expr }
export interface Compare extends Pos {
  type: 'Compare'; left: Expr; ops: CmpOpKind[]; comparators: Expr[];
}
export interface Call extends Pos { type: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] }
/** conversion: -1 none, 115 's', 114 'r', 97 'a' (as CPython). */
export interface FormattedValue extends Pos {
  type: 'FormattedValue'; value: Expr; conversion: number; format_spec: JoinedStr | null;
}
export interface JoinedStr extends Pos { type: 'JoinedStr'; values: Expr[] }
/** kind is 'u' for u'' strings, else null (as CPython). */
export interface Constant extends Pos { type: 'Constant'; value: ConstValue; kind: string | null }
export interface Attribute extends Pos { type: 'Attribute'; value: Expr; attr: string; ctx: ExprContext }
export interface Subscript extends Pos { type: 'Subscript'; value: Expr; slice: Slice; ctx: ExprContext }
export interface Starred extends Pos { type: 'Starred'; value: Expr; ctx: ExprContext }
export interface Name extends Pos { type: 'Name'; id: string; ctx: ExprContext }
export interface List extends Pos { type: 'List'; elts: Expr[]; ctx: ExprContext }
export interface Tuple extends Pos { type: 'Tuple'; elts: Expr[]; ctx: ExprContext }

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr
  | ListComp | SetComp | DictComp | GeneratorExp | Await | Yield | YieldFrom
  | Compare | Call | FormattedValue | JoinedStr | Constant | Attribute
  | Subscript | Starred | Name | List | Tuple;

// 3.8 slices (no positions, as in CPython 3.8)
export interface Index { type: 'Index'; value: Expr }
export interface SliceRange { type: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }
export interface ExtSlice { type: 'ExtSlice'; dims: (Index | SliceRange)[] }
export type Slice = Index | SliceRange | ExtSlice;

// ---------------------------------------------------------------- helpers

export interface Comprehension {
  type: 'comprehension'; target: Expr; iter: Expr; ifs: Expr[]; is_async: 0 | 1;
}
export interface ExceptHandler extends Pos {
  type: 'ExceptHandler'; exc_type: Expr | null; name: string | null; body: Stmt[];
}
export interface Arguments {
  type: 'arguments';
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  /** One per kwonly arg; null where the kwonly arg has no default. */
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null;
  defaults: Expr[];
}
export interface Arg extends Pos { type: 'arg'; arg: string; annotation: Expr | null }
/** arg === null means `**value`. */
export interface Keyword { type: 'keyword'; arg: string | null; value: Expr; lineno: number; col_offset: number }
export interface Alias { type: 'alias'; name: string; asname: string | null }
export interface WithItem { type: 'withitem'; context_expr: Expr; optional_vars: Expr | null }
