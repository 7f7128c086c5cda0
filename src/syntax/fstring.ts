// Stage: syntax (parser). STRING+ atoms: implicit concatenation, bytes, and f-strings parsed
// into JoinedStr/FormattedValue the way CPython 3.8's ast.c does (incl. its position quirks).
import { Tok, type Token } from './tokens.js';
import { Parser, AST_STAGE } from './parser-core.js';
import type { Expr, JoinedStr, Pos } from './ast.js';
import { tokenize, utf8Length } from './tokenizer.js';
import { splitString, decodeStrEscapes, decodeBytes, LiteralError } from './literals.js';
import { parseTestlist } from './parse-expr.js';
import { NotSupportedDiagnostic, PySyntaxDiagnostic } from '../source/diagnostics.js';

class Abort { constructor(readonly msg: string) {} }

interface State { last: string | null; values: Expr[]; fmode: boolean }

const CONVERSIONS: Readonly<Record<string, number>> = { s: 115, r: 114, a: 97 };
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v';

class FStringBuilder {
  constructor(
    private readonly p: Parser,
    private readonly pos: Pos,
    private readonly firstTok: string,
    private readonly kind: string | null,
    private readonly raw: boolean,
  ) {}

  concat(st: State, s: string): void {
    if (s.length > 0) st.last = (st.last ?? '') + s;
  }

  strNode(s: string): Expr {
    return { type: 'Constant', value: { kind: 'str', value: s }, kind: this.kind, ...this.pos };
  }

  flush(st: State): void {
    if (st.last !== null) { st.values.push(this.strNode(st.last)); st.last = null; }
  }

  decode(s: string): string {
    if (this.raw) return s;
    const r = decodeStrEscapes(s);
    if (r instanceof LiteralError) throw literalAbort(r, this.pos.lineno);
    return r;
  }

  /** FstringParser_ConcatFstring: returns the index where scanning stopped. */
  parse(st: State, s: string, i: number, lvl: number): number {
    st.fmode = true;
    for (;;) {
      const lit = this.findLiteral(s, i, lvl);
      i = lit.next;
      if (lit.text !== null) this.concat(st, lit.text);
      if (lit.doubled) continue;
      if (i >= s.length || s[i] === '}') break;
      const ex = this.findExpr(s, i, lvl);
      i = ex.next;
      if (ex.exprText !== null) this.concat(st, ex.exprText);
      this.flush(st);
      st.values.push(ex.node);
    }
    if (lvl !== 0 && s[i] !== '}') throw new Abort("f-string: expecting '}'");
    return i;
  }

  private findLiteral(s: string, i: number, lvl: number): { next: number; text: string | null; doubled: boolean } {
    const start = i;
    let k = i;
    while (k < s.length) {
      let ch = s[k++]!;
      if (!this.raw && ch === '\\' && k < s.length) {
        ch = s[k++]!;
        if (ch === 'N') {
          if (k < s.length && s[k++] === '{') {
            while (k < s.length && s[k++] !== '}') { /* skip the name */ }
            continue;
          }
          break;
        }
      }
      if (ch === '{' || ch === '}') {
        if (lvl === 0) {
          if (k < s.length && s[k] === ch) {
            return { next: k + 1, text: this.decode(s.slice(start, k)), doubled: true };
          }
          if (ch === '}') throw new Abort("f-string: single '}' is not allowed");
        }
        k--;
        break;
      }
    }
    return { next: k, text: k > start ? this.decode(s.slice(start, k)) : null, doubled: false };
  }

