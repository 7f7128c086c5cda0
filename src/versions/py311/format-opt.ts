// Stage: version profile (3.11 AST optimisation, from 3.10's ast_opt.c optimize_format):
// `'...%s...%r...' % (a, b)` with only %s/%r/%a units (optional flags, width < 100, precision)
// and exactly as many tuple items becomes an f-string, so it compiles to FORMAT_VALUE/BUILD_STRING.
// Works on the already constant-folded AST; returns new nodes, never mutates.
import type * as A from '../../syntax/ast.js';

const NOPOS = { lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };

function literal(fmt: string[], pos: { i: number }): A.Constant | null {
  const start = pos.i;
  let text = '';
  while (pos.i < fmt.length) {
    if (fmt[pos.i] !== '%') text += fmt[pos.i++];
    else if (pos.i + 1 < fmt.length && fmt[pos.i + 1] === '%') {
      text += '%';
      pos.i += 2;
    } else break;
  }
  if (pos.i === start) return null;
  return { type: 'Constant', value: { kind: 'str', value: text }, kind: null, ...NOPOS };
}

/** One %-unit after the '%': null when it is not a simple %s/%r/%a. */
function unit(fmt: string[], pos: { i: number }, arg: A.Expr): A.FormattedValue | null {
  let i = pos.i;
  const next = (): string | null => (i < fmt.length ? fmt[i++]! : null);
  let ch = next();
  let ljust = false;
  while (ch !== null && '-+ #0'.includes(ch)) {
    if (ch === '-') ljust = true;
    ch = next();
  }
  if (ch === null) return null;
  let width = -1;
  let prec = -1;
  const isDigit = (c: string | null): boolean => c !== null && c >= '0' && c <= '9';
  if (isDigit(ch)) {
    width = 0;
    let digits = 0;
    while (isDigit(ch)) {
      width = width * 10 + Number(ch);
      ch = next();
      if (ch === null || ++digits >= 3) return null;
    }
  }
  if (ch === '.') {
    ch = next();
    if (ch === null) return null;
    prec = 0;
    let digits = 0;
    while (isDigit(ch)) {
      prec = prec * 10 + Number(ch);
      ch = next();
      if (ch === null || ++digits >= 3) return null;
    }
  }
  if (ch !== 's' && ch !== 'r' && ch !== 'a') return null;
  pos.i = i;
  let spec = '';
  if (!ljust && width > 0) spec += '>';
  if (width >= 0) spec += String(width);
  if (prec >= 0) spec += `.${prec}`;
  // CPython's spec here is a plain str constant, not an f-string.
  const format_spec: A.Expr | null = spec ? { type: 'Constant', value: { kind: 'str', value: spec }, kind: null, ...NOPOS } : null;
  return {
    type: 'FormattedValue', value: arg, conversion: ch.charCodeAt(0), format_spec: format_spec as A.JoinedStr | null,
    lineno: arg.lineno, col_offset: arg.col_offset, end_lineno: arg.end_lineno, end_col_offset: arg.end_col_offset,
  };
}

function optimizeFormat(node: A.BinOp, fmtStr: string, elts: readonly A.Expr[]): A.Expr {
  const fmt = Array.from(fmtStr);
  const pos = { i: 0 };
  const values: A.Expr[] = [];
  let cnt = 0;
  for (;;) {
    const lit = literal(fmt, pos);
    if (lit) values.push(lit);
    if (pos.i >= fmt.length) break;
    if (cnt >= elts.length) return node;
    pos.i++;
    const fv = unit(fmt, pos, elts[cnt]!);
    cnt++;
    if (!fv) return node;
    values.push(fv);
  }
  if (cnt < elts.length) return node;
  return { type: 'JoinedStr', values, lineno: node.lineno, col_offset: node.col_offset, end_lineno: node.end_lineno, end_col_offset: node.end_col_offset };
}

function rewrite(x: unknown): unknown {
  if (Array.isArray(x)) {
    let changed = false;
    const out = x.map((v) => {
      const r = rewrite(v);
      if (r !== v) changed = true;
      return r;
    });
    return changed ? out : x;
  }
  if (x === null || typeof x !== 'object' || !('type' in (x as object))) return x;
  const node = x as Record<string, unknown>;
  let copy: Record<string, unknown> | null = null;
  for (const [k, v] of Object.entries(node)) {
    if (k === 'value' && node.type === 'Constant') continue;
    const r = rewrite(v);
    if (r !== v) {
      copy ??= { ...node };
      copy[k] = r;
    }
  }
  const n = (copy ?? node) as unknown as A.Expr;
  if (n.type === 'BinOp' && n.op === 'Mod' && n.left.type === 'Constant' && n.left.value.kind === 'str' &&
      n.right.type === 'Tuple' && !n.right.elts.some((e) => e.type === 'Starred')) {
    return optimizeFormat(n, n.left.value.value, n.right.elts);
  }
  return n;
}

/** The module with every simple %-format of a tuple turned into an f-string. */
export function optimizeFormats(mod: A.Module): A.Module {
  return rewrite(mod) as A.Module;
}
