// Resumable builtins run as native frames (src/vm/interp/native.ts): Python code called from sort,
// sorted, min/max, map/filter, property accessors and user operators runs as ordinary frames, so it
// can block and be switched out. Expected outputs are real CPython 3.8's for the same programs.
import { describe, expect, it } from 'vitest';
import { makeSource } from '../../../src/source/source.js';
import { loadProfile } from '../../../src/versions/registry.js';
import { runProgram } from '../../../src/vm/run-program.js';
import type { VersionId } from '../../../src/versions/profile.js';

const VERSIONS = ['3.8', '3.9', '3.10', '3.11', '3.12', '3.13'] as const;

async function run(src: string, version: VersionId = '3.8') {
  const p = await loadProfile(version);
  return runProgram(makeSource('t.py', src), p, { seed: 1 });
}

const LOCK_IN_KEY = "import threading\nlock = threading.Lock()\ndef key(x):\n    with lock:\n        return -x\ndef sorter():\n    print(sorted([1, 3, 2], key=key))\nlock.acquire()\nt = threading.Thread(target=sorter)\nt.start()\nlock.release()\nt.join()\nprint(\"done\")\n";

const SLEEP_IN_KEY = "import threading, time\nL = [3, 1, 2]\nseen = []\ndef key(x):\n    time.sleep(0.01)\n    return x\ndef sorter():\n    L.sort(key=key)\nt = threading.Thread(target=sorter)\nt.start()\ntime.sleep(0.005)\nseen.append(len(L))\nt.join()\nprint(seen, L)\n";

const SLEEP_IN_PROPERTY = "import threading, time\nclass Box:\n    def __init__(self):\n        self._v = 0\n    @property\n    def v(self):\n        time.sleep(0.01)\n        return self._v\n    @v.setter\n    def v(self, x):\n        time.sleep(0.01)\n        self._v = x\nbox = Box()\ndef w():\n    box.v += 1\nts = [threading.Thread(target=w) for _ in range(2)]\nfor t in ts:\n    t.start()\nfor t in ts:\n    t.join()\nprint(box.v)\n";

const USER_CONTEXT_MANAGER_LOCK = "import sys\nsys.setswitchinterval(1e-6)\nimport threading\nclass Guard:\n    def __init__(self):\n        self.lock = threading.Lock()\n    def __enter__(self):\n        self.lock.acquire()\n        return self\n    def __exit__(self, *a):\n        self.lock.release()\n        return False\ng = Guard()\nn = 0\ndef w():\n    global n\n    for _ in range(2000):\n        with g:\n            n += 1\nts = [threading.Thread(target=w) for _ in range(3)]\nfor t in ts: t.start()\nfor t in ts: t.join()\nprint(n)\nclass C:\n    def __init__(self):\n        self.d = {}\n    def __getitem__(self, k):\n        return self.d.get(k, 0)\n    def __setitem__(self, k, v):\n        self.d[k] = v\n    def __len__(self):\n        return len(self.d)\n    def __call__(self, x):\n        return x + 1\nc = C()\nc[\"a\"] += 1\nprint(c[\"a\"], len(c), c(1), bool(c))\n";

const WITH_SEMANTICS = "class CM:\n    def __init__(self, name, suppress=False, fail_enter=False):\n        self.name = name\n        self.suppress = suppress\n        self.fail_enter = fail_enter\n    def __enter__(self):\n        print(\"enter\", self.name)\n        if self.fail_enter:\n            raise KeyError(self.name)\n        return self.name.upper()\n    def __exit__(self, t, v, tb):\n        print(\"exit\", self.name, t.__name__ if t else None, v)\n        return self.suppress\nwith CM(\"a\") as x:\n    print(\"body\", x)\nwith CM(\"b\", suppress=True):\n    raise ValueError(\"swallowed\")\ntry:\n    with CM(\"c\"):\n        raise ValueError(\"passes\")\nexcept ValueError as e:\n    print(\"outer\", e)\ntry:\n    with CM(\"d\", fail_enter=True):\n        print(\"never\")\nexcept KeyError as e:\n    print(\"enter failed\", e)\ndef f():\n    with CM(\"e\"):\n        return 5\nprint(f())\nfor i in range(2):\n    with CM(\"l%d\" % i):\n        if i == 0:\n            continue\n        break\nwith CM(\"n1\") as a, CM(\"n2\") as b:\n    print(a, b)\n";

