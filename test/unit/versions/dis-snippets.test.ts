// Compiler conformance beyond the dis corpus: small programs exercising shapes where 3.8, 3.9
// and 3.10 differ (comprehension temporaries, try/except/else/finally exits, with in loops,
// constant tests, displays and calls over 3.10's stack-use guideline, attribute end lines),
// compared with `python3.X -m dis` output recorded by test/tools/gen-version-dis-fixtures.py.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeSource } from '../../../src/source/source.js';
import { compileSource } from '../../../src/pipeline.js';
import { loadProfile } from '../../../src/versions/registry.js';
import type { VersionId } from '../../../src/versions/profile.js';
import { normaliseAddresses } from '../../helpers/corpus.js';

const facts = JSON.parse(readFileSync(fileURLToPath(new URL('./fixtures/dis-snippets.json', import.meta.url)), 'utf8')) as {
  snippets: Record<string, string>;
  dis: Record<string, Record<string, { dis?: string; error?: string }>>;
};

/** Snippets outside gilsim's Python subset: compiling them must be refused (not miscompiled). */
const OUTSIDE_SUBSET: Readonly<Record<string, string>> = {
  star_class_bases: 'class keywords (metaclass=...)',
};

for (const version of ['3.8', '3.9', '3.10'] as VersionId[]) {
  describe(`dis of version-sensitive snippets, ${version}`, () => {
    for (const [name, src] of Object.entries(facts.snippets)) {
      it(name, async () => {
        const profile = await loadProfile(version);
        const compile = () => compileSource(makeSource('snippet.py', src), profile).code;
        if (OUTSIDE_SUBSET[name]) {
          expect(compile).toThrow(/not supported/);
          return;
        }
        const golden = facts.dis[version]![name]!.dis;
        expect(golden).toBeDefined();
        expect(normaliseAddresses(profile.disassembleModule(compile()))).toBe(normaliseAddresses(golden!));
      });
    }
  });
}
