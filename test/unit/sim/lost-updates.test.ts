// The lost-update detector on hand-written access sequences (no VM needed).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LostUpdateDetector } from '../../../src/sim/lost-updates.js';
import type { Machine, ThreadInfo } from '../../../src/sim/contract.js';

function fakeMachine(): Machine {
  const threads: ThreadInfo[] = [0, 1, 2, 3].map((id) => ({
    id, name: id === 0 ? 'MainThread' : `Thread-${id}`, state: 'runnable', block: undefined, where: undefined, heldLocks: [],
  }));
  return {
    clock: 0, steps: 0,
    threads: () => threads,
    threadCount: () => threads.length,
    isRunnable: () => true,
    runSlice: () => ({ kind: 'done' }),
    advanceClock: () => {},
    switchInterval: () => 0.005,
    lineOf: (id) => 10 + id,
    setObserver: () => {},
    spawnThreadCalling: () => 0,
    exitStatus: () => 0,
    repr: (v) => String(v),
    describeLocation: (o, k) => `obj${o}.${k}`,
    globalsSnapshot: () => new Map(),
    evalInGlobals: () => ({ error: 'n/a' }),
  };
}

type Op = { t: number; kind: 'inc-read' | 'inc-write' };

describe('LostUpdateDetector', () => {
  it('reports nothing for serial increments', () => {
    const d = new LostUpdateDetector(fakeMachine());
    let x = 0;
    for (const t of [1, 2, 1, 2]) {
      d.read(t, 1, 'x', x);
      d.write(t, 1, 'x', ++x);
    }
    expect(d.totalLost()).toBe(0);
    expect(d.lostUpdateGroups()).toEqual([]);
  });

  it('reports the classic interleaving: both read 0, both write 1', () => {
    const d = new LostUpdateDetector(fakeMachine());
    d.read(1, 1, 'count', 0);
    d.read(2, 1, 'count', 0);
    d.write(1, 1, 'count', 1);
    d.write(2, 1, 'count', 1);
    expect(d.totalLost()).toBe(1);
    const [g] = d.lostUpdateGroups();
    expect(g!.location).toBe('obj1.count');
    expect(g!.first).toMatchObject({ thread: 'Thread-2', otherThreads: ['Thread-1'], readValue: '0', writtenValue: '1', overwrittenValue: '1', overwritten: 1 });
  });

  it('counts an overwritten write once even when two stale writers overwrite it', () => {
    const d = new LostUpdateDetector(fakeMachine());
    for (const t of [1, 2, 3]) d.read(t, 1, 'x', 0);
    d.write(1, 1, 'x', 1);
    d.write(2, 1, 'x', 1);
    d.write(3, 1, 'x', 1);
    expect(d.totalLost()).toBe(2); // three increments, final value 1
  });

  it('blind writes (no earlier read) never count', () => {
    const d = new LostUpdateDetector(fakeMachine());
    d.write(1, 1, 'x', 5);
    d.write(2, 1, 'x', 6);
    expect(d.totalLost()).toBe(0);
  });

  it('for any interleaving of counter increments, lost == increments - final value', () => {
    // Each thread does k increments as read-then-write; the scheduler interleaves the 2k steps.
    const arb = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 4 })).chain(([threads, k]) =>
      fc.array(fc.integer({ min: 1, max: threads }), { minLength: threads * k * 2, maxLength: threads * k * 2 }).map((picks) => ({ threads, k, picks })),
    );
    fc.assert(
      fc.property(arb, ({ threads, k, picks }) => {
        const d = new LostUpdateDetector(fakeMachine());
        let shared = 0;
        const left = new Map<number, number>();
        const reg = new Map<number, number | undefined>();
        for (let t = 1; t <= threads; t++) left.set(t, k * 2);
        const ops: Op[] = [];
        for (const p of picks) {
          // pick the p-th thread that still has steps, cyclically
          const alive = [...left.keys()].filter((t) => left.get(t)! > 0);
          if (alive.length === 0) break;
          const t = alive[(p - 1) % alive.length]!;
          left.set(t, left.get(t)! - 1);
          ops.push({ t, kind: reg.get(t) === undefined ? 'inc-read' : 'inc-write' });
          if (reg.get(t) === undefined) {
            reg.set(t, shared);
            d.read(t, 7, 'x', shared);
          } else {
            shared = reg.get(t)! + 1;
            reg.set(t, undefined);
            d.write(t, 7, 'x', shared);
          }
        }
        // finish the remaining steps serially
        for (const [t, n] of left) {
          for (let i = 0; i < n; i++) {
            if (reg.get(t) === undefined) {
              reg.set(t, shared);
              d.read(t, 7, 'x', shared);
            } else {
              shared = reg.get(t)! + 1;
              reg.set(t, undefined);
              d.write(t, 7, 'x', shared);
            }
          }
        }
        expect(d.totalLost()).toBe(threads * k - shared);
      }),
      { numRuns: 2000 },
    );
  });
});
