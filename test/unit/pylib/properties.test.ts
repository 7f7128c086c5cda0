// Property tests for pylib: round-trips and identities over random inputs (fast-check).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatShortest, reprFloat, reprStr } from '../../../src/pylib/repr.js';
import { exactDecimal, roundFixed, roundSig, shortest } from '../../../src/pylib/dtoa.js';
import * as A from '../../../src/pylib/arith.js';
import { hashFloat } from '../../../src/pylib/float-ops.js';
import { floatFromString } from '../../../src/pylib/parse-number.js';
import { pySlice, sliceArray } from '../../../src/pylib/pyseq.js';
import { formatFloat } from '../../../src/pylib/format.js';

const RUNS = { numRuns: 3000 };

/** Half-even rounding of an exact decimal string to `prec` fraction digits (independent oracle). */
function roundDecimalString(exact: string, prec: number): string {
  const s = exact.replace('-', '');
  const [ip, fp = ''] = s.split('.');
  const digits = (ip! + fp.padEnd(prec, '0').slice(0, prec)).replace(/^0+(?=\d)/, '');
  const restDigits = fp.slice(prec);
  let q = BigInt(digits);
  if (restDigits !== '') {
    const first = restDigits[0]!;
    const tail = restDigits.slice(1).replace(/0+$/, '');
    if (first > '5' || (first === '5' && (tail !== '' || q % 2n === 1n))) q += 1n;
  }
  return q.toString();
}

/** Decodes a Python str literal as reprStr writes it (tiny independent decoder). */
function decodePyLiteral(lit: string): string {
  const q = lit[0]!;
  expect(lit[lit.length - 1]).toBe(q);
  const body = lit.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === q) throw new Error('unescaped quote');
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++i]!;
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', '\\': '\\', "'": "'", '"': '"' };
    if (e in simple) out += simple[e];
    else {
      const len = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : -1;
      if (len < 0) throw new Error('bad escape ' + e);
      out += String.fromCodePoint(parseInt(body.slice(i + 1, i + 1 + len), 16));
      i += len;
    }
  }
  return out;
}

const anyDouble = fc.double({ noNaN: false });
const finiteDouble = fc.double({ noNaN: true, noDefaultInfinity: true });

