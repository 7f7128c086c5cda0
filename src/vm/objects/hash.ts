// Stage: VM object model. Python hash() values (CPython's numeric hash modulo 2**61-1, the 3.8
// xxHash-style tuple hash, frozenset_hash) and dict/set key identities (equal keys -> identical
// JS Map keys). str hashes are SipHash-2-4 or -1-3 (the running version's, set by the machine)
// with PYTHONHASHSEED=0 (CPython randomises them unless the seed is set; the goldens are
// generated with 0), so str set order is CPython's. Must not depend on the interpreter.
import { hashStr as pylibHashStr, type SipVariant } from '../../pylib/hash-str.js';
import { PyObject, type PyType } from './base.js';
import { PyFloat, PyInt, PyStr } from './scalars.js';

const P = (1n << 61n) - 1n;
const M64 = (1n << 64n) - 1n;

/** Hooks installed by the runtime for user classes and unhashable types. */
export const hashHooks = {
  /** Returns the user __hash__ result, or throws the Python TypeError for unhashable objects. */
  user: null as ((o: PyObject) => number | bigint | null) | null,
  unhashable: null as ((o: PyObject) => never) | null,
  tupleType: null as PyType | null,
  frozensetType: null as PyType | null,
  itemsOf: null as ((o: PyObject) => readonly PyObject[]) | null,
};

function finish(h: bigint): number | bigint {
  if (h === -1n) h = -2n;
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}

export function hashBig(v: bigint): number | bigint {
  const neg = v < 0n;
  let h = (neg ? -v : v) % P;
  if (neg) h = -h;
  return finish(h);
}

export function hashInt(v: number | bigint): number | bigint {
  if (typeof v === 'number') {
    if (v === -1) return -2;
    if (v < 2305843009213693951 && v > -2305843009213693951) return v;
    return hashBig(BigInt(v));
  }
  return hashBig(v);
}

export function hashFloat(x: number): number | bigint {
  if (Number.isNaN(x)) return 0;
  if (!Number.isFinite(x)) return x > 0 ? 314159 : -314159;
  if (Number.isInteger(x)) return hashInt(Number.isSafeInteger(x) ? x : BigInt(x));
  // x = m * 2**e exactly, with m an integer.
  let m = Math.abs(x);
  let e = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    e--;
  }
  let h = BigInt(m) % P;
  const sh = BigInt(((e % 61) + 61) % 61);
  h = (h << sh) % P;
  if (x < 0) h = -h;
  return finish(h);
}

/** Memo of str hashes per variant (CPython caches the hash in the str; SipHash over bigints is slow). */
const memos: Record<SipVariant, Map<string, number | bigint>> = { siphash24: new Map(), siphash13: new Map() };
let variant: SipVariant = 'siphash24';
let strHashes = memos[variant];

/** Selects the str hash of the version being simulated (VmRules.strHash); one machine runs at a time. */
export function setStrHashVariant(v: SipVariant): void {
  variant = v;
  strHashes = memos[v];
}

/** hash(str): the selected SipHash variant with PYTHONHASHSEED=0 (the goldens' setting), via pylib. */
export function hashStr(s: string): number | bigint {
  let h = strHashes.get(s);
  if (h === undefined) {
    h = pylibHashStr(s, 0, variant);
    if (strHashes.size > 50000) strHashes.clear();
    strHashes.set(s, h);
  }
  return h;
}

const XP1 = 11400714785074694791n;
const XP2 = 14029467366897019727n;
const XP5 = 2870177450012600261n;

export function hashTupleItems(items: readonly PyObject[]): number | bigint {
  let acc = XP5;
  for (const it of items) {
    const lane = BigInt.asUintN(64, BigInt(pyHash(it)));
    acc = (acc + lane * XP2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * XP1) & M64;
  }
  acc = (acc + (BigInt(items.length) ^ (XP5 ^ 3527539n))) & M64;
  if (acc === M64) return 1546275796;
  return finish(BigInt.asIntN(64, acc));
}

/** hash(o) for every built-in hashable; user classes through hashHooks.user. */
export function pyHash(o: PyObject): number | bigint {
  if (o instanceof PyInt) return hashInt(o.v);
  if (o instanceof PyStr) return hashStr(o.v);
  if (o instanceof PyFloat) return hashFloat(o.v);
  const t = o.type;
  if (t === hashHooks.tupleType) return hashTupleItems(hashHooks.itemsOf!(o));
  if (t === hashHooks.frozensetType) {
    // frozenset_hash: xor of shuffled entry hashes, then size, dispersion and an LCG step
    const shuffle = (h: bigint) => (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & M64;
    const items = hashHooks.itemsOf!(o);
    let acc = 0n;
    for (const it of items) acc ^= shuffle(BigInt.asUintN(64, BigInt(pyHash(it))));
    acc ^= ((BigInt(items.length) + 1n) * 1927868237n) & M64;
    acc ^= (acc >> 11n) ^ (acc >> 25n);
    acc = (acc * 69069n + 907133923n) & M64;
    if (acc === M64) acc = 590923713n;
    return finish(BigInt.asIntN(64, acc));
  }
  const u = hashHooks.user ? hashHooks.user(o) : null;
  if (u !== null) return u;
  // Identity hash: CPython rotates the address by 4 bits; ids are small serials here.
  return o.id * 16 + 7;
}

/** A key that is the same JS value (SameValueZero) exactly for Python-equal hashable keys. */
export type DKey = string | number | bigint | object;

const interned = new Map<string, object>();

function encode(o: PyObject): string {
  if (o instanceof PyStr) return 's' + o.v.length + ':' + o.v;
  if (o instanceof PyInt) return 'n' + String(o.v);
  if (o instanceof PyFloat) {
    const v = o.v;
    if (Number.isInteger(v)) return 'n' + (Number.isSafeInteger(v) ? String(v) : BigInt(v).toString());
    return 'n' + String(v);
  }
  const t = o.type;
  if (t === hashHooks.tupleType) return '(' + hashHooks.itemsOf!(o).map(encode).join(',') + ')';
  if (t === hashHooks.frozensetType) return '{' + hashHooks.itemsOf!(o).map(encode).sort().join(',') + '}';
  const u = hashHooks.user ? hashHooks.user(o) : null;
  if (u !== null) return 'h' + String(u);
  return 'o' + o.id;
}

/** The Map key for a Python dict/set key; throws TypeError (via hook) for unhashable objects. */
export function keyOf(o: PyObject): DKey {
  if (o instanceof PyStr) return o.v;
  if (o instanceof PyInt) return o.v;
  if (o instanceof PyFloat) {
    const v = o.v;
    if (Number.isInteger(v) && !Number.isSafeInteger(v)) return BigInt(v);
    return v;
  }
  const t = o.type;
  if (t === hashHooks.tupleType || t === hashHooks.frozensetType) {
    const s = encode(o);
    let k = interned.get(s);
    if (!k) {
      k = { key: s };
      interned.set(s, k);
    }
    return k;
  }
  const u = hashHooks.user ? hashHooks.user(o) : null;
  if (u !== null) {
    const s = 'h' + String(u);
    let k = interned.get(s);
    if (!k) {
      k = { key: s };
      interned.set(s, k);
    }
    return k;
  }
  return o;
}