const USER_PROTOCOLS = "class Counter:\n    def __init__(self, n):\n        self.i = 0\n        self.n = n\n    def __iter__(self):\n        return self\n    def __next__(self):\n        if self.i >= self.n:\n            raise StopIteration\n        self.i += 1\n        return self.i\nprint([x * 2 for x in Counter(3)])\nfor x in Counter(2):\n    print(\"x\", x)\nclass Grid:\n    def __init__(self):\n        self.d = {}\n    def __getitem__(self, k):\n        if k == \"bad\":\n            raise KeyError(k)\n        return self.d.get(k, 0)\n    def __setitem__(self, k, v):\n        self.d[k] = v\ng = Grid()\ng[\"a\"] += 3\ng[\"b\"] = 1\nprint(g[\"a\"], g[\"b\"], g.d)\ntry:\n    g[\"bad\"]\nexcept KeyError as e:\n    print(\"KeyError\", e)\nclass Adder:\n    def __init__(self, n):\n        self.n = n\n    def __call__(self, x, y=0):\n        return x + self.n + y\na = Adder(10)\nprint(a(1), a(1, y=5), a(*[2]), list(map(a, [1, 2])))\nclass BadIter:\n    def __iter__(self):\n        return self\n    def __next__(self):\n        raise ValueError(\"bad next\")\ntry:\n    for _ in BadIter():\n        pass\nexcept ValueError as e:\n    print(\"caught\", e)\n";

const CONSUMERS = "import threading, time\nclass V:\n    def __init__(self, x):\n        self.x = x\n    def __add__(self, o):\n        return V(self.x + (o.x if isinstance(o, V) else o))\n    def __radd__(self, o):\n        return V(self.x + o)\nclass Count:\n    def __init__(self, n):\n        self.n = n\n        self.i = 0\n    def __iter__(self):\n        return self\n    def __next__(self):\n        self.i += 1\n        if self.i > self.n:\n            raise StopIteration\n        return self.i\nprint(list(map(lambda x: x * 2, [1, 2])), tuple(filter(None, [0, 1, 2])), list(Count(3)), tuple(Count(2)))\nprint(sum([V(1), V(2)]).x, sum(Count(4)), sum(map(lambda x: x, [1, 2]), 10), sorted(Count(3), reverse=True), max(Count(5)), min(map(abs, [-3, 2])))\nprint(list(range(3)), tuple(\"ab\"), list({1: 2}), list())\nlock = threading.Lock()\ndef slow(x):\n    with lock:\n        time.sleep(0.001)\n        return x\nout = []\ndef w():\n    out.append(list(map(slow, range(3))))\nts = [threading.Thread(target=w) for _ in range(2)]\nfor t in ts: t.start()\nfor t in ts: t.join()\nprint(out)\ndef bad(x):\n    raise KeyError(x)\ntry:\n    list(map(bad, [1]))\nexcept KeyError as e:\n    print(\"KeyError\", e)\n";

const SETATTR_HOOK = "class Logged:\n    def __init__(self):\n        self.a = 1\n    def __setattr__(self, k, v):\n        print(\"set\", k, v)\n        object.__setattr__(self, k, v)\nclass P:\n    def __init__(self):\n        self._x = 0\n    @property\n    def x(self):\n        return self._x\n    @x.setter\n    def x(self, v):\n        print(\"prop set\", v)\n        self._x = v\n    def __setattr__(self, k, v):\n        print(\"hook\", k, v)\n        object.__setattr__(self, k, v)\nl = Logged()\nl.b = 2\nl.a += 5\nprint(l.a, l.b)\np = P()\np.x = 3\nprint(p.x)\n";

const USER_ITER = "class Bag:\n    def __init__(self, *xs):\n        self.xs = list(xs)\n    def __iter__(self):\n        return iter(self.xs)\nclass Bad:\n    def __iter__(self):\n        return 5\nfor x in Bag(1, 2):\n    print(x)\nprint([y * 10 for y in Bag(3, 4)], list(Bag(5)), sorted(Bag(2, 1)))\ntry:\n    for z in Bad():\n        pass\nexcept TypeError as e:\n    print(e)\na, b = Bag(7, 8)\nprint(a, b)\n";

const DEL_AS_FRAMES = "import threading, time\nclass R:\n    def __init__(self, name):\n        self.name = name\n    def __del__(self):\n        print(\"del\", self.name)\ndef f():\n    a = R(\"a\")\n    b = R(\"b\")\n    return 1\nprint(f())\nx = R(\"x\")\nx = None\nprint(\"after x\")\nL = [R(\"l1\"), R(\"l2\")]\nL.clear()\nprint(\"after clear\")\nclass P:\n    def __init__(self):\n        self.child = R(\"child\")\n    def __del__(self):\n        print(\"del parent\")\np = P()\ndel p\nprint(\"after p\")\nclass Bad:\n    def __del__(self):\n        raise ValueError(\"in del\")\nb = Bad()\nb = None\nprint(\"after bad\")\nlock = threading.Lock()\nclass Locker:\n    def __del__(self):\n        with lock:\n            print(\"locked del\")\ndef worker():\n    o = Locker()\n    o = None\nlock.acquire()\nt = threading.Thread(target=worker)\nt.start()\ntime.sleep(0.01)\nlock.release()\nt.join()\nprint(\"end\")\n";

