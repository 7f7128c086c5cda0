// pylib must never let a plain JS exception (RangeError, TypeError...) escape: every failure
// is a PyError the VM can raise as a Python exception. Random inputs plus known size traps.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PyError } from '../../../src/pylib/errors.js';
import { formatFloat, formatInt, formatStr } from '../../../src/pylib/format.js';
import { percentFormat } from '../../../src/pylib/percent-format.js';
import { strFormat } from '../../../src/pylib/str-format.js';
import { floatFromString, intFromString } from '../../../src/pylib/parse-number.js';
import { strCenter, strExpandtabs, strJoin, strReplace, strZfill } from '../../../src/pylib/strmethods.js';
import { pyRepeat } from '../../../src/pylib/pyseq.js';
import { intLshift, intPow } from '../../../src/pylib/arith.js';
import { hooks } from './values.js';
import type { Val } from './golden.js';

function onlyPyErrors(f: () => unknown): boolean {
  try {
    f();
    return true;
  } catch (e) {
    if (e instanceof PyError) return true;
    throw e;
  }
}

function pyErrorType(f: () => unknown): string | undefined {
  try {
    f();
    return undefined;
  } catch (e) {
    if (e instanceof PyError) return e.pyType;
    throw e;
  }
}

const specChars = fc.string({ unit: fc.constantFrom(...'<>=^+- #0123456789,_.bcdeEfFgGnosxX%*{}!:rs\u00e9\U0001f40d'.split('')), maxLength: 12 });

describe('pylib robustness', () => {
  it('format() with random specs only raises PyError', () => {
    fc.assert(
      fc.property(specChars, fc.double(), fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }), fc.string(), (spec, x, n, s) =>
        onlyPyErrors(() => formatFloat(x, spec)) && onlyPyErrors(() => formatInt(n, spec)) && onlyPyErrors(() => formatStr(s, spec)),
      ),
      { numRuns: 3000 },
    );
  });

  it('% formatting and str.format with random templates only raise PyError', () => {
    const args: Val = { k: 'tuple', v: [{ k: 'int', v: 42n }, { k: 'float', v: 2.5 }, { k: 'str', v: 'x' }] };
    fc.assert(
      fc.property(specChars, (fmt) => {
        const ok1 = onlyPyErrors(() => percentFormat(fmt, args, hooks));
        const ok2 = onlyPyErrors(() =>
          strFormat(fmt, {
            argCount: 3,
            positional: (i) => (args as { v: Val[] }).v[i]!,
            keyword: () => {
              throw new PyError('KeyError', 'k');
            },
            getAttr: () => {
              throw new PyError('AttributeError', 'a');
            },
            getItem: () => {
              throw new PyError('TypeError', 't');
            },
            convert: (v) => v,
            format: (v, spec) => (v.k === 'int' ? formatInt(v.v, spec) : v.k === 'float' ? formatFloat(v.v, spec) : formatStr(String((v as { v: unknown }).v), spec)),
          }),
        );
        return ok1 && ok2;
      }),
      { numRuns: 3000 },
    );
  });

  it('int() and float() of random strings only raise PyError', () => {
    const numChars = fc.string({ unit: fc.constantFrom(...' \t+-_.0123456789abcdefxXoObBeEinfINFa\u0661\u00a0'.split('')), maxLength: 10 });
    fc.assert(
      fc.property(numChars, fc.constantFrom(0, 2, 8, 10, 16, 36, 1, 37), (s, base) =>
        onlyPyErrors(() => intFromString(s, base)) && onlyPyErrors(() => floatFromString(s)),
      ),
      { numRuns: 3000 },
    );
  });

  it('huge sizes raise MemoryError/ValueError instead of RangeError', () => {
    expect(pyErrorType(() => formatInt(1, '999999999999'))).toBe('MemoryError');
    expect(pyErrorType(() => formatInt(1, '0999999999999'))).toBe('MemoryError');
    expect(pyErrorType(() => formatStr('a', '>999999999999'))).toBe('MemoryError');
    expect(pyErrorType(() => formatFloat(1, '.2147483648f'))).toBe('ValueError');
    expect(pyErrorType(() => percentFormat('%999999999d', { k: 'int', v: 1n } as Val, hooks))).toBe('MemoryError');
    expect(pyErrorType(() => percentFormat('%.99999999999f', { k: 'float', v: 1 } as Val, hooks))).toBe('ValueError');
    expect(pyErrorType(() => strCenter('a', 1e18))).toBe('MemoryError');
    expect(pyErrorType(() => strZfill('1', 1e18))).toBe('MemoryError');
    expect(pyErrorType(() => strExpandtabs('a\tb', 1e12))).toBe('MemoryError');
    expect(pyErrorType(() => pyRepeat('ab', 1e10))).toBe('MemoryError');
    const big = 'a'.repeat(1 << 20);
    expect(pyErrorType(() => strReplace(big, 'a', 'b'.repeat(1000)))).toBe('MemoryError');
    expect(strReplace(big, 'zz', 'b'.repeat(1000))).toBe(big);
    expect(pyErrorType(() => strJoin(big, Array(300).fill('x')))).toBe('MemoryError');
    expect(pyErrorType(() => intLshift(1, 10 ** 10))).toBe('OverflowError');
    expect(pyErrorType(() => intPow(3, 10 ** 12))).toBe('MemoryError');
    // large but sane precisions are exact and fast (a double has at most 1074 fraction digits)
    expect(formatFloat(0.1, '.100000f').length).toBe(100002);
  });
});
