// Stage: dis (constant reprs). The iteration order of a frozenset constant as CPython builds it:
// open-addressing insertion (linear probes + perturbation) over Python hashes: numbers, bools,
// str/bytes (the version's SipHash under PYTHONHASHSEED=0, as the goldens are made) and tuples
// of those. Other items (None, complex...) keep insertion order. Depends on syntax/constant.ts
// and pylib hashes only.
import type { ConstValue } from '../syntax/constant.js';
import { hashInt } from '../pylib/arith.js';
import { hashFloat } from '../pylib/float-ops.js';
import { hashBytes, hashStr, hashTuple, type SipVariant } from '../pylib/hash-str.js';

const M64 = (1n << 64n) - 1n;
const LINEAR_PROBES = 9;

function pyHash(c: ConstValue, sip?: SipVariant): bigint | undefined {
  switch (c.kind) {
    case 'str': return sip ? BigInt(hashStr(c.value, 0, sip)) : undefined;
    case 'bytes': return sip ? BigInt(hashBytes(c.value, 0, sip)) : undefined;
    case 'int': return BigInt(hashInt(c.value));
    case 'bool': return c.value ? 1n : 0n;
    case 'float': return BigInt(hashFloat(c.value));
    case 'tuple': {
      const hs: bigint[] = [];
      for (const it of c.items) {
        const h = pyHash(it, sip);
        if (h === undefined) return undefined;
        hs.push(h);
      }
      return BigInt(hashTuple(hs));
    }
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
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (!tab[i + j]) { tab[i + j] = e; return; }
        }
      }
      // The perturbed step starts from the probe's first slot, not its last linear one.
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
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          const e = table[i + j];
          if (!e) { slot = i + j; break outer; }
          if (e.hash === hash && pyEq(e.key, key)) break outer;
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
 * Items of a frozenset constant in CPython's iteration order (duplicates removed). `sip`: the
 * version's hash(str/bytes) under PYTHONHASHSEED=0 (absent: sets holding them keep insertion order).
 */
export function frozensetOrder(items: readonly ConstValue[], sip?: SipVariant, builds = 2): ConstValue[] {
  const hashes = new Map<ConstValue, bigint>();
  for (const it of items) {
    const h = pyHash(it, sip);
    if (h === undefined) {
      // Unhashable-here (str, tuple...): insertion order, first occurrence wins.
      const out: ConstValue[] = [];
      for (const x of items) if (!out.some((y) => pyEq(x, y))) out.push(x);
      return out;
    }
    hashes.set(it, h);
  }
  // The AST optimizer builds the set once; the compiler's constant merging rebuilds it from the
  // first set's iteration order, and interning the code object's constants may once more.
  let order = build(items, hashes);
  for (let k = builds; k > 1; k--) order = build(order, hashes);
  return order;
}
