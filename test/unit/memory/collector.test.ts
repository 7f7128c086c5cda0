// The cycle collector and its generations under 3.8's rules and under modified rules (the
// per-version seam): automatic collection, thresholds, generation counts, finalizers.
import { describe, expect, it } from 'vitest';
import { profileWith, runVm } from './helpers.js';

const CYCLES = (n: number, setup: string): string => `import gc
gc.collect()
${setup}
for _ in range(${n}):
    a = []
    a.append(a)
del a
print(gc.collect())
`;

describe('automatic collection', () => {
  it('3.8: runs inside allocations once generation 0 exceeds its threshold', () => {
    const r = runVm(CYCLES(1000, 'gc.set_threshold(50, 10, 10)'));
    expect(r.stderr).toBe('');
    expect(Number(r.stdout)).toBeLessThan(60);
  });
  it('does not run while disabled, nor with threshold 0', () => {
    expect(runVm(CYCLES(300, 'gc.disable()')).stdout).toBe('300\n');
    expect(runVm(CYCLES(300, 'gc.set_threshold(0)')).stdout).toBe('300\n');
  });
  it('eval-breaker rules (3.12+) still collect, at the next instruction boundary', () => {
    const r = runVm(CYCLES(1000, 'gc.set_threshold(50, 10, 10)'), profileWith({ autoCollect: 'eval-breaker' }));
    expect(r.stderr).toBe('');
    expect(Number(r.stdout)).toBeLessThan(60);
  });
  it('the default thresholds come from the rules', () => {
    const src = 'import gc\nprint(gc.get_threshold())\n';
    expect(runVm(src).stdout).toBe('(700, 10, 10)\n');
    expect(runVm(src, profileWith({ defaultThresholds: [2000, 10, 10] })).stdout).toBe('(2000, 10, 10)\n');
  });
  it('older generations are collected by their own counts', () => {
    const src = `import gc
gc.collect()
gc.set_threshold(5, 2, 1000)
keep = []
for i in range(40):
    keep.append([])
c = gc.get_count()
print(c[1] <= 2, c[2] >= 1)
`;
    expect(runVm(src).stdout).toBe('True True\n');
  });
});

describe('what collect() counts', () => {
  const SRC = `import gc
class C:
    pass
gc.collect()
a = C()
a.me = a
del a
print(gc.collect())
`;
  it('an instance with a __dict__ counts twice under 3.8 rules, once without', () => {
    expect(runVm(SRC).stdout).toBe('2\n');
    expect(runVm(SRC, profileWith({ instanceDictCounted: false })).stdout).toBe('1\n');
  });
  it('a dict of atomics hanging from a cycle is freed but not counted (lazy dict tracking)', () => {
    const src = 'import gc\ngc.collect()\na = []\na.append(a)\na.append({"x": 1})\ndel a\nprint(gc.collect())\n';
    expect(runVm(src).stdout).toBe('1\n');
    expect(runVm(src, profileWith({ lazyDictTracking: false })).stdout).toBe('2\n');
  });
  it('gc.collect() inside a finalizer run by the collector returns 0', () => {
    const src = `import gc
class D:
    def __del__(self):
        print("inner", gc.collect())
d = D()
d.me = d
del d
print(gc.collect())
`;
    expect(runVm(src).stdout).toBe('inner 0\n2\n');
  });
  it('a finalizer that resurrects its object keeps the cycle alive; __del__ runs once', () => {
    const src = `import gc
saved = []
class R:
    def __del__(self):
        print("del")
        saved.append(self)
r = R()
r.me = r
del r
print(gc.collect())
saved.clear()
print(gc.collect())
`;
    const r = runVm(src);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('del\n2\n2\n');
  });
});

describe('generation bookkeeping', () => {
  it('get_count after young collections', () => {
    const src = 'import gc\ngc.disable()\ngc.collect()\ngc.collect(0)\ngc.collect(0)\nprint(gc.get_count()[1:])\ngc.collect(1)\nprint(gc.get_count()[1:])\n';
    expect(runVm(src).stdout).toBe('(2, 0)\n(0, 1)\n');
  });
  it('argument errors with CPython 3.8 wording', () => {
    const src = `import gc
for f in (lambda: gc.collect(3), lambda: gc.collect(1.5), lambda: gc.set_threshold(), lambda: gc.set_threshold(1, 2, 3, 4), lambda: gc.get_count(1), lambda: gc.is_tracked()):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
`;
    expect(runVm(src).stdout).toBe([
      'ValueError invalid generation',
      'TypeError integer argument expected, got float',
      'TypeError set_threshold() takes at least 1 argument (0 given)',
      'TypeError set_threshold() takes at most 3 arguments (4 given)',
      'TypeError get_count() takes no arguments (1 given)',
      'TypeError is_tracked() takes exactly one argument (0 given)',
    ].join('\n') + '\n');
  });
});

describe('lazy dict tracking across collections', () => {
  it('a dict of atomics stays untracked through young collections; a tracked one until a full one', () => {
    // CPython 3.8 prints False True True False for this program.
    const src = `import gc
d = {"a": 1}
gc.collect(0)
print(gc.is_tracked(d))
e = {"a": []}
gc.collect(0)
e["a"] = 1
print(gc.is_tracked(e))
gc.collect(0)
print(gc.is_tracked(e))
gc.collect()
print(gc.is_tracked(e))
`;
    expect(runVm(src).stdout).toBe('False\nTrue\nTrue\nFalse\n');
  });
});
