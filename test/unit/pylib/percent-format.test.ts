import { describe, expect, it } from 'vitest';
import { percentFormat } from '../../../src/pylib/percent-format.js';
import { dec, loadGolden, outcome, Tally, type Enc } from './golden.js';
import { hooks } from './values.js';

describe('%-formatting against CPython 3.8 goldens', () => {
  it('str % args', () => {
    const t = new Tally();
    for (const [fmt, args, want] of loadGolden<[string, Enc, Enc][]>('percent')) {
      const got = outcome(() => ({ s: percentFormat(fmt, dec(args), hooks) }));
      t.check(`${JSON.stringify(fmt)} % ${JSON.stringify(args).slice(0, 40)}`, got, want);
    }
    t.report('percent');
    expect(t.bad).toEqual([]);
  });
});
