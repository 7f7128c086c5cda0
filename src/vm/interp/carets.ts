// Stage: VM interpreter (traceback printing, 3.11+). The caret line under a traceback's source line:
// the failing instruction's column span as '^', or with anchors '~' around the '^' of a binary
// operator, a subscript's brackets or (3.13) a call's parentheses, shown by each version's rule.
// Depends on the parser (to find anchors in the source segment); not on the simulation layer.
import type { Expr } from '../../syntax/ast.js';
import { makeSource } from '../../source/source.js';
import { parseModuleAst } from '../../syntax/parser.js';

export type CaretStyle = 'py311' | 'py313';

interface Anchors {
  readonly left: number;
  readonly right: number;
}

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);

function parseSegment(seg: string): Expr | null {
  try {
    const m = parseModuleAst(makeSource('<segment>', seg));
    const s = m.body[0];
    return m.body.length === 1 && s?.type === 'Expr' ? s.value : null;
  } catch {
    return null;
  }
}

function anchorsOf(seg: string, style: CaretStyle): Anchors | null {
  const e = parseSegment(seg);
  if (e === null) return null;
  if (e.type === 'BinOp') {
    const opText = seg.slice(e.left.end_col_offset, e.right.col_offset);
    const off = opText.length - opText.trimStart().length;
    let left = e.left.end_col_offset + off;
    let right = left + 1;
    if (off + 1 < opText.length && !isSpace(opText[off + 1])) right++;
    while (left < seg.length && (isSpace(seg[left]) || seg[left] === ')' || seg[left] === '#')) {
      left++;
      right++;
    }
    return { left, right };
  }
  if (e.type === 'Subscript') {
    let left = e.value.end_col_offset;
    while (left < seg.length && seg[left] !== '[') left++;
    // The segment ends with the subscript, so its closing bracket is the last one.
    const close = seg.lastIndexOf(']');
    return { left, right: close >= left ? close + 1 : seg.length };
  }
  if (e.type === 'Call' && style === 'py313') {
    let left = e.func.end_col_offset;
    while (left < seg.length && seg[left] !== '(') left++;
    return { left, right: e.end_col_offset };
  }
  return null;
}

/** 3.13: a `return f(...)` / `x = f(...)` whose call spans the whole line shows no carets. */
function wholeLineCall(stripped: string, start: number, end: number): boolean {
  let m;
  try {
    m = parseModuleAst(makeSource('<line>', stripped));
  } catch {
    return false;
  }
  const s = m.body[0];
  if (!s) return false;
  const v = s.type === 'Return' ? s.value : s.type === 'Assign' ? s.value : null;
  return !!v && v.type === 'Call' && v.func.type === 'Name' && v.col_offset === start && v.end_col_offset === end;
}

/**
 * The caret line (without newline) for `raw` (the whole source line) and the instruction's
 * position, or null when the version shows none. Columns are byte offsets (ASCII assumed).
 */
export function caretLine(raw: string, line: number, endLine: number, col: number, endCol: number, style: CaretStyle): string | null {
  if (col < 0 || endCol < 0) return null;
  const text = raw.replace(/\s+$/, '');
  const stripped = text.trimStart();
  const indent = text.length - stripped.length;
  const end = line === endLine ? endCol : text.length;
  if (end <= col) return null;
  const seg = text.slice(col, end);
  const anchors = line === endLine ? anchorsOf(seg, style) : null;
  let show: boolean;
  if (style === 'py313') {
    if (wholeLineCall(stripped, col - indent, end - indent)) show = false;
    else show = anchors !== null || text.slice(0, col).trim() !== '' || text.slice(end).trim() !== '';
  } else {
    show = end - col < stripped.length || (anchors !== null && anchors.right - anchors.left > 0);
  }
  if (!show) return null;
  const pad = ' '.repeat(4 + col - indent);
  if (anchors === null) return pad + '^'.repeat(end - col);
  return pad + '~'.repeat(anchors.left) + '^'.repeat(anchors.right - anchors.left) + '~'.repeat(seg.length - anchors.right);
}
