import { describe, expect, it } from 'vitest';
import { asciiStr, reprBytes, reprComplex, reprFloat, reprStr } from '../../../src/pylib/repr.js';
import { formatBool, formatFloat, formatInt, formatStr } from '../../../src/pylib/format.js';
import { bitsToFloat, dec, loadGolden, outcome, Tally, type Enc, type Val } from './golden.js';
import * as A from '../../../src/pylib/arith.js';

function encResult(r: unknown): unknown {
  // golden results of format() are strings encoded as {s: ...}
  return typeof r === 'string' ? { s: r } : r;
}

describe('repr against CPython 3.8 goldens', () => {
  it('repr(float)', () => {
    const t = new Tally();
    for (const [bits, want] of loadGolden<[string, string][]>('repr_float')) {
      const x = bitsToFloat(bits.slice(2));
      t.check(bits, reprFloat(x), want);
    }
    t.report('repr(float)');
    expect(t.bad).toEqual([]);
  });
  it('repr(str) and ascii(str)', () => {
    const t = new Tally();
    for (const [s, r, a] of loadGolden<[string, string, string][]>('repr_str')) {
      t.check(JSON.stringify(s).slice(0, 40), reprStr(s), r);
      t.check('ascii ' + JSON.stringify(s).slice(0, 40), asciiStr(s), a);
    }
    t.report('repr/ascii(str)');
    expect(t.bad).toEqual([]);
  });
});

describe('repr of bytes and complex against CPython 3.8 goldens', () => {
  it('repr(bytes)', () => {
    const t = new Tally();
    for (const [b, want] of loadGolden<[number[], string][]>('repr_bytes')) t.check(JSON.stringify(b), reprBytes(Uint8Array.from(b)), want);
    t.report('repr(bytes)');
    expect(t.bad).toEqual([]);
  });
  it('repr(complex)', () => {
    const t = new Tally();
    for (const [re, im, want] of loadGolden<[string, string, string][]>('repr_complex')) {
      const got = reprComplex(bitsToFloat(re.slice(2)), bitsToFloat(im.slice(2)));
      t.check(`${re} ${im}`, got, want);
    }
    t.report('repr(complex)');
    expect(t.bad).toEqual([]);
  });
});

describe('format() against CPython 3.8 goldens', () => {
  it('format(float, spec)', () => {
    const t = new Tally();
    for (const [bits, spec, want] of loadGolden<[string, string, Enc][]>('format_float')) {
      const x = bitsToFloat(bits.slice(2));
      t.check(`${reprFloat(x)} ${JSON.stringify(spec)}`, encResult(outcome(() => formatFloat(x, spec))), want);
    }
    t.report('format(float)');
    expect(t.bad).toEqual([]);
  });
  it('format(int, spec) and bool', () => {
    const t = new Tally();
    for (const [v, spec, want] of loadGolden<[Enc, string, Enc][]>('format_int')) {
      let got: unknown;
      if (typeof v === 'string') {
        const n = BigInt(v.slice(2));
        const small = n >= -(2n ** 53n) + 1n && n <= 2n ** 53n - 1n;
        got = outcome(() => formatInt(small ? Number(n) : n, spec));
        // the bigint representation must give the same answer
        t.check(`${v} ${JSON.stringify(spec)} (bigint)`, encResult(outcome(() => formatInt(n, spec))), want);
      } else {
        const b = (v as { b: boolean }).b;
        got = outcome(() => formatBool(b, spec));
      }
      t.check(`${JSON.stringify(v)} ${JSON.stringify(spec)}`, encResult(got), want);
    }
    t.report('format(int)');
    expect(t.bad).toEqual([]);
  });
  it('format(str, spec)', () => {
    const t = new Tally();
    for (const [v, spec, want] of loadGolden<[string | Enc, string, Enc][]>('format_str')) {
      // plain strings, plus typed values from the random-spec section
      const val = typeof v === 'string' && !/^[if]:/.test(v) ? ({ k: 'str', v } as Val) : dec(v as Enc);
      const got = outcome(() =>
        val.k === 'str' ? formatStr(val.v, spec) : val.k === 'int' ? formatInt(A.toPyInt(val.v), spec) : formatFloat((val as { v: number }).v, spec),
      );
      t.check(`${JSON.stringify(v)} ${JSON.stringify(spec)}`, encResult(got), want);
    }
    t.report('format(str)');
    expect(t.bad).toEqual([]);
  });
});
