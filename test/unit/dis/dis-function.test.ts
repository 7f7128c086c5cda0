// dis.dis(function) as printed from inside a program (the seed notebook cells), compared with
// CPython 3.8's output recorded in fixtures/py38-facts.json.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseModule } from '../../../src/syntax/parser.js';
import { makeSource } from '../../../src/source/source.js';
import { py38 } from '../../../src/versions/py38/profile.js';
import type { CodeObject } from '../../../src/compiler/code.js';

const facts = JSON.parse(readFileSync(new URL('./fixtures/py38-facts.json', import.meta.url), 'utf8')) as {
  dis_function: { name: string; source: string; dis: string }[];
};
const norm = (t: string): string => t.replace(/at 0x[0-9a-f]+/g, 'at 0xADDR');

describe('disassembleCode (dis.dis of a function)', () => {
  for (const cell of facts.dis_function) {
    it(cell.name, () => {
      const src = makeSource('cell.py', cell.source);
      const mod = py38.compileModule(parseModule(src), src);
      const foo = mod.consts.find((c) => c.kind === 'code' && (c.code as CodeObject).name === 'foo');
      expect(foo).toBeDefined();
      expect(norm(py38.disassembleCode((foo as { code: CodeObject }).code))).toBe(norm(cell.dis));
    });
  }
});
