// Fidelity: for each racy/safe pattern and each supported version, gilsim loses updates exactly
// where real CPython does. The CPython verdicts were measured by test/tools/fidelity-table.mjs
// (switch interval 1e-6 s, several runs per version) and stored in cpython-verdicts.json.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeSource } from '../../src/source/source.js';
import { compileSource } from '../../src/pipeline.js';
import { loadProfile, supportedVersions } from '../../src/versions/registry.js';
import type { VersionId } from '../../src/versions/profile.js';
import { runProgram } from '../../src/sim/run.js';
import { GilScheduler } from '../../src/schedulers/gil.js';
import { createMachine } from '../../src/vm/machine.js';

const DIR = fileURLToPath(new URL('.', import.meta.url));
const recorded = JSON.parse(readFileSync(join(DIR, 'cpython-verdicts.json'), 'utf8')) as {
  verdicts: Record<string, Record<string, boolean>>;
};
const SEEDS = [1, 2, 3];

async function losesUpdates(pattern: string, version: VersionId): Promise<boolean> {
  // Fewer iterations than on real CPython: at a 1e-6 s interval the simulated GIL switches
  // every few dozen instructions, so 1500 iterations per thread show every switch point.
  const text = readFileSync(join(DIR, 'programs', `${pattern}.py`), 'utf8').replace('N = 20000', 'N = 1500');
  const profile = await loadProfile(version);
  const compiled = compileSource(makeSource(`test/fidelity/programs/${pattern}.py`, text), profile);
  for (const seed of SEEDS) {
    let out = '';
    const r = runProgram({
      compiled, profile, createMachine, scheduler: new GilScheduler(seed), maxSteps: 50_000_000,
      stdout: (s) => void (out += s), stderr: () => {},
    });
    expect(r.end.kind).toBe('finished');
    const lost = Number(/lost (-?\d+)/.exec(out)?.[1]);
    expect(Number.isNaN(lost)).toBe(false);
    if (lost > 0) return true;
  }
  return false;
}

describe('gilsim loses updates exactly where real CPython does (switch interval 1e-6)', () => {
  for (const version of supportedVersions() as VersionId[]) {
    describe(`CPython ${version}`, () => {
      for (const [pattern, byVersion] of Object.entries(recorded.verdicts)) {
        const expected = byVersion[version];
        if (expected === undefined) continue;
        it(`${pattern}: ${expected ? 'loses updates' : 'never loses'}`, async () => {
          expect(await losesUpdates(pattern, version)).toBe(expected);
        });
      }
    });
  }
});
