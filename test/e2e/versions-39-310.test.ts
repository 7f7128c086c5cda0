// End-to-end: `gilsim run --python 3.8/3.9/3.10 --switch-interval 1e-6` loses counter updates
// exactly where real CPython does. Each pattern puts one construct between the read and the
// write of a global counter; the expected verdicts are the CPython measurements of
// /work/shared/reference/probes/results.md (1e-6 s table; probe named per row). 3.10 only
// switches after backward jumps, taken conditional jumps and calls, so a plain `count += 1`
// loop is safe there while 3.8/3.9 switch after any DISPATCH instruction. Spawns the built CLI.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gilsim } from './helpers.js';

const THREADS = 2;
const N = 3000;
const SEEDS = ['1', '2', '3'];

/** One loop body per pattern: `v`/`count` are the local copy and the shared global. */
const PATTERNS: Record<string, { body: string; probe: string; loses: Record<'3.8' | '3.9' | '3.10', boolean> }> = {
  for_iadd: {
    body: 'count += 1',
    probe: 'global_iadd',
    loses: { '3.8': true, '3.9': true, '3.10': false },
  },
  call_iadd: {
    body: 'count += one()',
    probe: 'attr_iadd_call',
    loses: { '3.8': true, '3.9': true, '3.10': true },
  },
  len_between: {
    body: 'v = count\n        len(L)\n        count = v + 1',
    probe: 'attr_iadd_len',
    loses: { '3.8': true, '3.9': true, '3.10': true },
  },
  if_taken_between: {
    // `if NO:` with NO false: POP_JUMP_IF_FALSE jumps over the body.
    body: 'v = count\n        if NO:\n            pass\n        count = v + 1',
    probe: 'attr_cmp_taken',
    loses: { '3.8': true, '3.9': true, '3.10': true },
  },
  if_not_taken_between: {
    body: 'v = count\n        if YES:\n            pass\n        count = v + 1',
    probe: 'attr_cmp_not_taken',
    loses: { '3.8': true, '3.9': true, '3.10': false },
  },
};

function program(body: string): string {
  return [
    'import threading',
    'count = 0',
    'YES = True',
    'NO = False',
    'L = [1, 2, 3]',
    'def one():',
    '    return 1',
    'def work():',
    '    global count',
    `    for _ in range(${N}):`,
    `        ${body}`,
    `ts = [threading.Thread(target=work) for _ in range(${THREADS})]`,
    'for t in ts:',
    '    t.start()',
    'for t in ts:',
    '    t.join()',
    'print(count)',
    '',
  ].join('\n');
}

const dir = mkdtempSync(join(tmpdir(), 'gilsim-versions-'));

function finalCounts(file: string, version: string): number[] {
  return SEEDS.map((seed) => {
    const r = gilsim(['run', file, '--python', version, '--switch-interval', '1e-6', '--seed', seed]);
    expect(r.status, r.stderr).toBe(0);
    const n = Number(r.stdout.trim());
    expect(Number.isInteger(n), r.stdout).toBe(true);
    return n;
  });
}

describe('lost updates per version match CPython (switch interval 1e-6)', () => {
  for (const [name, p] of Object.entries(PATTERNS)) {
    const file = join(dir, `${name}.py`);
    writeFileSync(file, program(p.body));
    for (const version of ['3.8', '3.9', '3.10'] as const) {
      const expected = p.loses[version];
      it(`${name} on ${version}: ${expected ? 'loses updates' : 'never loses'} (probe ${p.probe})`, () => {
        const counts = finalCounts(file, version);
        for (const c of counts) expect(c).toBeLessThanOrEqual(THREADS * N);
        if (expected) expect(counts.some((c) => c < THREADS * N), `counts ${counts.join(', ')}`).toBe(true);
        else expect(counts).toEqual(SEEDS.map(() => THREADS * N));
      });
    }
  }
});

describe('version-visible behaviour', () => {
  it('3.10 names unnamed threads after their target, 3.9 does not', () => {
    const file = join(dir, 'names.py');
    writeFileSync(file, [
      'import threading',
      'def worker():',
      '    pass',
      'print(threading.Thread(target=worker).name, threading.Thread().name, threading.Thread(target=worker, name="x").name)',
      '',
    ].join('\n'));
    expect(gilsim(['run', file, '--python', '3.9']).stdout).toBe('Thread-1 Thread-2 x\n');
    expect(gilsim(['run', file, '--python', '3.10']).stdout).toBe('Thread-1 (worker) Thread-2 x\n');
  });

  it('3.10 names the qualified function in argument errors', () => {
    const file = join(dir, 'qualname.py');
    writeFileSync(file, [
      'class K:',
      '    def m(self, x):',
      '        pass',
      'try:',
      '    K().m()',
      'except TypeError as e:',
      '    print(e)',
      '',
    ].join('\n'));
    expect(gilsim(['run', file, '--python', '3.9']).stdout).toBe("m() missing 1 required positional argument: 'x'\n");
    expect(gilsim(['run', file, '--python', '3.10']).stdout).toBe("K.m() missing 1 required positional argument: 'x'\n");
  });
});
