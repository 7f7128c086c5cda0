import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeSchedule, encodeSchedule, ScheduleTokenError, sparsify } from '../../../src/schedulers/schedule-token.js';

const sparseArb = fc
  .record({
    decisions: fc.integer({ min: 0, max: 100_000 }),
    picks: fc.array(fc.record({ index: fc.nat(), thread: fc.nat({ max: 300 }) }), { maxLength: 40 }),
  })
  .map(({ decisions, picks }) => {
    const seen = new Map<number, number>();
    for (const p of picks) if (decisions > 0) seen.set(p.index % decisions, p.thread);
    const overrides = [...seen].sort((a, b) => a[0] - b[0]).map(([index, thread]) => ({ index, thread }));
    return { decisions, overrides };
  });

describe('schedule tokens', () => {
  it('decode(encode(s)) is s', () => {
    fc.assert(
      fc.property(sparseArb, (s) => {
        expect(decodeSchedule(encodeSchedule(s))).toEqual(s);
      }),
    );
  });

  it('a schedule without preemptions is a short token', () => {
    expect(encodeSchedule({ decisions: 300, overrides: [] })).toBe('g1.rAI');
  });

  it('sparsify keeps only the picks that differ from the default', () => {
    expect(sparsify([0, 0, 1, 1, 2], [0, 0, 0, 1, 1])).toEqual({
      decisions: 5,
      overrides: [
        { index: 2, thread: 1 },
        { index: 4, thread: 2 },
      ],
    });
  });

  it.each([
    ['', /start with 'g1\.'/],
    ['hello', /start with 'g1\.'/],
    ['g2.AAA', /start with 'g1\.'/],
    ['g1.@@@', /damaged/],
    ['g1.A', /damaged/],
    ['g1.', /truncated/],
    ['g1.gA', /truncated/], // continuation bit set, no next byte
    ['g1.AAAA', /inconsistent/], // 0 decisions but an override at index 0
    ['g1.AwA', /truncated/], // override index without a thread
  ])('rejects %j with a clear error', (token, msg) => {
    expect(() => decodeSchedule(token)).toThrow(ScheduleTokenError);
    expect(() => decodeSchedule(token)).toThrow(msg);
  });
});
