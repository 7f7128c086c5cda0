// Stage: syntax (tokens). Source text -> Token[] following CPython 3.8's tokenizer.c rules
// (indentation, brackets, numbers, string extents, error messages). Knows nothing of the AST.
import { Tok, type Token, type RawSyntaxError, OPERATORS_2, OPERATORS_3 } from './tokens.js';
import type { SyntaxErrorKind } from '../source/diagnostics.js';

const TABSIZE = 8;
const MAXINDENT = 100;
const MAXLEVEL = 200;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isHex = (c: number) => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
const isIdStart = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
const isIdChar = (c: number) => isIdStart(c) || isDigit(c);
const IDENT_RE = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;
/** First characters of the two-character operators. */
const MAY_START_2 = new Set([...OPERATORS_2].map((o) => o.charCodeAt(0)));

export function utf8Length(s: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && k + 1 < to) { n += 4; k++; }
    else n += 3;
  }
  return n;
}

/** Number of code points in s[from, to) (CPython's character offsets count code points). */
export function codePoints(s: string, from: number, to: number): number {
  let n = to - from;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0xdc00 && c <= 0xdfff && k > from && (s.charCodeAt(k - 1) & 0xfc00) === 0xd800) n--;
  }
  return n;
}

/** CPython reads source with universal newlines and always sees a final newline. */
export function normalizeSource(text: string): string {
  // (CPython 3.8 reading a file appends the missing final newline itself.)
  let s = text.indexOf('\r') >= 0 ? text.replace(/\r\n?/g, '\n') : text;
  if (s.length > 0 && s[s.length - 1] !== '\n') s += '\n';
  return s;
}

class EarlyStop { constructor(readonly err: RawSyntaxError) {} }

class Tokenizer {
  private i = 0;
  private lineno = 1;
  private lineStart = 0;
  private lineAscii = true;
  private readonly lineStarts: number[] = [0];
  private bufLine = 1;
  private readonly indstack = [0];
  private readonly altstack = [0];
  private pendin = 0;
  private level = 0;
  private readonly parens: number[] = [];
  private readonly parenLines: number[] = [];
  private atbol = true;
  readonly out: Token[] = [];

  constructor(private readonly s: string, private readonly origEndsWithNewline: boolean) {
    this.scanLine();
  }

  /** Line CPython reports for errors found while reading past the end of a file. */
  private eofLine(): number {
    let n = 0;
    for (let k = this.s.indexOf('\n'); k >= 0; k = this.s.indexOf('\n', k + 1)) n++;
    return n + (this.origEndsWithNewline ? 2 : 1);
  }

  private scanLine(): void {
    const s = this.s;
    let k = this.lineStart;
    let ascii = true;
    for (; k < s.length; k++) {
      const c = s.charCodeAt(k);
      if (c === 10) break;
      if (c >= 128) ascii = false;
    }
    this.lineAscii = ascii;
  }

  /** Called after consuming a '\n' at i-1. `keepBuf`: CPython was inside a token. */
  private newLine(keepBuf: boolean): void {
    if (this.i >= this.s.length) return;
    this.lineno++;
    this.lineStart = this.i;
    this.lineStarts.push(this.i);
    if (!keepBuf) this.bufLine = this.lineno;
    this.scanLine();
  }

  private byteCol(idx: number): number {
    return this.lineAscii ? idx - this.lineStart : utf8Length(this.s, this.lineStart, idx);
  }

  /** Code points from the line start to idx. */
  private charCol(idx: number): number {
    return this.lineAscii ? idx - this.lineStart : codePoints(this.s, this.lineStart, idx);
  }

  private lineEnd(from: number): number {
    const e = this.s.indexOf('\n', from);
    return e < 0 ? this.s.length : e;
  }

  /** Error from tokenizer.c's syntaxerror(): offset = chars up to cur, text = line w/o '\n'. */
  private lineError(msg: string, cur: number): never {
    const text = this.s.slice(this.lineStart, this.lineEnd(this.lineStart));
    const offset = codePoints(this.s, this.lineStart, cur);
    throw new EarlyStop({ kind: 'SyntaxError', msg, lineno: this.lineno, offset, text });
  }

  /** Error with tok->cur = tok->inp: offset = whole buffer, text = buffer (with '\n'). */
  private bufError(kind: SyntaxErrorKind, msg: string, cur?: number, atEof = false): never {
    const from = this.lineStarts[this.bufLine - 1]!;
    const end = Math.min(this.lineEnd(this.lineStart) + 1, this.s.length);
    const text = this.s.slice(from, end);
    const offset = codePoints(this.s, from, cur === undefined ? end : cur);
    throw new EarlyStop({ kind, msg, lineno: atEof ? this.eofLine() : this.lineno, offset, text });
  }

