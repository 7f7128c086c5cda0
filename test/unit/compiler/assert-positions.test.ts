// Compiler test (3.11+): the source positions gilsim gives each instruction of assert statements
// (what a traceback's caret line is drawn from) against CPython's co_positions(), recorded by
// test/tools/gen-assert-positions.py in fixtures/py3X-assert-positions.json. One `it` per program.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compileSource } from '../../../src/pipeline.js';
import { loadProfile } from '../../../src/versions/registry.js';
import type { VersionId } from '../../../src/versions/profile.js';
import type { CodeObject } from '../../../src/compiler/code.js';
import { makeSource } from '../../../src/source/source.js';
import { decodeXt } from '../../../src/dis/disassemble-xt.js';
import { decodePositions } from '../../../src/versions/py311/locations.js';
import { cacheSizesOf } from '../../../src/versions/py311/dialect.js';

type Row = [number, string, number | null, number | null, number | null, number | null];
interface Program { source: string; codes: { name: string; instructions: Row[] }[] }

const orNull = (n: number): number | null => (n < 0 ? null : n);

function positionsOf(co: CodeObject, caches: Record<string, number>, opcodes: Parameters<typeof decodeXt>[1], out: { name: string; instructions: Row[] }[] = []): { name: string; instructions: Row[] }[] {
  const pos = decodePositions(co.linetable, co.firstlineno);
  const rows: Row[] = [];
  for (const ins of decodeXt(co.code, opcodes, caches)) {
    if (ins.opname === 'CACHE') continue;
    const p = pos[ins.offset / 2];
    rows.push(p ? [ins.offset, ins.opname, orNull(p.lineno), orNull(p.endLineno), orNull(p.col), orNull(p.endCol)] : [ins.offset, ins.opname, null, null, null, null]);
  }
  out.push({ name: co.name, instructions: rows });
  for (const c of co.consts) if (c.kind === 'code') positionsOf(c.code as CodeObject, caches, opcodes, out);
  return out;
}

for (const [version, file] of [['3.11', 'py311'], ['3.12', 'py312'], ['3.13', 'py313']] as const) {
  describe(`assert positions ${version}`, async () => {
    const programs = JSON.parse(readFileSync(new URL(`./fixtures/${file}-assert-positions.json`, import.meta.url), 'utf-8')) as Record<string, Program>;
    const profile = await loadProfile(version as VersionId);
    const caches = cacheSizesOf(profile.opcodes.extra);
    it('has programs', () => expect(Object.keys(programs).length).toBeGreaterThan(5));
    for (const [name, prog] of Object.entries(programs)) {
      it(name, () => {
        const co = compileSource(makeSource(`${name}.py`, prog.source), profile).code;
        expect(positionsOf(co, caches, profile.opcodes)).toEqual(prog.codes);
      });
    }
  });
}
