// Stage: syntax (parser entry). Source file -> Module AST, raising the SyntaxError CPython 3.8
// would raise for the file, in CPython's order: tokenizer/grammar errors, then ast.c errors,
// then symtable/compiler errors (parser-checks.ts). Does not depend on the compiler or VM.
import type { SourceFile } from '../source/source.js';
import type { Module } from './ast.js';
import { PySyntaxDiagnostic } from '../source/diagnostics.js';
import { tokenize, type Tokenized } from './tokenizer.js';
import { Parser } from './parser-core.js';
import { parseFileInput } from './parse-stmt.js';
import { checkCompileErrors } from './parser-checks.js';

export function parseModule(source: SourceFile): Module {
  const { module, tokens } = parse(source);
  checkCompileErrors(module, tokens, source.path);
  return module;
}

/** Like CPython's ast.parse: grammar and ast.c errors only (no symtable/compiler checks). */
export function parseModuleAst(source: SourceFile): Module {
  return parse(source).module;
}

function parse(source: SourceFile): { module: Module; tokens: Tokenized } {
  const tokens = tokenize(source.text);
  let module: Module;
  try {
    const p = new Parser(tokens, source.path);
    const body = parseFileInput(p);
    if (p.deferred) throw p.deferred;
    module = { type: 'Module', body };
  } catch (e) {
    // Recursion is bounded by Parser.enter(); this only guards against a host with a tiny stack.
    if (e instanceof RangeError) {
      throw new PySyntaxDiagnostic('SyntaxError', 'too many nested parentheses or operators (parser stack overflow)',
        source.path, 1, undefined, undefined);
    }
    throw e;
  }
  return { module, tokens };
}
