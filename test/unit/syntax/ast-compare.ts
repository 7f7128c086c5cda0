// Test helper: compares gilsim's AST (src/syntax/ast.ts) with a CPython 3.8 AST dump written by
// test/tools/gen-ast-goldens.py, field by field over the fields CPython has.
import type { ConstValue } from '../../../src/syntax/constant.js';

/** ast.ts renames ExceptHandler.type (CPython) to exc_type (the discriminant is `type`). */
const FIELD_ALIASES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ExceptHandler: { type: 'exc_type' },
};

function pyFloat(s: string): number {
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  if (s === 'nan') return NaN;
  return Number(s);
}

function sameFloat(a: number, b: number): boolean {
  return Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));
}

function constMatches(golden: unknown[], ours: ConstValue): boolean {
  switch (golden[0]) {
    case 'None': return ours.kind === 'none';
    case 'Ellipsis': return ours.kind === 'ellipsis';
    case 'bool': return ours.kind === 'bool' && ours.value === golden[1];
    case 'int': return ours.kind === 'int' && ours.value === BigInt(golden[1] as string);
    case 'float': return ours.kind === 'float' && sameFloat(ours.value, pyFloat(golden[1] as string));
    case 'complex':
      return ours.kind === 'complex' && sameFloat(ours.real, pyFloat(golden[1] as string)) &&
        sameFloat(ours.imag, pyFloat(golden[2] as string));
    case 'str': return ours.kind === 'str' && ours.value === golden[1];
    case 'bytes': return ours.kind === 'bytes' && Buffer.from(ours.value).toString('hex') === golden[1];
    default: return false;
  }
}

function show(v: unknown): string {
  return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x instanceof Uint8Array ? Array.from(x) : x))
    .slice(0, 300);
}

/** Returns null when equal, else a description of the first difference. */
export function diffAst(golden: unknown, ours: unknown, path = '$'): string | null {
  if (Array.isArray(golden)) {
    if (!Array.isArray(ours)) return `${path}: expected list, got ${show(ours)}`;
    if (golden.length !== ours.length) return `${path}: expected ${golden.length} items, got ${ours.length}: ${show(ours)}`;
    for (let i = 0; i < golden.length; i++) {
      const d = diffAst(golden[i], ours[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (golden !== null && typeof golden === 'object') {
    const g = golden as Record<string, unknown>;
    if (ours === null || typeof ours !== 'object') return `${path}: expected ${g['_type']}, got ${show(ours)}`;
    const o = ours as Record<string, unknown>;
    const type = g['_type'] as string;
    if (o['type'] !== type) return `${path}: expected ${type}, got ${show(o['type'])}`;
    const aliases = FIELD_ALIASES[type] ?? {};
    for (const key of Object.keys(g)) {
      if (key.startsWith('_')) continue;
      const ourKey = aliases[key] ?? key;
      const p = `${path}.${ourKey}`;
      if (type === 'Constant' && key === 'value') {
        if (!constMatches(g[key] as unknown[], o[ourKey] as ConstValue)) {
          return `${p}: expected ${show(g[key])}, got ${show(o[ourKey])}`;
        }
        continue;
      }
      if (!(ourKey in o)) return `${p}: missing (expected ${show(g[key])})`;
      const d = diffAst(g[key], o[ourKey], p);
      if (d) return `${d}  [in ${type} at ${g['lineno'] ?? '?'}:${g['col_offset'] ?? '?'}]`;
    }
    return null;
  }
  return golden === ours ? null : `${path}: expected ${show(golden)}, got ${show(ours)}`;
}
