// Stage: source text. Diagnostics the front end and compiler raise for bad input.
// These are the only errors the front end may throw; anything else is a bug in gilsim.

export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

/** A Python-style compile-time error: printed like CPython prints it, exit status 1 or 2. */
export class PySyntaxDiagnostic extends Error {
  constructor(
    readonly kind: SyntaxErrorKind,
    readonly msg: string,
    readonly filename: string,
    /** 1-based line number. */
    readonly lineno: number,
    /** 1-based column of the caret, as CPython's SyntaxError.offset (may be undefined). */
    readonly offset: number | undefined,
    /** The source line (without terminator), or undefined when not available. */
    readonly text: string | undefined,
  ) {
    super(`${kind}: ${msg}`);
    this.name = 'PySyntaxDiagnostic';
  }
}

/** Valid Python that gilsim does not support yet. */
export class NotSupportedDiagnostic extends Error {
  constructor(
    /** Human-readable construct name, e.g. "generator expressions", "yield", "decorators". */
    readonly construct: string,
    readonly lineno: number,
    readonly filename?: string,
  ) {
    super(`not supported yet: ${construct} (line ${lineno})`);
    this.name = 'NotSupportedDiagnostic';
  }
}

/**
 * CPython's way of printing a SyntaxError raised while compiling a script:
 *
 *   File "f.py", line 3
 *     def f(:
 *           ^
 * SyntaxError: invalid syntax
 *
 * The caret sits under column `offset` of the source line after leading white space is stripped.
 * A diagnostic with no filename and lineno 0 has no location at all (CPython prints only the
 * last line then, e.g. for "too many statically nested blocks").
 */
export function formatSyntaxDiagnostic(d: PySyntaxDiagnostic): string {
  if (d.filename === '' && d.lineno === 0) return `${d.kind}: ${d.msg}\n`;
  const out: string[] = [`  File "${d.filename}", line ${d.lineno}`];
  if (d.text !== undefined) {
    const raw = d.text.replace(/\n$/, '');
    const stripped = raw.replace(/^[ \t\f]+/, '');
    const removed = raw.length - stripped.length;
    out.push(`    ${stripped}`);
    if (d.offset !== undefined) {
      const col = Math.max(0, d.offset - 1 - removed);
      out.push(`    ${' '.repeat(col)}^`);
    }
  }
  out.push(`${d.kind}: ${d.msg}`);
  return out.join('\n') + '\n';
}

export function formatNotSupported(d: NotSupportedDiagnostic): string {
  const where = d.filename ? `${d.filename}: ` : '';
  return `${where}not supported yet: ${d.construct} (line ${d.lineno})\n`;
}
