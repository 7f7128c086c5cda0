// The loop kernels (src/vm/kernel) against the compiled frames alone: with the kernels on and off,
// a program must give the same output, exit, instruction count, GIL switches, simulated time and
// lost updates, and leave the same objects behind (ids, reference counts: the census of
// test/helpers/kernel-observe.ts). Over the corpus, the seed's counters at several switch
// intervals (small ones put the deadline inside the loop at every slice), and generated loops
// (fast-check) mixing what kernels run with what they leave to the compiled frames.
import { describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import { makeSource } from '../../../src/source/source.js';
import { kernelSettings } from '../../../src/vm/kernel/compile.js';
import { Op } from '../../../src/vm/interp/ops.js';
import { listCorpus, readCorpusSource, type CorpusDir } from '../../helpers/corpus.js';
import { observeRun } from '../../helpers/kernel-observe.js';
import type { SourceFile } from '../../../src/source/source.js';

async function same(src: SourceFile, version: string, seed: number, interval: number, maxSteps?: number): Promise<void> {
  const base = { version, seed, interval, maxSteps };
  // (a first run fills the process's caches, which hold references to shared objects)
  await observeRun(src, { ...base, kernels: false });
  const off = await observeRun(src, { ...base, kernels: false });
  const on = await observeRun(src, { ...base, kernels: true });
  expect(on).toBe(off);
}

/** The code objects and loop heads the builder left alone while `run` ran, with why. */
async function withoutKernels(run: () => Promise<unknown>): Promise<string[]> {
  const out: string[] = [];
  kernelSettings.onNoKernel = (d, h, why) => out.push(`${d.code.name}@${h}: ${why}`);
  try {
    await run();
  } finally {
    kernelSettings.onNoKernel = null;
  }
  return out;
}

/**
 * The code objects whose for loop (its FOR_ITER head) got a kernel while `run` ran. (3.12+ also
 * put back edges from exception handlers to the middle of a loop body: those heads get none.)
 */
async function forLoopKernels(run: () => Promise<unknown>): Promise<string[]> {
  const out: string[] = [];
  kernelSettings.onKernel = (d, h) => {
    if (d.ops[h] === Op.FOR_ITER) out.push(d.code.name);
  };
  try {
    await run();
  } finally {
    kernelSettings.onKernel = null;
  }
  return out;
}

const DIRS: readonly CorpusDir[] = ['run', 'memory', 'seed'];

for (const version of ['3.8', '3.10', '3.13']) {
  describe(`kernels = compiled frames on the corpus, ${version}`, () => {
    for (const dir of DIRS) {
      for (const name of listCorpus(dir)) {
        if (dir === 'seed' && /counter/.test(name)) continue; // below, at several intervals
        it(`${dir}/${name}`, async () => {
          const src = readCorpusSource(dir, name);
          await same(src, version, 7, 2e-6);
          await same(src, version, 7, 1e-4);
        });
      }
    }
  });
}

/** The seed's counters: locked_counter is in the corpus; unsafe_counter is it without the lock. */
function seedCounter(name: string): SourceFile {
  const locked = readCorpusSource('seed', 'locked_counter');
  if (name === 'locked_counter') return locked;
  const text = locked.text.replace('            self.lock.acquire()\n', '').replace('            self.lock.release()\n', '');
  if (text === locked.text) throw new Error('the corpus locked_counter changed: update seedCounter');
  return makeSource('unsafe_counter.py', text);
}

describe('kernels on the seed counters', () => {
  for (const name of ['unsafe_counter', 'locked_counter']) {
    it(`${name}: the increase loop has a kernel`, async () => {
      const src = seedCounter(name);
      const left = await withoutKernels(() => observeRun(src, { version: '3.8', seed: 1, interval: 5e-3, kernels: true, maxSteps: 20_000_000 }));
      expect(left.filter((l) => l.startsWith('increase'))).toEqual([]);
    });
    for (const interval of [1e-6, 1e-5, 5e-3]) {
      it(`${name}, switch interval ${interval}`, async () => {
        await same(seedCounter(name), '3.8', 3, interval, 20_000_000);
      });
    }
    for (const version of ['3.11', '3.12', '3.13']) {
      it(`${name} on ${version}: a kernel, and the same observations`, async () => {
        const src = seedCounter(name);
        const left = await withoutKernels(() => same(src, version, 4, 1e-5, 20_000_000));
        expect(left.filter((l) => l.startsWith('increase'))).toEqual([]);
      });
    }
  }

  // `with lock:` (SETUP_WITH ... WITH_CLEANUP / CALL_FUNCTION 3 of __exit__): a bound method
  // made and freed per iteration (an id, a gc-tracked object), and nested with blocks
  const WITH_LOCKS = `
import threading
a = threading.Lock()
b = threading.RLock()
count = 0
other = 0
def work(n):
    global count, other
    for _ in range(n):
        with a:
            count += 1
        with a:
            with b:
                other += 2
ts = [threading.Thread(target=work, args=(2000,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(count, other)
`;
  for (const version of ['3.8', '3.9', '3.10', '3.11', '3.12', '3.13']) {
    it(`with blocks on locks have kernels and change nothing (${version})`, async () => {
      const src = makeSource('with.py', WITH_LOCKS);
      expect(await forLoopKernels(() => same(src, version, 11, 1e-5))).toContain('work');
      await same(src, version, 12, 2e-6);
      await same(src, version, 13, 5e-3);
    });
  }

  for (const version of ['3.8', '3.11', '3.12', '3.13']) it(`an automatic collection due inside a with loop happens where the instructions put it (${version})`, async () => {
    const src = makeSource('gcwith.py', `
import gc, threading
gc.set_threshold(10)
lock = threading.Lock()
keep = []
class Cycle:
    def __init__(self, k):
        self.k = k
        self.me = self
    def __del__(self):
        print('collected', self.k)
def work(n):
    c = 0
    for _ in range(n):
        with lock:
            c += 1
    return c
for k in range(40):
    keep.append([k])
    if k % 3:
        keep.append([k])
    Cycle(k)
    r = work(8)
    print('work returned')
    print(r, gc.get_count())
`);
    const left = await withoutKernels(() => same(src, version, 1, 5e-3));
    expect(left.filter((l) => l.startsWith('work'))).toEqual([]);
  });

  it('a step limit inside a kernel loop stops both at the same instruction', async () => {
    const src = makeSource('loop.py', 'i = 0\nwhile True:\n    i += 1\n');
    const left = await withoutKernels(() => same(src, '3.8', 1, 5e-3, 1_000_003));
    expect(left).toEqual([]);
  });
});

// ---- generated loops

/** Loop-body statements over locals x, y, loop variable i, attributes c.a / c.b, global g. */
const INT = fc.oneof(
  fc.integer({ min: -8, max: 300 }),
  fc.constantFrom(9007199254740990, -9007199254740990, 2 ** 40),
);
// (items: lst[-2] is lst[0], d[1] and d['k'] are two entries: writes to one must not be read as the other)
const TARGET = fc.constantFrom('x', 'y', 'c.a', 'c.b', 'g', "d['k']", 'd[1]', 'lst[0]', 'lst[-2]');
const OPERAND = fc.oneof(TARGET, fc.constant('i'), INT.map(String), fc.constant('c.step'));
const EXPR = fc.oneof(
  OPERAND,
  fc.tuple(OPERAND, fc.constantFrom('+', '-'), OPERAND).map(([a, o, b]) => `${a} ${o} ${b}`),
  fc.tuple(OPERAND, fc.constantFrom('<', '<=', '==', '!=', '>', '>='), OPERAND).map(([a, o, b]) => `(${a} ${o} ${b})`),
);
const STMT: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(TARGET, fc.constantFrom('+=', '-='), fc.oneof(INT.map(String), OPERAND)).map(([t, o, e]) => [`${t} ${o} ${e}`]) },
  // an intermediate result nobody keeps (its id is still taken), and a write read back
  { weight: 2, arbitrary: fc.tuple(TARGET, EXPR, OPERAND).map(([t, e, o]) => [`${t} += ${e} - ${o}`]) },
  { weight: 2, arbitrary: fc.tuple(TARGET, EXPR).map(([t, e]) => [`${t} = ${e}`, `x = ${t}`]) },
  { weight: 3, arbitrary: fc.tuple(TARGET, EXPR).map(([t, e]) => [`${t} = ${e}`]) },
  { weight: 1, arbitrary: fc.tuple(TARGET, fc.constantFrom('None', 'True', "'s'", '(1, 2)', '10 ** 20')).map(([t, e]) => [`${t} = ${e}`]) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('lock', 'c.lock', 'rlock'), TARGET).map(([l, t]) => [`${l}.acquire()`, `${t} += 1`, `${l}.release()`]) },
  { weight: 1, arbitrary: fc.tuple(TARGET, TARGET).map(([a, b]) => [`if ${a} < ${b}:`, `    ${a} = ${b}`]) },
  { weight: 1, arbitrary: fc.constantFrom(['with lock:', '    g += 1'], ['t = abs(x)'], ['z = x', 'x = y', 'y = z']) },
);

