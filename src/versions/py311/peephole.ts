// Stage: version profile (3.11 CFG peephole, optimize_basic_block). Per basic block: constant
// conditions, tuple folding, BUILD/UNPACK to SWAP, jump threading, SWAP minimisation and
// static swaps, PUSH_NULL folding into LOAD_GLOBAL. Later versions reuse the helpers.
import type { ConstValue } from '../../syntax/constant.js';
import type { XBlock, XInstr, XUnit } from '../../compiler/xt/xunit.js';
import { isJump, isBlockPush, NO_LOC } from '../../compiler/xt/xunit.js';
import { findConst } from '../../compiler/xt/flowgraph.js';
import { isTruthy } from '../../compiler/const-ops.js';

export const NOP_INSTR: XInstr = { op: 'NOP', arg: 0, target: null, loc: NO_LOC };

export function targetInstr(inst: XInstr): XInstr {
  if (!inst.target || !(isJump(inst) || isBlockPush(inst))) return NOP_INSTR;
  let t = inst.target;
  while (t.instrs.length === 0 && t.next) t = t.next;
  inst.target = t;
  return t.instrs[0] ?? NOP_INSTR;
}

/** jump_thread: retarget `inst` to where `target` jumps, when both share a line. */
export function jumpThread(inst: XInstr, target: XInstr, op: string): boolean {
  if (inst.loc.lineno === target.loc.lineno && inst.target !== target.target) {
    inst.target = target.target;
    inst.op = op;
    return true;
  }
  return false;
}

export function foldTupleOnConstants(b: XBlock, i: number, n: number, consts: ConstValue[], loadOps: Set<string>): boolean {
  const ins = b.instrs;
  for (let k = i - n; k < i; k++) if (!loadOps.has(ins[k]!.op)) return false;
  const items = ins.slice(i - n, i).map((x) => consts[x.arg]!);
  const index = findConst(consts, { kind: 'tuple', items });
  for (let k = i - n; k < i; k++) ins[k]!.op = 'NOP';
  ins[i]!.op = 'LOAD_CONST';
  ins[i]!.arg = index;
  return true;
}

