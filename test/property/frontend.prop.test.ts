// Property: whatever the input, the front end (parseModule + checkSubset) either returns an AST
// or raises one of the project's diagnostics; never another exception (no crash, no stack
// overflow). Inputs: arbitrary strings, unicode strings, mutated valid programs, and token soups.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { makeSource } from '../../src/source/source.js';
import { parseModule } from '../../src/syntax/parser.js';
import { checkSubset } from '../../src/syntax/subset.js';
import { NotSupportedDiagnostic, PySyntaxDiagnostic, formatSyntaxDiagnostic } from '../../src/source/diagnostics.js';

function frontEnd(text: string): void {
  const src = makeSource('prop.py', text);
  try {
    checkSubset(parseModule(src), src);
  } catch (e) {
    if (e instanceof PySyntaxDiagnostic) {
      formatSyntaxDiagnostic(e);
      return;
    }
    if (e instanceof NotSupportedDiagnostic) return;
    throw e;
  }
}

const TOKENS = [
  'x', 'y', 'foo', '_a1', 'é', 'None', 'True', 'False', 'if', 'elif', 'else', 'for', 'in', 'while',
  'def', 'class', 'return', 'yield', 'lambda', 'not', 'and', 'or', 'is', 'import', 'from', 'as',
  'try', 'except', 'finally', 'with', 'global', 'nonlocal', 'del', 'pass', 'break', 'continue',
  'raise', 'assert', 'async', 'await', '0', '1', '0x1f', '1.5', '1e3', '2j', '1_0', "'s'", '"d"',
  "f'{x}'", "f'{x!r:>{y}}'", "b'b'", "'''t'''", 'r"\\n"', '(', ')', '[', ']', '{', '}', ',', ':',
  ';', '.', '...', '=', '==', '!=', '<', '>', '<=', '>=', '+', '-', '*', '/', '//', '%', '**',
  '@', '&', '|', '^', '~', '<<', '>>', '+=', '-=', '*=', '**=', '//=', '->', ':=', '\\\n', '#c',
  '\n', '\n    ', '\n\t', '\n  ',
];

const SAMPLE = `from . import x as y
@dec(1)
def f(a, b=2, *c, d, **e):
    global g
    for i in c:
        if i and not a: continue
        elif i > 5: break
    try:
        x = [j * 2 for j in c if j]
    except (E, K) as err:
        raise R("b") from err
    with a as h, k: y = h[1:2, ::3]
    return f"{a!r:>{b}}" + 't'
class K(B):
    z = lambda q, *r: {1: 2, **q}
`;

describe('front end never throws anything but diagnostics', () => {
  it('arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (s) => frontEnd(s)), { numRuns: 10000 });
  });

  it('unicode strings', () => {
    // Code points (surrogates replaced); fast-check's 'binary' string unit is much slower to generate.
    const cp = fc.oneof(fc.integer({ min: 0, max: 127 }), fc.integer({ min: 128, max: 0x10ffff }));
    const uni = fc.array(cp, { maxLength: 40 })
      .map((a) => String.fromCodePoint(...a.map((c) => (c >= 0xd800 && c <= 0xdfff ? 0xfffd : c))));
    fc.assert(fc.property(uni, (s) => frontEnd(s)), { numRuns: 10000 });
  });

  it('mutated valid programs', () => {
    // A window of up to 6 lines of SAMPLE (keeps each run cheap), with one edit somewhere in it.
    const lines = SAMPLE.split('\n');
    const arb = fc.tuple(
      fc.nat(lines.length - 1), fc.integer({ min: 1, max: 6 }), fc.nat(400), fc.nat(8),
      fc.string({ maxLength: 4, unit: fc.constantFrom(...'()[]{}:,=\'"\\\n\t #fx1') }),
    ).map(([from, n, at, del, ins]) => {
      const w = lines.slice(from, from + n).join('\n') + '\n';
      const k = at % (w.length + 1);
      return w.slice(0, k) + ins + w.slice(k + del);
    });
    fc.assert(fc.property(arb, (s) => frontEnd(s)), { numRuns: 10000 });
  });

  it('token soups', () => {
    const arb = fc.array(fc.constantFrom(...TOKENS), { maxLength: 30 })
      .chain((toks) => fc.array(fc.constantFrom(' ', '', '\n'), { minLength: toks.length, maxLength: toks.length })
        .map((seps) => toks.map((t, i) => t + seps[i]).join('')));
    fc.assert(fc.property(arb, (s) => frontEnd(s)), { numRuns: 10000 });
  });

  it('deep nesting gives a diagnostic, not a stack overflow', () => {
    for (const text of [
      'x = ' + '('.repeat(1000) + '1' + ')'.repeat(1000) + '\n',
      'x = ' + '('.repeat(190) + '1' + ')'.repeat(190) + '\n',
      'x = ' + '-'.repeat(20000) + '1\n',
      'x = ' + 'not '.repeat(5000) + '1\n',
      'x = ' + 'lambda: '.repeat(2000) + '1\n',
      'x = ' + '1 if 2 else '.repeat(2000) + '1\n',
      'x = ' + '2 ** '.repeat(5000) + '1\n',
      'x = ' + '[' .repeat(150) + ']'.repeat(150) + '\n',
      'x = ' + "f'{".repeat(50) + '1' + "}'".repeat(50) + '\n',
    ]) {
      let err: unknown = null;
      try { parseModule(makeSource('deep.py', text)); } catch (e) { err = e; }
      if (err !== null) expect(err).toBeInstanceOf(PySyntaxDiagnostic);
    }
    const long = 'x = ' + Array(30000).fill('1').join(' + ') + '\n';
    const src = makeSource('long.py', long);
    checkSubset(parseModule(src), src);
  });
});
