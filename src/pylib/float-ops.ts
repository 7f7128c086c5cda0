// Stage: pylib. Python float semantics: floor division and modulo with CPython's sign rules,
// exact round(x, n), conversions to int, int/float comparison, hash(float).
// No dependency on the VM's object model.

import { decompose, roundFixed } from './dtoa.js';
import { overflowError, valueError, zeroDivisionError } from './errors.js';
import { powAbsDD } from './pow-dd.js';
import { ratioToDouble } from './ratio.js';

/** A Python int as arith.ts represents it (kept local: arith imports this module). */
type PyInt = number | bigint;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
function norm(b: bigint): PyInt {
  return b >= -MAX_SAFE && b <= MAX_SAFE ? Number(b) : b;
}

export function floatTrueDiv(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError('float division by zero');
  return a / b;
}

/** divmod(a, b) for floats: the remainder takes the divisor's sign; exact like CPython. */
export function floatDivmod(a: number, b: number, op = 'float divmod()'): [number, number] {
  if (b === 0) throw zeroDivisionError(op);
  let mod = a % b; // fmod: exact
  let div = (a - mod) / b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) {
      mod += b;
      div -= 1;
    }
  } else {
    mod = b < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = a / b < 0 || Object.is(a / b, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError('float divmod()');
  return floatDivmod(a, b)[0];
}

export function floatMod(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError('float modulo', 'floatModuloByZero');
  let mod = a % b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) mod += b;
  } else mod = b < 0 ? -0 : 0;
  return mod;
}

/**
 * x ** y for floats. Python returns a complex for a negative base and a non-integral
 * exponent; pylib has no complex type, so that case raises ValueError (documented gap).
 */
export function floatPow(x: number, y: number): number {
  if (y === 0) return 1;
  if (x !== x) return x;
  if (y !== y) return x === 1 ? 1 : y;
  if (x === 0 && y < 0 && Number.isFinite(y)) throw zeroDivisionError('0.0 cannot be raised to a negative power');
  if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && Math.floor(y) !== y)
    throw valueError('negative number cannot be raised to a fractional power');
  if (x === 1) return 1;
  if (x === -1 && !Number.isFinite(y)) return 1;
  let r: number;
  if (!Number.isFinite(x) || x === 0 || !Number.isFinite(y)) r = Math.pow(x, y);
  else if (Number.isInteger(y) && Math.abs(y) <= 4096) r = powInt(x, y);
  else if (y === 0.5) r = Math.sqrt(x);
  else {
    // exponents beyond 2^53 are even integers, so only odd integral y keeps a negative sign
    const odd = x < 0 && Number.isInteger(y) && Math.abs(y) < 2 ** 53 && y % 2 !== 0;
    const a = powAbsDD(x, y);
    r = odd ? -a : a;
  }
  if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y))
    throw overflowError('(34, \'Numerical result out of range\')');
  return r;
}

/** x ** n for a finite non-zero double and an integer n, correctly rounded (as glibc's pow). */
function powInt(x: number, n: number): number {
  if (n === 1) return x;
  if (n === 2) return x * x;
  if (n === -1) return 1 / x;
  const neg = x < 0 && n % 2 !== 0;
  const ax = Math.abs(x);
  const log2 = n * Math.log2(ax);
  let r: number;
  if (log2 > 1026) r = Infinity;
  else if (log2 < -1077) r = 0;
  else {
    const { m, e } = decompose(ax);
    const an = Math.abs(n);
    const mp = BigInt(m) ** BigInt(an);
    const ep = e * an; // |x|^|n| = mp * 2^ep
    let num = mp;
    let den = 1n;
    if (n > 0) {
      if (ep >= 0) num <<= BigInt(ep);
      else den <<= BigInt(-ep);
    } else {
      // |x|^n = 1 / (mp * 2^ep)
      num = 1n;
      den = mp;
      if (ep >= 0) den <<= BigInt(ep);
      else num <<= BigInt(-ep);
    }
    r = ratioToDouble(num, den);
  }
  return neg ? -r : r;
}

/** int(x) for a float: truncation toward zero. */
export function floatToInt(x: number): PyInt {
  if (x !== x) throw valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw overflowError('cannot convert float infinity to integer');
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? (t === 0 ? 0 : t) : BigInt(t);
}

export function floatIsInteger(x: number): boolean {
  return Number.isFinite(x) && Math.floor(x) === x;
}

/** round(x) with no ndigits: nearest int, ties to even. */
export function floatRoundToInt(x: number): PyInt {
  if (x !== x) throw valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw overflowError('cannot convert float infinity to integer');
  const f = Math.floor(x);
  const diff = x - f; // exact
  let r = f;
  if (diff > 0.5 || (diff === 0.5 && f % 2 !== 0)) r = f + 1;
  return floatToInt(r);
}

/** round(x, ndigits) for a float: exact half-even on the binary value (CPython's dtoa way). */
export function floatRound(x: number, ndigits: PyInt): number {
  const nd = Number(ndigits);
  if (!Number.isFinite(x) || x === 0) return x;
  if (nd > 323) return x;
  if (nd < -308) return x < 0 ? -0 : 0;
  const digits = roundFixed(x, nd);
  const r = Number(digits + 'e' + -nd);
  if (!Number.isFinite(r)) throw overflowError('rounded value too large to represent');
  return x < 0 ? -r : r;
}

/** Compares an int with a float exactly (like CPython); NaN compares as undefined. */
export function compareIntFloat(a: PyInt, x: number): -1 | 0 | 1 | undefined {
  if (x !== x) return undefined;
  if (x === Infinity) return -1;
  if (x === -Infinity) return 1;
  if (typeof a === 'number') return a < x ? -1 : a > x ? 1 : 0;
  const t = Math.trunc(x);
  const bt = BigInt(t);
  if (a < bt) return -1;
  if (a > bt) return 1;
  return t < x ? -1 : t > x ? 1 : 0;
}

const P61 = (1n << 61n) - 1n;

/** Python 3.8's hash() of a float: equal to hash(int) for integral values; inf 314159; nan 0. */
export function hashFloat(x: number): PyInt {
  if (x !== x) return 0;
  if (x === Infinity) return 314159;
  if (x === -Infinity) return -314159;
  if (x === 0) return 0;
  if (Number.isSafeInteger(x)) return x === -1 ? -2 : x;
  const { m, e } = decompose(x);
  const ee = ((e % 61) + 61) % 61;
  let h = (BigInt(m) << BigInt(ee)) % P61;
  if (x < 0) h = -h;
  if (h === -1n) h = -2n;
  return norm(h);
}

