// Unit tests of the 3.9/3.10 version modules: the 3.10 line table (encoding vs. co_lines and
// dis.findlinestarts), the per-version switch-point tables, the VM line decoding and the
// NameError suggestion distance. Facts: cpython-switch-points.md §1.2-1.3, CPython 3.10's
// Objects/lnotab_notes.txt format (byte delta 0..254, line delta -127..127, -128 = no line).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeLinetable310, coLines310, findLineStarts310 } from '../../../src/versions/py310/linetable.js';
import { switchPoints } from '../../../src/versions/py38/switch-points.js';
import { switchPoints39 } from '../../../src/versions/py39/switch-points.js';
import { switchPoints310 } from '../../../src/versions/py310/switch-points.js';
import { linetableLines } from '../../../src/versions/py310/vm.js';
import { closestName, nameDistance } from '../../../src/vm/interp/suggestions.js';
import type { CodeObject } from '../../../src/compiler/code.js';

describe('3.10 co_linetable', () => {
  it('encodes a line change per range and "no line" as -128', () => {
    // lines 1,1,2,-1(artificial),2 over 5 instructions, firstlineno 1
    const marks = [0, 2, 4, 6, 8].map((offset, k) => ({ offset, lineno: [1, 1, 2, -1, 2][k]! }));
    const t = encodeLinetable310(marks, 1, 10);
    expect([...t]).toEqual([4, 0, 2, 1, 2, 0x80, 2, 0]);
    expect(coLines310(t, 1)).toEqual([[0, 4, 1], [4, 6, 2], [6, 8, -1], [8, 10, 2]]);
    // the second range of line 2 does not start a line again
    expect(findLineStarts310(t, 1)).toEqual([[0, 1], [4, 2]]);
  });

  it('splits long ranges at 254 bytes and big line jumps at 127', () => {
    const t = encodeLinetable310([{ offset: 0, lineno: 300 }], 1, 600);
    expect([...t]).toEqual([0, 127, 0, 127, 254, 45, 254, 0, 92, 0]);
    expect(findLineStarts310(t, 1)).toEqual([[0, 300]]);
  });

  it('round-trips: every instruction reads back the line it was given', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 500 }),
      fc.array(fc.oneof(fc.constant(-1), fc.integer({ min: 1, max: 1000 })), { minLength: 1, maxLength: 400 }),
      (first, lines) => {
        const marks = lines.map((lineno, i) => ({ offset: 2 * i, lineno }));
        const t = encodeLinetable310(marks, first, 2 * lines.length);
        const got = new Array<number>(lines.length).fill(NaN);
        for (const [s, e, l] of coLines310(t, first)) for (let o = s; o < e; o += 2) got[o / 2] = l;
        expect(got).toEqual(lines);
      },
    ), { numRuns: 200 });
  });

  it('gives the VM a line for every instruction, artificial ones keep the previous line', () => {
    const marks = [{ offset: 0, lineno: 3 }, { offset: 2, lineno: -1 }, { offset: 4, lineno: 5 }];
    const code = { code: new Uint8Array(6), linetable: encodeLinetable310(marks, 2, 6), firstlineno: 2 } as unknown as CodeObject;
    expect([...linetableLines(code)]).toEqual([3, 3, 5]);
  });
});

describe('switch-point tables', () => {
  it('3.8: DISPATCH instructions switch, FAST ones never, truth tests depend on the operand', () => {
    expect(switchPoints.switchKindOf('BINARY_ADD')).toBe(1);
    expect(switchPoints.switchKindOf('COMPARE_OP')).toBe(1);
    expect(switchPoints.switchKindOf('LOAD_FAST')).toBe(0);
    expect(switchPoints.switchKindOf('POP_JUMP_IF_FALSE')).toBe(2);
  });

  it('3.9: as 3.8, with IS_OP, CONTAINS_OP and LOAD_ASSERTION_ERROR fast', () => {
    for (const op of ['IS_OP', 'CONTAINS_OP', 'LOAD_ASSERTION_ERROR']) expect(switchPoints39.switchKindOf(op)).toBe(0);
    for (const op of ['LIST_EXTEND', 'DICT_MERGE', 'JUMP_IF_NOT_EXC_MATCH', 'LOAD_GLOBAL', 'JUMP_ABSOLUTE']) {
      expect(switchPoints39.switchKindOf(op)).toBe(1);
    }
    expect(switchPoints39.switchKindOf('POP_JUMP_IF_TRUE')).toBe(2);
    expect(switchPoints39.skipCheckBefore).toContain('SETUP_FINALLY');
  });

  it('3.10: only back jumps, taken conditional jumps and calls', () => {
    expect(switchPoints310.switchKindOf('JUMP_ABSOLUTE')).toBe(1);
    for (const op of ['CALL_FUNCTION', 'CALL_FUNCTION_KW', 'CALL_FUNCTION_EX', 'CALL_METHOD']) expect(switchPoints310.switchKindOf(op)).toBe(1);
    expect(switchPoints310.switchKindOf('POP_JUMP_IF_FALSE')).toBe(3);
    expect(switchPoints310.switchKindOf('POP_JUMP_IF_TRUE')).toBe(3);
    for (const op of ['BINARY_ADD', 'LOAD_GLOBAL', 'STORE_GLOBAL', 'FOR_ITER', 'JUMP_FORWARD', 'JUMP_IF_FALSE_OR_POP', 'COMPARE_OP']) {
      expect(switchPoints310.switchKindOf(op)).toBe(0);
    }
    expect(switchPoints310.checkAtFrameStart).toBe(true);
    expect(switchPoints310.checkAtHandlerEntry).toBe(true);
  });
});

describe('NameError suggestions (3.10)', () => {
  it('weighs case changes 1 and other edits 2', () => {
    expect(nameDistance('abc', 'abc', 10)).toBe(0);
    expect(nameDistance('abc', 'aBc', 10)).toBe(1);
    expect(nameDistance('abc', 'abd', 10)).toBe(2);
    expect(nameDistance('result', 'reslt', 10)).toBe(2);
    expect(nameDistance('abcdef', 'uvwxyz', 3)).toBe(4);
  });

  it('takes the closest name within a third of the characters, first on ties', () => {
    expect(closestName('reslt', ['x', 'result', 'reset'])).toBe('result');
    expect(closestName('prnt', ['print', 'len'])).toBe('print');
    expect(closestName('foo', ['bar', 'baz'])).toBe(null);
    expect(closestName('ab', ['ab'])).toBe(null);
    expect(closestName('spam', ['spa', 'spm'])).toBe('spa');
  });
});
