// Unit tests of the VM through runProgram: refcounts, exceptions, switch-point table.
import { describe, expect, it } from 'vitest';
import { makeSource } from '../../../src/source/source.js';
import { loadProfile } from '../../../src/versions/registry.js';
import { runProgram } from '../../../src/vm/run-program.js';
import { switchKindOf } from '../../../src/versions/py38/switch-points.js';

async function run(src: string) {
  const p = await loadProfile('3.8');
  return runProgram(makeSource('t.py', src), p, { seed: 1 });
}

describe('vm', () => {
  it('counts references like CPython 3.8', async () => {
    const r = await run('import sys\ndef f():\n    a = []\n    b = a\n    print(sys.getrefcount(a))\n    del b\n    print(sys.getrefcount(a))\nf()\n');
    expect(r.stdout).toBe('3\n2\n');
  });
  it('collects a self cycle of an instance and its __dict__', async () => {
    const r = await run('import gc\nclass K: pass\nk = K()\nk.me = k\ndel k\nprint(gc.collect())\n');
    expect(r.stdout).toBe('2\n');
  });
  it('prints a traceback and exits 1', async () => {
    const r = await run('def f():\n    return 1 // 0\nf()\n');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe(
      'Traceback (most recent call last):\n  File "t.py", line 3, in <module>\n    f()\n' +
        '  File "t.py", line 2, in f\n    return 1 // 0\nZeroDivisionError: integer division or modulo by zero\n',
    );
  });
  it('catches exceptions and restores the handler state', async () => {
    const r = await run('try:\n    {}["k"]\nexcept KeyError as e:\n    print("caught", repr(e))\nprint("after")\n');
    expect(r.stdout).toBe("caught KeyError('k')\nafter\n");
  });
  it('runs threads with a lock to completion', async () => {
    const r = await run(
      'import threading\nn = 0\nl = threading.Lock()\ndef w():\n    global n\n    for _ in range(1000):\n        with l:\n            n += 1\n' +
        'ts = [threading.Thread(target=w) for _ in range(3)]\nfor t in ts: t.start()\nfor t in ts: t.join()\nprint(n, ts[0].name)\n',
    );
    expect(r.stdout).toBe('3000 Thread-1\n');
  });
  it('iterates small-int sets in CPython order', async () => {
    // Table of 8: 10->2, 3->3, 8->0, 1->1, 33 collides at 1 and perturbs to 7; fill 5 resizes to 32;
    // reinsertion in slot order 8, 1, 10, 3, 33 puts 33 at 2 (linear probe after 1).
    const r = await run('print({10, 3, 8, 1, 33})\n');
    expect(r.stdout).toBe('{1, 33, 3, 8, 10}\n');
  });
  it('has the 3.8 switch-point kinds', () => {
    expect(switchKindOf('LOAD_FAST')).toBe(0);
    expect(switchKindOf('LOAD_ATTR')).toBe(1);
    expect(switchKindOf('POP_JUMP_IF_FALSE')).toBe(2);
  });
});
