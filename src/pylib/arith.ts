// Stage: pylib. Python int semantics on a number|bigint representation: a Python int is a
// JS number while it is a safe integer, a bigint otherwise (see norm()). Floor division,
// modulo with the divisor's sign, two's-complement bit ops, correctly rounded true division.
// No dependency on the VM's object model.

import { overflowError, PyError, valueError, zeroDivisionError } from './errors.js';
import { floatPow } from './float-ops.js';
import { ratioToDouble } from './ratio.js';

/** A Python int: a safe-integer number (never -0) or a bigint outside the safe range. */
export type PyInt = number | bigint;

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = -MAX_SAFE;

/** The canonical representation of an integer value. */
export function norm(b: bigint): PyInt {
  return b >= MIN_SAFE && b <= MAX_SAFE ? Number(b) : b;
}

/** Canonicalises any integral number or bigint (a number outside the safe range becomes bigint). */
export function toPyInt(v: number | bigint): PyInt {
  if (typeof v === 'bigint') return norm(v);
  if (Number.isSafeInteger(v)) return v === 0 ? 0 : v;
  return BigInt(v);
}

export function big(a: PyInt): bigint {
  return typeof a === 'bigint' ? a : BigInt(a);
}

export function isSmall(a: PyInt): a is number {
  return typeof a === 'number';
}

export function intAdd(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return norm(big(a) + big(b));
}

export function intSub(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  return norm(big(a) - big(b));
}

export function intMul(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  return norm(big(a) * big(b));
}

export function intNeg(a: PyInt): PyInt {
  return typeof a === 'number' ? (a === 0 ? 0 : -a) : norm(-a);
}

export function intAbs(a: PyInt): PyInt {
  return typeof a === 'number' ? Math.abs(a) : norm(a < 0n ? -a : a);
}

export function intSign(a: PyInt): -1 | 0 | 1 {
  return a > 0 ? 1 : a < 0 ? -1 : 0;
}

export function intCompare(a: PyInt, b: PyInt): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function intEq(a: PyInt, b: PyInt): boolean {
  // mixed number/bigint compare by value with ==
  // eslint-disable-next-line eqeqeq
  return a == b;
}

const ZERO_DIV = 'integer division or modulo by zero';

export function intFloorDiv(a: PyInt, b: PyInt): PyInt {
  if (b == 0) throw zeroDivisionError(ZERO_DIV);
  if (typeof a === 'number' && typeof b === 'number' && Math.abs(a) < 2 ** 52 && Math.abs(b) < 2 ** 52) {
    // a - r is an exact multiple of b below 2^53, so the division is exact
    let r = a % b;
    if (r !== 0 && r < 0 !== b < 0) r += b;
    const q = (a - r) / b;
    return q === 0 ? 0 : q;
  }
  return norm(bigFloorDiv(big(a), big(b)));
}

function bigFloorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && a < 0n !== b < 0n) ? q - 1n : q;
}

export function intMod(a: PyInt, b: PyInt): PyInt {
  if (b == 0) throw zeroDivisionError(ZERO_DIV, 'intModuloByZero');
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a % b;
    const m = r !== 0 && r < 0 !== b < 0 ? r + b : r;
    return m === 0 ? 0 : m;
  }
  const A = big(a);
  const B = big(b);
  const r = A % B;
  return norm(r !== 0n && r < 0n !== B < 0n ? r + B : r);
}

export function intDivmod(a: PyInt, b: PyInt): [PyInt, PyInt] {
  return [intFloorDiv(a, b), intMod(a, b)];
}

function bitLength(a: bigint): number {
  return a === 0n ? 0 : (a < 0n ? -a : a).toString(2).length;
}

/** int.bit_length(). */
export function intBitLength(a: PyInt): number {
  if (typeof a === 'number') {
    const x = Math.abs(a);
    return x === 0 ? 0 : x < 2 ** 31 ? 32 - Math.clz32(x) : x.toString(2).length;
  }
  return bitLength(a);
}

/** float(n): correctly rounded; OverflowError when out of range. */
export function intToFloat(n: PyInt): number {
  const x = Number(n);
  if (!Number.isFinite(x)) throw overflowError('int too large to convert to float');
  return x;
}

/** a / b for ints: the exact quotient correctly rounded to a double (as CPython). */
export function intTrueDiv(a: PyInt, b: PyInt): number {
  if (b == 0) throw zeroDivisionError('division by zero');
  if (typeof a === 'number' && typeof b === 'number') return a / b;
  const A = big(a);
  const B = big(b);
  if (A === 0n) return B < 0n ? -0 : 0;
  const neg = A < 0n !== B < 0n;
  const n = A < 0n ? -A : A;
  const d = B < 0n ? -B : B;
  // both exactly representable: the division itself rounds correctly
  if (n <= 2n ** 53n && d <= 2n ** 53n) return Number(A) / Number(B);
  const result = ratioToDouble(n, d);
  if (!Number.isFinite(result)) throw overflowError('integer division result too large for a float');
  return neg ? -result : result;
}

