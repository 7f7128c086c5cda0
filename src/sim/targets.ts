// Stage: sim. Choosing the function that `--threads N` runs in each thread.
import { UsageError } from '../cli/io.js';
import type { Module } from '../syntax/ast.js';

/** Top-level `def` names of a module, in source order. */
export function topLevelFunctions(module: Module): string[] {
  return module.body.filter((s) => s.type === 'FunctionDef').map((s) => (s as { name: string }).name);
}

/**
 * The target: `--target NAME` if given (it must be a top-level function), otherwise the only
 * top-level function. Anything else is a usage error that lists the candidates.
 */
export function resolveTarget(module: Module, file: string, requested: string | undefined): string {
  const fns = topLevelFunctions(module);
  if (requested !== undefined) {
    if (fns.includes(requested)) return requested;
    throw new UsageError(`--target ${requested}: no top-level function '${requested}' in ${file}` + candidates(fns));
  }
  if (fns.length === 1) return fns[0]!;
  if (fns.length === 0) throw new UsageError(`--threads needs a top-level function to run, and ${file} defines none`);
  throw new UsageError(`--threads: ${file} defines several functions; choose one with --target` + candidates(fns));
}

function candidates(fns: string[]): string {
  return fns.length ? ` (candidates: ${fns.join(', ')})` : '';
}
