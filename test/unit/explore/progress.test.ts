import { describe, expect, it } from 'vitest';
import { Progress } from '../../../src/report/progress.js';

describe('Progress', () => {
  it('stays silent during the first second and when disabled (stderr not a TTY)', () => {
    const out: string[] = [];
    const p = new Progress((s) => out.push(s), true, 'exploring f.py');
    p.update(10, 500);
    p.clear();
    expect(out).toEqual([]);
    const off = new Progress((s) => out.push(s), false, 'x');
    off.update(10, 5000);
    expect(out).toEqual([]);
  });

  it('redraws one line at most every 200 ms and clears it at the end', () => {
    const out: string[] = [];
    const p = new Progress((s) => out.push(s), true, 'exploring f.py');
    p.update(1000, 1000);
    p.update(1100, 1100);
    p.update(2000, 1300);
    p.clear();
    expect(out).toHaveLength(3);
    expect(out[0]).toBe('\r\u001b[2Kexploring f.py: 1,000 executions, 1.0 s (1000/s)');
    expect(out[1]).toContain('2,000 executions, 1.3 s');
    expect(out[2]).toBe('\r\u001b[2K');
  });
});
