// sys.getrefcount under the version rules (ordinary counts; 3.11 static small ints; 3.12
// immortal objects) and refcount consistency of threaded programs under many schedules.
import { describe, expect, it } from 'vitest';
import { makeSource } from '../../../src/source/source.js';
import { compileSource } from '../../../src/pipeline.js';
import { py38 } from '../../../src/versions/py38/profile.js';
import { createMachine } from '../../../src/vm/machine.js';
import { runProgram } from '../../../src/sim/run.js';
import { GilScheduler } from '../../../src/schedulers/gil.js';
import { parseRefTraceSpec } from '../../../src/vm/memory/trace-refs.js';
import { liveGcObjects, profileWith, runVm } from './helpers.js';

describe('sys.getrefcount rules', () => {
  const SRC = 'import sys\nx = []\nprint(sys.getrefcount(x))\nprint(sys.getrefcount(None) > 100, sys.getrefcount(7) > 100)\n';
  it('3.8: plain counts', () => {
    expect(runVm(SRC).stdout).toBe('2\nTrue True\n');
  });
  it('immortal objects report the rules\' fixed number, other objects stay exact', () => {
    const p = profileWith({ immortalRefcount: 4294967295 });
    const src = 'import sys\nx = []\nprint(sys.getrefcount(x), sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(256), sys.getrefcount(()))\nbig = int("257")\nprint(sys.getrefcount(big))\n';
    expect(runVm(src, p).stdout).toBe('2 4294967295 4294967295 4294967295 4294967295\n2\n');
  });
  it('static small ints start at the rules\' base', () => {
    const src = 'import sys\nbig = int("300")\nprint(sys.getrefcount(5) > 999999999, sys.getrefcount(big))\n';
    expect(runVm(src, profileWith({ staticIntRefcountBase: 999999999 })).stdout).toBe('True 2\n');
  });
});

describe('threads: counts are the same under every schedule', () => {
  const SRC = `import gc
import sys
import threading

shared = []

def worker(n, out):
    for i in range(n):
        tmp = [shared, i]
        out.append(tmp)
        tmp = None
        if i % 3:
            del out[0]

outs = [[] for _ in range(3)]
ts = [threading.Thread(target=worker, args=(50, outs[k])) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sys.getrefcount(shared), [len(o) for o in outs])
del ts, outs
print(sys.getrefcount(shared), gc.collect())
`;
  it('every seed and switch interval ends with the same counts and frees every temporary', () => {
    const compiled = compileSource(makeSource('t.py', SRC), py38);
    const seen = new Set<string>();
    const live = new Set<number>();
    // seed 0 warms up: the first run caches the code's kwnames tuple (alive across runs)
    for (const seed of [0, 1, 2, 3, 4, 5, 6, 7, 8]) {
      for (const switchInterval of [0.005, 0.000001]) {
        const out: string[] = [];
        const r = runProgram({
          compiled, profile: py38, createMachine, scheduler: new GilScheduler(seed), maxSteps: 10_000_000,
          switchInterval, stdout: (t) => void out.push(t), stderr: (t) => void out.push(t),
        });
        expect(r.exitStatus).toBe(0);
        seen.add(out.join(''));
        if (seed > 0) live.add(liveGcObjects());
      }
    }
    // CPython 3.8 prints the same (checked once by hand): 2 + 3 x 17 lists still holding `shared`
    expect([...seen]).toEqual(['53 [17, 17, 17]\n2 0\n']);
    expect(live.size).toBe(1);
  });
});

describe('--trace-refs argument', () => {
  it('a line number or an identifier', () => {
    expect(parseRefTraceSpec('12')).toEqual({ kind: 'line', line: 12 });
    expect(parseRefTraceSpec('a_1')).toEqual({ kind: 'name', name: 'a_1' });
    expect(parseRefTraceSpec('0')).toBeNull();
    expect(parseRefTraceSpec('a-b')).toBeNull();
    expect(parseRefTraceSpec('')).toBeNull();
  });
});

describe('3.11+ parameters: the caller-stack argument reference moves into the frame', () => {
  // Values printed by CPython 3.8 and 3.11 for this program (checked by hand once).
  const SRC = `import sys
def f(x): return sys.getrefcount(x)
def g(x, y): return sys.getrefcount(x)
def h(*args): return sys.getrefcount(args[0])
def kw(x=None): return sys.getrefcount(x)
class K:
    def m(self): return sys.getrefcount(self)
o = []
print(f(o), g(o, o), K().m(), h(o), kw(x=o))
k = K()
print(k.m(), K.m(k))
def outer(a): return f(a)
print(outer(o))
print(list(map(f, [o])))
`;
  it('3.8 rules', () => {
    expect(runVm(SRC).stdout).toBe('4 6 3 4 4\n4 4\n6\n[5]\n');
  });
  it('parameterRefDelta -1 (3.11 rules)', () => {
    expect(runVm(SRC, profileWith({ parameterRefDelta: -1 })).stdout).toBe('3 4 2 3 3\n3 3\n4\n[5]\n');
  });
});