  private push(kind: Tok, start: number, end: number, startLine: number, startCol: number,
    startCharCol: number, bufLine: number, atEof = false): void {
    const text = kind === Tok.INDENT || kind === Tok.DEDENT || kind === Tok.NEWLINE ||
      kind === Tok.ENDMARKER ? '' : this.s.slice(start, end);
    this.out.push({
      kind, text, lineno: startLine, col: startCol, endLineno: this.lineno,
      endCol: this.byteCol(end), charCol: startCharCol, bufLine, error: undefined, atEof,
    });
  }

  run(): void {
    try {
      while (this.next()) { /* one token per call */ }
    } catch (e) {
      if (!(e instanceof EarlyStop)) throw e;
      this.out.push({
        kind: Tok.ERROR, text: '', lineno: e.err.lineno, col: 0, endLineno: e.err.lineno,
        endCol: 0, charCol: 0, bufLine: this.bufLine, error: e.err, atEof: false,
      });
    }
  }

  /** Indentation at the beginning of a logical line; returns true for blank lines. */
  private indentation(): boolean {
    const s = this.s;
    let col = 0;
    let alt = 0;
    for (; this.i < s.length; this.i++) {
      const c = s.charCodeAt(this.i);
      if (c === 32) { col++; alt++; }
      else if (c === 9) { col = (Math.floor(col / TABSIZE) + 1) * TABSIZE; alt++; }
      else if (c === 12) { col = alt = 0; }
      else break;
    }
    const c = this.i < s.length ? s.charCodeAt(this.i) : -1;
    if (c === 35 || c === 10) return true;
    if (this.level > 0) return false;
    const top = this.indstack.length - 1;
    if (col === this.indstack[top]) {
      if (alt !== this.altstack[top]) this.tabError();
    } else if (col > this.indstack[top]!) {
      if (top + 1 >= MAXINDENT) this.bufError('IndentationError', 'too many levels of indentation');
      if (alt <= this.altstack[top]!) this.tabError();
      this.pendin++;
      this.indstack.push(col);
      this.altstack.push(alt);
    } else {
      while (this.indstack.length > 1 && col < this.indstack[this.indstack.length - 1]!) {
        this.pendin--;
        this.indstack.pop();
        this.altstack.pop();
      }
      const t = this.indstack.length - 1;
      if (col !== this.indstack[t]) {
        this.bufError('IndentationError', 'unindent does not match any outer indentation level');
      }
      if (alt !== this.altstack[t]) this.tabError();
    }
    return false;
  }

  private tabError(): never {
    this.bufError('TabError', 'inconsistent use of tabs and spaces in indentation');
  }

  /** Produces one token (or skips a blank line); false after ENDMARKER. */
  private next(): boolean {
    const s = this.s;
    let blank = false;
    if (this.atbol) {
      this.atbol = false;
      blank = this.indentation();
    }
    if (this.pendin !== 0) {
      const atEof = this.i >= s.length;
      const col = this.byteCol(this.i);
      const kind = this.pendin < 0 ? Tok.DEDENT : Tok.INDENT;
      // CPython gives INDENT/DEDENT no start: errors point at the tokenizer's position.
      const cc = this.charCol(this.i) - 1;
      while (this.pendin !== 0) {
        this.push(kind, this.i, this.i, this.lineno, col, cc, this.bufLine, atEof);
        this.pendin += this.pendin < 0 ? 1 : -1;
      }
    }
    // again:
    for (;;) {
      let c = s.charCodeAt(this.i);
      while (c === 32 || c === 9 || c === 12) c = s.charCodeAt(++this.i);
      const start = this.i;
      const line = this.lineno;
      const col = this.byteCol(start);
      const cc = this.charCol(start);
      const buf = this.bufLine;
      if (c === 35) {
        while (this.i < s.length && s.charCodeAt(this.i) !== 10) this.i++;
        c = this.i < s.length ? 10 : NaN;
      }
      if (this.i >= s.length) {
        this.push(Tok.ENDMARKER, this.i, this.i, this.lineno, this.byteCol(this.i),
          this.charCol(this.i) - 1, this.bufLine, true);
        return false;
      }
      if (isIdStart(c)) return this.identifierOrString(start, line, col, cc, buf);
      if (c === 10) {
        this.atbol = true;
        this.i++;
        if (blank || this.level > 0) {
          this.newLine(false);
          return true;
        }
        this.out.push({
          kind: Tok.NEWLINE, text: '', lineno: line, col, endLineno: line, endCol: col + 1,
          charCol: cc, bufLine: buf, error: undefined, atEof: false,
        });
        this.newLine(false);
        return true;
      }
      if (c === 46) { // '.'
        const c2 = s.charCodeAt(start + 1);
        if (isDigit(c2)) { this.i = start + 1; return this.number(start, line, col, cc, buf, true); }
        this.i = start + (c2 === 46 && s.charCodeAt(start + 2) === 46 ? 3 : 1);
        this.push(Tok.OP, start, this.i, line, col, cc, buf);
        return true;
      }
      if (isDigit(c)) return this.number(start, line, col, cc, buf, false);
      if (c === 39 || c === 34) return this.string(start, start, line, col, cc, buf);
      if (c === 92) { // backslash continuation
        if (s.charCodeAt(start + 1) !== 10) {
          this.i = start + 1;
          this.bufError('SyntaxError', 'unexpected character after line continuation character');
        }
        this.i = start + 2;
        if (this.i >= s.length) this.bufError('SyntaxError', 'unexpected EOF while parsing', undefined, true);
        this.newLine(true);
        continue;
      }
      return this.operator(start, line, col, cc, buf);
    }
  }

