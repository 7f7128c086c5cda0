// Stage: syntax (errors). Turns a raw CPython-style error (buffer text + offset) into the
// PySyntaxDiagnostic CPython 3.8 would print: the legacy print/exec hint of SyntaxError's
// constructor, then the line/caret selection of pythonrun.c's print_error_text.
import { PySyntaxDiagnostic } from '../source/diagnostics.js';
import type { RawSyntaxError } from './tokens.js';

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v';

/** The "Missing parentheses in call to 'print'" rewrite CPython applies to every SyntaxError. */
export function legacyMessage(msg: string, text: string): string {
  if (text.indexOf('(') >= 0) return msg;
  const first = legacyAt(text, 0);
  if (first !== null) return first;
  const colon = text.indexOf(':');
  if (colon >= 0) return legacyAt(text, colon + 1) ?? msg;
  return msg;
}

function legacyAt(text: string, start: number): string | null {
  while (start < text.length && isSpace(text[start]!)) start++;
  if (start === text.length) return null;
  if (text.startsWith('print ', start)) {
    const from = start + 6;
    let end = text.indexOf(';', from);
    if (end < 0) end = text.length;
    const data = stripBoth(text.slice(from, end));
    const endArg = data.endsWith(',') ? ' end=" "' : '';
    return `Missing parentheses in call to 'print'. Did you mean print(${data}${endArg})?`;
  }
  if (text.startsWith('exec ', start)) return "Missing parentheses in call to 'exec'";
  return null;
}

function stripBoth(s: string): string {
  const sep = ' \t\r\n';
  let a = 0;
  let b = s.length;
  while (a < b && sep.includes(s[a]!)) a++;
  while (b > a && sep.includes(s[b - 1]!)) b--;
  return s.slice(a, b);
}

/**
 * Picks the printed text and caret offset from a multi-line buffer like print_error_text:
 * the offset counts characters but CPython compares it with UTF-8 byte positions.
 */
export function selectLine(text: string, offset: number): { line: string; offset: number } {
  let t = text;
  let off = offset;
  if (off > 0 && off === utf8Len(t) && t[t.length - 1] === '\n') off--;
  for (;;) {
    const nl = t.indexOf('\n');
    if (nl < 0) break;
    const nlBytes = utf8Len(t.slice(0, nl));
    if (nlBytes >= off) break;
    off -= nlBytes + 1;
    t = t.slice(nl + 1);
  }
  // CPython prints everything from the selected line on (later buffer lines included).
  return { line: t.replace(/\n$/, ''), offset: off };
}

function utf8Len(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

export function finishError(raw: RawSyntaxError, filename: string): PySyntaxDiagnostic {
  // Only exact SyntaxErrors get the print/exec hint (not IndentationError/TabError: bpo-31161).
  const msg = raw.kind === 'SyntaxError' ? legacyMessage(raw.msg, raw.text) : raw.msg;
  const { line, offset } = selectLine(raw.text, raw.offset);
  return new PySyntaxDiagnostic(raw.kind, msg, raw.filename ?? filename, raw.lineno, offset, line);
}
