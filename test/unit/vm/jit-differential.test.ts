// The compiled frame functions (src/vm/jit) against the interpreter loop (src/vm/interp/eval.ts):
// every corpus program, under the GIL scheduler with a tiny switch interval (many switches, so
// the switch checks are exercised), must give the same output, instruction count, GIL switches,
// simulated time and lost updates with the compiler on and off; and so must threaded counters
// under arbitrary seeds and intervals (fast-check).
import { afterEach, describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import { compileSource } from '../../../src/pipeline.js';
import { makeSource } from '../../../src/source/source.js';
import { runProgram } from '../../../src/sim/run.js';
import { GilScheduler } from '../../../src/schedulers/gil.js';
import { createMachine } from '../../../src/vm/machine.js';
import { jitSettings } from '../../../src/vm/jit/compile.js';
import { loadProfile } from '../../../src/versions/registry.js';
import { listCorpus, readCorpusSource, type CorpusDir } from '../../helpers/corpus.js';
import type { SourceFile } from '../../../src/source/source.js';

async function observe(source: SourceFile, version: string, seed: number, interval: number, jit: boolean): Promise<string> {
  const profile = await loadProfile(version);
  jitSettings.enabled = jit;
  let out = '';
  let err = '';
  let summary: string;
  try {
    const compiled = compileSource(source, profile);
    const r = runProgram({
      compiled, profile, createMachine, scheduler: new GilScheduler(seed), maxSteps: 2_000_000, switchInterval: interval,
      stdout: (t) => void (out += t), stderr: (t) => void (err += t),
    });
    summary = JSON.stringify([r.exitStatus, r.end.kind, r.instructions, r.switches, r.simulatedSeconds, r.totalLost, r.lostUpdates.map((g) => [g.location, g.lines, g.races, g.lost])]);
  } catch (e) {
    summary = `throws ${(e as Error).message}`;
  }
  return `${summary}\n--- stdout\n${out}--- stderr\n${err}`;
}

afterEach(() => {
  jitSettings.enabled = true;
});

const DIRS: readonly CorpusDir[] = ['run', 'memory', 'seed'];

for (const version of ['3.8', '3.10', '3.13']) {
  describe(`compiled frames = interpreter loop, ${version}`, () => {
    for (const dir of DIRS) {
      for (const name of listCorpus(dir)) {
        if (dir === 'seed' && /counter/.test(name)) continue; // 500,000 increments: covered below, smaller
        it(`${dir}/${name}`, async () => {
          const src = readCorpusSource(dir, name);
          const interp = await observe(src, version, 7, 2e-6, false);
          const jit = await observe(src, version, 7, 2e-6, true);
          expect(jit).toBe(interp);
        });
      }
    }
  });
}

const COUNTER = (locked: boolean, n: number, threads: number): string => `
import threading

class Counter:
    def __init__(self):
        self.count = 0
        self.lock = threading.Lock()

    def increase(self, n):
        for _ in range(n):
            ${locked ? 'with self.lock:\n                self.count += 1' : 'self.count += 1'}

c = Counter()
ts = [threading.Thread(target=c.increase, args=(${n},)) for _ in range(${threads})]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(c.count)
`;

describe('compiled frames = interpreter loop on threaded counters', () => {
  fcTest.prop(
    [fc.boolean(), fc.integer({ min: 1, max: 400 }), fc.integer({ min: 2, max: 4 }), fc.nat(1000), fc.constantFrom(1e-6, 3e-6, 1e-5, 5e-3), fc.constantFrom('3.8', '3.9', '3.11', '3.12')],
    { numRuns: 40 },
  )('same observations', async (locked, n, threads, seed, interval, version) => {
    const src = makeSource('counter.py', COUNTER(locked, n, threads));
    expect(await observe(src, version, seed, interval, true)).toBe(await observe(src, version, seed, interval, false));
  });

  it('a step limit stops both at the same instruction', async () => {
    const src = makeSource('loop.py', 'i = 0\nwhile True:\n    i += 1\n');
    const interp = await observe(src, '3.8', 1, 5e-3, false);
    expect(interp).toContain('2000000');
    expect(await observe(src, '3.8', 1, 5e-3, true)).toBe(interp);
  });
});

// The compiled frames' rare exits (src/vm/jit/exits.ts): objects dying at the end of an inline
// op (with __del__ finalizers that print), an unbound local raised and caught in the same frame,
// a lock blocking inside a nested call, a handler's unusual answers inside a hot loop.
const RARE_EXITS: Record<string, string> = {
  'deallocs with finalizers': `
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)

class Box:
    pass

def f(k):
    lst = []
    for i in range(k):
        D(i)                 # POP_TOP of the only reference
        x = D(i + 10)        # STORE_FAST replaces the previous one
        b = Box()
        b.v = D(i + 20)      # STORE_ATTR
        b.v = 1              # STORE_ATTR replacing the last reference
        lst.append(D(i + 30))
        lst.pop()            # CALL_METHOD: the popped object dies with the stack slot
        if D(i + 40):        # POP_JUMP_IF on the only reference
            pass
    return x

f(3)
print('end')
`,
  'unbound local caught in the same frame': `
def f(flag):
    out = []
    for i in range(5):
        try:
            if flag and i % 2:
                v = i
            out.append(v)
            del v
        except UnboundLocalError as e:
            out.append(str(e))
    return out

print(f(True))
print(f(False))
`,
  'a lock blocking inside a nested call': `
import threading
lock = threading.Lock()

class P:
    def __repr__(self):
        lock.acquire()
        return 'P'

def worker():
    lock.acquire()

t = threading.Thread(target=worker)
t.start()
t.join()
try:
    print(repr(P()))
except RuntimeError as e:
    print('error:', e)
`,
  'calls and comprehensions in a hot loop': `
def gen(n):
    return [i * 2 for i in range(n)]

def g(a, b=3):
    return a - b

t = 0
for k in range(200):
    for v in gen(3):
        t += g(v)
    t -= len([k, k])
print(t)
`,
};

describe('compiled frames = interpreter loop on rare exits', () => {
  for (const [name, text] of Object.entries(RARE_EXITS)) {
    for (const version of ['3.8', '3.11', '3.13']) {
      it(`${name} (${version})`, async () => {
        const src = makeSource('rare.py', text);
        const interp = await observe(src, version, 3, 2e-6, false);
        expect(await observe(src, version, 3, 2e-6, true)).toBe(interp);
      });
    }
  }
});
