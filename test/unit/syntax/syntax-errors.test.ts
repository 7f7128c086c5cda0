// Every program of test/corpus/syntax-errors must fail exactly as `python3.8 FILE` does: the
// golden is CPython's stderr (test/tools/gen-syntax-errors.py), compared byte for byte.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeSource } from '../../../src/source/source.js';
import { parseModule } from '../../../src/syntax/parser.js';
import { formatSyntaxDiagnostic, PySyntaxDiagnostic } from '../../../src/source/diagnostics.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const CORPUS = join(ROOT, 'test', 'corpus', 'syntax-errors');
const GOLDEN = join(ROOT, 'test', 'golden', 'syntax-errors', '3.8');

const names = readdirSync(CORPUS).filter((n) => n.endsWith('.py')).sort();

function gilsimStderr(name: string): string {
  const rel = `test/corpus/syntax-errors/${name}`;
  const text = new TextDecoder().decode(readFileSync(join(CORPUS, name)));
  try {
    parseModule(makeSource(rel, text));
  } catch (e) {
    if (e instanceof PySyntaxDiagnostic) return formatSyntaxDiagnostic(e);
    throw e;
  }
  return '(parsed without error)\n';
}

describe('syntax errors match CPython 3.8 byte for byte', () => {
  it('has at least 30 programs', () => expect(names.length).toBeGreaterThanOrEqual(30));
  for (const name of names) {
    it(name, () => {
      const golden = readFileSync(join(GOLDEN, name.replace(/\.py$/, '.err')), 'utf8');
      expect(gilsimStderr(name)).toBe(golden);
    });
  }
});
