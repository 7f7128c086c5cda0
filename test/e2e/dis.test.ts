// End-to-end: `gilsim dis` through the built binary prints what `python -m dis` printed
// (goldens from the real interpreters; code-object addresses normalised on both sides) for
// every supported version, including the seed notebook's two dis cells as whole files, and
// reports bad programs exactly as CPython 3.8 does.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gilsim, ROOT } from './helpers.js';
import { normaliseAddresses, readDisGolden } from '../helpers/corpus.js';
import { supportedVersions } from '../../src/versions/registry.js';

const SAMPLE = ['seed_dis_inplace', 'seed_dis_sort', 'closure_nonlocal_01', 'try_finally_01', 'class_inherit_01', 'fstring_01'];

describe('gilsim dis (built binary)', () => {
  for (const version of supportedVersions()) {
    for (const name of SAMPLE) {
      it(`${name} --python ${version}`, () => {
        const golden = readDisGolden(version, name);
        expect(golden, `golden test/golden/dis/${version}/${name}.dis`).toBeDefined();
        const r = gilsim(['dis', `test/corpus/dis/${name}.py`, '--python', version]);
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
        expect(normaliseAddresses(r.stdout)).toBe(golden);
      });
    }
  }

  for (const name of ['assign_aug_01', 'annassign_bad_01']) {
    it(`bad program ${name}: CPython 3.8's SyntaxError text, exit 2`, () => {
      const r = gilsim(['dis', `test/corpus/syntax-errors/${name}.py`]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(readFileSync(join(ROOT, 'test', 'golden', 'syntax-errors', '3.8', `${name}.err`), 'utf8'));
    });
  }

  it('valid Python outside the subset: "not supported yet", exit 2', () => {
    const r = gilsim(['dis', 'test/corpus/syntax-errors/annassign_list_01.py']);
    expect(r.status).toBe(2);
  });
});
