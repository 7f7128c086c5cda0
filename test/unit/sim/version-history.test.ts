// The lost-update detector's run-length version history (src/sim/version-history.ts) against a
// plain array of (writer, parent) per version, and the detector's repeat() (a summarised loop)
// against the same accesses delivered one by one: same reports, same lost counts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { VersionHistory } from '../../../src/sim/version-history.js';
import { LostUpdateDetector } from '../../../src/sim/lost-updates.js';
import type { Machine } from '../../../src/sim/contract.js';

type Step = { kind: 'append'; writer: number; parent: 'prev' | 'blind' | number } | { kind: 'chain'; writer: number; count: number };

const STEP: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('append' as const), writer: fc.integer({ min: 0, max: 3 }), parent: fc.oneof(fc.constantFrom('prev' as const, 'blind' as const), fc.nat(40)) }),
  fc.record({ kind: fc.constant('chain' as const), writer: fc.integer({ min: 0, max: 3 }), count: fc.integer({ min: 0, max: 30 }) }),
);

describe('VersionHistory = one (writer, parent) per version', () => {
  it('parents, writers since a version, ancestry', () => {
    fc.assert(
      fc.property(fc.array(STEP, { maxLength: 60 }), fc.nat(200), fc.integer({ min: 0, max: 3 }), (steps, fromSeed, thread) => {
        const h = new VersionHistory();
        const writers: number[] = [];
        const parents: number[] = [];
        for (const s of steps) {
          if (s.kind === 'chain') {
            h.appendChain(s.writer, s.count);
            for (let i = 0; i < s.count; i++) {
              parents.push(writers.length);
              writers.push(s.writer);
            }
          } else {
            const n = writers.length;
            const p = s.parent === 'prev' ? n : s.parent === 'blind' ? -1 : Math.min(s.parent, n);
            h.append(s.writer, p);
            parents.push(p);
            writers.push(s.writer);
          }
        }
        const n = writers.length;
        expect(h.size).toBe(n);
        for (let v = 1; v <= n; v++) expect(h.parentOf(v)).toBe(parents[v - 1]);
        const from = n === 0 ? 1 : 1 + (fromSeed % n);
        const others = new Set<number>();
        let count = 0;
        for (let v = from; v <= n; v++) if (writers[v - 1] !== thread) { count++; others.add(writers[v - 1]!); }
        const got = h.othersSince(from, thread);
        expect(got.count).toBe(count);
        expect([...got.writers].sort()).toEqual([...others].sort());
        const chain = new Set<number>();
        for (let v = n; v > 0; v = parents[v - 1]!) chain.add(v);
        const fromRuns = new Set<number>();
        for (const [a, b] of h.ancestry()) for (let v = a; v <= b; v++) fromRuns.add(v);
        expect([...fromRuns].sort((x, y) => x - y)).toEqual([...chain].sort((x, y) => x - y));
      }),
      { numRuns: 2000 },
    );
  });
});

function machine(): Machine {
  return {
    threads: () => [0, 1, 2, 3].map((id) => ({ id, name: `T${id}`, state: 'runnable', heldLocks: [] })),
    lineOf: (id: number) => 100 + id,
    describeLocation: (o: number, k: string) => `${o}.${k}`,
    repr: (v: unknown) => String(v),
  } as unknown as Machine;
}

/** Accesses before and after the summarised loop: other threads' reads and writes of the location. */
type Access = { thread: number; op: 'R' | 'W' };

describe('LostUpdateDetector.repeat = its accesses one by one', () => {
  it('same lost updates and reports', () => {
    // (thread 3 is the summarised one: it may also read and write before and after its loop)
    const ACCESS = fc.record({ thread: fc.integer({ min: 0, max: 3 }), op: fc.constantFrom('R' as const, 'W' as const) });
    fc.assert(
      fc.property(
        fc.array(ACCESS, { maxLength: 12 }), fc.stringMatching(/^[RW]{1,4}$/), fc.integer({ min: 1, max: 40 }), fc.array(ACCESS, { maxLength: 12 }),
        (before, pattern, times, after) => {
          const one = new LostUpdateDetector(machine());
          const rep = new LostUpdateDetector(machine());
          let value = 0;
          const play = (d: LostUpdateDetector, a: Access, v: number) => (a.op === 'R' ? d.read(a.thread, 1, 'x', v, 7) : d.write(a.thread, 1, 'x', v));
          for (const a of before) {
            value++;
            play(one, a, value);
            play(rep, a, value);
          }
          // the summarised thread (3) never has a stale read before a pattern that starts with a write
          if (pattern[0] === 'W' && rep.hasStaleRead(3, 1, 'x')) return;
          let readAfter: unknown;
          let written: unknown;
          for (let r = 0; r < times; r++) {
            for (const op of pattern) {
              value++;
              if (op === 'R') {
                one.read(3, 1, 'x', value, 9);
                readAfter = value;
              } else {
                one.write(3, 1, 'x', value);
                written = value;
                readAfter = undefined;
              }
            }
          }
          rep.repeat(3, 1, 'x', pattern, times, pattern.includes('R') ? 9 : 0, written, readAfter);
          for (const a of after) {
            value++;
            play(one, a, value);
            play(rep, a, value);
          }
          expect(rep.totalLost()).toBe(one.totalLost());
          expect(rep.lostUpdateGroups()).toEqual(one.lostUpdateGroups());
        },
      ),
      { numRuns: 3000 },
    );
  });
});
