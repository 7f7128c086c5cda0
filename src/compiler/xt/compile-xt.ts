// Stage: compiler, exception-table era (entry point). AST -> optimized AST -> symbol table ->
// code objects for a 3.11+ version given as a Dialect. The only function those profiles call.
import type { Module } from '../../syntax/ast.js';
import type { SourceFile } from '../../source/source.js';
import type { CodeObject } from '../code.js';
import type { Dialect } from './dialect.js';
import { optimizeAst } from '../ast-opt.js';
import { buildSymtable } from '../../semantics/symtable.js';
import { XCompiler } from './xcompiler.js';
import { compileModuleBody } from './xscope.js';

export function compileModuleXt(module: Module, source: SourceFile, dialect: Dialect): CodeObject {
  const optimized = dialect.optimizeAst(optimizeAst(module));
  const st = buildSymtable(optimized, source);
  dialect.prepareSymtable(st);
  const c = new XCompiler(st, source, dialect);
  return compileModuleBody(c, optimized);
}