/** Result of ** on ints: an int, or a float for negative exponents. */
export type PowResult = { readonly int: PyInt } | { readonly float: number };

const MAX_BITS = 2 ** 28; // refuse results above ~256 Mbit instead of exhausting memory

export function intPow(a: PyInt, b: PyInt, mod?: PyInt): PowResult {
  if (mod !== undefined) return { int: intPowMod(a, b, mod) };
  if (b < 0) {
    // CPython converts both operands to float and uses float pow
    return { float: floatPow(intToFloat(a), intToFloat(b)) };
  }
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a ** b;
    if (Number.isSafeInteger(r)) return { int: r === 0 ? 0 : r };
  }
  const A = big(a);
  const B = big(b);
  if (A === 0n || A === 1n) return { int: norm(B === 0n ? 1n : A) };
  if (A === -1n) return { int: B % 2n === 0n ? 1 : -1 };
  if (Number(B) * bitLength(A) > MAX_BITS) throw new PyError('MemoryError', '');
  return { int: norm(A ** B) };
}

function intPowMod(a: PyInt, b: PyInt, m: PyInt): PyInt {
  let M = big(m);
  if (M === 0n) throw valueError('pow() 3rd argument cannot be 0');
  const negMod = M < 0n;
  if (negMod) M = -M;
  let base = ((big(a) % M) + M) % M;
  let e = big(b);
  if (e < 0n) {
    base = modInverse(base, M);
    e = -e;
  }
  let r = M === 1n ? 0n : 1n;
  while (e > 0n) {
    if (e & 1n) r = (r * base) % M;
    base = (base * base) % M;
    e >>= 1n;
  }
  if (negMod && r !== 0n) r -= M;
  return norm(r);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw valueError('base is not invertible for the given modulus');
  return ((oldS % m) + m) % m;
}

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
function isInt32(a: PyInt): a is number {
  return typeof a === 'number' && a >= INT32_MIN && a <= INT32_MAX;
}

export function intAnd(a: PyInt, b: PyInt): PyInt {
  if (isInt32(a) && isInt32(b)) return a & b;
  return norm(big(a) & big(b));
}
export function intOr(a: PyInt, b: PyInt): PyInt {
  if (isInt32(a) && isInt32(b)) return a | b;
  return norm(big(a) | big(b));
}
export function intXor(a: PyInt, b: PyInt): PyInt {
  if (isInt32(a) && isInt32(b)) return a ^ b;
  return norm(big(a) ^ big(b));
}
export function intInvert(a: PyInt): PyInt {
  return typeof a === 'number' ? -a - 1 : norm(-a - 1n);
}

export function intLshift(a: PyInt, n: PyInt): PyInt {
  if (n < 0) throw valueError('negative shift count');
  if (a == 0) return 0;
  if (typeof a === 'number' && typeof n === 'number' && n < 53) {
    const r = a * 2 ** n;
    if (Number.isSafeInteger(r)) return r;
  }
  if (Number(n) + intBitLength(a) > MAX_BITS) throw overflowError('too many digits in integer');
  return norm(big(a) << big(n));
}

export function intRshift(a: PyInt, n: PyInt): PyInt {
  if (n < 0) throw valueError('negative shift count');
  if (typeof a === 'number') {
    if (n >= 64) return a < 0 ? -1 : 0;
    const r = Math.floor(a / 2 ** Number(n));
    return r === 0 ? 0 : r;
  }
  if (n > 2 ** 32) return a < 0n ? -1 : 0;
  return norm(a >> big(n));
}

/** round(n, ndigits) for an int: half-even at 10^-ndigits (identity for ndigits >= 0). */
export function intRound(n: PyInt, ndigits: PyInt): PyInt {
  if (ndigits >= 0) return n;
  if (-Number(ndigits) > 4 * (intBitLength(n) + 4)) return 0;
  const p = 10n ** big(intNeg(ndigits));
  const N = big(n);
  const q = bigFloorDiv(N, p);
  const r = N - q * p; // 0 <= r < p
  let qq = q;
  if (r * 2n > p || (r * 2n === p && (q & 1n) === 1n)) qq += 1n;
  return norm(qq * p);
}

/** Python's hash() of an int (modulus 2**61 - 1; hash(-1) is -2). */
export function hashInt(n: PyInt): PyInt {
  if (typeof n === 'number') return n === -1 ? -2 : n;
  const P = (1n << 61n) - 1n;
  let h = (n < 0n ? -n : n) % P;
  if (n < 0n) h = -h;
  return norm(h === -1n ? -2n : h);
}
