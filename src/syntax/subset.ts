// Stage: syntax (subset check). Rejects valid Python that gilsim cannot compile or run yet,
// with NotSupportedDiagnostic. One table row per construct; walks the AST only (no compiler).
import type { Module } from './ast.js';
import type { SourceFile } from '../source/source.js';
import { NotSupportedDiagnostic } from '../source/diagnostics.js';

/** A visited node with where it hangs in its parent. */
interface Visit {
  readonly node: Record<string, unknown>;
  readonly parent: Record<string, unknown> | null;
  /** Field of the parent holding this node (e.g. 'args', 'elts'). */
  readonly field: string;
}

interface Rule {
  readonly construct: string;
  readonly matches: (v: Visit) => boolean;
}

const type = (v: Visit) => v.node['type'];
const parentType = (v: Visit) => v.parent?.['type'];
const nonEmpty = (x: unknown) => Array.isArray(x) && x.length > 0;

/** What gilsim does not support yet. Add a row to reject another construct. */
export const UNSUPPORTED: readonly Rule[] = [
  { construct: 'async functions', matches: (v) => type(v) === 'AsyncFunctionDef' },
  { construct: 'async for', matches: (v) => type(v) === 'AsyncFor' },
  { construct: 'async with', matches: (v) => type(v) === 'AsyncWith' },
  { construct: 'await', matches: (v) => type(v) === 'Await' },
  { construct: 'async comprehensions', matches: (v) => type(v) === 'comprehension' && v.node['is_async'] === 1 },
  { construct: 'yield (generators)', matches: (v) => type(v) === 'Yield' },
  { construct: 'yield from (generators)', matches: (v) => type(v) === 'YieldFrom' },
  { construct: 'generator expressions', matches: (v) => type(v) === 'GeneratorExp' },
  { construct: 'assignment expressions (:=)', matches: (v) => type(v) === 'NamedExpr' },
  { construct: 'function annotations', matches: (v) => type(v) === 'arg' && v.node['annotation'] !== null },
  {
    construct: 'function annotations',
    matches: (v) => (type(v) === 'FunctionDef' || type(v) === 'AsyncFunctionDef') && v.node['returns'] !== null,
  },
  { construct: 'variable annotations', matches: (v) => type(v) === 'AnnAssign' },
  {
    construct: 'complex numbers',
    matches: (v) => type(v) === 'Constant' && (v.node['value'] as { kind: string }).kind === 'complex',
  },
  {
    construct: 'bytes literals',
    matches: (v) => type(v) === 'Constant' && (v.node['value'] as { kind: string }).kind === 'bytes',
  },
  {
    construct: 'star-unpacking in displays and assignments',
    matches: (v) => type(v) === 'Starred' && !(parentType(v) === 'Call' && v.field === 'args'),
  },
  {
    construct: "'**' in dict displays",
    matches: (v) => type(v) === 'Dict' && (v.node['keys'] as unknown[]).includes(null),
  },
  { construct: 'positional-only parameters', matches: (v) => type(v) === 'arguments' && nonEmpty(v.node['posonlyargs']) },
  { construct: 'class keywords (metaclass=...)', matches: (v) => type(v) === 'ClassDef' && nonEmpty(v.node['keywords']) },
  {
    construct: 'multiple inheritance',
    matches: (v) => type(v) === 'ClassDef' && (v.node['bases'] as unknown[]).length > 1,
  },
];

/** Raises NotSupportedDiagnostic for the first unsupported construct in source order. */
export function checkSubset(module: Module, source: SourceFile): void {
  let best: { construct: string; line: number; col: number } | null = null;
  const stack: Array<Visit & { line: number; col: number }> = [];
  for (const s of module.body) {
    stack.push({ node: s as unknown as Record<string, unknown>, parent: null, field: 'body', line: s.lineno, col: s.col_offset });
  }
  while (stack.length > 0) {
    const v = stack.pop()!;
    const n = v.node;
    const line = typeof n['lineno'] === 'number' ? n['lineno'] : v.line;
    const col = typeof n['col_offset'] === 'number' ? n['col_offset'] : v.col;
    for (const rule of UNSUPPORTED) {
      if (!rule.matches(v)) continue;
      if (!best || line < best.line || (line === best.line && col < best.col)) best = { construct: rule.construct, line, col };
      break;
    }
    for (const field in n) {
      const value = n[field];
      const items = Array.isArray(value) ? value : [value];
      for (const x of items) {
        if (x === null || typeof x !== 'object' || typeof (x as { type?: unknown }).type !== 'string') continue;
        if (field === 'value' && n['type'] === 'Constant') continue;
        stack.push({ node: x as Record<string, unknown>, parent: n, field, line, col });
      }
    }
  }
  if (best) throw new NotSupportedDiagnostic(best.construct, best.line, source.path);
}
