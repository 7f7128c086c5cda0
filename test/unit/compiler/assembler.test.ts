// Assembler-level units: instruction sizes with EXTENDED_ARG, the 3.8 lnotab encoder and its
// reader (dis.findlinestarts), and a fast-check round trip decode(assemble(instrs)).
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { instrSize, writeOpArg } from '../../../src/compiler/assemble.js';
import { encodeLnotab, findLineStarts } from '../../../src/versions/py38/lnotab.js';
import { decode } from '../../../src/dis/decode.js';
import { opcodes } from '../../../src/versions/py38/opcodes.generated.js';

describe('instrSize', () => {
  it('grows at byte boundaries', () => {
    expect([0, 255, 256, 65535, 65536, 0xffffff, 0x1000000].map(instrSize)).toEqual([1, 1, 2, 2, 3, 3, 4]);
  });
});

describe('encodeLnotab (3.8)', () => {
  it('skips marks that change neither offset nor line, keeps zero line deltas', () => {
    const t = encodeLnotab([{ offset: 0, lineno: 1 }, { offset: 4, lineno: 1 }, { offset: 8, lineno: 3 }], 1);
    expect([...t]).toEqual([4, 0, 4, 2]);
  });
  it('encodes negative line deltas as signed bytes', () => {
    const t = encodeLnotab([{ offset: 0, lineno: 5 }, { offset: 6, lineno: 3 }], 2);
    expect([...t]).toEqual([0, 3, 6, 0xfe]);
  });
  it('splits byte deltas over 255 and line deltas over 127 / under -128', () => {
    expect([...encodeLnotab([{ offset: 600, lineno: 2 }], 1)]).toEqual([255, 0, 255, 0, 90, 1]);
    expect([...encodeLnotab([{ offset: 2, lineno: 301 }], 1)]).toEqual([2, 127, 0, 127, 0, 46]);
    expect([...encodeLnotab([{ offset: 2, lineno: 1 }], 201)]).toEqual([2, 0x80, 0, 0xb8]);
  });
  test.prop([fc.array(fc.tuple(fc.integer({ min: 1, max: 700 }), fc.integer({ min: 1, max: 2000 })), { maxLength: 30 }), fc.integer({ min: 1, max: 2000 })])(
    'findLineStarts recovers every line change', (steps, first) => {
      let off = 0;
      const marks = steps.map(([d, line]) => ({ offset: (off += 2 * d), lineno: line }));
      const starts = new Map(findLineStarts(encodeLnotab(marks, first), first));
      let cur = first;
      for (const m of marks) {
        if (m.lineno !== cur) expect(starts.get(m.offset)).toBe(m.lineno);
        cur = m.lineno;
      }
    });
});

describe('decode(assemble(instrs))', () => {
  const withArg = Object.values(opcodes.opmap).filter((op) => op >= opcodes.HAVE_ARGUMENT && op !== opcodes.EXTENDED_ARG);
  const noArg = Object.values(opcodes.opmap).filter((op) => op < opcodes.HAVE_ARGUMENT);
  const boundary = fc.constantFrom(0, 1, 0xff, 0x100, 0xffff, 0x10000, 0xffffff, 0x1000000, 0x7fffffff);
  const instr = fc.oneof(
    fc.record({ op: fc.constantFrom(...withArg), arg: fc.oneof(boundary, fc.integer({ min: 0, max: 0x7fffffff })) }),
    fc.record({ op: fc.constantFrom(...noArg), arg: fc.constant(0) }),
  );
  test.prop([fc.array(instr, { maxLength: 40 })])('round-trips, with EXTENDED_ARG prefixes', (instrs) => {
    const bytes: number[] = [];
    for (const i of instrs) writeOpArg(bytes, i.op, i.arg, instrSize(i.arg), opcodes.EXTENDED_ARG);
    const decoded = decode(Uint8Array.from(bytes), opcodes).filter((d) => d.op !== opcodes.EXTENDED_ARG);
    expect(decoded.map((d) => ({ op: d.op, arg: d.arg ?? 0 }))).toEqual(instrs);
    expect(bytes.length).toBe(2 * instrs.reduce((n, i) => n + instrSize(i.arg), 0));
  });
});
