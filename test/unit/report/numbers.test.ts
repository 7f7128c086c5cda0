import { describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import { grouped } from '../../../src/report/numbers.js';

describe('grouped', () => {
  it('puts commas between groups of three digits', () => {
    expect(grouped(0)).toBe('0');
    expect(grouped(999)).toBe('999');
    expect(grouped(1000)).toBe('1,000');
    expect(grouped(-1234567)).toBe('-1,234,567');
  });
  fcTest.prop([fc.maxSafeInteger().map((x) => x)])('agrees with toLocaleString en-US', (x) => {
    expect(grouped(x)).toBe(x.toLocaleString('en-US'));
  });
});
