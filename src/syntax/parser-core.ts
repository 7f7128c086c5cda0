// Stage: syntax (parser). Token cursor, node positions and error raising shared by the
// parse-*.ts files. Depends on tokens and diagnostics only; no grammar rules here.
import { Tok, KEYWORDS, type Token, type RawSyntaxError } from './tokens.js';
import { utf8Length, type Tokenized } from './tokenizer.js';
import type { Pos } from './ast.js';
import { PySyntaxDiagnostic } from '../source/diagnostics.js';
import { finishError } from './parser-errors.js';

/** Nesting budget for recursive rules; CPython's parser stack overflows around here. */
const MAX_DEPTH = 600;

/** Diagnostics raised by ast.c's ast_error (an f-string's enclosing parse relocates them). */
export const AST_STAGE = new WeakSet<PySyntaxDiagnostic>();

export class Parser {
  pos = 0;
  tok: Token;
  /** Last consumed token that carries text (not NEWLINE/INDENT/DEDENT). */
  last: Token;
  /** First error ast.c would raise; reported only if the whole file parses. */
  deferred: PySyntaxDiagnostic | null = null;
  depth = 0;
  /** Parsing an f-string expression: a string without final newline, as CPython parses it. */
  readonly fstringMode: boolean;

  constructor(
    readonly t: Tokenized,
    readonly filename: string,
    fstringMode = false,
  ) {
    this.tok = t.tokens[0]!;
    this.last = this.tok;
    this.fstringMode = fstringMode;
    if (this.tok.kind === Tok.ERROR) throw this.diag(this.tok.error!);
  }

  peek(k = 1): Token {
    const toks = this.t.tokens;
    return toks[Math.min(this.pos + k, toks.length - 1)]!;
  }

  advance(): Token {
    const cur = this.tok;
    if (cur.kind !== Tok.NEWLINE && cur.kind !== Tok.INDENT && cur.kind !== Tok.DEDENT) {
      this.last = cur;
    }
    if (this.pos < this.t.tokens.length - 1) this.pos++;
    this.tok = this.t.tokens[this.pos]!;
    if (this.tok.kind === Tok.ERROR) throw this.diag(this.tok.error!);
    return cur;
  }

  at(kind: Tok): boolean {
    return this.tok.kind === kind;
  }

  isOp(text: string): boolean {
    return this.tok.kind === Tok.OP && this.tok.text === text;
  }

  isKw(text: string): boolean {
    return this.tok.kind === Tok.NAME && this.tok.text === text;
  }

  eatOp(text: string): boolean {
    if (this.isOp(text)) { this.advance(); return true; }
    return false;
  }

  eatKw(text: string): boolean {
    if (this.isKw(text)) { this.advance(); return true; }
    return false;
  }

  expectOp(text: string): Token {
    if (!this.isOp(text)) throw this.fail();
    return this.advance();
  }

  expectKw(text: string): Token {
    if (!this.isKw(text)) throw this.fail();
    return this.advance();
  }

  /** A NAME token that is not a keyword. */
  expectName(): Token {
    if (this.tok.kind !== Tok.NAME || KEYWORDS.has(this.tok.text)) throw this.fail();
    return this.advance();
  }

  isName(): boolean {
    return this.tok.kind === Tok.NAME && !KEYWORDS.has(this.tok.text);
  }

  expect(kind: Tok): Token {
    if (this.tok.kind !== kind) throw this.fail(kind === Tok.INDENT);
    return this.advance();
  }

  enter(): void {
    if (++this.depth > MAX_DEPTH) {
      const raw = this.tokenError('SyntaxError', 'too many nested parentheses or operators (parser stack overflow)', this.tok);
      throw this.diag(raw);
    }
  }

  leave(): void {
    this.depth--;
  }

  /** Position from `start` to the last consumed token. */
  span(start: Token): Pos {
    return {
      lineno: start.lineno, col_offset: start.col,
      end_lineno: this.last.endLineno, end_col_offset: this.last.endCol,
    };
  }

  /** The pgen parser rejected the current token. */
  fail(expectedIndent = false): PySyntaxDiagnostic {
    const t = this.tok;
    if (t.kind === Tok.ERROR) return this.diag(t.error!);
    if (t.kind === Tok.ENDMARKER || t.atEof) {
      // CPython 3.8 reading a file has moved past the last line: empty text, next line number,
      // caret after the tokenizer's buffer (the last line, or all lines of a final multi-line token).
      const { text, lineStarts } = this.t;
      // (In bytes: with no text, CPython cannot convert the offset to characters.)
      const lastLen = utf8Length(text, lineStarts[t.bufLine - 1]!, text.length);
      return this.diag({
        kind: 'SyntaxError', msg: 'unexpected EOF while parsing', lineno: lineStarts.length + 1,
        offset: lastLen, text: '',
      });
    }
    if (this.fstringMode && this.peek().kind === Tok.NEWLINE) {
      // Reading the last token of a string made CPython's tokenizer hit end of input.
      return this.diag(this.tokenError('SyntaxError', 'unexpected EOF while parsing', t));
    }
    if (expectedIndent) return this.diag(this.tokenError('IndentationError', 'expected an indented block', t));
    if (t.kind === Tok.INDENT) return this.diag(this.tokenError('IndentationError', 'unexpected indent', t));
    if (t.kind === Tok.DEDENT) return this.diag(this.tokenError('IndentationError', 'unexpected unindent', t));
    return this.diag(this.tokenError('SyntaxError', 'invalid syntax', t));
  }

  /**
   * An error located at a token the way parsetok.c locates it: the line is where the tokenizer
   * stands (a string's last line), the offset counts from the token's first line, and the
   * text is the tokenizer's buffer (from the first line it kept).
   */
  tokenError(kind: RawSyntaxError['kind'], msg: string, t: Token): RawSyntaxError {
    const { text, lineStarts } = this.t;
    const from = lineStarts[t.bufLine - 1] ?? 0;
    const endLine = t.endLineno;
    const nextStart = endLine < lineStarts.length ? lineStarts[endLine]! : text.length;
    return { kind, msg, lineno: endLine, offset: t.charCol + 1, text: text.slice(from, nextStart) };
  }

  /** Record an ast.c-stage error at a node (first one wins). */
  defer(msg: string, at: { lineno: number; col_offset: number }): void {
    if (this.deferred) return;
    this.deferred = this.diag(this.nodeError(msg, at));
    AST_STAGE.add(this.deferred);
  }

  /** ast.c errors: line and column of the node, text = that source line. */
  nodeError(msg: string, at: { lineno: number; col_offset: number }): RawSyntaxError {
    const { text, lineStarts } = this.t;
    const ls = lineStarts[at.lineno - 1] ?? 0;
    const le = at.lineno < lineStarts.length ? lineStarts[at.lineno]! : text.length;
    return {
      kind: 'SyntaxError', msg, lineno: at.lineno,
      offset: charsBeforeByte(text, ls, at.col_offset) + 1, text: text.slice(ls, le),
    };
  }

  diag(raw: RawSyntaxError): PySyntaxDiagnostic {
    return finishError(raw, this.filename);
  }
}

/** Number of UTF-16 units from `lineStart` covering `bytes` UTF-8 bytes. */
export function charsBeforeByte(text: string, lineStart: number, bytes: number): number {
  let b = 0;
  let k = lineStart;
  while (b < bytes && k < text.length) {
    const c = text.charCodeAt(k);
    if (c < 0x80) b += 1;
    else if (c < 0x800) b += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { b += 4; k++; }
    else b += 3;
    k++;
  }
  return k - lineStart;
}
