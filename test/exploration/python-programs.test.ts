// `gilsim explore` on real Python programs (CPython 3.8 switch points), in process: the known
// results of the counter family, locks, deadlock, assertions, exceptions, exit codes, and the
// replay round trip through `gilsim run --schedule`.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

const DIR = join(import.meta.dirname, 'programs');
const prog = (name: string): string => join(DIR, name);

async function gilsim(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stdoutIsTTY: false, stderrIsTTY: false };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

async function exploreJson(args: string[]): Promise<{ code: number; json: any }> {
  const r = await gilsim(['explore', ...args, '--json']);
  return { code: r.code, json: r.stdout ? JSON.parse(r.stdout) : undefined };
}

const values = (json: any, expr: string): string[] => json.outcomes[expr].map((v: { value: string }) => v.value);

describe('unlocked global counter (3.8)', () => {
  it.each([
    ['global_counter_1.py', 2, ['1', '2']],
    ['global_counter_3.py', 2, ['2', '3', '4', '5', '6']],
    ['global_counter_2.py', 3, ['2', '3', '4', '5', '6']],
  ])('%s with %i threads: complete, violated, outcomes %j', async (file, threads, outcomes) => {
    const { code, json } = await exploreJson([prog(file), '--threads', String(threads), '--target', 'work', '--observe', 'count']);
    expect(code).toBe(1);
    expect(json.verdict).toBe('violated');
    expect(json.complete).toBe(true);
    expect(values(json, 'count')).toEqual(outcomes);
    expect(json.violations.map((v: any) => v.kind)).toEqual(['lost-update']);
    expect(json.counterexample.schedule).toMatch(/^g1\./);
    expect(json.counterexample.preemptions).toBe(1);
  }, 120_000);
});

describe('locked counters (3.8)', () => {
  it.each([
    ['with_lock_1.py', 2, '2'],
    ['with_lock_3.py', 2, '6'],
    ['with_lock_2.py', 3, '6'],
    ['acquire_release_1.py', 2, '2'],
    ['acquire_release_3.py', 2, '6'],
    ['acquire_release_2.py', 3, '6'],
  ])('%s with %i threads: complete, single outcome %s, holds', async (file, threads, outcome) => {
    const { code, json } = await exploreJson([prog(file), '--threads', String(threads), '--target', 'work', '--observe', 'count']);
    expect(json.verdict).toBe('holds');
    expect(json.complete).toBe(true);
    expect(values(json, 'count')).toEqual([outcome]);
    expect(json.violations).toEqual([]);
    expect(json.counterexample).toBeNull();
    expect(code).toBe(0);
  }, 120_000);

  it('one execution per order of the critical sections (2 threads x 3: C(6,3) = 20)', async () => {
    const { json } = await exploreJson([prog('with_lock_3.py'), '--threads', '2', '--target', 'work']);
    expect(json.explored).toBe(20);
  }, 120_000);
});

describe("the seed's Counter / Counter2 (2 threads x 2 increments)", () => {
  it('Counter loses updates', async () => {
    const { code, json } = await exploreJson([prog('seed_counter_small.py'), '--observe', 'counter.count']);
    expect(code).toBe(1);
    expect(json.complete).toBe(true);
    expect(values(json, 'counter.count')).toEqual(['2', '3', '4']);
  }, 120_000);

  it('Counter2 holds', async () => {
    const { code, json } = await exploreJson([prog('seed_counter2_small.py'), '--observe', 'counter2.count', '--expect', 'counter2.count == 4']);
    expect(code).toBe(0);
    expect(json.complete).toBe(true);
    expect(values(json, 'counter2.count')).toEqual(['4']);
  }, 120_000);
});

describe('other properties', () => {
  it('two locks taken in opposite orders: deadlock with lines and held locks, exit 1', async () => {
    const { code, json } = await exploreJson([prog('deadlock_two_locks.py')]);
    expect(code).toBe(1);
    expect(json.complete).toBe(true);
    const d = json.violations.find((v: any) => v.kind === 'deadlock');
    expect(d.message).toMatch(/Thread-1 at line 8, holding Lock@\d+, waiting for Lock@\d+/);
    expect(d.message).toMatch(/Thread-2 at line 13, holding Lock@\d+, waiting for Lock@\d+/);
  }, 120_000);

  it('a failing assert in the main thread is an assertion violation', async () => {
    const { code, json } = await exploreJson([prog('assert_counter.py'), '--observe', 'count']);
    expect(code).toBe(1);
    expect(values(json, 'count')).toEqual(['1', '2']);
    const kinds = json.violations.map((v: any) => v.kind).sort();
    expect(kinds).toEqual(['assertion', 'lost-update']);
    expect(json.violations.find((v: any) => v.kind === 'assertion').line).toBe(15);
  }, 120_000);

  it('an uncaught exception in a thread', async () => {
    const { code, json } = await exploreJson([prog('thread_raises.py')]);
    expect(code).toBe(1);
    const x = json.violations.find((v: any) => v.kind === 'exception');
    expect(x.message).toMatch(/ValueError: saw x == 1 in Thread-2/);
    expect(x.line).toBe(12);
  }, 120_000);

  it('--expect that fails everywhere is a violation; one that holds is not', async () => {
    const bad = await exploreJson([prog('with_lock_1.py'), '--threads', '2', '--target', 'work', '--expect', 'count == 3']);
    expect(bad.code).toBe(1);
    expect(bad.json.violations[0]).toMatchObject({ kind: 'expect', line: null });
    const good = await exploreJson([prog('with_lock_1.py'), '--threads', '2', '--target', 'work', '--expect', 'count == 2']);
    expect(good.code).toBe(0);
  }, 120_000);
});

