// End-to-end: `gilsim run` through the built binary — determinism under --seed, the seed
// notebook's counters, --json, deadlock and limits, and bad input.
import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gilsim } from './helpers.js';

const SEED_CELLS = '../shared/seed/cells';
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gilsim-run-'));
  writeFileSync(join(dir, 'syntax.py'), 'x = 1\ndef f(:\n    pass\n');
  writeFileSync(join(dir, 'walrus.py'), 'x = 1\nif (y := x):\n    print(y)\n');
  writeFileSync(join(dir, 'two_funcs.py'), 'def a():\n    pass\n\ndef b():\n    pass\n');
  writeFileSync(join(dir, 'loop.py'), 'while True:\n    pass\n');
  writeFileSync(join(dir, 'raises.py'), 'print("before")\nraise ValueError("boom")\n');
  const del = (body: string): string => `class D:\n    def __del__(self):\n${body}\n\nd = D()\nprint("end")\n`;
  writeFileSync(join(dir, 'del_at_exit.py'), del('        print("del")'));
  writeFileSync(join(dir, 'del_loops.py'), del('        while True:\n            pass'));
});

describe('gilsim run: interpreter exit', () => {
  it("finalizes what the module still holds after the program's output, in --json too", () => {
    const r = gilsim(['run', join(dir, 'del_at_exit.py'), '--seed', '1']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('end\ndel\n');
    const j = JSON.parse(gilsim(['run', join(dir, 'del_at_exit.py'), '--seed', '1', '--json']).stdout) as { stdout: string };
    expect(j.stdout).toBe('end\ndel\n');
  });

  it('a finalizer that never ends at exit stops at --max-steps (exit 3), not as its own exception', () => {
    const r = gilsim(['run', join(dir, 'del_loops.py'), '--seed', '1', '--max-steps', '5000']);
    expect(r.status).toBe(3);
    expect(r.stdout).toBe('end\n');
    expect(r.stderr).toContain('step limit of 5,000 instructions was reached');
    expect(r.stderr).not.toContain('Exception ignored');
  });
});

describe('gilsim run', () => {
  it('the same seed gives byte-identical output', () => {
    const a = gilsim(['run', 'examples/counter.py', '--threads', '3', '--seed', '42']);
    const b = gilsim(['run', 'examples/counter.py', '--threads', '3', '--seed', '42']);
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    // the wall time is the only non-deterministic figure in the summary
    const strip = (s: string): string => s.replace(/wall time: \d+ ms/, 'wall time: N ms');
    expect(strip(a.stderr)).toBe(strip(b.stderr));
    expect(a.stderr).toContain('replay: gilsim run examples/counter.py --python 3.8 --seed 42 --threads 3');
  });

  it('without --seed a seed is chosen and printed so the run can be repeated', () => {
    const r = gilsim(['run', 'examples/counter.py', '--threads', '2']);
    expect(r.status).toBe(0);
    const seed = /--seed (\d+)/.exec(r.stderr)?.[1];
    expect(seed).toBeDefined();
    const again = gilsim(['run', 'examples/counter.py', '--threads', '2', '--seed', seed!]);
    expect(again.stderr.replace(/wall time: \d+ ms/, '')).toBe(r.stderr.replace(/wall time: \d+ ms/, ''));
  });

  it("the seed's unsafe counter loses updates, the same number twice for one seed", () => {
    const a = gilsim(['run', `${SEED_CELLS}/unsafe_counter.py`, '--seed', '7']);
    const b = gilsim(['run', `${SEED_CELLS}/unsafe_counter.py`, '--seed', '7']);
    expect(a.status).toBe(0);
    const count = Number(a.stdout.trim());
    expect(count).toBeLessThan(500000);
    expect(b.stdout).toBe(a.stdout);
    // the detector's total equals the missing increments exactly
    expect(a.stderr).toContain(`lost updates: ${(500000 - count).toLocaleString('en-US')}`);
  });

  it("the seed's locked counter prints 500000 and reports no lost update", () => {
    const r = gilsim(['run', `${SEED_CELLS}/locked_counter.py`, '--seed', '7']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('500000\n');
    expect(r.stderr).toContain('lost updates: none');
  });

  it('--threads runs the only top-level function and reports changed globals', () => {
    const r = gilsim(['run', 'examples/counter.py', '--threads', '5', '--seed', '1']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/threads: 6 \(MainThread, Thread-1, .*Thread-5\)/);
    expect(r.stderr).toMatch(/count: 0 -> \d+/);
  });

  it('--threads with several functions and no --target lists the candidates', () => {
    const r = gilsim(['run', join(dir, 'two_funcs.py'), '--threads', '2']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('candidates: a, b');
  });

  it('--json is one parseable document with the documented fields', () => {
    const r = gilsim(['run', 'examples/counter.py', '--threads', '2', '--seed', '3', '--json']);
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(j).toMatchObject({ python: '3.8', seed: 3, exitStatus: 0, end: 'finished' });
    expect(j).toHaveProperty('stats.instructions');
    expect(j).toHaveProperty('lostUpdates.total');
    expect(r.stderr).toBe('');
  });

  it('a deadlock is reported with each thread, its line and its locks, exit 1', () => {
    let found = false;
    for (let seed = 1; seed <= 5 && !found; seed++) {
      const r = gilsim(['run', 'examples/deadlock.py', '--seed', String(seed)]);
      if (r.stderr.includes('DEADLOCK')) {
        found = true;
        expect(r.status).toBe(1);
        expect(r.stderr).toMatch(/Thread-1: waiting for .* at line \d+ in worker_ab, holding /);
        expect(r.stderr).toMatch(/Thread-2: waiting for .* at line \d+ in worker_ba, holding /);
      }
    }
    expect(found).toBe(true);
  });

  it('--max-steps stops a runaway program with a clear message, exit 3', () => {
    const r = gilsim(['run', join(dir, 'loop.py'), '--max-steps', '10000', '--seed', '1']);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('step limit of 10,000 instructions');
  });

  it('an uncaught exception prints the traceback and exits 1', () => {
    const r = gilsim(['run', join(dir, 'raises.py'), '--seed', '1']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('before\n');
    expect(r.stderr).toContain('Traceback (most recent call last):');
    expect(r.stderr).toContain('ValueError: boom');
  });

  it('a SyntaxError is printed like CPython, exit 2', () => {
    const r = gilsim(['run', join(dir, 'syntax.py')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`File "${join(dir, 'syntax.py')}", line 2`);
    expect(r.stderr).toContain('    def f(:\n');
    expect(r.stderr).toMatch(/\n\s+\^\nSyntaxError: invalid syntax\n$/);
  });

  it('valid Python outside the subset is "not supported yet"', () => {
    const r = gilsim(['run', join(dir, 'walrus.py')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not supported yet: .* \(line 2\)/);
  });

  it('a garbage schedule token is a usage error', () => {
    const r = gilsim(['run', 'examples/counter.py', '--schedule', '!!nonsense!!']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/schedule/i);
    expect(r.stderr).not.toContain('internal error');
  });
});
