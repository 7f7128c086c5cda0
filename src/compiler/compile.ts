// Stage: compiler (entry point). AST -> optimized AST -> symbol table -> code objects, for a
// version given as a Backend. The only function the version profiles call.
import type { Module } from '../syntax/ast.js';
import type { SourceFile } from '../source/source.js';
import type { CodeObject } from './code.js';
import type { Backend } from './backend.js';
import { optimizeAst } from './ast-opt.js';
import { buildSymtable } from '../semantics/symtable.js';
import { Compiler } from './compiler.js';
import { compileModuleBody } from './codegen-scope.js';

export function compileModuleWith(module: Module, source: SourceFile, backend: Backend): CodeObject {
  const optimized = optimizeAst(module);
  const st = buildSymtable(optimized, source);
  const c = new Compiler(st, source, backend);
  return compileModuleBody(c, optimized);
}
