// Stage: version profile (3.13 CFG) = 3.12's pipeline plus 3.13's changes: TO_BOOL folding into
// COMPARE_OP/IS_OP/CONTAINS_OP/constants, LOAD_GLOBAL + PUSH_NULL, LOAD_CLOSURE as LOAD_FAST,
// and LOAD_FAST_LOAD_FAST / STORE_FAST_LOAD_FAST / STORE_FAST_STORE_FAST superinstructions.
import type { CfgRules } from '../../compiler/xt/dialect.js';
import type { XBlock, XInstr } from '../../compiler/xt/xunit.js';
import type { ConstValue } from '../../syntax/constant.js';
import type { XUnit } from '../../compiler/xt/xunit.js';
import { UNCONDITIONAL_JUMPS, exitsScope, noFallthrough } from '../../compiler/xt/xunit.js';
import {
  cleanBlock, eliminateEmptyBlocks, findConst, markReachable, duplicateExitsWithoutLineno, propagateLineNumbers,
  removeRedundantJumps, removeUnusedConsts, labelExceptionTargets, MAX_COPY_SIZE,
} from '../../compiler/xt/flowgraph.js';
import { isTruthy } from '../../compiler/const-ops.js';
import { removeRedundantNopsAndPairs, addChecksForUninitialized, pushColdBlocksToEnd } from '../py312/cfg.js';
import { makeOptimizeBlock312 } from '../py312/peephole.js';

function extra313(b: XBlock, i: number, consts: ConstValue[], opcode: string, oparg: number): boolean {
  const ins = b.instrs;
  const inst = ins[i]!;
  const next = ins[i + 1];
  const nextop = next?.op ?? '';
  switch (opcode) {
    case 'PUSH_NULL':
      return true; // 3.13 pushes NULL after the callable: LOAD_GLOBAL + PUSH_NULL folds instead
    case 'JUMP_NO_INTERRUPT': {
      const t = inst.target?.instrs[0];
      if (t && (t.op === 'JUMP' || t.op === 'JUMP_NO_INTERRUPT')) {
        if (jumpThread313(b, inst, t, t.op === 'JUMP' ? 'JUMP_NO_INTERRUPT' : t.op)) ins.splice(i, 0);
      }
      return true;
    }
    case 'LOAD_CONST':
      if (nextop === 'TO_BOOL') {
        const idx = findConst(consts, { kind: 'bool', value: isTruthy(consts[oparg]!) });
        inst.op = 'NOP';
        next!.op = 'LOAD_CONST';
        next!.arg = idx;
        return true;
      }
      if (nextop === 'IS_OP' && consts[oparg]!.kind === 'none' && i + 2 < ins.length) {
        let j = i + 2;
        if (ins[j]!.op === 'TO_BOOL') {
          ins[j]!.op = 'NOP';
          j++;
          if (j >= ins.length) return true;
        }
        const jump = ins[j]!;
        let invert = next!.arg === 1;
        if (jump.op === 'POP_JUMP_IF_FALSE') invert = !invert;
        else if (jump.op !== 'POP_JUMP_IF_TRUE') return true;
        inst.op = 'NOP';
        next!.op = 'NOP';
        jump.op = invert ? 'POP_JUMP_IF_NOT_NONE' : 'POP_JUMP_IF_NONE';
        return true;
      }
      return false;
    case 'COMPARE_OP':
      if (nextop === 'TO_BOOL') {
        inst.op = 'NOP';
        next!.op = 'COMPARE_OP';
        next!.arg = inst.arg | 16;
        return true;
      }
      return false;
    case 'CONTAINS_OP':
    case 'IS_OP':
      if (nextop === 'TO_BOOL' || nextop === 'UNARY_NOT') {
        const invert = nextop === 'UNARY_NOT' ? 1 : 0;
        next!.op = inst.op;
        next!.arg = inst.arg ^ invert;
        inst.op = 'NOP';
        return true;
      }
      return false;
    case 'TO_BOOL':
      if (nextop === 'TO_BOOL') {
        inst.op = 'NOP';
        return true;
      }
      return false;
    case 'UNARY_NOT':
      if (nextop === 'TO_BOOL') {
        inst.op = 'NOP';
        next!.op = 'UNARY_NOT';
        return true;
      }
      if (nextop === 'UNARY_NOT') {
        inst.op = 'NOP';
        next!.op = 'NOP';
        return true;
      }
      return false;
    case 'LOAD_GLOBAL':
      if (nextop === 'PUSH_NULL' && (inst.arg & 1) === 0) {
        inst.arg |= 1;
        next!.op = 'NOP';
        return true;
      }
      return false;
    default:
      return false;
  }
}