describe('budgets and limits', () => {
  it('--budget: an exploration that runs out of time is incomplete, exit 0 when nothing was found', async () => {
    const { code, json } = await exploreJson([prog('with_lock_2.py'), '--threads', '3', '--target', 'work', '--budget', '0.001']);
    expect(json.complete).toBe(false);
    expect(json.stoppedBy).toBe('budget');
    expect(code).toBe(0);
  }, 120_000);

  it('--max-executions caps the exploration', async () => {
    const { json } = await exploreJson([prog('global_counter_3.py'), '--threads', '2', '--target', 'work', '--max-executions', '10']);
    expect(json.explored).toBe(10);
    expect(json.complete).toBe(false);
    expect(json.stoppedBy).toBe('max-executions');
  }, 120_000);

  it('a spinning thread hits the step limit: the execution is cut short and the exploration is incomplete', async () => {
    const { json } = await exploreJson([prog('spin_forever.py'), '--max-steps', '3000', '--max-preemptions', '2']);
    expect(json.truncated).toBeGreaterThan(0);
    expect(json.complete).toBe(false);
  }, 120_000);

  it('--max-preemptions 0: only the serial schedules, bounded', async () => {
    const { json } = await exploreJson([prog('global_counter_2.py'), '--threads', '2', '--target', 'work', '--observe', 'count', '--max-preemptions', '0']);
    expect(values(json, 'count')).toEqual(['4']);
    expect(json.bounded).toBe(true);
    expect(json.complete).toBe(false);
    expect(json.verdict).toBe('holds');
  }, 120_000);
});

describe('replay round trip', () => {
  it("the counterexample's token replayed by `gilsim run --schedule` reproduces the lost update", async () => {
    const { json } = await exploreJson([prog('global_counter_3.py'), '--threads', '2', '--target', 'work']);
    const token = json.counterexample.schedule;
    expect(json.counterexample.replay).toBe(
      `gilsim run ${prog('global_counter_3.py')} --python 3.8 --threads 2 --target work --schedule ${token}`,
    );
    const run = await gilsim(['run', prog('global_counter_3.py'), '--threads', '2', '--target', 'work', '--schedule', token, '--json']);
    const r = JSON.parse(run.stdout);
    expect(r.schedule).toBe(token);
    expect(r.lostUpdates.total).toBeGreaterThan(0);
    expect(r.lostUpdates.groups[0].location).toBe('global count');
  }, 120_000);

  it('the terminal report shows the interleaving with the lost update', async () => {
    const r = await gilsim(['explore', prog('global_counter_1.py'), '--threads', '2', '--target', 'work', '--observe', 'count']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/verdict: VIOLATED/);
    expect(r.stdout).toMatch(/exploration: complete/);
    expect(r.stdout).toMatch(/Thread-1\s+│ Thread-2/);
    expect(r.stdout).toMatch(/▲ LOST UPDATE/);
    expect(r.stdout).not.toMatch(/\u001b\[/); // no colour when not a TTY
  }, 120_000);
});

describe('usage errors exit 2', () => {
  it.each([
    [['explore', 'no-such-file.py']],
    [['explore', prog('global_counter_1.py'), '--strategy', 'bogus']],
    [['explore', prog('global_counter_1.py'), '--threads', '2', '--target', 'nope']],
    [['explore', prog('global_counter_1.py'), '--observe', 'count +']],
    [['explore', prog('global_counter_1.py'), '--budget', '-3']],
    [['explore', prog('global_counter_1.py'), '--strategy', 'random', '--max-preemptions', '2']],
  ])('%j', async (args) => {
    const r = await gilsim(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/gilsim: error|can't open/);
  });
});

describe('randomized strategies (fast-check)', () => {
  it.each(['random', 'pct'])('%s finds the lost update and shrinks it to one preemption', async (strategy) => {
    const { code, json } = await exploreJson([
      prog('global_counter_3.py'), '--threads', '2', '--target', 'work', '--observe', 'count',
      '--strategy', strategy, '--runs', '200', '--seed', '42',
    ]);
    expect(code).toBe(1);
    expect(json.complete).toBe(false);
    expect(json.seed).toBe(42);
    expect(json.counterexample.preemptions).toBe(1);
    const run = await gilsim(['run', prog('global_counter_3.py'), '--threads', '2', '--target', 'work', '--schedule', json.counterexample.schedule, '--json']);
    expect(JSON.parse(run.stdout).lostUpdates.total).toBeGreaterThan(0);
  }, 120_000);
});