describe('pylib properties', () => {
  it('float(repr(x)) == x for every double', () => {
    fc.assert(
      fc.property(anyDouble, (x) => {
        const r = reprFloat(x);
        const back = floatFromString(r);
        return Object.is(back, x) || (x !== x && back !== back);
      }),
      RUNS,
    );
  });

  it("repr's fast path agrees with the shortest-digits path", () => {
    fc.assert(
      fc.property(finiteDouble, (x) => {
        if (x === 0) return true;
        const { digits, exp } = shortest(x);
        return reprFloat(x) === formatShortest(digits, exp, x < 0);
      }),
      RUNS,
    );
  });

  it('roundFixed is exact half-even rounding of the exact binary value', () => {
    fc.assert(
      fc.property(finiteDouble, fc.integer({ min: 0, max: 40 }), (x, prec) => {
        if (Math.abs(x) > 1e30) return true;
        return roundFixed(x, prec) === roundDecimalString(exactDecimal(x), prec);
      }),
      RUNS,
    );
    // exact ties straddling toFixed's tie rule
    for (const [x, p] of [[2.675, 2], [0.125, 2], [0.375, 2], [2.5, 0], [1e22 + 0.5 * 2 ** 21, 0], [0.5, 0]] as const)
      expect(roundFixed(x, p)).toBe(roundDecimalString(exactDecimal(x), p));
  });

  it('roundSig gives nd significant digits of the exactly rounded value', () => {
    fc.assert(
      fc.property(finiteDouble, fc.integer({ min: 1, max: 30 }), (x, nd) => {
        if (x === 0) return true;
        const { digits, exp } = roundSig(x, nd);
        // compare with fixed rounding at the same decimal position
        const prec = nd - 1 - exp;
        if (prec < 0 || prec > 400) return digits.length === nd;
        const fixed = roundDecimalString(exactDecimal(x), prec);
        return digits.length === nd && fixed.replace(/^0+/, '') === digits.replace(/0+$/, '') + '0'.repeat(fixed.replace(/^0+/, '').length - digits.replace(/0+$/, '').length);
      }),
      RUNS,
    );
  });

  it('reprStr output decodes back to the string', () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), (a, b) => {
        for (const s of [a, b]) {
          const r = reprStr(s);
          if (decodePyLiteral(r) !== s) return false;
        }
        return true;
      }),
      RUNS,
    );
  });

  const bigIntArb = fc.oneof(fc.bigInt({ min: -(2n ** 200n), max: 2n ** 200n }), fc.bigInt({ min: -1000n, max: 1000n }));

  it('floor division identity a == (a // b) * b + a % b with the remainder taking the sign of b', () => {
    fc.assert(
      fc.property(bigIntArb, bigIntArb, (a, b) => {
        if (b === 0n) return true;
        const q = A.big(A.intFloorDiv(A.norm(a), A.norm(b)));
        const r = A.big(A.intMod(A.norm(a), A.norm(b)));
        const signOk = b > 0n ? r >= 0n && r < b : r <= 0n && r > b;
        return q * b + r === a && signOk;
      }),
      RUNS,
    );
  });

  it('int ops agree between number and bigint representations', () => {
    const small = fc.integer({ min: -(2 ** 40), max: 2 ** 40 });
    fc.assert(
      fc.property(small, small, (a, b) => {
        const ops = [A.intAdd, A.intSub, A.intMul, A.intAnd, A.intOr, A.intXor];
        for (const op of ops) if (A.big(op(a, b)) !== A.big(op(BigInt(a) as A.PyInt, BigInt(b) as A.PyInt))) return false;
        if (b !== 0 && A.big(A.intFloorDiv(a, b)) !== A.big(A.intFloorDiv(BigInt(a) as A.PyInt, BigInt(b) as A.PyInt)))
          return false;
        return true;
      }),
      RUNS,
    );
  });

  it('number fast paths agree with bigint arithmetic up to 2^53', () => {
    const safe = fc.oneof(
      fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }),
      fc.integer({ min: -100, max: 100 }),
      fc.constantFrom(2 ** 52, -(2 ** 52), 2 ** 53 - 1, -(2 ** 53) + 1, 2 ** 31, -(2 ** 31), 2 ** 32),
    );
    fc.assert(
      fc.property(safe, safe, (a, b) => {
        const A_ = BigInt(a);
        const B_ = BigInt(b);
        if (A.big(A.intAdd(a, b)) !== A_ + B_ || A.big(A.intSub(a, b)) !== A_ - B_ || A.big(A.intMul(a, b)) !== A_ * B_)
          return false;
        if (A.big(A.intAnd(a, b)) !== (A_ & B_) || A.big(A.intXor(a, b)) !== (A_ ^ B_) || A.big(A.intOr(a, b)) !== (A_ | B_))
          return false;
        if (b !== 0) {
          const q = A_ / B_ - ((A_ % B_ !== 0n && A_ < 0n !== B_ < 0n) ? 1n : 0n);
          if (A.big(A.intFloorDiv(a, b)) !== q || A.big(A.intMod(a, b)) !== A_ - q * B_) return false;
        }
        const sh = Math.abs(b) % 70;
        if (A.big(A.intLshift(a, sh)) !== A_ << BigInt(sh) || A.big(A.intRshift(a, sh)) !== A_ >> BigInt(sh)) return false;
        // results in the safe range are numbers, beyond it bigints
        const r = A.intMul(a, b);
        return typeof r === 'number' ? Number.isSafeInteger(r) : !Number.isSafeInteger(Number(r)) || r > 2n ** 53n - 1n || r < -(2n ** 53n) + 1n;
      }),
      RUNS,
    );
  });

  it('int true division is correctly rounded at any scale', () => {
    const safe = fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 });
    fc.assert(
      fc.property(safe, safe, fc.integer({ min: 0, max: 900 }), (a, b, k) => {
        if (b === 0) return true;
        const scale = 3n ** BigInt(k % 50) << BigInt(k);
        const got = A.intTrueDiv(A.norm(BigInt(a) * scale), A.norm(BigInt(b) * scale));
        return Object.is(got, a / b) || (a === 0 && got === 0);
      }),
      RUNS,
    );
  });

  it('hash(float) == hash(int) for integral floats', () => {
    fc.assert(
      fc.property(finiteDouble, (x) => {
        const t = Math.trunc(x);
        return A.big(hashFloat(t)) === A.big(A.hashInt(A.toPyInt(BigInt(t))));
      }),
      RUNS,
    );
  });

  it('pySlice matches slicing the code point array', () => {
    const idx = fc.option(fc.integer({ min: -12, max: 12 }), { nil: undefined });
    const step = fc.option(fc.integer({ min: -4, max: 4 }).filter((s) => s !== 0), { nil: undefined });
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), fc.string({ unit: 'binary' }), idx, idx, step, (a, b, s0, s1, st) => {
        for (const s of [a, b]) if (pySlice(s, s0, s1, st) !== sliceArray(Array.from(s), s0, s1, st).join('')) return false;
        return true;
      }),
      RUNS,
    );
  });

  it("format(x, '.17g') round-trips", () => {
    fc.assert(
      fc.property(finiteDouble, (x) => Object.is(floatFromString(formatFloat(x, '.17g')), x)),
      RUNS,
    );
  });
});
