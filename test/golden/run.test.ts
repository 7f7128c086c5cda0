// Golden test: running every program of test/corpus/{run,memory,seed} on gilsim's VM must give
// CPython's stdout, stderr and exit status (test/golden/run/<V>/<dir>/NAME.{out,err,exit}),
// for every version the registry supports. The VM entry point is loaded lazily: if
// src/vm/run-program.ts does not exist yet, every case fails with a message saying so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from '../../src/source/source.js';
import type { VersionProfile } from '../../src/versions/profile.js';
import { isSupportedVersion, loadProfile, supportedVersions } from '../../src/versions/registry.js';
import {
  Conformance,
  REPO_ROOT,
  listCorpus,
  normaliseRunOutput,
  readCorpusSource,
  readRunGolden,
  type CorpusDir,
} from '../helpers/corpus.js';

type RunProgram = (
  source: SourceFile,
  profile: VersionProfile,
  opts: { seed: number; maxSteps?: number },
) => { stdout: string; stderr: string; exitCode: number };

const RUN_PROGRAM_MODULE = join(REPO_ROOT, 'src', 'vm', 'run-program.ts');
const DIRS: readonly CorpusDir[] = ['run', 'memory', 'seed'];
const MINIMUM: Readonly<Record<string, number>> = { run: 70, memory: 30, seed: 1 };
// Programs gilsim is known not to match yet: "version dir/name" -> reason. A listed program is
// still run and must fail (it.fails), so the entry has to be removed once it starts passing.
const KNOWN_UNSUPPORTED: Readonly<Record<string, string>> = {
};

let runProgram: RunProgram | undefined;
let loadError: string | undefined;

beforeAll(async () => {
  if (!existsSync(RUN_PROGRAM_MODULE)) {
    loadError = 'src/vm/run-program.ts does not exist yet: the run goldens need its runProgram(source, profile, { seed })';
    return;
  }
  try {
    const mod = (await import('../../src/vm/run-program.js')) as { runProgram?: RunProgram };
    if (typeof mod.runProgram !== 'function') loadError = 'src/vm/run-program.ts does not export a runProgram function';
    else runProgram = mod.runProgram;
  } catch (e) {
    loadError = `loading src/vm/run-program.ts failed: ${(e as Error).message}`;
  }
});

const tally = new Conformance();

for (const dir of DIRS) {
  const programs = listCorpus(dir);
  describe(`${dir} corpus`, () => {
    it(`has at least ${MINIMUM[dir]} programs`, () => {
      expect(programs.length).toBeGreaterThanOrEqual(MINIMUM[dir] ?? 1);
    });
  });

  for (const version of supportedVersions()) {
    describe(`run golden ${version} ${dir}`, () => {
      for (const name of programs) {
        const key = `${version} ${dir}/${name}`;
        const test = KNOWN_UNSUPPORTED[key] !== undefined ? it.fails : it;
        test(name, async () => {
          let ok = false;
          try {
            if (loadError !== undefined || runProgram === undefined) throw new Error(loadError ?? 'runProgram not loaded');
            if (!isSupportedVersion(version)) throw new Error(`registry lists ${version} but rejects it`);
            const golden = readRunGolden(version, dir, name);
            expect(golden, `missing golden for ${key} (python3 test/tools/gen-golden.py --versions ${version})`).toBeDefined();
            const profile = await loadProfile(version);
            const r = runProgram(readCorpusSource(dir, name), profile, { seed: 0, maxSteps: 60_000_000 });
            const actual = {
              stdout: normaliseRunOutput(r.stdout),
              stderr: normaliseRunOutput(r.stderr),
              exitCode: r.exitCode,
            };
            expect(actual).toEqual(golden);
            ok = true;
          } finally {
            tally.record(`${version} ${dir}`, name, ok);
          }
        });
      }
    });
  }
}

afterAll(() => {
  console.log(tally.summary('run golden'));
});