interface LoopProgram {
  readonly header: 'range' | 'range3' | 'while';
  readonly body: string[][];
  readonly n: number;
  readonly threads: number;
  readonly moduleLevel: boolean;
}

function programText(p: LoopProgram): string {
  const ind = (lines: string[], k: number) => lines.map((l) => ' '.repeat(k) + l);
  const loop = (k: number): string[] => {
    const body = p.body.flatMap((s) => ind(s, k + 4));
    if (p.header === 'range') return [...ind([`for i in range(n):`], k), ...body];
    if (p.header === 'range3') return [...ind([`for i in range(n, -n, -3):`], k), ...body];
    return [...ind(['i = 0', 'while i < n:'], k), ...body, ...ind(['i += 1'], k + 4)];
  };
  const prelude = [
    'import threading',
    'lock = threading.Lock()',
    'rlock = threading.RLock()',
    'g = 5',
    'class C:',
    '    def __init__(self):',
    '        self.a = 1',
    '        self.b = 300',
    '        self.step = 2',
    '        self.lock = threading.Lock()',
    'c = C()',
    "d = {'k': 1, 1: 2}",
    'lst = [3, 4]',
  ];
  if (p.moduleLevel) {
    return [...prelude, `n = ${p.n}`, 'x = 0', 'y = 7', ...loop(0), 'print(x, y, g, c.a, c.b, d, lst)', ''].join('\n');
  }
  return [
    ...prelude,
    'def work(n):',
    '    global g',
    '    x = 0',
    '    y = 7',
    ...loop(4),
    '    return x, y',
    `ts = [threading.Thread(target=work, args=(${p.n},)) for _ in range(${p.threads})]`,
    'for t in ts:',
    '    t.start()',
    'for t in ts:',
    '    t.join()',
    'print(work(3), g, c.a, c.b, d, lst)',
    '',
  ].join('\n');
}

