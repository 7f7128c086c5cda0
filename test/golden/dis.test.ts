// Golden test: gilsim's `dis` output for every program of test/corpus/dis, byte for byte against
// `python<V> -m dis` (test/golden/dis/<V>/*.dis), for every version the registry supports.
// One `it` per program so the failure list names exactly the programs that differ.
import { afterAll, describe, expect, it } from 'vitest';
import { compileSource } from '../../src/pipeline.js';
import { isSupportedVersion, loadProfile, supportedVersions } from '../../src/versions/registry.js';
import { Conformance, listCorpus, normaliseAddresses, readCorpusSource, readDisGolden } from '../helpers/corpus.js';

const programs = listCorpus('dis');
const tally = new Conformance();

describe('dis corpus', () => {
  it('has at least 100 programs', () => {
    expect(programs.length).toBeGreaterThanOrEqual(100);
  });

  it('normalises code-object addresses by first appearance, like gen-golden.py', () => {
    const raw = '<code object f at 0x7f3a00c0>, <code object g at 0x7f3a0100>\nDisassembly of <code object f at 0x7f3a00c0>';
    expect(normaliseAddresses(raw)).toBe(
      '<code object f at 0x0001>, <code object g at 0x0002>\nDisassembly of <code object f at 0x0001>',
    );
    // Goldens are already normalised, so normalising again must not change them.
    const golden = readDisGolden('3.8', 'closure_basic_01');
    expect(golden).toBeDefined();
    expect(golden).toContain('at 0x0001');
    expect(normaliseAddresses(golden!)).toBe(golden);
  });
});

for (const version of supportedVersions()) {
  describe(`dis golden ${version}`, () => {
    it('has a golden for every corpus program', () => {
      const missing = programs.filter((n) => readDisGolden(version, n) === undefined);
      expect(missing, `run: python3 test/tools/gen-golden.py --versions ${version}`).toEqual([]);
    });

    for (const name of programs) {
      it(name, async () => {
        let ok = false;
        try {
          if (!isSupportedVersion(version)) throw new Error(`registry lists ${version} but rejects it`);
          const golden = readDisGolden(version, name);
          expect(golden, `missing test/golden/dis/${version}/${name}.dis`).toBeDefined();
          const profile = await loadProfile(version);
          const { code } = compileSource(readCorpusSource('dis', name), profile);
          const actual = normaliseAddresses(profile.disassembleModule(code));
          expect(actual).toBe(golden);
          ok = true;
        } finally {
          tally.record(version, name, ok);
        }
      });
    }
  });
}

afterAll(() => {
  console.log(tally.summary('dis golden'));
});
