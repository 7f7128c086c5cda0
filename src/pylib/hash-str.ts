// Stage: pylib. CPython's hash() of str, bytes and tuple on 64-bit builds: SipHash over the
// str's compact storage (1, 2 or 4 bytes per code point, little-endian) keyed by the process's
// hash secret (SipHash-2-4 up to 3.10, SipHash-1-3 from 3.11: the caller picks the variant),
// and the xxHash-style tuple hash. CPython randomises the secret per
// process unless PYTHONHASHSEED is set: hashSeed 0 means randomisation disabled (zero key),
// N > 0 derives the key like CPython's LCG. No dependencies beyond arith.

import { norm, type PyInt } from './arith.js';

const M64 = (1n << 64n) - 1n;

function rotl(x: bigint, b: bigint): bigint {
  return ((x << b) | (x >> (64n - b))) & M64;
}

const secrets = new Map<number, [bigint, bigint]>();

/** The SipHash key (k0, k1) CPython derives from PYTHONHASHSEED. */
export function hashSecret(hashSeed: number): [bigint, bigint] {
  let s = secrets.get(hashSeed);
  if (s) return s;
  const bytes = new Uint8Array(16);
  if (hashSeed !== 0) {
    let x = hashSeed >>> 0;
    for (let i = 0; i < 16; i++) {
      x = (Math.imul(x, 214013) + 2531011) >>> 0;
      bytes[i] = (x >>> 16) & 0xff;
    }
  }
  const word = (o: number): bigint => {
    let v = 0n;
    for (let i = 7; i >= 0; i--) v = (v << 8n) | BigInt(bytes[o + i]!);
    return v;
  };
  s = [word(0), word(8)];
  secrets.set(hashSeed, s);
  return s;
}

/** The SipHash variant CPython uses for str/bytes: 2-4 (3.8-3.10) or 1-3 (3.11+). */
export type SipVariant = 'siphash24' | 'siphash13';

/** Compression and finalisation rounds of each variant. */
const ROUNDS: Readonly<Record<SipVariant, readonly [number, number]>> = {
  siphash24: [2, 4],
  siphash13: [1, 3],
};

function siphash(k0: bigint, k1: bigint, data: Uint8Array, variant: SipVariant): bigint {
  const [c, d] = ROUNDS[variant];
  let v0 = k0 ^ 0x736f6d6570736575n;
  let v1 = k1 ^ 0x646f72616e646f6dn;
  let v2 = k0 ^ 0x6c7967656e657261n;
  let v3 = k1 ^ 0x7465646279746573n;
  const round = (): void => {
    v0 = (v0 + v1) & M64;
    v1 = rotl(v1, 13n) ^ v0;
    v0 = rotl(v0, 32n);
    v2 = (v2 + v3) & M64;
    v3 = rotl(v3, 16n) ^ v2;
    v0 = (v0 + v3) & M64;
    v3 = rotl(v3, 21n) ^ v0;
    v2 = (v2 + v1) & M64;
    v1 = rotl(v1, 17n) ^ v2;
    v2 = rotl(v2, 32n);
  };
  const n = data.length;
  const full = n - (n % 8);
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  for (let o = 0; o < full; o += 8) {
    const m = dv.getBigUint64(o, true);
    v3 ^= m;
    for (let r = 0; r < c; r++) round();
    v0 ^= m;
  }
  let b = BigInt(n & 0xff) << 56n;
  for (let i = n - 1; i >= full; i--) b |= BigInt(data[i]!) << BigInt(8 * (i - full));
  v3 ^= b;
  for (let r = 0; r < c; r++) round();
  v0 ^= b;
  v2 ^= 0xffn;
  for (let r = 0; r < d; r++) round();
  return (v0 ^ v1 ^ v2 ^ v3) & M64;
}

function finish(u: bigint): PyInt {
  const h = BigInt.asIntN(64, u);
  return norm(h === -1n ? -2n : h);
}

/** hash(b) for bytes. */
export function hashBytes(data: Uint8Array, hashSeed = 0, variant: SipVariant = 'siphash24'): PyInt {
  if (data.length === 0) return 0;
  const [k0, k1] = hashSecret(hashSeed);
  return finish(siphash(k0, k1, data, variant));
}

/** hash(s) for a str (its storage kind follows the largest code point, as in CPython). */
export function hashStr(s: string, hashSeed = 0, variant: SipVariant = 'siphash24'): PyInt {
  if (s === '') return 0;
  const cps: number[] = [];
  let max = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    cps.push(c);
    if (c > max) max = c;
  }
  const kind = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
  const data = new Uint8Array(cps.length * kind);
  for (let i = 0; i < cps.length; i++) {
    let c = cps[i]!;
    for (let k = 0; k < kind; k++) {
      data[i * kind + k] = c & 0xff;
      c >>>= 8;
    }
  }
  return hashBytes(data, hashSeed, variant);
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** hash(t) for a tuple, given the hashes of its items (CPython 3.8's xxHash-based scheme). */
export function hashTuple(itemHashes: readonly PyInt[]): PyInt {
  let acc = XXPRIME_5;
  for (const h of itemHashes) {
    const lane = BigInt.asUintN(64, BigInt(h));
    acc = (acc + lane * XXPRIME_2) & M64;
    acc = rotl(acc, 31n);
    acc = (acc * XXPRIME_1) & M64;
  }
  acc = (acc + (BigInt(itemHashes.length) ^ (XXPRIME_5 ^ 3527539n))) & M64;
  if (acc === M64) return 1546275796;
  return norm(BigInt.asIntN(64, acc));
}
