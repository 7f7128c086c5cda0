// The pipeline in one place: source text -> tokens -> AST -> subset check -> code objects.
// dis and the VM both start from compileFile().
import { loadSource } from './source/load.js';
import type { SourceFile } from './source/source.js';
import { parseModule } from './syntax/parser.js';
import { checkSubset } from './syntax/subset.js';
import type { Module } from './syntax/ast.js';
import type { CodeObject } from './compiler/code.js';
import type { VersionProfile } from './versions/profile.js';

export interface Compiled {
  readonly source: SourceFile;
  readonly module: Module;
  readonly code: CodeObject;
}

export function compileSource(source: SourceFile, profile: VersionProfile): Compiled {
  const module = parseModule(source);
  checkSubset(module, source);
  return { source, module, code: profile.compileModule(module, source) };
}

export function compileFile(path: string, profile: VersionProfile): Compiled {
  return compileSource(loadSource(path), profile);
}