  private findExpr(s: string, i: number, lvl: number): { next: number; exprText: string | null; node: Expr } {
    if (lvl >= 2) throw new Abort('f-string: expressions nested too deeply');
    i++;
    const exprStart = i;
    let quote = '';
    let triple = false;
    const stack: string[] = [];
    for (; i < s.length; i++) {
      const ch = s[i]!;
      if (ch === '\\') throw new Abort('f-string expression part cannot include a backslash');
      if (quote) {
        if (ch === quote) {
          if (triple) {
            if (i + 2 < s.length && s[i + 1] === ch && s[i + 2] === ch) { i += 2; quote = ''; triple = false; }
          } else {
            quote = '';
          }
        }
      } else if (ch === "'" || ch === '"') {
        if (i + 2 < s.length && s[i + 1] === ch && s[i + 2] === ch) { triple = true; i += 2; } else triple = false;
        quote = ch;
      } else if (ch === '[' || ch === '{' || ch === '(') {
        if (stack.length >= 200) throw new Abort('f-string: too many nested parenthesis');
        stack.push(ch);
      } else if (ch === '#') {
        throw new Abort("f-string expression part cannot include '#'");
      } else if (stack.length === 0 && (ch === '!' || ch === ':' || ch === '}' || ch === '=' || ch === '>' || ch === '<')) {
        if (i + 1 < s.length) {
          const next = s[i + 1];
          if (next === '=' && (ch === '!' || ch === '=' || ch === '<' || ch === '>')) { i++; continue; }
          if (ch === '>' || ch === '<') continue;
        }
        break;
      } else if (ch === ']' || ch === '}' || ch === ')') {
        if (stack.length === 0) throw new Abort(`f-string: unmatched '${ch}'`);
        const open = stack.pop()!;
        if (!((open === '(' && ch === ')') || (open === '[' && ch === ']') || (open === '{' && ch === '}'))) {
          throw new Abort(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${open}'`);
        }
      }
    }
    const exprEnd = i;
    if (quote) throw new Abort('f-string: unterminated string');
    if (stack.length > 0) throw new Abort(`f-string: unmatched '${stack[stack.length - 1]}'`);
    if (i >= s.length) throw new Abort("f-string: expecting '}'");
    const value = this.compileExpr(s.slice(exprStart, exprEnd));
    let exprText: string | null = null;
    if (s[i] === '=') {
      i++;
      while (i < s.length && isSpace(s[i]!)) i++;
      exprText = s.slice(exprStart, i);
    }
    let conversion = -1;
    if (s[i] === '!') {
      i++;
      if (i >= s.length) throw new Abort("f-string: expecting '}'");
      const c = CONVERSIONS[s[i++]!];
      if (c === undefined) throw new Abort("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      conversion = c;
    }
    if (i >= s.length) throw new Abort("f-string: expecting '}'");
    let formatSpec: JoinedStr | null = null;
    if (s[i] === ':') {
      i++;
      if (i >= s.length) throw new Abort("f-string: expecting '}'");
      const st: State = { last: null, values: [], fmode: false };
      i = this.parse(st, s, i, lvl + 1);
      this.flush(st);
      formatSpec = { type: 'JoinedStr', values: st.values, ...this.pos };
    }
    if (i >= s.length || s[i] !== '}') throw new Abort("f-string: expecting '}'");
    i++;
    if (exprText !== null && formatSpec === null && conversion === -1) conversion = 114;
    return { next: i, exprText, node: { type: 'FormattedValue', value, conversion, format_spec: formatSpec, ...this.pos } };
  }

  /** fstring_compile_expr: parse "(expr)" on its own, then move it to where 3.8 puts it. */
  private compileExpr(text: string): Expr {
    let blank = true;
    for (const c of text) if (!isSpace(c)) { blank = false; break; }
    if (blank) throw new Abort('f-string: empty expression not allowed');
    const sub = `(${text})`;
    const needle = `{${text}}`;
    const at = this.firstTok.indexOf(needle);
    let lines = this.pos.lineno - 1;
    let cols = this.pos.col_offset;
    if (at >= 0) {
      let st = at;
      while (st > 0 && this.firstTok[st] !== '\n') st--;
      cols += utf8Length(this.firstTok, st, at);
      for (let k = 0; k < at; k++) if (this.firstTok[k] === '\n') lines++;
    }
    let e: Expr;
    let astError: PySyntaxDiagnostic | null = null;
    try {
      const sp = new Parser(tokenize(sub), '<fstring>', true);
      e = parseTestlist(sp);
      while (sp.tok.kind === Tok.NEWLINE) sp.advance();
      if (sp.tok.kind !== Tok.ENDMARKER) throw sp.fail();
      astError = sp.deferred;
    } catch (err) {
      // A grammar error: reported in "<fstring>" with the parenthesized text.
      if (err instanceof PySyntaxDiagnostic) {
        if (!this.p.deferred) this.p.deferred = err;
        return this.strNode('');
      }
      throw err;
    }
    if (astError) {
      // An ast_error ran on the relocated tree: "<fstring>" at the shifted line, no source
      // text. Grammar errors of nested f-strings pass through unchanged.
      if (!this.p.deferred) {
        if (AST_STAGE.has(astError)) {
          this.p.deferred = new PySyntaxDiagnostic(astError.kind, astError.msg, '<fstring>', astError.lineno + lines,
            undefined, undefined);
          AST_STAGE.add(this.p.deferred);
        } else {
          this.p.deferred = astError;
        }
      }
      return this.strNode('');
    }
    shiftPositions(e, lines, cols);
    return e;
  }
}

/** Adds `lines` to every line number and `cols` to columns of nodes starting on line 1. */
function shiftPositions(root: unknown, lines: number, cols: number): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const n = stack.pop();
    if (Array.isArray(n)) { for (const x of n) stack.push(x); continue; }
    if (n === null || typeof n !== 'object') continue;
    const o = n as Record<string, unknown>;
    if (typeof o['type'] !== 'string') continue;
    if (typeof o['lineno'] === 'number') {
      if (o['lineno'] === 1) {
        o['col_offset'] = (o['col_offset'] as number) + cols;
        if (typeof o['end_col_offset'] === 'number') o['end_col_offset'] = (o['end_col_offset'] as number) + cols;
      }
      o['lineno'] = (o['lineno'] as number) + lines;
      if (typeof o['end_lineno'] === 'number') o['end_lineno'] = (o['end_lineno'] as number) + lines;
    }
    for (const k in o) {
      const v = o[k];
      if (v !== null && typeof v === 'object') stack.push(v);
    }
  }
}

