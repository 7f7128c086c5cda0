// The 3.8 peephole optimizer on hand-made wordcode: each rule in isolation, with the jump and
// lnotab fix-ups that follow NOP removal.
import { describe, expect, it } from 'vitest';
import { makePeephole38 } from '../../../src/versions/py38/peephole.js';
import { opcodes } from '../../../src/versions/py38/opcodes.generated.js';
import type { ConstValue } from '../../../src/syntax/constant.js';

const O = opcodes.opmap as Record<string, number>;
const peephole = makePeephole38(opcodes);
const code = (...ins: [string, number][]): Uint8Array => Uint8Array.from(ins.flatMap(([op, arg]) => [O[op]!, arg]));
const names = (b: Uint8Array): string[] => {
  const out: string[] = [];
  for (let i = 0; i < b.length; i += 2) out.push(`${opcodes.opname[b[i]!]} ${b[i + 1]}`);
  return out;
};
const int = (v: number): ConstValue => ({ kind: 'int', value: BigInt(v) });

describe('peephole (3.8)', () => {
  it('folds BUILD_TUPLE of constants into a new constant appended to co_consts', () => {
    const consts: ConstValue[] = [{ kind: 'none' }, int(1), int(2)];
    const r = peephole(code(['LOAD_CONST', 1], ['LOAD_CONST', 2], ['BUILD_TUPLE', 2], ['RETURN_VALUE', 0]), consts, new Uint8Array());
    expect(names(r.code)).toEqual(['LOAD_CONST 3', 'RETURN_VALUE 0']);
    expect(consts[3]).toEqual({ kind: 'tuple', items: [int(1), int(2)] });
  });

  it('turns BUILD_TUPLE 2 / UNPACK_SEQUENCE 2 into ROT_TWO and fixes the lnotab', () => {
    const consts: ConstValue[] = [{ kind: 'none' }];
    const r = peephole(code(['LOAD_NAME', 0], ['LOAD_NAME', 1], ['BUILD_TUPLE', 2], ['UNPACK_SEQUENCE', 2],
      ['STORE_NAME', 0], ['STORE_NAME', 1], ['LOAD_CONST', 0], ['RETURN_VALUE', 0]), consts, Uint8Array.from([12, 1]));
    expect(names(r.code)).toEqual(['LOAD_NAME 0', 'LOAD_NAME 1', 'ROT_TWO 0', 'STORE_NAME 0', 'STORE_NAME 1', 'LOAD_CONST 0', 'RETURN_VALUE 0']);
    expect([...r.lineTable]).toEqual([10, 1]);
  });

  it('drops LOAD_CONST true / POP_JUMP_IF_FALSE and retargets absolute jumps', () => {
    const consts: ConstValue[] = [{ kind: 'bool', value: true }];
    const r = peephole(code(['LOAD_CONST', 0], ['POP_JUMP_IF_FALSE', 8], ['LOAD_NAME', 0], ['JUMP_ABSOLUTE', 0], ['LOAD_CONST', 0], ['RETURN_VALUE', 0]),
      consts, new Uint8Array());
    expect(names(r.code)).toEqual(['LOAD_NAME 0', 'JUMP_ABSOLUTE 0', 'LOAD_CONST 0', 'RETURN_VALUE 0']);
  });

  it('threads a jump to an unconditional jump and a jump to RETURN_VALUE', () => {
    const consts: ConstValue[] = [{ kind: 'none' }];
    const r = peephole(code(['LOAD_NAME', 0], ['POP_JUMP_IF_FALSE', 8], ['JUMP_FORWARD', 2], ['LOAD_NAME', 1],
      ['JUMP_ABSOLUTE', 12], ['LOAD_CONST', 0], ['RETURN_VALUE', 0]), consts, new Uint8Array());
    // POP_JUMP_IF_FALSE -> (JUMP_ABSOLUTE -> 12) is threaded; JUMP_FORWARD to a jump becomes an
    // absolute jump to the final target; JUMP_ABSOLUTE to RETURN_VALUE becomes RETURN_VALUE.
    expect(names(r.code)).toEqual(['LOAD_NAME 0', 'POP_JUMP_IF_FALSE 12', 'JUMP_ABSOLUTE 12', 'LOAD_NAME 1',
      'RETURN_VALUE 0', 'LOAD_CONST 0', 'RETURN_VALUE 0']);
  });

  it('removes unreachable code after RETURN_VALUE up to the next jump target', () => {
    const consts: ConstValue[] = [{ kind: 'none' }];
    const r = peephole(code(['LOAD_NAME', 0], ['POP_JUMP_IF_FALSE', 10], ['LOAD_CONST', 0], ['RETURN_VALUE', 0],
      ['LOAD_NAME', 1], ['LOAD_CONST', 0], ['RETURN_VALUE', 0]), consts, new Uint8Array());
    expect(names(r.code)).toEqual(['LOAD_NAME 0', 'POP_JUMP_IF_FALSE 8', 'LOAD_CONST 0', 'RETURN_VALUE 0', 'LOAD_CONST 0', 'RETURN_VALUE 0']);
  });

  it('leaves code alone when the lnotab has a 255-byte step', () => {
    const b = code(['LOAD_CONST', 0], ['POP_JUMP_IF_FALSE', 4], ['RETURN_VALUE', 0]);
    const r = peephole(b, [{ kind: 'bool', value: true }], Uint8Array.from([255, 0, 1, 1]));
    expect(r.code).toBe(b);
  });
});
