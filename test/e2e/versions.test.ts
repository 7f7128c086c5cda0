// End-to-end: the version matrix. The seed's racy loop loses updates on 3.8/3.9 and not on
// 3.10+, while a call between the read and the write loses on every version (measured on the
// real interpreters: /work/shared/reference/probes/results.md). Explorations here are complete,
// so "holds" is a proof over every interleaving of the small programs in examples/.
import { describe, expect, it } from 'vitest';
import { gilsim } from './helpers.js';

const ALL = ['3.8', '3.9', '3.10', '3.11', '3.12', '3.13'];

interface ExploreDoc {
  python: string;
  verdict: string;
  complete: boolean;
  outcomes: Record<string, { value: string; count: number }[]>;
}

function exploreAll(args: string[]): ExploreDoc[] {
  const r = gilsim(['explore', ...args, '--python', 'all', '--json']);
  expect([0, 1]).toContain(r.status);
  return (JSON.parse(r.stdout) as { versions: ExploreDoc[] }).versions;
}

describe('every CPython version', () => {
  it('--python all covers 3.8 to 3.13', () => {
    const r = gilsim(['run', 'examples/small_counter.py', '--threads', '2', '--python', 'all', '--seed', '1']);
    expect(r.status).toBe(0);
    for (const v of ALL) expect(r.stdout).toMatch(new RegExp(`^${v.replace('.', '\\.')}\\s`, 'm'));
  });

  it('the unlocked global counter: lost updates on 3.8/3.9, proven impossible on 3.10-3.13', () => {
    const docs = exploreAll(['examples/small_counter.py', '--threads', '2', '--observe', 'count']);
    expect(docs.map((d) => d.python)).toEqual(ALL);
    for (const d of docs) {
      expect(d.complete).toBe(true);
      const values = d.outcomes['count']!.map((o) => o.value);
      if (d.python === '3.8' || d.python === '3.9') {
        expect(d.verdict).toBe('violated');
        expect(values).toEqual(['2', '3', '4', '5', '6']);
      } else {
        expect(d.verdict).toBe('holds');
        expect(values).toEqual(['6']);
      }
    }
  });

  it('count += one() loses updates on every version', () => {
    const docs = exploreAll(['examples/small_racy_call.py', '--threads', '2', '--target', 'increment', '--observe', 'count']);
    expect(docs.map((d) => [d.python, d.verdict, d.complete])).toEqual(ALL.map((v) => [v, 'violated', true]));
    for (const d of docs) expect(d.outcomes['count']!.map((o) => o.value)).toContain('2');
  });

  it('the lock makes the counter correct on every version', () => {
    const docs = exploreAll(['examples/small_counter_locked.py', '--threads', '2', '--observe', 'count', '--expect', 'count == 6']);
    expect(docs.map((d) => [d.python, d.verdict, d.complete])).toEqual(ALL.map((v) => [v, 'holds', true]));
  });
});