const PROGRAM: fc.Arbitrary<LoopProgram> = fc.record({
  header: fc.constantFrom('range', 'range3', 'while'),
  body: fc.array(STMT, { minLength: 1, maxLength: 5 }),
  n: fc.integer({ min: 0, max: 400 }),
  threads: fc.integer({ min: 1, max: 3 }),
  moduleLevel: fc.boolean(),
});

describe('kernels and the lost-update detector', () => {
  // A loop that writes a location and reads it back leaves a read pending at every slice's end;
  // another thread's write makes it stale, and the next write is then a race the interpreter
  // must judge (the kernel declines at entry: AccessObserver.hasStaleRead).
  const WRITE_THEN_READ = `
import threading
class C:
    pass
c = C()
c.a = 0
def work(n):
    for i in range(n):
        c.a = i + 1000
        x = c.a
ts = [threading.Thread(target=work, args=(3000,)) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(c.a)
`;
  for (const interval of [1e-6, 1e-5, 1e-4]) {
    it(`a write after its own read goes stale between slices (interval ${interval})`, async () => {
      const src = makeSource('wr.py', WRITE_THEN_READ);
      const left = await withoutKernels(() => same(src, '3.8', 5, interval));
      expect(left.filter((l) => l.startsWith('work'))).toEqual([]);
      const r = await observeRun(src, { version: '3.8', seed: 5, interval, kernels: true });
      expect(r).toMatch(/^\[0,"finished",\d+,\d+,[\d.e-]+,[1-9]/); // some updates are lost
    });
  }
});

describe('kernels = compiled frames on generated loops', () => {
  fcTest.prop(
    [PROGRAM, fc.nat(1000), fc.constantFrom(1e-6, 3e-6, 1e-5, 1e-4, 5e-3), fc.constantFrom('3.8', '3.9', '3.10', '3.11', '3.12', '3.13')],
    // (GILSIM_KERNEL_RUNS=N for a longer search; a failure prints its seed and counterexample)
    { numRuns: Number(process.env['GILSIM_KERNEL_RUNS'] ?? 150) },
  )('same observations and objects', async (p, seed, interval, version) => {
    await same(makeSource('loop.py', programText(p)), version, seed, interval);
  });

  it('the generator makes loops that get kernels (the property is not vacuous)', async () => {
    const p: LoopProgram = { header: 'range', body: [['c.a += 1'], ['lock.acquire()', 'g += 1', 'lock.release()'], ['x = i + y'], ["d['k'] += 1"]], n: 50, threads: 2, moduleLevel: false };
    const left = await withoutKernels(() => observeRun(makeSource('loop.py', programText(p)), { version: '3.8', seed: 1, interval: 1e-5, kernels: true }));
    expect(left.filter((l) => l.startsWith('work'))).toEqual([]);
  });
});
