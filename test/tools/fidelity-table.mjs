#!/usr/bin/env node
// Fidelity table: which racy and safe patterns lose updates on each CPython version, measured
// on the real interpreters ($(pyenv root)/versions/3.x.y/bin/python, switch interval 1e-6 s,
// several runs) and on gilsim (same programs, several seeds), side by side.
//
//   node test/tools/fidelity-table.mjs [--runs 3] [--write]
//
// The pattern programs are generated into test/fidelity/programs/ (committed). With --write
// the real interpreters' verdicts are stored in test/fidelity/cpython-verdicts.json, which
// test/fidelity/fidelity.test.ts compares gilsim against (no Python needed there).
import { spawnSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(ROOT, 'test', 'fidelity', 'programs');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const write = args.includes('--write');

// ---------------------------------------------------------------- the patterns
const HEADER = `import sys
import threading

sys.setswitchinterval(1e-6)
N = 20000
THREADS = 4


def one():
    return 1

`;
const box = (method, extra = '') => `${HEADER}
class Box:
    def __init__(self):
        self.count = 0
        self.lock = threading.Lock()
${extra}
    def work(self, n):
${method}

box = Box()
ts = [threading.Thread(target=box.work, args=(N,)) for _ in range(THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("lost", N * THREADS - box.count)
`;
const fn = (setup, body, result) => `${HEADER}${setup}

def work(n):
${body}

ts = [threading.Thread(target=work, args=(N,)) for _ in range(THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("lost", N * THREADS - ${result})
`;

export const PATTERNS = {
  for_loop: box(`        for _ in range(n):\n            self.count += 1\n`),
  while_loop: box(`        i = 0\n        while i < n:\n            self.count += 1\n            i += 1\n`),
  global_counter: fn('count = 0\n', `    global count\n    for _ in range(n):\n        count += 1\n`, 'count'),
  dict_item: fn('D = {"k": 0}\n', `    d = D\n    for _ in range(n):\n        d["k"] += 1\n`, 'D["k"]'),
  list_item: fn('L = [0]\n', `    lst = L\n    for _ in range(n):\n        lst[0] += 1\n`, 'L[0]'),
  call_between: box(`        for _ in range(n):\n            self.count += one()\n`),
  method_call_between: box(`        for _ in range(n):\n            self.count += self.one()\n`, `\n    def one(self):\n        return 1\n`),
  len_between: box(`        s = "x"\n        for _ in range(n):\n            self.count += len(s)\n`),
  abs_between: box(`        for _ in range(n):\n            self.count += abs(1)\n`),
  if_taken_between: box(`        for _ in range(n):\n            v = self.count\n            if v < 0:\n                v = 0\n            self.count = v + 1\n`),
  if_not_taken_between: box(`        for _ in range(n):\n            v = self.count\n            if v >= 0:\n                v = v + 1\n            self.count = v\n`),
  boolop_between: box(`        for _ in range(n):\n            self.count = (self.count or 0) + 1\n`),
  try_except_between: box(`        for _ in range(n):\n            v = self.count\n            try:\n                raise ValueError\n            except ValueError:\n                pass\n            self.count = v + 1\n`),
  with_lock: box(`        for _ in range(n):\n            with self.lock:\n                self.count += 1\n`),
  acquire_release: box(`        for _ in range(n):\n            self.lock.acquire()\n            self.count += 1\n            self.lock.release()\n`),
  list_append: fn('L = []\n', `    lst = L\n    for i in range(n):\n        lst.append(i)\n`, 'len(L)'),
  property_between: box(`        for _ in range(n):\n            self.count += 1\n`, `\n    @property\n    def count(self):\n        return self._count\n\n    @count.setter\n    def count(self, v):\n        self._count = v\n`),
  sort_python_key: `${HEADER}
L = list(range(200))
seen = 0
done = False


def key(x):
    return -x


def sorter():
    global done
    for _ in range(200):
        L.sort(key=key)
    done = True


def observer():
    global seen
    while not done:
        if len(L) == 0:
            seen += 1


ts = [threading.Thread(target=sorter), threading.Thread(target=observer)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("lost", 1 if seen else 0)
`,
  sort_no_key: `${HEADER}
L = list(range(200))
seen = 0
done = False


def sorter():
    global done
    for _ in range(2000):
        L.sort()
    done = True


def observer():
    global seen
    while not done:
        if len(L) == 0:
            seen += 1


ts = [threading.Thread(target=sorter), threading.Thread(target=observer)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("lost", 1 if seen else 0)
`,
};

// ---------------------------------------------------------------- running
function pyenvPythons() {
  let root = process.env.PYENV_ROOT;
  if (!root) {
    try { root = execSync('pyenv root', { encoding: 'utf8' }).trim(); } catch { return {}; }
  }
  const dir = join(root, 'versions');
  const out = {};
  if (!existsSync(dir)) return out;
  for (const v of ['3.8', '3.9', '3.10', '3.11', '3.12', '3.13']) {
    const m = readdirSync(dir).filter((d) => d.startsWith(v + '.') && /^\d+\.\d+\.\d+$/.test(d)).sort().pop();
    if (m) out[v] = join(dir, m, 'bin', 'python');
  }
  return out;
}

function lostOf(stdout) {
  const m = /lost (-?\d+)/.exec(stdout);
  return m ? Number(m[1]) : NaN;
}

function gilsimVersions() {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'gilsim.cjs'), 'run', '--help'], { encoding: 'utf8' });
  return r.status === 0 ? ['3.8', '3.9', '3.10', '3.11', '3.12', '3.13'] : [];
}

