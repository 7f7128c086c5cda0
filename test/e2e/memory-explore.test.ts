// End-to-end: the explorer checks reference counts under every schedule. A threaded program
// whose workers build and drop temporaries (and leak one cycle each) must, after every
// interleaving, leave `shared` referenced only by its global once the collector ran.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gilsim } from './helpers.js';

const PROGRAM = `import gc
import sys
import threading

shared = []
box = []

def worker():
    tmp = [shared]
    box.append(tmp)
    del tmp
    item = box.pop()
    item.append(item)
    del item

ts = [threading.Thread(target=worker) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
del t, ts
`;

let file: string;
beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'gilsim-mem-explore-'));
  file = join(dir, 'leaky.py');
  writeFileSync(file, PROGRAM);
});

describe('gilsim explore with refcount and gc expectations', () => {
  it('holds under every schedule: two leaked cycles, collected, then only the global remains', () => {
    const r = gilsim(['explore', file, '--expect', 'sys.getrefcount(shared) == 4', '--expect', 'gc.collect() == 2', '--expect', 'sys.getrefcount(shared) == 2']);
    expect(r.stdout + r.stderr).toContain('verdict: holds');
    expect(r.stdout + r.stderr).toContain('exploration: complete');
    expect(r.status).toBe(0);
  });
  it('a wrong expectation is reported as violated', () => {
    const r = gilsim(['explore', file, '--expect', 'gc.collect() == 0']);
    expect(r.stdout + r.stderr).toContain('verdict: VIOLATED');
    expect(r.status).toBe(1);
  });
});