  private operator(start: number, line: number, col: number, cc: number, buf: number): boolean {
    const s = this.s;
    const two = MAY_START_2.has(s.charCodeAt(start)) ? s.slice(start, start + 2) : '';
    if (two.length === 2 && OPERATORS_2.has(two)) {
      this.i = start + (OPERATORS_3.has(s.slice(start, start + 3)) ? 3 : 2);
      this.push(Tok.OP, start, this.i, line, col, cc, buf);
      return true;
    }
    const c = s.charCodeAt(start);
    this.i = start + 1;
    if (c === 40 || c === 91 || c === 123) {
      if (this.level >= MAXLEVEL) this.lineError('too many nested parentheses', this.i);
      this.parens.push(c);
      this.parenLines.push(this.lineno);
      this.level++;
    } else if (c === 41 || c === 93 || c === 125) {
      const ch = String.fromCharCode(c);
      if (this.level === 0) this.lineError(`unmatched '${ch}'`, this.i);
      this.level--;
      const open = this.parens.pop()!;
      const openLine = this.parenLines.pop()!;
      if (!((open === 40 && c === 41) || (open === 91 && c === 93) || (open === 123 && c === 125))) {
        const o = String.fromCharCode(open);
        const where = openLine !== this.lineno ? ` on line ${openLine}` : '';
        this.lineError(`closing parenthesis '${ch}' does not match opening parenthesis '${o}'${where}`, this.i);
      }
    }
    this.push(Tok.OP, start, this.i, line, col, cc, buf);
    return true;
  }

  private identifierOrString(start: number, line: number, col: number, cc: number, buf: number): boolean {
    const s = this.s;
    let b = false, r = false, u = false, f = false;
    let c = s.charCodeAt(this.i);
    for (;;) {
      if (!(b || u || f) && (c === 98 || c === 66)) b = true;
      else if (!(b || u || r || f) && (c === 117 || c === 85)) u = true;
      else if (!(r || u) && (c === 114 || c === 82)) r = true;
      else if (!(f || b || u) && (c === 102 || c === 70)) f = true;
      else break;
      c = s.charCodeAt(++this.i);
      if (c === 34 || c === 39) return this.string(start, this.i, line, col, cc, buf);
    }
    let nonascii = false;
    while (this.i < s.length && isIdChar(c)) {
      if (c >= 128) nonascii = true;
      c = s.charCodeAt(++this.i);
    }
    if (nonascii && !IDENT_RE.test(s.slice(start, this.i))) {
      this.bufError('SyntaxError', 'invalid character in identifier', this.i);
    }
    this.push(Tok.NAME, start, this.i, line, col, cc, buf);
    return true;
  }

  private string(start: number, q: number, line: number, col: number, cc: number, buf: number): boolean {
    const s = this.s;
    const quote = s.charCodeAt(q);
    let size = 1;
    let endSize = 0;
    this.i = q + 1;
    if (s.charCodeAt(this.i) === quote) {
      if (s.charCodeAt(this.i + 1) === quote) { size = 3; this.i += 2; } else { endSize = 1; this.i++; }
    }
    while (endSize !== size) {
      if (this.i >= s.length) {
        if (size === 3) this.bufError('SyntaxError', 'EOF while scanning triple-quoted string literal', undefined, true);
        this.bufError('SyntaxError', 'EOL while scanning string literal', undefined, true);
      }
      const c = s.charCodeAt(this.i++);
      if (c === 10) {
        if (size === 1) { this.i--; this.bufError('SyntaxError', 'EOL while scanning string literal'); }
        this.newLine(true);
      }
      if (c === quote) endSize++;
      else {
        endSize = 0;
        if (c === 92 && this.i < s.length) {
          if (s.charCodeAt(this.i++) === 10) this.newLine(true);
        }
      }
    }
    this.push(Tok.STRING, start, this.i, line, col, cc, buf);
    return true;
  }

