// The parser against CPython 3.8's ast.parse over every corpus program (goldens written by
// test/tools/gen-ast-goldens.py): same nodes, fields, constants and positions.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import { makeSource } from '../../../src/source/source.js';
import { parseModule, parseModuleAst } from '../../../src/syntax/parser.js';
import { PySyntaxDiagnostic } from '../../../src/source/diagnostics.js';
import { diffAst } from './ast-compare.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const GOLDEN = join(ROOT, 'test', 'golden', 'ast', '3.8');

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (name.endsWith('.json')) out.push(p);
  }
  return out;
}

const cases = walk(GOLDEN).map((g) => {
  const rel = relative(GOLDEN, g).replace(/\.json$/, '.py');
  return { rel, golden: g, source: join(ROOT, 'test', 'corpus', rel) };
}).filter((c) => existsSync(c.source));

describe('AST equals CPython 3.8 ast.parse', () => {
  it('has goldens', () => expect(cases.length).toBeGreaterThan(5));
  for (const c of cases) {
    it(c.rel, () => {
      const golden = JSON.parse(readFileSync(c.golden, 'utf8'));
      const sha1 = createHash('sha1').update(readFileSync(c.source)).digest('hex');
      if (golden._source_sha1 !== sha1) {
        throw new Error(`stale golden for ${c.rel}: run python3 test/tools/gen-ast-goldens.py`);
      }
      const src = makeSource(`test/corpus/${c.rel}`, readFileSync(c.source, 'utf8'));
      if (golden.error) {
        const [kind, msg, lineno] = golden.error;
        let err: unknown;
        try { parseModuleAst(src); } catch (e) { err = e; }
        expect(err).toBeInstanceOf(PySyntaxDiagnostic);
        const d = err as PySyntaxDiagnostic;
        expect([d.kind, d.msg, d.lineno]).toEqual([kind, msg, lineno]);
        return;
      }
      const ours = parseModuleAst(src);
      const d = diffAst(golden, ours);
      if (d) throw new Error(d);
      // The symtable/compiler-stage checks accept exactly what CPython's compile() accepts.
      let compileErr: unknown = null;
      try { parseModule(src); } catch (e) { compileErr = e; }
      if (golden._compile_error === null) {
        expect(compileErr).toBeNull();
      } else {
        expect(compileErr).toBeInstanceOf(PySyntaxDiagnostic);
        const c = compileErr as PySyntaxDiagnostic;
        expect([c.kind, c.msg, c.lineno]).toEqual(golden._compile_error);
      }
    });
  }
});
