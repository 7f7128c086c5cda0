import { describe, expect, it } from 'vitest';
import * as A from '../../../src/pylib/arith.js';
import * as F from '../../../src/pylib/float-ops.js';
import { floatFromString, intFromString } from '../../../src/pylib/parse-number.js';
import { reprFloat, reprInt } from '../../../src/pylib/repr.js';
import { formatInt } from '../../../src/pylib/format.js';
import { bitsToFloat, loadGolden, outcome, Tally, type Enc } from './golden.js';

type PyInt = A.PyInt;

/** Encodes a pylib result like the golden generator's enc(). */
function enc(v: unknown): unknown {
  if (typeof v === 'bigint') return 'i:' + v.toString();
  if (typeof v === 'boolean') return { b: v };
  if (typeof v === 'string') return { s: v };
  if (Array.isArray(v)) return { t: v.map(enc) };
  if (v && typeof v === 'object' && 'error' in v) return v;
  if (v && typeof v === 'object' && 'int' in v) return enc(BigInt((v as { int: PyInt }).int));
  if (v && typeof v === 'object' && 'float' in v) return encFloat((v as { float: number }).float);
  throw new Error('cannot encode ' + String(v));
}
function encFloat(x: number): string {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  // CPython's NaN results carry no meaningful sign/payload for our purposes: canonicalise
  if (x !== x) return 'f:7ff8000000000000';
  return 'f:' + dv.getBigUint64(0).toString(16).padStart(16, '0');
}
const I = (n: PyInt) => enc(BigInt(n));
const Fl = (x: number) => ({ float: x });
function canonNan(e: unknown): unknown {
  if (typeof e === 'string' && /^f:(7ff|fff)[0-9a-f]*$/.test(e) && !/^f:(7ff|fff)0000000000000$/.test(e))
    return 'f:7ff8000000000000';
  if (e && typeof e === 'object' && 't' in e) return { t: (e as { t: unknown[] }).t.map(canonNan) };
  return e;
}

function pyInt(e: string): PyInt {
  return A.toPyInt(BigInt(e.slice(2)));
}

const INT_OPS: Record<string, (a: PyInt, b: PyInt) => unknown> = {
  add: (a, b) => I(A.intAdd(a, b)),
  sub: (a, b) => I(A.intSub(a, b)),
  mul: (a, b) => I(A.intMul(a, b)),
  floordiv: (a, b) => I(A.intFloorDiv(a, b)),
  mod: (a, b) => I(A.intMod(a, b)),
  divmod: (a, b) => enc(A.intDivmod(a, b).map((x) => BigInt(x))),
  truediv: (a, b) => enc(Fl(A.intTrueDiv(a, b))),
  and: (a, b) => I(A.intAnd(a, b)),
  or: (a, b) => I(A.intOr(a, b)),
  xor: (a, b) => I(A.intXor(a, b)),
  lshift: (a, b) => I(A.intLshift(a, b)),
  rshift: (a, b) => I(A.intRshift(a, b)),
  pow: (a, b) => enc(A.intPow(a, b)),
  round: (a, b) => I(A.intRound(a, b)),
  neg: (a) => I(A.intNeg(a)),
  invert: (a) => I(A.intInvert(a)),
  abs: (a) => I(A.intAbs(a)),
  hash: (a) => I(A.hashInt(a)),
  float: (a) => enc(Fl(A.intToFloat(a))),
  bit_length: (a) => I(A.intBitLength(a)),
  repr: (a) => ({ s: reprInt(a) }),
  format_d: (a) => ({ s: formatInt(a, ',') }),
};

