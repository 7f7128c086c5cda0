// Version-visible runtime behaviour against CPython 3.8/3.9/3.10: uncaught NameError and
// AttributeError hints (3.10), call-error and other wording changes, default thread names, and
// absolute script paths in 3.9+ tracebacks. Expected output recorded by
// test/tools/gen-version-run-fixtures.py (the script's directory shows as <DIR>).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeSource } from '../../../src/source/source.js';
import { loadProfile } from '../../../src/versions/registry.js';
import type { VersionId } from '../../../src/versions/profile.js';
import { runProgram } from '../../../src/vm/run-program.js';

const facts = JSON.parse(readFileSync(fileURLToPath(new URL('./fixtures/run-snippets.json', import.meta.url)), 'utf8')) as {
  programs: Record<string, string>;
  results: Record<string, Record<string, { stdout: string; stderr: string; exit: number }>>;
};

const dirOf = (t: string): string => t.split(`${process.cwd()}/`).join('<DIR>/');

for (const version of ['3.8', '3.9', '3.10'] as VersionId[]) {
  describe(`runtime wording, ${version}`, () => {
    for (const [name, src] of Object.entries(facts.programs)) {
      it(name, async () => {
        const profile = await loadProfile(version);
        const r = runProgram(makeSource('prog.py', src), profile, { seed: 0 });
        const want = facts.results[version]![name]!;
        expect({ stdout: dirOf(r.stdout), stderr: dirOf(r.stderr), exit: r.exitCode }).toEqual(want);
      });
    }
  });
}
