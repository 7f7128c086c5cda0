import { describe, expect, it } from 'vitest';
import { hashBytes, hashStr, hashTuple } from '../../../src/pylib/hash-str.js';
import { hashInt } from '../../../src/pylib/arith.js';
import { hashFloat } from '../../../src/pylib/float-ops.js';
import { loadGolden, Tally } from './golden.js';

type Seeded = { str: (number | string)[]; bytes: (number | string)[]; tuple: (number | string)[] };
type G = { strings: string[] } & Record<string, Seeded>;

const big = (n: number | bigint | string) => BigInt(n).toString();

describe('hash of str/bytes/tuple against CPython 3.8 under PYTHONHASHSEED', () => {
  const g = loadGolden<G>('hash');
  it('str, bytes and tuple hashes for seeds 0, 1, 12345, 2^32-1', () => {
    const t = new Tally();
    for (const seedText of ['0', '1', '12345', '4294967295']) {
      const seed = Number(seedText);
      const want = g[seedText]!;
      g.strings.forEach((s, i) => {
        t.check(`str seed=${seed} ${JSON.stringify(s)}`, big(hashStr(s, seed)), big(want.str[i]!));
        t.check(`bytes seed=${seed} ${JSON.stringify(s)}`, big(hashBytes(new TextEncoder().encode(s), seed)), big(want.bytes[i]!));
      });
      const hs = (s: string) => hashStr(s, seed);
      const tuples = [
        [],
        [hashInt(1)],
        [hashInt(1), hashInt(2)],
        [hs('a'), hashInt(1)],
        [hashTuple([hashInt(1), hashInt(2)]), hs('b'), hashFloat(2.5)],
        [hashInt(-1)],
        [hashInt(0), hashInt(0)],
        [hashInt(2n ** 64n), hashFloat(-3.5)],
        Array(5).fill(hs('x')),
        [hashInt(1), hashInt(0)],
      ];
      tuples.forEach((items, i) => t.check(`tuple#${i} seed=${seed}`, big(hashTuple(items)), big(want.tuple[i]!)));
    }
    t.report('hash(str/bytes/tuple)');
    expect(t.bad).toEqual([]);
  });
});

describe('hash of str/bytes against CPython 3.11 (SipHash-1-3) under PYTHONHASHSEED', () => {
  const g = loadGolden<G>('hash311');
  it('str and bytes hashes for seeds 0, 1, 12345, 2^32-1', () => {
    const t = new Tally();
    for (const seedText of ['0', '1', '12345', '4294967295']) {
      const seed = Number(seedText);
      const want = g[seedText]!;
      g.strings.forEach((s, i) => {
        t.check(`str seed=${seed} ${JSON.stringify(s)}`, big(hashStr(s, seed, 'siphash13')), big(want.str[i]!));
        const b = new TextEncoder().encode(s);
        t.check(`bytes seed=${seed} ${JSON.stringify(s)}`, big(hashBytes(b, seed, 'siphash13')), big(want.bytes[i]!));
      });
    }
    t.report('hash(str/bytes) 3.11');
    expect(t.bad).toEqual([]);
  });
});
