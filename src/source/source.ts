// Stage: source text. A loaded program file and position helpers. No dependencies.

export interface SourceFile {
  /** The path as the user gave it (CPython prints it like that in errors and code-object reprs). */
  readonly path: string;
  readonly text: string;
  /** Lines without their terminators; line N is lines[N - 1]. */
  readonly lines: readonly string[];
}

export function makeSource(path: string, text: string): SourceFile {
  return { path, text, lines: text.split(/\r\n|\r|\n/) };
}
