// Stage: version data (3.11+ str hashing). hash(str) as CPython 3.11+ computes it with
// PYTHONHASHSEED=0 (zero key): SipHash-1-3 over the string's compact storage (1, 2 or 4 bytes
// per code point, little-endian). Used for frozenset constant order in dis. Depends on nothing.

const M64 = (1n << 64n) - 1n;
const rotl = (x: bigint, b: bigint): bigint => ((x << b) | (x >> (64n - b))) & M64;

/** SipHash with `c` compression and `d` finalisation rounds and a zero key. */
export function siphashZeroKey(data: Uint8Array, c: number, d: number): bigint {
  let v0 = 0x736f6d6570736575n;
  let v1 = 0x646f72616e646f6dn;
  let v2 = 0x6c7967656e657261n;
  let v3 = 0x7465646279746573n;
  const round = (): void => {
    v0 = (v0 + v1) & M64; v1 = rotl(v1, 13n) ^ v0; v0 = rotl(v0, 32n);
    v2 = (v2 + v3) & M64; v3 = rotl(v3, 16n) ^ v2;
    v0 = (v0 + v3) & M64; v3 = rotl(v3, 21n) ^ v0;
    v2 = (v2 + v1) & M64; v1 = rotl(v1, 17n) ^ v2; v2 = rotl(v2, 32n);
  };
  const n = data.length;
  const full = n - (n % 8);
  for (let i = 0; i < full; i += 8) {
    let m = 0n;
    for (let k = 7; k >= 0; k--) m = (m << 8n) | BigInt(data[i + k]!);
    v3 ^= m;
    for (let r = 0; r < c; r++) round();
    v0 ^= m;
  }
  let b = (BigInt(n) & 0xffn) << 56n;
  for (let k = n - full - 1; k >= 0; k--) b |= BigInt(data[full + k]!) << BigInt(8 * k);
  v3 ^= b;
  for (let r = 0; r < c; r++) round();
  v0 ^= b;
  v2 ^= 0xffn;
  for (let r = 0; r < d; r++) round();
  return (v0 ^ v1 ^ v2 ^ v3) & M64;
}

/** The bytes CPython hashes for a str: its compact representation. */
export function compactBytes(s: string): Uint8Array {
  const cps = Array.from(s, (ch) => ch.codePointAt(0)!);
  const max = cps.reduce((a, b) => Math.max(a, b), 0);
  const width = max < 256 ? 1 : max < 65536 ? 2 : 4;
  const out = new Uint8Array(cps.length * width);
  cps.forEach((cp, i) => {
    for (let k = 0; k < width; k++) out[i * width + k] = (cp >> (8 * k)) & 0xff;
  });
  return out;
}

/** hash(s) on 3.11+ with PYTHONHASHSEED=0, as a signed 64-bit value. */
export function strHash311(s: string): bigint {
  if (s.length === 0) return 0n;
  let h = BigInt.asIntN(64, siphashZeroKey(compactBytes(s), 1, 3));
  if (h === -1n) h = -2n;
  return h;
}
