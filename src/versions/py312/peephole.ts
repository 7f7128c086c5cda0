// Stage: version profile (3.12 CFG peephole) = 3.11's rules plus 3.12's changes: no
// JUMP_IF_*_OR_POP, LOAD_CONST + RETURN_VALUE -> RETURN_CONST, COPY 1 of a constant seen as
// the constant, jump threading through jumps without a line, safer static swaps.
import type { ConstValue } from '../../syntax/constant.js';
import type { XBlock, XInstr, XUnit } from '../../compiler/xt/xunit.js';
import { isTruthy } from '../../compiler/const-ops.js';
import { targetInstr, foldTupleOnConstants, swaptimize, applyStaticSwaps } from '../py311/peephole.js';

export function jumpThread312(inst: XInstr, target: XInstr, op: string): boolean {
  if ((inst.loc.lineno === target.loc.lineno || target.loc.lineno === -1) && inst.target !== target.target) {
    inst.target = target.target;
    inst.op = op;
    return true;
  }
  return false;
}

export const swappable312 = (x: XInstr): boolean =>
  x.op === 'STORE_FAST' || x.op === 'STORE_FAST_MAYBE_NULL' || x.op === 'POP_TOP';
export const storesTo312 = (x: XInstr): number =>
  x.op === 'STORE_FAST' || x.op === 'STORE_FAST_MAYBE_NULL' ? x.arg : -1;
const CONST_LOADS = new Set(['LOAD_CONST']);

/** Rules a later version may add in front of 3.12's (3.13: TO_BOOL folding...). Returns true when handled. */
export type ExtraRule = (b: XBlock, i: number, consts: ConstValue[], opcode: string, oparg: number) => boolean;

export type JumpThread = (b: XBlock, inst: XInstr, target: XInstr, op: string) => boolean;

export function makeOptimizeBlock312(extra?: ExtraRule, jumpThread: JumpThread = (_b, i, t, op) => jumpThread312(i, t, op)) {
  return function optimizeBlock312(_u: XUnit, b: XBlock, consts: ConstValue[]): void {
    const ins = b.instrs;
    let opcode = '';
    let oparg = 0;
    let target: XInstr = targetInstr({ op: 'NOP', arg: 0, target: null, loc: { lineno: -1, endLineno: -1, col: -1, endCol: -1 } });
    for (let i = 0; i < ins.length; i++) {
      const inst = ins[i]!;
      const isCopyOfLoadConst = opcode === 'LOAD_CONST' && inst.op === 'COPY' && inst.arg === 1;
      if (!isCopyOfLoadConst) {
        opcode = inst.op;
        oparg = inst.arg;
        target = targetInstr(inst);
      }
      const nextop = i + 1 < ins.length ? ins[i + 1]!.op : '';
      if (extra && extra(b, i, consts, opcode, oparg)) continue;
      switch (opcode) {
        case 'LOAD_CONST': {
          const cnt = consts[oparg]!;
          switch (nextop) {
            case 'POP_JUMP_IF_FALSE':
            case 'POP_JUMP_IF_TRUE':
              inst.op = 'NOP';
              if (isTruthy(cnt) === (nextop === 'POP_JUMP_IF_TRUE')) ins[i + 1]!.op = 'JUMP';
              else {
                ins[i + 1]!.op = 'NOP';
                ins[i + 1]!.target = null;
              }
              break;
            case 'IS_OP': {
              const jumpOp = i + 2 < ins.length ? ins[i + 2]!.op : '';
              if (cnt.kind === 'none' && (jumpOp === 'POP_JUMP_IF_FALSE' || jumpOp === 'POP_JUMP_IF_TRUE')) {
                const nextarg = ins[i + 1]!.arg;
                inst.op = 'NOP';
                ins[i + 1]!.op = 'NOP';
                ins[i + 2]!.op = (nextarg ^ (jumpOp === 'POP_JUMP_IF_FALSE' ? 1 : 0)) ? 'POP_JUMP_IF_NOT_NONE' : 'POP_JUMP_IF_NONE';
              }
              break;
            }
            case 'RETURN_VALUE':
              inst.op = 'NOP';
              i++;
              ins[i]!.op = 'RETURN_CONST';
              ins[i]!.arg = oparg;
              break;
          }
          break;
        }
        case 'BUILD_TUPLE':
          if (nextop === 'UNPACK_SEQUENCE' && oparg === ins[i + 1]!.arg) {
            if (oparg === 1) {
              inst.op = 'NOP';
              ins[i + 1]!.op = 'NOP';
              continue;
            }
            if (oparg === 2 || oparg === 3) {
              inst.op = 'NOP';
              ins[i + 1]!.op = 'SWAP';
              continue;
            }
          }
          if (i >= oparg) foldTupleOnConstants(b, i, oparg, consts, CONST_LOADS);
          break;
        case 'POP_JUMP_IF_NOT_NONE':
        case 'POP_JUMP_IF_NONE':
        case 'POP_JUMP_IF_FALSE':
        case 'POP_JUMP_IF_TRUE':
        case 'JUMP':
          if (target.op === 'JUMP' && jumpThread(b, inst, target, inst.op)) i--;
          break;
        case 'SWAP':
          if (oparg === 1) {
            inst.op = 'NOP';
            break;
          }
          i = swaptimize(b, i);
          applyStaticSwaps(b, i, swappable312, storesTo312);
          break;
        case 'PUSH_NULL':
          if (nextop === 'LOAD_GLOBAL' && (ins[i + 1]!.arg & 1) === 0) {
            inst.op = 'NOP';
            inst.arg = 0;
            ins[i + 1]!.arg |= 1;
          }
          break;
        default:
          break;
      }
    }
  };
}