function main() {
  mkdirSync(OUT, { recursive: true });
  for (const [name, src] of Object.entries(PATTERNS)) writeFileSync(join(OUT, `${name}.py`), src);
  const pythons = pyenvPythons();
  const versions = Object.keys(pythons);
  const verdicts = {};
  const rows = [];
  for (const name of Object.keys(PATTERNS)) {
    const file = join('test', 'fidelity', 'programs', `${name}.py`);
    const row = { name, cells: {} };
    verdicts[name] = {};
    for (const v of ['3.8', '3.9', '3.10', '3.11', '3.12', '3.13']) {
      let real = '-';
      if (pythons[v]) {
        let lossy = 0;
        for (let i = 0; i < runs; i++) {
          const r = spawnSync(pythons[v], [file], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
          if (lostOf(r.stdout) > 0) lossy++;
        }
        real = `${lossy}/${runs}`;
        verdicts[name][v] = lossy > 0;
      }
      let sim = '-';
      if (gilsimVersions().length) {
        let lossy = 0;
        let ok = true;
        for (let seed = 1; seed <= runs; seed++) {
          const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'gilsim.cjs'), 'run', file, '--python', v, '--seed', String(seed)], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
          if (r.status !== 0) ok = false;
          if (lostOf(r.stdout) > 0) lossy++;
        }
        sim = ok ? `${lossy}/${runs}` : 'n/a';
      }
      const agree = sim === 'n/a' || real === '-' ? '?' : (real.startsWith('0/') === sim.startsWith('0/') ? '=' : 'X');
      row.cells[v] = `${real} ${sim} ${agree}`;
    }
    rows.push(row);
  }
  console.log(`Runs that lost updates (real CPython | gilsim), switch interval 1e-6, ${runs} runs each; '=' agree, 'X' disagree, '?' not measured\n`);
  console.log('pattern'.padEnd(22) + ['3.8', '3.9', '3.10', '3.11', '3.12', '3.13'].map((v) => v.padEnd(14)).join(''));
  for (const r of rows) console.log(r.name.padEnd(22) + Object.values(r.cells).map((c) => c.padEnd(14)).join(''));
  if (write) {
    writeFileSync(join(ROOT, 'test', 'fidelity', 'cpython-verdicts.json'), JSON.stringify({ switchInterval: 1e-6, runs, versions, verdicts }, null, 2) + '\n');
    console.log('\nwrote test/fidelity/cpython-verdicts.json');
  }
}

main();
