// Code objects compiled by gilsim vs CPython 3.8's, attribute by attribute (co_code, co_lnotab,
// co_stacksize, co_flags, variable tuples...), for the dis corpus and the stress fixtures.
// Facts (with the source text they were compiled from): test/tools/gen-code-facts.py ->
// fixtures/py38-code-facts.json.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseModule } from '../../../src/syntax/parser.js';
import { makeSource } from '../../../src/source/source.js';
import { py38 } from '../../../src/versions/py38/profile.js';
import type { CodeObject } from '../../../src/compiler/code.js';

interface Facts {
  name: string; argcount: number; posonlyargcount: number; kwonlyargcount: number; nlocals: number;
  stacksize: number; flags: number; firstlineno: number; lnotab: string; code: string;
  names: string[]; varnames: string[]; cellvars: string[]; freevars: string[]; children: Facts[];
}

const all = JSON.parse(readFileSync(new URL('./fixtures/py38-code-facts.json', import.meta.url), 'utf8')) as Record<string, { source: string; code: Facts }>;
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

function factsOf(co: CodeObject): Facts {
  return {
    name: co.name, argcount: co.argcount, posonlyargcount: co.posonlyargcount, kwonlyargcount: co.kwonlyargcount,
    nlocals: co.nlocals, stacksize: co.stacksize, flags: co.flags, firstlineno: co.firstlineno,
    lnotab: hex(co.linetable), code: hex(co.code), names: [...co.names], varnames: [...co.varnames],
    cellvars: [...co.cellvars], freevars: [...co.freevars],
    children: co.consts.filter((c) => c.kind === 'code').map((c) => factsOf(c.code as CodeObject)),
  };
}

describe('code objects match CPython 3.8', () => {
  for (const [rel, { source, code: expected }] of Object.entries(all)) {
    it(rel, () => {
      const src = makeSource(rel, source);
      const co = py38.compileModule(parseModule(src), src);
      expect(factsOf(co)).toEqual(expected);
    });
  }
});
