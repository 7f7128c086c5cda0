// Unit tests of the version rules behind set iteration order: the str hash per version, whether
// set.add() refills deleted slots, and how many times a frozenset constant is built. Expected
// outputs were measured with CPython 3.8.18-3.13.0 under PYTHONHASHSEED=0.
import { describe, expect, it } from 'vitest';
import { makeSource } from '../../../src/source/source.js';
import { loadProfile } from '../../../src/versions/registry.js';
import { runProgram } from '../../../src/vm/run-program.js';

const VERSIONS = ['3.8', '3.9', '3.10', '3.11', '3.12', '3.13'] as const;

async function run(version: string, src: string) {
  const p = await loadProfile(version);
  return runProgram(makeSource('t.py', src), p, { seed: 1 });
}

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
  it('startup-interned names per version (measured with sys.intern)', async () => {
    const has = async (v: string, w: string) => (await loadProfile(v)).vm.internedAtStartup().has(w);
    for (const v of VERSIONS) {
      expect(await has(v, 'date'), v).toBe(true);
      expect(await has(v, 'banana'), v).toBe(false);
      expect(await has(v, 'y'), v).toBe(v === '3.11');
      expect(await has(v, '_'), v).toBe(v === '3.11' || v === '3.12');
    }
  });
  it('a display holding an identifier of the module iterates in its third build (3.9+)', async () => {
    const display = '{"kiwi", "plum", "guava", "peach", "papaya", "pear"}';
    const twice = "{'pear', 'guava', 'plum', 'peach', 'papaya', 'kiwi'}\n";
    const thrice = "{'pear', 'papaya', 'guava', 'peach', 'plum', 'kiwi'}\n";
    const cases: [string, string][] = [
      [`print(${display})\n`, twice],
      [`kiwi = 1\nprint(${display})\n`, thrice],
      // a keyword-argument name is an identifier too ...
      [`print(${display})\nd = dict(kiwi=1)\n`, thrice],
      // ... but registered first as a constant, its interned object is the one the set holds
      [`d = dict(kiwi=1)\nprint(${display})\n`, twice],
      // 3.8-3.10: a top-level function's qualname constant is its identifier; a class name always
      [`def kiwi():\n    pass\nprint(${display})\n`, twice],
      [`print(${display})\ndef kiwi():\n    pass\n`, thrice],
      [`class kiwi:\n    pass\nprint(${display})\n`, twice],
    ];
    for (const [src, want] of cases) expect((await run('3.10', src)).stdout, src).toBe(want);
  });
});
