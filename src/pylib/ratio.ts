// Stage: pylib. Correct rounding of an exact positive rational n/d (bigints) to the nearest
// double, ties to even, including subnormals; Infinity when out of range. No dependencies.

function bitLength(a: bigint): number {
  return a === 0n ? 0 : a.toString(2).length;
}

/** n/d rounded to nearest-even double (n, d > 0). */
export function ratioToDouble(n: bigint, d: bigint): number {
  if (n === 0n) return 0;
  if (n <= 2n ** 53n && d <= 2n ** 53n) return Number(n) / Number(d);
  const E = bitLength(n) - bitLength(d); // quotient in [2^(E-1), 2^(E+1))
  if (E > 1025) return Infinity;
  if (E < -1080) return 0;
  if (E - 2 < -1074) {
    // subnormal or tiny: round once at the 2^-1074 position
    const num = n << 1074n;
    let q = num / d;
    const r2 = (num % d) * 2n;
    if (r2 > d || (r2 === d && (q & 1n) === 1n)) q += 1n;
    return Number(q) * 2 ** -1074;
  }
  // 55+ significant bits plus a sticky bit, then one correct rounding by Number()
  const s = 55 - E;
  let q: bigint;
  let rem: bigint;
  if (s >= 0) {
    const num = n << BigInt(s);
    q = num / d;
    rem = num % d;
  } else {
    const den = d << BigInt(-s);
    q = n / den;
    rem = n % den;
  }
  if (rem !== 0n) q |= 1n;
  // scale by 2^-s in two exact steps (avoids an out-of-range power of two)
  const s1 = Math.trunc(s / 2);
  return Number(q) * 2 ** -s1 * 2 ** -(s - s1);
}
