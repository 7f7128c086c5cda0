// Unit tests for dis constant reprs against facts recorded from CPython 3.8
// (test/tools/gen-dis-fixtures.py -> fixtures/py38-facts.json).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { reprConst } from '../../../src/dis/const-repr.js';
import type { ConstValue } from '../../../src/syntax/constant.js';

const facts = JSON.parse(readFileSync(new URL('./fixtures/py38-facts.json', import.meta.url), 'utf8')) as {
  frozensets: { items: string[]; repr: string }[];
  floats: { value: string; repr: string }[];
  complexes: { real: string; imag: string; repr: string }[];
  strings: { codepoints: number[]; repr: string }[];
};

const pyFloat = (s: string): number => (s === 'inf' ? Infinity : s === '-inf' ? -Infinity : Number(s));

describe('reprConst (CPython 3.8 facts)', () => {
  it.each(facts.frozensets.map((f, i) => [i, f] as const))('frozenset #%i iterates in CPython order', (_i, f) => {
    const c: ConstValue = { kind: 'frozenset', items: f.items.map((s) => ({ kind: 'int', value: BigInt(s) })) };
    expect(reprConst(c)).toBe(f.repr);
  });

  it('floats', () => {
    for (const f of facts.floats) expect(reprConst({ kind: 'float', value: pyFloat(f.value) })).toBe(f.repr);
  });

  it('complex numbers', () => {
    for (const c of facts.complexes) {
      expect(reprConst({ kind: 'complex', real: pyFloat(c.real), imag: pyFloat(c.imag) })).toBe(c.repr);
    }
  });

  it('strings: quote choice and escapes', () => {
    for (const s of facts.strings) {
      const value = s.codepoints.map((cp) => String.fromCodePoint(cp)).join('');
      expect(reprConst({ kind: 'str', value })).toBe(s.repr);
    }
  });

  it('tuples, nested and singletons', () => {
    const one: ConstValue = { kind: 'int', value: 1n };
    expect(reprConst({ kind: 'tuple', items: [one] })).toBe('(1,)');
    expect(reprConst({ kind: 'tuple', items: [] })).toBe('()');
    expect(reprConst({ kind: 'tuple', items: [one, { kind: 'tuple', items: [{ kind: 'none' }, { kind: 'bool', value: true }] }] }))
      .toBe('(1, (None, True))');
    expect(reprConst({ kind: 'frozenset', items: [] })).toBe('frozenset()');
  });
});