function literalAbort(e: LiteralError, line: number): Abort | NotSupportedDiagnostic {
  return e.notSupported ? new NotSupportedDiagnostic(e.msg, line) : new Abort(e.msg);
}

/** STRING+ : one Constant, or a JoinedStr when any part is an f-string. */
export function parseStrings(p: Parser): Expr {
  const toks: Token[] = [];
  const first = p.tok;
  while (p.tok.kind === Tok.STRING) toks.push(p.advance());
  const pos = p.span(first);
  const kind = first.text[0] === 'u' ? 'u' : null;
  const st: State = { last: null, values: [], fmode: false };
  const bytes: number[] = [];
  const isBytes = splitString(first.text).prefix.bytes;
  try {
    for (const t of toks) {
      const { prefix, body } = splitString(t.text);
      if (prefix.bytes !== isBytes) throw new Abort('cannot mix bytes and nonbytes literals');
      const b = new FStringBuilder(p, pos, first.text, kind, prefix.raw);
      if (prefix.bytes) {
        const r = decodeBytes(body, prefix.raw);
        if (r instanceof LiteralError) throw literalAbort(r, pos.lineno);
        for (const x of r) bytes.push(x);
      } else if (prefix.fmt) {
        b.parse(st, body, 0, 0);
      } else {
        b.concat(st, b.decode(body));
      }
    }
  } catch (e) {
    if (!(e instanceof Abort)) throw e;
    p.defer(e.msg, pos);
    return { type: 'Constant', value: { kind: 'str', value: '' }, kind, ...pos };
  }
  if (isBytes) return { type: 'Constant', value: { kind: 'bytes', value: Uint8Array.from(bytes) }, kind: null, ...pos };
  const b = new FStringBuilder(p, pos, first.text, kind, false);
  if (!st.fmode) return b.strNode(st.last ?? '');
  b.flush(st);
  return { type: 'JoinedStr', values: st.values, ...pos };
}
