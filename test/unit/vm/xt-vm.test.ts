// The VM on exception-table era bytecode (3.11-3.13): decode-xt.ts drops inline caches and maps
// every opcode the compiler emits for these programs; exception tables, with-blocks, calls with
// keywords/star-args, super(), closures and inlined comprehensions run as on CPython (expected
// output: real CPython 3.11.7 / 3.12.1 / 3.13.0, identical for this program); caret lines.
import { describe, expect, it } from 'vitest';
import { makeSource } from '../../../src/source/source.js';
import { compileSource } from '../../../src/pipeline.js';
import { loadProfile } from '../../../src/versions/registry.js';
import { runProgram } from '../../../src/vm/run-program.js';
import { decode } from '../../../src/vm/interp/decode.js';
import { pyCodeFor } from '../../../src/vm/objects/callables.js';
import { Op } from '../../../src/vm/interp/ops.js';
import { caretLine } from '../../../src/vm/interp/carets.js';
import type { CodeObject } from '../../../src/compiler/code.js';

const VERSIONS = ['3.11', '3.12', '3.13'] as const;

const PROGRAM = "class CM:\n    def __init__(self, name, suppress=False):\n        self.name = name\n        self.suppress = suppress\n    def __enter__(self):\n        print(\"enter\", self.name)\n        return self.name.upper()\n    def __exit__(self, t, v, tb):\n        print(\"exit\", self.name, t.__name__ if t else None, v)\n        return self.suppress\nwith CM(\"a\") as x:\n    print(\"body\", x)\nwith CM(\"b\", suppress=True):\n    raise ValueError(\"swallowed\")\ntry:\n    with CM(\"c\"):\n        raise ValueError(\"passes\")\nexcept ValueError as e:\n    print(\"outer\", e)\ndef f():\n    try:\n        return 1\n    finally:\n        print(\"finally\")\nprint(f())\ndef g(a, b=2, *args, c, d=4, **kw):\n    return (a, b, args, c, d, sorted(kw.items()))\nprint(g(1, c=3), g(1, 2, 3, 4, c=5, e=6), g(*[1, 2], **{\"c\": 7}))\ntry:\n    try:\n        1 / 0\n    except ZeroDivisionError as e:\n        raise KeyError(\"k\") from e\nexcept KeyError as e:\n    print(\"chained\", repr(e), repr(e.__cause__))\nx = None\nprint(\"none\" if x is None else \"x\")\nclass A:\n    def hi(self):\n        return \"A\"\nclass B(A):\n    def hi(self):\n        return \"B\" + super().hi()\nprint(B().hi(), [i * i for i in range(4) if i % 2], {k: v for k, v in zip(\"ab\", (1, 2))})\ndef outer():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\nh = outer(); h(); print(h(), f\"{3.14159:.2f} {'s'!r} {x}\")\nfor i in range(3):\n    try:\n        if i == 1:\n            continue\n        print(\"i\", i)\n    finally:\n        print(\"f\", i)\nwhile True:\n    break\nprint([*range(2), *\"ab\"], (lambda *a: a)(1, 2))\n";
const EXPECTED = "enter a\nbody A\nexit a None None\nenter b\nexit b ValueError swallowed\nenter c\nexit c ValueError passes\nouter passes\nfinally\n1\n(1, 2, (), 3, 4, []) (1, 2, (3, 4), 5, 4, [('e', 6)]) (1, 2, (), 7, 4, [])\nchained KeyError('k') ZeroDivisionError('division by zero')\nnone\nBA [1, 9] {'a': 1, 'b': 2}\n2 3.14 's' None\ni 0\nf 0\nf 1\ni 2\nf 2\n[0, 1, 'a', 'b'] (1, 2)\n";

/** Class bodies reading enclosing variables (LOAD_LOCALS / LOAD_FROM_DICT_OR_DEREF on 3.12+), kw-only
 * defaults, star unpacking, augmented item/attribute stores, slices, decorators, a lock's with. */
