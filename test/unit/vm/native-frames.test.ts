// Resumable builtins run as native frames (src/vm/interp/native.ts): Python code called from sort,
// sorted, min/max, map/filter, property accessors and user operators runs as ordinary frames, so it
// can block and be switched out. Expected outputs are real CPython 3.8's for the same programs.
import { describe, expect, it } from 'vitest';
import { makeSource } from '../../../src/source/source.js';
import { loadProfile } from '../../../src/versions/registry.js';
import { runProgram } from '../../../src/vm/run-program.js';

async function run(src: string, version: '3.8' | '3.9' | '3.10' = '3.8') {
  const p = await loadProfile(version);
  return runProgram(makeSource('t.py', src), p, { seed: 1 });
}

const LOCK_IN_KEY = "import threading\nlock = threading.Lock()\ndef key(x):\n    with lock:\n        return -x\ndef sorter():\n    print(sorted([1, 3, 2], key=key))\nlock.acquire()\nt = threading.Thread(target=sorter)\nt.start()\nlock.release()\nt.join()\nprint(\"done\")\n";

const SLEEP_IN_KEY = "import threading, time\nL = [3, 1, 2]\nseen = []\ndef key(x):\n    time.sleep(0.01)\n    return x\ndef sorter():\n    L.sort(key=key)\nt = threading.Thread(target=sorter)\nt.start()\ntime.sleep(0.005)\nseen.append(len(L))\nt.join()\nprint(seen, L)\n";

const SLEEP_IN_PROPERTY = "import threading, time\nclass Box:\n    def __init__(self):\n        self._v = 0\n    @property\n    def v(self):\n        time.sleep(0.01)\n        return self._v\n    @v.setter\n    def v(self, x):\n        time.sleep(0.01)\n        self._v = x\nbox = Box()\ndef w():\n    box.v += 1\nts = [threading.Thread(target=w) for _ in range(2)]\nfor t in ts:\n    t.start()\nfor t in ts:\n    t.join()\nprint(box.v)\n";

const ERRORS_AND_ITERATORS = "def key(x):\n    return 1 // x\nL = [2, 1, 0]\ntry:\n    L.sort(key=key)\nexcept ZeroDivisionError as e:\n    print(\"caught\", e, L)\ndef k(x):\n    return sorted([x], key=k)\ntry:\n    k(1)\nexcept RecursionError:\n    print(\"recursion\")\nclass A:\n    def __lt__(self, o):\n        raise ValueError(\"no order\")\nprint(max([3, 1, 2], key=lambda x: -x), min(\"bca\"))\nfor y in filter(None, map(lambda x: x - 1, [1, 2, 3])):\n    print(y)\nsorted([A(), A()])\n";

describe('native frames', () => {
  for (const v of ['3.8', '3.9', '3.10'] as const) {
    it(`a sort key can block on a lock (${v})`, async () => {
      const r = await run(LOCK_IN_KEY, v);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe('[3, 2, 1]\ndone\n');
    });
    it(`another thread sees the list empty while a key function sleeps (${v})`, async () => {
      const r = await run(SLEEP_IN_KEY, v);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe('[0] [1, 2, 3]\n');
    });
    it(`property getters and setters can be switched out: one update lost (${v})`, async () => {
      const r = await run(SLEEP_IN_PROPERTY, v);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe('1\n');
    });
  }
  it('restores the list after a failing key, reports RecursionError, skips native frames in tracebacks', async () => {
    const r = await run(ERRORS_AND_ITERATORS);
    expect(r.stdout).toBe('caught integer division or modulo by zero [2, 1, 0]\nrecursion\n1 a\n1\n2\n');
    expect(r.stderr).toBe(
      'Traceback (most recent call last):\n  File "t.py", line 20, in <module>\n    sorted([A(), A()])\n' +
        '  File "t.py", line 16, in __lt__\n    raise ValueError("no order")\nValueError: no order\n',
    );
    expect(r.exitCode).toBe(1);
  });
  it('runs user operators as frames with CPython results', async () => {
    const r = await run(
      'class V:\n    def __init__(self, x):\n        self.x = x\n    def __add__(self, o):\n        return V(self.x + o)\n' +
        '    def __radd__(self, o):\n        return V(o * 10 + self.x)\n    def __sub__(self, o):\n        return NotImplemented\n' +
        '    def __eq__(self, o):\n        return isinstance(o, V) and self.x == o.x\n' +
        'a = V(1)\na += 2\nb = 5 + a\nprint(a.x, b.x, a == V(3), a != V(3), a == 3)\ntry:\n    a - 1\nexcept TypeError as e:\n    print(e)\n',
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe("3 53 True False False\nunsupported operand type(s) for -: 'V' and 'int'\n");
  });
});