describe('int arithmetic against CPython 3.8 goldens', () => {
  it('int ops', () => {
    const t = new Tally();
    for (const [op, a, b, want, m] of loadGolden<[string, string, string | null, Enc, string?][]>('int_ops')) {
      const x = pyInt(a);
      const y = b === null ? 0 : pyInt(b);
      let got: unknown;
      if (op === 'pow3') got = outcome(() => enc(A.intPow(x, y, pyInt(m!))));
      else got = outcome(() => INT_OPS[op]!(x, y));
      t.check(`${op}(${a.slice(0, 30)}, ${b?.slice(0, 30)})`, got, want);
      // the bigint representation of small operands must agree
      if (op !== 'pow3' && typeof x === 'number' && Math.abs(x) < 2 ** 40) {
        const got2 = outcome(() => INT_OPS[op]!(BigInt(x) as PyInt, y));
        if (JSON.stringify(got2) !== JSON.stringify(got)) t.check(`${op} bigint-lhs ${a} ${b}`, got2, got);
      }
    }
    t.report('int ops');
    expect(t.bad).toEqual([]);
  });
});

const FLOAT_OPS: Record<string, (a: number, b: number) => unknown> = {
  truediv: (a, b) => enc(Fl(F.floatTrueDiv(a, b))),
  floordiv: (a, b) => enc(Fl(F.floatFloorDiv(a, b))),
  mod: (a, b) => enc(Fl(F.floatMod(a, b))),
  divmod: (a, b) => ({ t: F.floatDivmod(a, b).map((x) => enc(Fl(x))) }),
  pow: (a, b) => enc(Fl(F.floatPow(a, b))),
};

describe('float arithmetic against CPython 3.8 goldens', () => {
  it('float ops, round, int(), hash, is_integer, int/float comparison', () => {
    const t = new Tally();
    const powMismatch: string[] = [];
    for (const [op, a, b, want] of loadGolden<[string, string, string | null, Enc][]>('float_ops')) {
      let got: unknown;
      let label: string;
      if (op === 'cmp_int_float') {
        const n = pyInt(a);
        const x = bitsToFloat(b!.slice(2));
        const c = F.compareIntFloat(n, x);
        got = [c === -1, c === 0, c === 1];
        t.check(`cmp ${a} ${reprFloat(x)}`, got, want);
        continue;
      }
      const x = bitsToFloat(a.slice(2));
      if (op in FLOAT_OPS) {
        const y = bitsToFloat(b!.slice(2));
        label = `${op}(${reprFloat(x)}, ${reprFloat(y)})`;
        got = outcome(() => FLOAT_OPS[op]!(x, y));
        if (op === 'pow' && JSON.stringify(got) !== JSON.stringify(canonNan(want))) {
          powMismatch.push(label);
          continue;
        }
      } else {
        label = `${op}(${reprFloat(x)}${b ? ', ' + b : ''})`;
        if (op === 'round0') got = outcome(() => I(F.floatRoundToInt(x)));
        else if (op === 'int') got = outcome(() => I(F.floatToInt(x)));
        else if (op === 'is_integer') got = { b: F.floatIsInteger(x) };
        else if (op === 'hash') got = I(F.hashFloat(x));
        else if (op === 'round') got = outcome(() => enc(Fl(F.floatRound(x, pyInt(b!)))));
        else throw new Error(op);
      }
      t.check(label, got, canonNan(want));
    }
    t.report('float ops');
    console.log(`float pow: ${powMismatch.length} results differ from glibc pow(): ${powMismatch.slice(0, 10).join('; ')}`);
    expect(t.bad).toEqual([]);
    // pylib's pow is correctly rounded; glibc's is within 0.52 ulp, so rare cases differ
    // (all 4 of ~5000 known cases lie within 0.003 ulp of a midpoint and glibc rounds the
    // wrong way, checked with 80-digit Decimal arithmetic)
    expect(powMismatch.length).toBeLessThanOrEqual(4);
  });
});

describe('int(str, base) and float(str) against CPython 3.8 goldens', () => {
  it('parse', () => {
    const t = new Tally();
    for (const [kind, s, base, want] of loadGolden<[string, string, number | null, Enc][]>('parse')) {
      const got =
        kind === 'int'
          ? outcome(() => I(intFromString(s, base!)))
          : outcome(() => enc(Fl(floatFromString(s))));
      t.check(`${kind}(${JSON.stringify(s).slice(0, 30)}, ${base})`, got, canonNan(want));
    }
    t.report('parse');
    expect(t.bad).toEqual([]);
  });
});
