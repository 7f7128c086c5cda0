// Stage: syntax (tokens). Token kinds and the operator/keyword tables the tokenizer and
// parser share. Depends on nothing but the diagnostics type; no parsing logic here.
import type { SyntaxErrorKind } from '../source/diagnostics.js';

/**
 * A compile error as CPython's tokenizer/parser records it, before printing: `text` is the
 * tokenizer's buffer (possibly several lines, with terminators) and `offset` a 1-based
 * character offset into it. parser-errors.ts turns it into a PySyntaxDiagnostic.
 */
export interface RawSyntaxError {
  readonly kind: SyntaxErrorKind;
  readonly msg: string;
  readonly lineno: number;
  readonly offset: number;
  readonly text: string;
  /** Set when the error belongs to another "file" (CPython 3.8 reports f-string expression errors in "<fstring>"). */
  readonly filename?: string;
}

export const enum Tok {
  NAME,
  NUMBER,
  STRING,
  OP,
  NEWLINE,
  INDENT,
  DEDENT,
  ENDMARKER,
  /** A tokenizer error: the parser raises `error` when it reaches this token. */
  ERROR,
}

export interface Token {
  readonly kind: Tok;
  /** Source text of the token (for INDENT/DEDENT/NEWLINE/ENDMARKER: ''). */
  readonly text: string;
  /** 1-based line of the first character. */
  readonly lineno: number;
  /** 0-based UTF-8 byte column of the first character (CPython's col_offset). */
  readonly col: number;
  readonly endLineno: number;
  readonly endCol: number;
  /** 0-based character column of the first character (for caret offsets). */
  readonly charCol: number;
  /** First line of the tokenizer buffer when this token was read (for error text). */
  readonly bufLine: number;
  /** Set on ERROR tokens. */
  readonly error?: RawSyntaxError;
  /** Set on ENDMARKER and trailing DEDENTs: the tokenizer had reached end of file. */
  readonly atEof?: boolean;
}

/** Every operator and delimiter of Python 3.8, longest first within each length. */
export const OPERATORS_3 = new Set(['**=', '//=', '>>=', '<<=', '...']);
export const OPERATORS_2 = new Set([
  '!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=', '<<', '<=', '<>',
  '==', '>=', '>>', '@=', '^=', '|=',
]);
/** Single characters CPython's tokenizer returns as operators (others are unknown OPs). */
export const OPERATORS_1 = new Set([
  '%', '&', '(', ')', '*', '+', ',', '-', '.', '/', ':', ';', '<', '=', '>', '@', '[', ']',
  '^', '{', '|', '}', '~',
]);

export const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
  'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
  'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return',
  'try', 'while', 'with', 'yield',
]);

/** Augmented assignment operator -> AST operator name. */
export const AUG_ASSIGN: Readonly<Record<string, string>> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod',
  '&=': 'BitAnd', '|=': 'BitOr', '^=': 'BitXor', '<<=': 'LShift', '>>=': 'RShift',
  '**=': 'Pow', '//=': 'FloorDiv',
};

export function isName(t: Token, text?: string): boolean {
  return t.kind === Tok.NAME && (text === undefined || t.text === text);
}

export function isOp(t: Token, text: string): boolean {
  return t.kind === Tok.OP && t.text === text;
}