  private decimalTail(): number {
    const s = this.s;
    for (;;) {
      let c = s.charCodeAt(this.i);
      while (isDigit(c)) c = s.charCodeAt(++this.i);
      if (c !== 95) return c;
      c = s.charCodeAt(++this.i);
      if (!isDigit(c)) this.lineError('invalid decimal literal', this.i);
    }
  }

  /** `this.i` is at the first digit (or just after a leading '.' when `fraction`). */
  private number(start: number, line: number, col: number, cc: number, buf: number, fraction: boolean): boolean {
    const s = this.s;
    let c: number;
    if (fraction) {
      c = this.decimalTail();
      c = this.exponentAndImag(c);
    } else if (s.charCodeAt(this.i) === 48) {
      c = s.charCodeAt(++this.i);
      if (c === 120 || c === 88) this.radix(isHex, 'hexadecimal', false);
      else if (c === 111 || c === 79) this.radix((d) => d >= 48 && d <= 55, 'octal', true);
      else if (c === 98 || c === 66) this.radix((d) => d === 48 || d === 49, 'binary', true);
      else {
        let nonzero = false;
        for (;;) {
          if (c === 95) {
            c = s.charCodeAt(++this.i);
            if (!isDigit(c)) this.lineError('invalid decimal literal', this.i);
          }
          if (c !== 48) break;
          c = s.charCodeAt(++this.i);
        }
        if (isDigit(c)) { nonzero = true; c = this.decimalTail(); }
        if (c === 46 || c === 101 || c === 69 || c === 106 || c === 74) {
          if (c === 46) c = this.fraction();
          this.exponentAndImag(c);
        } else if (nonzero) {
          this.lineError('leading zeros in decimal integer literals are not permitted; ' +
            'use an 0o prefix for octal integers', this.i);
        }
      }
    } else {
      c = this.decimalTail();
      if (c === 46) c = this.fraction();
      this.exponentAndImag(c);
    }
    this.push(Tok.NUMBER, start, this.i, line, col, cc, buf);
    return true;
  }

  /** At a '.', after an integer part: consume it and the fraction digits. */
  private fraction(): number {
    const c = this.s.charCodeAt(++this.i);
    return isDigit(c) ? this.decimalTail() : c;
  }

  private exponentAndImag(c: number): number {
    const s = this.s;
    if (c === 101 || c === 69) {
      const ePos = this.i;
      c = s.charCodeAt(++this.i);
      if (c === 43 || c === 45) {
        c = s.charCodeAt(++this.i);
        if (!isDigit(c)) this.lineError('invalid decimal literal', this.i);
      } else if (!isDigit(c)) {
        this.i = ePos;
        return s.charCodeAt(ePos);
      }
      c = this.decimalTail();
    }
    if (c === 106 || c === 74) c = s.charCodeAt(++this.i);
    return c;
  }

  private radix(ok: (c: number) => boolean, name: string, digitCheck: boolean): void {
    const s = this.s;
    let c = s.charCodeAt(++this.i);
    do {
      if (c === 95) c = s.charCodeAt(++this.i);
      if (!ok(c)) {
        if (digitCheck && isDigit(c)) this.lineError(`invalid digit '${String.fromCharCode(c)}' in ${name} literal`, this.i);
        this.lineError(`invalid ${name} literal`, this.i);
      }
      do { c = s.charCodeAt(++this.i); } while (ok(c));
    } while (c === 95);
    if (digitCheck && isDigit(c)) {
      this.lineError(`invalid digit '${String.fromCharCode(c)}' in ${name} literal`, this.i + 1);
    }
  }

}

export interface Tokenized {
  readonly tokens: Token[];
  /** The normalized text the positions refer to. */
  readonly text: string;
  /** 0-based start index of each line in `text`. */
  readonly lineStarts: readonly number[];
}

/** Tokenizes a whole module; a tokenizer error ends the list with an ERROR token. */
export function tokenize(source: string): Tokenized {
  const text = normalizeSource(source);
  const t = new Tokenizer(text, source.endsWith('\n') || source.endsWith('\r'));
  t.run();
  const lineStarts: number[] = [0];
  for (let k = text.indexOf('\n'); k >= 0 && k + 1 < text.length; k = text.indexOf('\n', k + 1)) {
    lineStarts.push(k + 1);
  }
  return { tokens: t.out, text, lineStarts };
}
