// End-to-end: `gilsim run --trace-refs NAME|LINE` on the built binary explains the seed's
// "why is it 3?": every refcount change of the followed object with its instruction and holders.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gilsim } from './helpers.js';

let dir: string;
const REFCOUNT_PY = `import sys

def foo():
    a = []
    b = a
    print(sys.getrefcount(a))

    del b
    print(sys.getrefcount(a))

foo()
`;
const CYCLE_PY = `class Node:
    pass

def make():
    n = Node()
    n.me = n
    return [n]

keep = make()
del keep
`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gilsim-trace-refs-'));
  writeFileSync(join(dir, 'refcount.py'), REFCOUNT_PY);
  writeFileSync(join(dir, 'cycle.py'), CYCLE_PY);
});

const traceLines = (stderr: string): string[] => stderr.split('\n').filter((l) => l.startsWith('[trace-refs] '));

describe('gilsim run --trace-refs', () => {
  it('follows the object bound to a name: why getrefcount prints 3, then 2', () => {
    const r = gilsim(['run', join(dir, 'refcount.py'), '--seed', '1', '--trace-refs', 'a']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('3\n2\n');
    const t = traceLines(r.stderr);
    expect(t[0]).toMatch(/^\[trace-refs\] list object #\d+ bound to 'a' in foo\(\): refcount 1: local a in foo\(\)$/);
    expect(t).toContain('[trace-refs] line 5, offset 4 LOAD_FAST (a): 1 -> 2 (+1): local a in foo(), value stack of foo()');
    const report = t.find((l) => l.includes('sys.getrefcount reports 3'));
    expect(report).toBeDefined();
    expect(report).toContain('local a in foo(), local b in foo(), value stack of foo()');
    expect(t).toContain('[trace-refs] line 8, offset 22 DELETE_FAST (b): 2 -> 1 (-1): local a in foo()');
    expect(t.some((l) => l.includes('sys.getrefcount reports 2: local a in foo(), value stack of foo()'))).toBe(true);
    expect(t[t.length - 1]).toBe('[trace-refs] freed (its count reached 0)');
  });

  it('follows the first object a line creates, and reports a leaked cycle at exit', () => {
    const r = gilsim(['run', join(dir, 'cycle.py'), '--seed', '1', '--trace-refs', '5']);
    expect(r.status).toBe(0);
    const t = traceLines(r.stderr);
    expect(t[0]).toMatch(/^\[trace-refs\] Node object #\d+ created on line 5 in make\(\): refcount 1: value stack of make\(\)$/);
    expect(t.some((l) => /line 6, offset \d+ STORE_ATTR \(me\): 3 -> 2 \(-1\): local n in make\(\), attribute me of Node #\d+$/.test(l))).toBe(true);
    expect(t[t.length - 1]).toMatch(/^\[trace-refs\] at exit: refcount 1: attribute me of Node #\d+$/);
  });

  it('says so when nothing matches, and rejects a bad argument as a usage error', () => {
    const r = gilsim(['run', join(dir, 'refcount.py'), '--seed', '1', '--trace-refs', 'nosuchname']);
    expect(r.status).toBe(0);
    expect(traceLines(r.stderr)).toEqual(["[trace-refs] nothing traced: no object was ever bound to 'nosuchname'"]);
    const bad = gilsim(['run', join(dir, 'refcount.py'), '--trace-refs', 'a-b']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--trace-refs expects a variable name or a line number, got 'a-b'");
    expect(bad.stderr).not.toMatch(/\n\s+at .*\.js:\d+/);
  });

  it('prints nothing extra without the option', () => {
    const r = gilsim(['run', join(dir, 'refcount.py'), '--seed', '1']);
    expect(traceLines(r.stderr)).toEqual([]);
  });
});