/** swaptimize: replaces a run of SWAP/NOP with the fewest SWAPs that shuffle the same way. */
export function swaptimize(b: XBlock, ix: number): number {
  const ins = b.instrs;
  let depth = ins[ix]!.arg;
  let len = 0;
  let more = false;
  const limit = ins.length - ix;
  while (++len < limit) {
    const op = ins[ix + len]!.op;
    if (op === 'SWAP') {
      depth = Math.max(depth, ins[ix + len]!.arg);
      more = true;
    } else if (op !== 'NOP') break;
  }
  if (!more) return ix;
  const VISITED = -1;
  const stack = [...Array(depth).keys()];
  for (let k = 0; k < len; k++) {
    const x = ins[ix + k]!;
    if (x.op === 'SWAP') {
      const top = stack[0]!;
      stack[0] = stack[x.arg - 1]!;
      stack[x.arg - 1] = top;
    }
  }
  let current = len - 1;
  for (let k = 0; k < depth; k++) {
    if (stack[k] === VISITED || stack[k] === k) continue;
    let j = k;
    for (;;) {
      if (j) {
        const x = ins[ix + current--]!;
        x.op = 'SWAP';
        x.arg = j + 1;
      }
      if (stack[j] === VISITED) break;
      const nextJ = stack[j]!;
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (current >= 0) ins[ix + current--]!.op = 'NOP';
  return ix + len - 1;
}

function nextSwappable(b: XBlock, i: number, lineno: number, swappable: (x: XInstr) => boolean): number {
  while (++i < b.instrs.length) {
    const x = b.instrs[i]!;
    if (lineno >= 0 && x.loc.lineno !== lineno) return -1;
    if (x.op === 'NOP') continue;
    if (swappable(x)) return i;
    return -1;
  }
  return -1;
}

/**
 * apply_static_swaps: SWAP followed by stores/pops becomes reordered stores/pops. `storesTo`
 * (3.12+) names the local a store writes, so stores to one local are never reordered.
 */
export function applyStaticSwaps(
  b: XBlock, i: number, swappable: (x: XInstr) => boolean, storesTo?: (x: XInstr) => number,
): void {
  for (; i >= 0; i--) {
    const swap = b.instrs[i]!;
    if (swap.op !== 'SWAP') {
      if (swap.op === 'NOP' || swappable(swap)) continue;
      return;
    }
    const j = nextSwappable(b, i, -1, swappable);
    if (j < 0) return;
    let k = j;
    const lineno = b.instrs[j]!.loc.lineno;
    for (let count = swap.arg - 1; count > 0; count--) {
      k = nextSwappable(b, k, lineno, swappable);
      if (k < 0) return;
    }
    if (storesTo) {
      const sj = storesTo(b.instrs[j]!);
      const sk = storesTo(b.instrs[k]!);
      if (sj >= 0 || sk >= 0) {
        if (sj === sk) return;
        for (let idx = j + 1; idx < k; idx++) {
          const si = storesTo(b.instrs[idx]!);
          if (si >= 0 && (si === sj || si === sk)) return;
        }
      }
    }
    swap.op = 'NOP';
    const tmp = b.instrs[j]!;
    b.instrs[j] = b.instrs[k]!;
    b.instrs[k] = tmp;
  }
}

const swappable311 = (x: XInstr): boolean => x.op === 'STORE_FAST' || x.op === 'POP_TOP';
const CONST_LOADS = new Set(['LOAD_CONST']);

export function optimizeBlock311(_u: XUnit, b: XBlock, consts: ConstValue[]): void {
  const ins = b.instrs;
  for (let i = 0; i < ins.length; i++) {
    const inst = ins[i]!;
    const nextop = i + 1 < ins.length ? ins[i + 1]!.op : '';
    const target = targetInstr(inst);
    switch (inst.op) {
      case 'LOAD_CONST': {
        const cnt = consts[inst.arg]!;
        switch (nextop) {
          case 'POP_JUMP_IF_FALSE':
          case 'POP_JUMP_IF_TRUE': {
            inst.op = 'NOP';
            if (isTruthy(cnt) === (nextop === 'POP_JUMP_IF_TRUE')) ins[i + 1]!.op = 'JUMP';
            else {
              ins[i + 1]!.op = 'NOP';
              ins[i + 1]!.target = null;
            }
            break;
          }
          case 'JUMP_IF_FALSE_OR_POP':
          case 'JUMP_IF_TRUE_OR_POP': {
            if (isTruthy(cnt) === (nextop === 'JUMP_IF_TRUE_OR_POP')) ins[i + 1]!.op = 'JUMP';
            else {
              inst.op = 'NOP';
              ins[i + 1]!.op = 'NOP';
              ins[i + 1]!.target = null;
            }
            break;
          }
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
        }
        break;
      }
      case 'BUILD_TUPLE':
        if (nextop === 'UNPACK_SEQUENCE' && inst.arg === ins[i + 1]!.arg) {
          if (inst.arg === 1) {
            inst.op = 'NOP';
            ins[i + 1]!.op = 'NOP';
            continue;
          }
          if (inst.arg === 2 || inst.arg === 3) {
            inst.op = 'NOP';
            ins[i + 1]!.op = 'SWAP';
            continue;
          }
        }
        if (i >= inst.arg) foldTupleOnConstants(b, i, inst.arg, consts, CONST_LOADS);
        break;
      case 'JUMP_IF_FALSE_OR_POP':
        switch (target.op) {
          case 'POP_JUMP_IF_FALSE': if (jumpThread(inst, target, 'POP_JUMP_IF_FALSE')) i--; break;
          case 'JUMP':
          case 'JUMP_IF_FALSE_OR_POP': if (jumpThread(inst, target, 'JUMP_IF_FALSE_OR_POP')) i--; break;
          case 'JUMP_IF_TRUE_OR_POP':
          case 'POP_JUMP_IF_TRUE':
            if (inst.loc.lineno === target.loc.lineno) {
              inst.op = 'POP_JUMP_IF_FALSE';
              inst.target = inst.target!.next;
              i--;
            }
            break;
        }
        break;
      case 'JUMP_IF_TRUE_OR_POP':
        switch (target.op) {
          case 'POP_JUMP_IF_TRUE': if (jumpThread(inst, target, 'POP_JUMP_IF_TRUE')) i--; break;
          case 'JUMP':
          case 'JUMP_IF_TRUE_OR_POP': if (jumpThread(inst, target, 'JUMP_IF_TRUE_OR_POP')) i--; break;
          case 'JUMP_IF_FALSE_OR_POP':
          case 'POP_JUMP_IF_FALSE':
            if (inst.loc.lineno === target.loc.lineno) {
              inst.op = 'POP_JUMP_IF_TRUE';
              inst.target = inst.target!.next;
              i--;
            }
            break;
        }
        break;
      case 'POP_JUMP_IF_NOT_NONE':
      case 'POP_JUMP_IF_NONE':
      case 'POP_JUMP_IF_FALSE':
      case 'POP_JUMP_IF_TRUE':
      case 'JUMP':
        if (target.op === 'JUMP' && jumpThread(inst, target, inst.op)) i--;
        break;
      case 'SWAP':
        if (inst.arg === 1) {
          inst.op = 'NOP';
          break;
        }
        i = swaptimize(b, i);
        applyStaticSwaps(b, i, swappable311);
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
}
