// Differential check against a directory made by test/tools/fuzz-syntax-errors.py (skipped
// unless GILSIM_FUZZ_DIR is set): every program CPython 3.8 rejects must be rejected with the
// same stderr, and every program it accepts must parse.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeSource } from '../../../src/source/source.js';
import { parseModule } from '../../../src/syntax/parser.js';
import { formatSyntaxDiagnostic, NotSupportedDiagnostic, PySyntaxDiagnostic } from '../../../src/source/diagnostics.js';

const DIR = process.env['GILSIM_FUZZ_DIR'];

describe.skipIf(!DIR)('front end vs python3.8 on fuzzed programs', () => {
  it('matches on every program', () => {
    const mismatches: string[] = [];
    const names = readdirSync(DIR!).filter((n) => n.endsWith('.py')).sort();
    for (const name of names) {
      const text = new TextDecoder().decode(readFileSync(join(DIR!, name)));
      let ours = '';
      try {
        parseModule(makeSource(name, text));
      } catch (e) {
        if (e instanceof NotSupportedDiagnostic) continue; // valid Python gilsim declines, e.g. a \N{...} escape
        if (!(e instanceof PySyntaxDiagnostic)) throw e;
        ours = formatSyntaxDiagnostic(e);
      }
      const errFile = join(DIR!, name.replace(/\.py$/, '.err'));
      const want = existsSync(errFile) ? readFileSync(errFile, 'utf8') : '';
      if (ours !== want) mismatches.push(name);
    }
    expect(mismatches).toEqual([]);
  });
});
