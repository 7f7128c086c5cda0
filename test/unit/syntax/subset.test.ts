// The subset check: each unsupported construct is rejected with its name and line; the
// supported neighbours of those constructs pass.
import { describe, expect, it } from 'vitest';
import { makeSource } from '../../../src/source/source.js';
import { parseModule } from '../../../src/syntax/parser.js';
import { checkSubset } from '../../../src/syntax/subset.js';
import { NotSupportedDiagnostic, formatNotSupported } from '../../../src/source/diagnostics.js';

function check(text: string): NotSupportedDiagnostic | null {
  const src = makeSource('t.py', text);
  try {
    checkSubset(parseModule(src), src);
  } catch (e) {
    if (e instanceof NotSupportedDiagnostic) return e;
    throw e;
  }
  return null;
}

const REJECTED: Array<[string, string, number]> = [
  ['x = 1\nasync def f():\n    pass\n', 'async functions', 2],
  ['def f():\n    yield 1\n', 'yield (generators)', 2],
  ['def f():\n    yield from g()\n', 'yield from (generators)', 2],
  ['x = 1\ny = 2\ns = sum(i for i in range(3))\n', 'generator expressions', 3],
  ['if (n := 10) > 5:\n    pass\n', 'assignment expressions (:=)', 1],
  ['def f(a: int):\n    pass\n', 'function annotations', 1],
  ['def f(a) -> int:\n    pass\n', 'function annotations', 1],
  ['x: int = 1\n', 'variable annotations', 1],
  ['z = 2j\n', 'complex numbers', 1],
  ["b = b'abc'\n", 'bytes literals', 1],
  ['def f(a, /, b):\n    pass\n', 'positional-only parameters', 1],
  ['class A(metaclass=M):\n    pass\n', 'class keywords (metaclass=...)', 1],
  ['async def f():\n    await g()\n', 'async functions', 1],
];

const ACCEPTED = [
  'def f():\n    x = 1\n    def g():\n        nonlocal x\n        x += 1\n    g()\n',
  '@dec\ndef f(a, *, b=1, **k):\n    return a\n',
  'f(*args, **kwargs)\n',
  's = {x for x in y}\nd = {k: v for k, v in z}\nl = [i for i in r if i]\n',
  'class A(B):\n    pass\n',
  'class A(B, C):\n    pass\n',
  "x = f'{a!r:>{w}}'\n",
  'lambda *a, **k: a\n',
  'a = [*x]\na, *b = c\nd = {**e}\n',
];

describe('subset check', () => {
  for (const [text, construct, line] of REJECTED) {
    it(`rejects ${construct} (${JSON.stringify(text.split('\n')[0])})`, () => {
      const d = check(text);
      expect(d).not.toBeNull();
      expect([d!.construct, d!.lineno]).toEqual([construct, line]);
      expect(formatNotSupported(d!)).toBe(`t.py: not supported yet: ${construct} (line ${line})\n`);
    });
  }
  for (const text of ACCEPTED) {
    it(`accepts ${JSON.stringify(text.split('\n')[0])}`, () => expect(check(text)).toBeNull());
  }
  it('reports the first construct in source order', () => {
    const d = check('x = 1\nb = b"x"\nz = 3j\n');
    expect([d!.construct, d!.lineno]).toEqual(['bytes literals', 2]);
  });
});