/** jump_thread (3.13): the old jump becomes a NOP (keeping its line) and a new jump, outside any handler, is appended. */
export function jumpThread313(b: XBlock, inst: XInstr, target: XInstr, op: string): boolean {
  if (inst.target === target.target) return false;
  const loc = inst.loc;
  inst.op = 'NOP';
  const t = target.target;
  inst.target = null;
  b.instrs.push({ op, arg: 0, target: t, loc, except: null });
  return true;
}

function makeSuper(a: XInstr, b: XInstr, op: string): void {
  const l1 = a.loc.lineno;
  const l2 = b.loc.lineno;
  if (l1 >= 0 && l2 >= 0 && l1 !== l2) return;
  if (a.arg >= 16 || b.arg >= 16) return;
  a.op = op;
  a.arg = (a.arg << 4) | b.arg;
  b.op = 'NOP';
}

/** insert_superinstructions */
export function insertSuperinstructions(entry: XBlock): void {
  for (let b: XBlock | null = entry; b; b = b.next) {
    const ins = b.instrs;
    for (let i = 0; i + 1 < ins.length; i++) {
      const a = ins[i]!;
      const n = ins[i + 1]!;
      if (a.op === 'LOAD_FAST' && n.op === 'LOAD_FAST') makeSuper(a, n, 'LOAD_FAST_LOAD_FAST');
      else if (a.op === 'STORE_FAST' && n.op === 'LOAD_FAST') makeSuper(a, n, 'STORE_FAST_LOAD_FAST');
      else if (a.op === 'STORE_FAST' && n.op === 'STORE_FAST') makeSuper(a, n, 'STORE_FAST_STORE_FAST');
    }
  }
  for (let b: XBlock | null = entry; b; b = b.next) cleanBlock(b);
  eliminateEmptyBlocks(entry, true);
}

function hasNoLineno(b: XBlock): boolean {
  return b.instrs.every((i) => i.loc.lineno < 0);
}

/** inline_small_or_no_lineno_blocks: copy small exit blocks and line-less dead ends into jumps. */
function inlineSmallOrNoLinenoBlocks(entry: XBlock): void {
  let changes = true;
  while (changes) {
    changes = false;
    for (let b: XBlock | null = entry; b; b = b.next) {
      const last = b.last;
      if (!last || !UNCONDITIONAL_JUMPS.has(last.op) || !last.target) continue;
      const target = last.target;
      const small = exitsScope(target) && target.instrs.length <= MAX_COPY_SIZE;
      const noLine = hasNoLineno(target) && noFallthrough(target);
      if (!small && !noLine) continue;
      const removed = last.op;
      last.op = 'NOP';
      last.target = null;
      for (const i of target.instrs) b.instrs.push({ ...i });
      if (noLine) {
        const nl = b.last!;
        if (UNCONDITIONAL_JUMPS.has(nl.op) && removed === 'JUMP') nl.op = 'JUMP';
      }
      target.predecessors--;
      changes = true;
    }
  }
}

function removeUnreachable(u: XUnit, entry: XBlock): void {
  markReachable(entry, u.blocks);
  for (let b: XBlock | null = entry; b; b = b.next) if (b.predecessors === 0) b.instrs = [];
}

function resolveLineNumbers(u: XUnit, entry: XBlock): void {
  duplicateExitsWithoutLineno(u, entry);
  propagateLineNumbers(entry);
}

function removeRedundantNopsAndJumps(entry: XBlock): void {
  for (;;) {
    let n = 0;
    for (let b: XBlock | null = entry; b; b = b.next) {
      const before = b.instrs.length;
      cleanBlock(b);
      n += before - b.instrs.length;
    }
    eliminateEmptyBlocks(entry, true);
    if (removeRedundantJumps(entry)) n++;
    if (!n) return;
  }
}

const optimizeBlock313 = makeOptimizeBlock312(extra313, jumpThread313);

export const cfg313: CfgRules = {
  lateLocalsplus: true,
  labelsFirst: true,
  directionalCondJumps: false,
  pseudoOps: { STORE_FAST_MAYBE_NULL: 'STORE_FAST', LOAD_CLOSURE: 'LOAD_FAST' },
  optimize(u, entry, consts) {
    labelExceptionTargets(entry, u.blocks);
    eliminateEmptyBlocks(entry, true);
    inlineSmallOrNoLinenoBlocks(entry);
    removeUnreachable(u, entry);
    resolveLineNumbers(u, entry);
    for (let b: XBlock | null = entry; b; b = b.next) optimizeBlock313(u, b, consts);
    removeRedundantNopsAndPairs(entry);
    removeUnreachable(u, entry);
    removeRedundantNopsAndJumps(entry);
    removeUnusedConsts(entry, consts);
    addChecksForUninitialized(u, entry);
    insertSuperinstructions(entry);
    pushColdBlocksToEnd(u, entry);
    resolveLineNumbers(u, entry);
  },
  finalPasses: () => {},
};
