// Unit tests of the version rules behind set iteration order: the str hash per version, whether
// set.add() refills deleted slots, and how many times a frozenset constant is built. Expected
// outputs were measured with CPython 3.8.18-3.13.0 under PYTHONHASHSEED=0.
import { describe, expect, it } from 'vitest';
import { makeSource } from '../../../src/source/source.js';
import { loadProfile } from '../../../src/versions/registry.js';
import { runProgram } from '../../../src/vm/run-program.js';
import { frozensetBuilds, moduleIdentifiers } from '../../../src/vm/interp/const-objects.js';
import type { ConstValue } from '../../../src/syntax/constant.js';
import type { CodeObject } from '../../../src/compiler/code.js';

const VERSIONS = ['3.8', '3.9', '3.10', '3.11', '3.12', '3.13'] as const;

async function run(version: string, src: string) {
  const p = await loadProfile(version);
  return runProgram(makeSource('t.py', src), p, { seed: 1 });
}

const str = (value: string): ConstValue => ({ kind: 'str', value }) as ConstValue;
const int = (value: number): ConstValue => ({ kind: 'int', value }) as ConstValue;

describe('str hash per version', () => {
  it('is SipHash-2-4 up to 3.10 and SipHash-1-3 from 3.11, whatever ran before', async () => {
    const want: Record<string, string> = {
      '3.8': '-7583489610679606711', '3.9': '-7583489610679606711', '3.10': '-7583489610679606711',
      '3.11': '4644417185603328019', '3.12': '4644417185603328019', '3.13': '4644417185603328019',
    };
    // Alternate old and new versions so a machine never inherits the previous one's hash.
    for (const v of ['3.11', '3.8', '3.13', '3.9', '3.12', '3.10', '3.11']) {
      const r = await run(v, 'print(hash("a"), {"apple", "banana", "cherry"} == {"cherry", "apple", "banana"})\n');
      expect(r.stdout, v).toBe(`${want[v]} True\n`);
    }
  });
});

describe('set.add() and deleted slots', () => {
  const src =
    's = set(range(12))\nfor i in (2, 4, 6):\n    s.discard(i)\ns.add(34)\nprint(list(s))\n' +
    't = set(range(12))\nfor i in range(12):\n    t.discard(i)\nt.add(40)\nt.add(8)\nprint(list(t))\n';
  it('refills the last deleted slot its probe passed (3.8, 3.10+), never on 3.9', async () => {
    for (const v of VERSIONS) {
      const r = await run(v, src);
      const want = v === '3.9'
        ? '[0, 1, 3, 5, 7, 8, 9, 10, 11, 34]\n[40, 8]\n'
        : '[0, 1, 3, 5, 34, 7, 8, 9, 10, 11]\n[8, 40]\n';
      expect(r.stdout, v).toBe(want);
    }
  });
  it('pop() resumes after the slot it last emptied, also after clear()', async () => {
    const r = await run('3.8', 's = set(range(20))\nprint(s.pop(), s.pop(), s.pop())\ns.clear()\ns.update([1, 2, 3, 4, 5, 6])\nprint(s.pop(), s)\n');
    expect(r.stdout).toBe('0 1 2\n3 {1, 2, 4, 5, 6}\n');
  });
});

describe('frozenset constants', () => {
  it('are built a third time only when a name-like str item was interned before', () => {
    const interned = (s: string) => s === 'date' || s === 'y';
    expect(frozensetBuilds([str('apple'), str('banana'), int(3)], interned)).toBe(2);
    expect(frozensetBuilds([str('apple'), str('date'), int(3)], interned)).toBe(3);
    expect(frozensetBuilds([str('y'), int(3)], interned)).toBe(3);
    expect(frozensetBuilds([str('date'), int(3)], undefined)).toBe(2);
    // all_name_chars: only ASCII letters, digits and '_' are interned by CPython
    expect(frozensetBuilds([str('date!'), str('da te')], () => true)).toBe(2);
    // strings inside tuples inside the frozenset do not count
    const tuple = { kind: 'tuple', items: [str('date'), int(1)] } as unknown as ConstValue;
    expect(frozensetBuilds([tuple, str('apple')], interned)).toBe(2);
  });
  it('module identifiers cover names, locals and nested code objects', () => {
    const code = (name: string, names: string[], varnames: string[], consts: ConstValue[]): CodeObject =>
      ({ name, names, varnames, freevars: [], cellvars: ['cell'], consts }) as unknown as CodeObject;
    const inner = code('helper', ['attr'], ['param'], []);
    const outer = code('<module>', ['apple', 'helper'], [], [{ kind: 'code', code: inner } as unknown as ConstValue, str('banana')]);
    const ids = moduleIdentifiers(outer);
    for (const n of ['apple', 'helper', 'attr', 'param', 'cell']) expect(ids.has(n), n).toBe(true);
    expect(ids.has('banana')).toBe(false);
  });
  it('startup-interned names per version (measured with sys.intern)', async () => {
    const has = async (v: string, w: string) => (await loadProfile(v)).vm.internedAtStartup().has(w);
    for (const v of VERSIONS) {
      expect(await has(v, 'date'), v).toBe(true);
      expect(await has(v, 'banana'), v).toBe(false);
      expect(await has(v, 'y'), v).toBe(v === '3.11');
      expect(await has(v, '_'), v).toBe(v === '3.11' || v === '3.12');
    }
  });
  it('a display equal to an identifier iterates in the rebuilt order (3.9+)', async () => {
    // {"kiwi", ...} is built three times when `kiwi` is also a variable of the module.
    const display = '{"kiwi", "plum", "guava", "peach", "papaya", "pear"}';
    const plain = await run('3.10', `print(${display})\n`);
    const named = await run('3.10', `kiwi = 1\nprint(${display})\n`);
    expect(plain.stdout).toBe("{'pear', 'guava', 'plum', 'peach', 'papaya', 'kiwi'}\n");
    expect(named.stdout).toBe("{'pear', 'papaya', 'guava', 'peach', 'plum', 'kiwi'}\n");
  });
});