const UNARY = "class V:\n    def __init__(self, x):\n        self.x = x\n    def __neg__(self):\n        return V(-self.x)\n    def __pos__(self):\n        return \"pos\"\n    def __invert__(self):\n        return ~self.x\nprint((-V(3)).x, +V(1), ~V(5), not V(0))\ntry:\n    -object()\nexcept TypeError as e:\n    print(e)\n";

const ERRORS_AND_ITERATORS = "def key(x):\n    return 1 // x\nL = [2, 1, 0]\ntry:\n    L.sort(key=key)\nexcept ZeroDivisionError as e:\n    print(\"caught\", e, L)\ndef k(x):\n    return sorted([x], key=k)\ntry:\n    k(1)\nexcept RecursionError:\n    print(\"recursion\")\nclass A:\n    def __lt__(self, o):\n        raise ValueError(\"no order\")\nprint(max([3, 1, 2], key=lambda x: -x), min(\"bca\"))\nfor y in filter(None, map(lambda x: x - 1, [1, 2, 3])):\n    print(y)\nsorted([A(), A()])\n";

describe('native frames', () => {
  for (const v of VERSIONS) {
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
  for (const v of VERSIONS) {
    it(`a user context manager's __enter__ can block on a contended lock (${v})`, async () => {
      const r = await run(USER_CONTEXT_MANAGER_LOCK, v);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe('6000\n1 1 2 True\n');
    });
    it(`with statements keep CPython's enter/exit/suppress behaviour (${v})`, async () => {
      const r = await run(WITH_SEMANTICS, v);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe("enter a\nbody A\nexit a None None\nenter b\nexit b ValueError swallowed\nenter c\nexit c ValueError passes\nouter passes\nenter d\nenter failed 'd'\nenter e\nexit e None None\n5\nenter l0\nexit l0 None None\nenter l1\nexit l1 None None\nenter n1\nenter n2\nN1 N2\nexit n2 None None\nexit n1 None None\n");
    });
    it(`user __next__, __getitem__, __setitem__ and __call__ give CPython's results (${v})`, async () => {
      const r = await run(USER_PROTOCOLS, v);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe("[2, 4, 6]\nx 1\nx 2\n3 1 {'a': 3, 'b': 1}\nKeyError 'bad'\n11 16 12 [11, 12]\ncaught bad next\n");
    });
  }
  for (const v of VERSIONS) {
    it(`list/tuple/sum/sorted/min/max consume map, filter and user iterators with frames; a lock in map's function blocks (${v})`, async () => {
      const r = await run(CONSUMERS, v);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe("[2, 4] (1, 2) [1, 2, 3] (1, 2)\n3 10 13 [3, 2, 1] 5 2\n[0, 1, 2] ('a', 'b') [1] []\n[[0, 1, 2], [0, 1, 2]]\nKeyError 1\n");
    });
  }
  it('runs a user __setattr__ as a frame, before a property setter (CPython order)', async () => {
    const r = await run(SETATTR_HOOK);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe("set a 1\nset b 2\nset a 6\n6 2\nhook _x 0\nhook x 3\nprop set 3\nhook _x 3\n3\n");
  });
  it('runs a user __iter__ as a frame under GET_ITER (result checked like CPython)', async () => {
    const r = await run(USER_ITER);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe("1\n2\n[30, 40] [5] [1, 2]\niter() returned non-iterator of type 'int'\n7 8\n");
  });
  for (const v of VERSIONS) {
    it(`__del__ runs as frames of the thread that dropped the last reference, in CPython's order (${v})`, async () => {
      const r = await run(DEL_AS_FRAMES, v);
      expect(r.stdout).toBe("del a\ndel b\n1\ndel x\nafter x\ndel l2\ndel l1\nafter clear\ndel parent\ndel child\nafter p\nafter bad\nlocked del\nend\n");
      expect(r.stderr).toMatch(
        /^Exception ignored in: <function Bad.__del__ at 0x[0-9a-f]+>\nTraceback \(most recent call last\):\n  File "[^"]*t\.py", line 28, in __del__\n    raise ValueError\("in del"\)\nValueError: in del\n$/,
      );
    });
  }
  it('runs user unary operators as frames', async () => {
    const r = await run(UNARY);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe("-3 pos -6 False\nbad operand type for unary -: 'object'\n");
  });
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
