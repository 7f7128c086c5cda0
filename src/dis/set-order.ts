// Stage: dis (constant reprs). The iteration order of a frozenset constant as CPython builds it:
// open-addressing insertion (linear probes + perturbation) over Python hashes. Exact for
// numbers and bools; str/bytes hashes are randomised per process in CPython, so those keep
// insertion order. Depends on syntax/constant.ts and pylib hashes only.
import type { ConstValue } from '../syntax/constant.js';
import { hashInt } from '../pylib/arith.js';
import { hashFloat } from '../pylib/float-ops.js';

const M64 = (1n << 64n) - 1n;
const LINEAR_PROBES = 9;

function pyHash(c: ConstValue, strHash?: (s: string) => bigint): bigint | undefined {
  switch (c.kind) {
    case 'str': return strHash ? strHash(c.value) : undefined;
    case 'int': return BigInt(hashInt(c.value));
    case 'bool': return c.value ? 1n : 0n;
    case 'float': return BigInt(hashFloat(c.value));
    default: return undefined;
  }
}

function numeric(c: ConstValue): number | bigint | undefined {
  if (c.kind === 'int') return c.value;
  if (c.kind === 'bool') return c.value ? 1n : 0n;
  if (c.kind === 'float') return c.value;
  return undefined;
}

function pyEq(a: ConstValue, b: ConstValue): boolean {
  const x = numeric(a);
  const y = numeric(b);
  if (x !== undefined && y !== undefined) {
    if (typeof x === 'bigint' && typeof y === 'bigint') return x === y;
    // eslint-disable-next-line eqeqeq
    return x == y;
  }
  return JSON.stringify(a, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v)) ===
    JSON.stringify(b, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v));
}

interface Entry { key: ConstValue; hash: bigint }

function build(items: readonly ConstValue[], hashes: Map<ConstValue, bigint>): ConstValue[] {
  let mask = 7;
  let table: (Entry | null)[] = new Array(8).fill(null);
  let fill = 0;
  const insertClean = (tab: (Entry | null)[], m: number, e: Entry): void => {
    let perturb = e.hash & M64;
    let i = Number(perturb & BigInt(m));
    for (;;) {
      if (!tab[i]) { tab[i] = e; return; }
      if (i + LINEAR_PROBES <= m) {
        for (let j = 0; j < LINEAR_PROBES; j++) {
          i++;
          if (!tab[i]) { tab[i] = e; return; }
        }
      }
      perturb >>= 5n;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(m));
    }
  };
  for (const key of items) {
    const hash = hashes.get(key)!;
    let perturb = hash & M64;
    let i = Number(perturb & BigInt(mask));
    let slot = -1;
    outer: for (;;) {
      if (!table[i]) { slot = i; break; }
      if (table[i]!.hash === hash && pyEq(table[i]!.key, key)) break;
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 0; j < LINEAR_PROBES; j++) {
          i++;
          if (!table[i]) { slot = i; break outer; }
          if (table[i]!.hash === hash && pyEq(table[i]!.key, key)) break outer;
        }
      }
      perturb >>= 5n;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
      if (!table[i]) { slot = i; break; }
    }
    if (slot < 0) continue;
    table[slot] = { key, hash };
    fill++;
    if (fill * 5 >= mask * 3) {
      let newsize = 8;
      while (newsize <= fill * 4) newsize <<= 1;
      const old = table;
      table = new Array(newsize).fill(null);
      mask = newsize - 1;
      for (const e of old) if (e) insertClean(table, mask, e);
    }
  }
  return table.filter((e): e is Entry => e !== null).map((e) => e.key);
}

/**
 * Items of a frozenset constant in CPython's iteration order (duplicates removed). `strHash`:
 * the version's hash(str) under PYTHONHASHSEED=0, when known (else str sets keep insertion order).
 */
export function frozensetOrder(items: readonly ConstValue[], strHash?: (s: string) => bigint): ConstValue[] {
  const hashes = new Map<ConstValue, bigint>();
  for (const it of items) {
    const h = pyHash(it, strHash);
    if (h === undefined) {
      // Unhashable-here (str, tuple...): insertion order, first occurrence wins.
      const out: ConstValue[] = [];
      for (const x of items) if (!out.some((y) => pyEq(x, y))) out.push(x);
      return out;
    }
    hashes.set(it, h);
  }
  // The AST optimizer builds the set once; the compiler's constant merging rebuilds it
  // from the first set's iteration order.
  return build(build(items, hashes), hashes);
}