const PROGRAM2 = "def make(n):\n    class K:\n        size = n\n        def get(self):\n            return self.size + n\n    return K\nprint(make(3)().get())\ndef kw(a, *, b=5, c):\n    return a + b + c\nprint(kw(1, c=2), (lambda x, y=3: x * y)(2))\na, *rest = [1, 2, 3]\nd = {\"k\": [1]}\nd[\"k\"][0] += 5\nclass O: pass\no = O(); o.v = 1; o.v *= 7\nprint(a, rest, d, o.v, f\"{o.v:>4}|{a!s:<3}|\")\ndef g():\n    x = 1\n    del x\n    try:\n        print(x)\n    except UnboundLocalError as e:\n        print(\"unbound\", e)\ng()\ni = 0\nwhile i < 3:\n    i += 1\nelse:\n    print(\"else\", i)\ntry:\n    pass\nexcept Exception:\n    print(\"no\")\nelse:\n    print(\"try-else\")\nfinally:\n    print(\"fin\")\ntry:\n    assert i == 4, \"i is %d\" % i\nexcept AssertionError as e:\n    print(\"assert\", e)\nx = [1, 2, 3]\nx[1:2] = [9, 9]\nprint(x[::-1], x[1:3], [v for v in x if v > 1 and v != 3 or v is None])\ns = 0\nfor j in range(10):\n    if j % 2 == 0 and j:\n        s += j\n    elif j == 7:\n        break\nprint(s, \"yes\" if s > 3 else \"no\", not s, -s, ~s)\ndef deco(fn):\n    def w(*a, **k):\n        return fn(*a, **k) * 2\n    return w\n@deco\ndef two(x, y=1):\n    return x + y\nprint(two(3), two(3, y=4))\nimport threading\nlock = threading.Lock()\nwith lock:\n    print(\"locked\", lock.locked())\nprint(sorted({3: \"a\", 1: \"b\"}.items(), key=lambda kv: kv[1]), max([1, 5, 2]), isinstance(o, O), len(x), type(o).__name__)\n";
const EXPECTED2 = "6\n8 6\n1 [2, 3] {'k': [6]} 7    7|1  |\nunbound cannot access local variable 'x' where it is not associated with a value\nelse 3\ntry-else\nfin\nassert i is 3\n[3, 9, 9, 1] [9, 9] [9, 9]\n12 yes False -12 -13\n8 14\nlocked True\n[(3, 'a'), (1, 'b')] 5 True 4 O\n";

const LOOP = 'def f(xs):\n    t = 0\n    for x in xs:\n        if x is None:\n            continue\n        t += x.bit_length() + len(str(x))\n    return t\n';

function codes(c: CodeObject): CodeObject[] {
  const out = [c];
  for (const k of c.consts) if (k.kind === 'code') out.push(...codes(k.code as CodeObject));
  return out;
}

describe('exception-table era VM', () => {
  for (const v of VERSIONS) {
    it(`runs with/try/finally/raise-from/calls/closures/comprehensions like CPython (${v})`, async () => {
      const r = runProgram(makeSource('t.py', PROGRAM), await loadProfile(v), { seed: 1 });
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(EXPECTED);
    });

    it(`runs class bodies with free variables, kw-only defaults, slices, decorators like CPython (${v})`, async () => {
      const r = runProgram(makeSource('t.py', PROGRAM2), await loadProfile(v), { seed: 1 });
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(EXPECTED2);
    });

    it(`decodes every instruction without inline caches, jumps onto instruction starts (${v})`, async () => {
      const p = await loadProfile(v);
      const tables = { opcodes: p.opcodes, switchPoints: p.vm.switchPoints, jumpArgScale: p.vm.jumpArgScale, instructionLines: p.vm.instructionLines, xt: p.vm.xt };
      let units = 0;
      let instructions = 0;
      for (const c of codes(compileSource(makeSource('t.py', LOOP + PROGRAM + PROGRAM2), p).code)) {
        const d = decode(pyCodeFor(c), tables);
        units += c.code.length / 2;
        instructions += d.n;
        for (let i = 0; i < d.n; i++) {
          expect(d.ops[i], `${c.name}: ${d.opnames[i]}`).not.toBe(Op.UNKNOWN);
          expect(d.opnames[i]).not.toBe('CACHE');
        }
        const h = d.xt!.handlers;
        for (let k = 0; k < h.length; k += 5) {
          expect(h[k]!).toBeLessThan(h[k + 1]!);
          expect(h[k + 2]!).toBeLessThan(d.n);
        }
      }
      expect(instructions).toBeLessThan(units); // CALL, LOAD_GLOBAL, BINARY_OP... carry caches
    });

    it(`an uncaught error prints the failing frame's line with CPython's caret line (${v})`, async () => {
      const src = 'def ratio(a, b):\n    return a / b\nd = {}\nprint(ratio(1, 0) if d else d["k"])\n';
      const r = runProgram(makeSource('t.py', src), await loadProfile(v), { seed: 1 });
      expect(r.stderr).toContain('    print(ratio(1, 0) if d else d["k"])\n                                ~^^^^^\nKeyError: \'k\'\n');
    });
  }

  it('caret lines follow each version rule (CPython 3.11 and 3.13 outputs)', () => {
    expect(caretLine('    return a / b', 2, 2, 11, 16, 'py311')).toBe('           ~~^~~');
    expect(caretLine('    print(config["user"])', 5, 5, 10, 24, 'py311')).toBe('          ~~~~~~^^^^^^^^');
    expect(caretLine('report([5, 2, 0, 1])', 9, 9, 0, 20, 'py311')).toBeNull();
    expect(caretLine('report([5, 2, 0, 1])', 9, 9, 0, 20, 'py313')).toBe('    ~~~~~~^^^^^^^^^^^^^^');
    expect(caretLine('    print("ratio", ratio(10, v))', 7, 7, 19, 31, 'py311')).toBe('                   ^^^^^^^^^^^^');
    expect(caretLine('    print("ratio", ratio(10, v))', 7, 7, 19, 31, 'py313')).toBe('                   ~~~~~^^^^^^^');
    expect(caretLine('    return f(x)', 2, 2, 11, 15, 'py313')).toBeNull();
  });
});
