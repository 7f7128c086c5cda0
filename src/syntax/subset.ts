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
  /** Node types the rule looks at. */
  readonly on: readonly string[];
  readonly matches: (v: Visit) => boolean;
}

const always = () => true;
const constKind = (v: Visit) => (v.node['value'] as { kind: string }).kind;
const nonEmpty = (x: unknown) => Array.isArray(x) && x.length > 0;

/** What gilsim does not support yet. Add a row to reject another construct. */
export const UNSUPPORTED: readonly Rule[] = [
  { on: ['AsyncFunctionDef'], construct: 'async functions', matches: always },
  { on: ['AsyncFor'], construct: 'async for', matches: always },
  { on: ['AsyncWith'], construct: 'async with', matches: always },
  { on: ['Await'], construct: 'await', matches: always },
  { on: ['comprehension'], construct: 'async comprehensions', matches: (v) => v.node['is_async'] === 1 },
  { on: ['Yield'], construct: 'yield (generators)', matches: always },
  { on: ['YieldFrom'], construct: 'yield from (generators)', matches: always },
  { on: ['GeneratorExp'], construct: 'generator expressions', matches: always },
  { on: ['NamedExpr'], construct: 'assignment expressions (:=)', matches: always },
  { on: ['arg'], construct: 'function annotations', matches: (v) => v.node['annotation'] !== null },
  { on: ['FunctionDef'], construct: 'function annotations', matches: (v) => v.node['returns'] !== null },
  { on: ['AnnAssign'], construct: 'variable annotations', matches: always },
  { on: ['Constant'], construct: 'complex numbers', matches: (v) => constKind(v) === 'complex' },
  { on: ['Constant'], construct: 'bytes literals', matches: (v) => constKind(v) === 'bytes' },
  { on: ['arguments'], construct: 'positional-only parameters', matches: (v) => nonEmpty(v.node['posonlyargs']) },
  { on: ['ClassDef'], construct: 'class keywords (metaclass=...)', matches: (v) => nonEmpty(v.node['keywords']) },
];

const BY_TYPE = new Map<string, Rule[]>();
for (const rule of UNSUPPORTED) {
  for (const t of rule.on) BY_TYPE.set(t, [...(BY_TYPE.get(t) ?? []), rule]);
}

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
    for (const rule of BY_TYPE.get(n['type'] as string) ?? []) {
      if (!rule.matches(v)) continue;
      if (!best || line < best.line || (line === best.line && col < best.col)) best = { construct: rule.construct, line, col };
      break;
    }
    if (n['type'] === 'Constant') continue;
    for (const field in n) {
      const value = n[field];
      if (value === null || typeof value !== 'object') continue;
      if (Array.isArray(value)) {
        for (const x of value) {
          if (x !== null && typeof x === 'object') stack.push({ node: x as Record<string, unknown>, parent: n, field, line, col });
        }
      } else {
        stack.push({ node: value as Record<string, unknown>, parent: n, field, line, col });
      }
    }
  }
  if (best) throw new NotSupportedDiagnostic(best.construct, best.line, source.path);
}
