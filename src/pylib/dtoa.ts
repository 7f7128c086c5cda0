// Stage: pylib. Exact decimal digits of doubles (CPython's dtoa semantics): shortest
// round-trip digits and correctly rounded (half-even on the exact binary value) fixed and
// significant-digit rounding. Fast paths use JS's own exact conversions; bigint only on ties
// and outside toFixed/toExponential's ranges. No dependencies.

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** |x| = m * 2^e with m a positive odd integer (< 2^53); x finite and non-zero. */
export function decompose(x: number): { m: number; e: number } {
  f64[0] = x;
  const hi = u32[LITTLE ? 1 : 0]!;
  const lo = u32[LITTLE ? 0 : 1]!;
  const bexp = (hi >>> 20) & 0x7ff;
  let m = (hi & 0xfffff) * 4294967296 + lo;
  let e: number;
  if (bexp === 0) e = -1074;
  else {
    m += 4503599627370496; // implicit bit 2^52
    e = bexp - 1075;
  }
  // make m odd: strip the trailing zero bits (m < 2^53, so the division is exact)
  let tz: number;
  if (lo !== 0) tz = 31 - Math.clz32(lo & -lo);
  else {
    const h = m / 4294967296; // the high part, an integer since lo == 0
    tz = 32 + (31 - Math.clz32(h & -h));
  }
  m /= 2 ** tz;
  e += tz;
  return { m, e };
}

/** Shortest round-trip digits of finite non-zero |x|: value = d1.d2d3... * 10^exp. */
export function shortest(x: number): { digits: string; exp: number } {
  const s = Math.abs(x).toExponential();
  const ei = s.indexOf('e');
  const mant = s.slice(0, ei);
  const digits = mant.length > 1 ? mant[0]! + mant.slice(2) : mant;
  return { digits, exp: Number(s.slice(ei + 1)) };
}

/** Would rounding m*2^e to a multiple of 10^k be an exact tie (m odd)? */
function isTie(m: number, e: number, k: number): boolean {
  if (k <= 0) return e - k === -1;
  if (k > 22 || e !== k - 1) return false;
  return m % 5 ** k === 0;
}

const BIG5: bigint[] = [];
export function pow10n(n: number): bigint {
  return 10n ** BigInt(n);
}
function pow5n(n: number): bigint {
  return (BIG5[n] ??= 5n ** BigInt(n));
}

/** round-half-even(m*2^e / 10^k) as a bigint (m odd, any e, k). */
function roundExact(m: number, e: number, k: number): bigint {
  let num = BigInt(m);
  let den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  if (k >= 0) den *= pow5n(k) << BigInt(k);
  else num *= pow5n(-k) << BigInt(-k);
  const q = num / den;
  const r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/**
 * Digits of round-half-even(|x| * 10^prec) as a decimal integer string (no sign, no
 * leading zeros except "0"). prec may be negative (rounding to tens, hundreds, ...).
 */
export function roundFixed(x: number, prec: number): string {
  const ax = Math.abs(x);
  if (ax === 0) return '0';
  // a double has at most 1074 fraction digits: beyond that the expansion is exact zeros
  if (prec > 1080) return roundFixed(x, 1080) + '0'.repeat(prec - 1080);
  const { m, e } = decompose(ax);
  if (ax < 1e21 && prec >= 0 && prec <= 100 && !isTie(m, e, -prec)) {
    const s = ax.toFixed(prec);
    const t = prec > 0 ? s.slice(0, s.length - prec - 1) + s.slice(s.length - prec) : s;
    let i = 0;
    while (i < t.length - 1 && t[i] === '0') i++;
    return t.slice(i);
  }
  return roundExact(m, e, -prec).toString();
}

/** Is |x| = m*2^e >= 10^p ? */
function geqPow10(m: number, e: number, p: number): boolean {
  let num = BigInt(m);
  let den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  if (p >= 0) den *= pow10n(p);
  else num *= pow10n(-p);
  return num >= den;
}

/**
 * |x| rounded half-even to nd >= 1 significant digits: value = d1.d2...dnd * 10^exp,
 * digits.length === nd. For x == 0 the digits are all zeros and exp is 0.
 */
export function roundSig(x: number, nd: number): { digits: string; exp: number } {
  const ax = Math.abs(x);
  if (ax === 0) return { digits: '0'.repeat(nd), exp: 0 };
  // a double has at most 767 significant decimal digits: the rest are exact zeros
  if (nd > 800) {
    const r = roundSig(x, 800);
    return { digits: r.digits + '0'.repeat(nd - 800), exp: r.exp };
  }
  const { m, e } = decompose(ax);
  if (nd <= 101) {
    const s = ax.toExponential(nd - 1);
    const ei = s.indexOf('e');
    const exp = Number(s.slice(ei + 1));
    const k = exp - nd + 1;
    if (!isTie(m, e, k) && !isTie(m, e, k - 1)) {
      const mant = s.slice(0, ei);
      return { digits: nd > 1 ? mant[0]! + mant.slice(2) : mant, exp };
    }
  }
  // exact: find E with 10^E <= |x| < 10^(E+1)
  let E = Math.floor(Math.log10(ax));
  while (!geqPow10(m, e, E)) E--;
  while (geqPow10(m, e, E + 1)) E++;
  let q = roundExact(m, e, E - nd + 1);
  let digits = q.toString();
  if (digits.length > nd) {
    // carried into a new power of ten: q == 10^nd
    q /= 10n;
    digits = q.toString();
    E++;
  }
  return { digits, exp: E };
}

/** Exact decimal expansion of a finite double (for tests and huge precisions). */
export function exactDecimal(x: number): string {
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const { m, e } = decompose(x);
  const sign = x < 0 ? '-' : '';
  if (e >= 0) return sign + (BigInt(m) << BigInt(e)).toString();
  const digits = (BigInt(m) * pow5n(-e)).toString().padStart(-e + 1, '0');
  const ip = digits.slice(0, digits.length + e);
  const fp = digits.slice(digits.length + e).replace(/0+$/, '');
  return sign + ip + (fp ? '.' + fp : '');
}
