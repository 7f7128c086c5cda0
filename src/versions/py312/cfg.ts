// Stage: version profile (3.12 CFG pipeline): exception labels first, optimize_cfg with small
// exit-block inlining and redundant pair removal, full unused-constant removal,
// LOAD_FAST_CHECK for maybe-unbound locals, cold (exception) blocks moved to the end, then line
// numbers. Composed from the shared flowgraph primitives; 3.13 reuses it with its peephole.
import type { CfgRules } from '../../compiler/xt/dialect.js';
import type { XBlock, XInstr, XUnit } from '../../compiler/xt/xunit.js';
import { isJump, isBlockPush, noFallthrough, NO_LOC } from '../../compiler/xt/xunit.js';
import type { ConstValue } from '../../syntax/constant.js';
import {
  chain, extendBlock, cleanBlock, markReachable, eliminateEmptyBlocks, removeRedundantJumps,
  duplicateExitsWithoutLineno, removeUnusedConsts, propagateLineNumbers, guaranteeLinenoForExits,
  labelExceptionTargets,
} from '../../compiler/xt/flowgraph.js';
import { makeOptimizeBlock312 } from './peephole.js';

/** remove_redundant_nops_and_pairs: LOAD_CONST/COPY 1 followed by POP_TOP vanish. */
export function removeRedundantNopsAndPairs(entry: XBlock): void {
  let done = false;
  while (!done) {
    done = true;
    let instr: XInstr | null = null;
    for (let b: XBlock | null = entry; b; b = b.next) {
      cleanBlock(b);
      if (b.label) instr = null;
      for (const cur of b.instrs) {
        const prev = instr;
        instr = cur;
        if (cur.op === 'POP_TOP' && prev && (prev.op === 'LOAD_CONST' || (prev.op === 'COPY' && prev.arg === 1))) {
          prev.op = 'NOP';
          cur.op = 'NOP';
          done = false;
        }
      }
      if ((instr && isJump(instr)) || noFallthrough(b)) instr = null;
    }
  }
}

/** add_checks_for_loads_of_uninitialized_variables: LOAD_FAST -> LOAD_FAST_CHECK where unsure. */
export function addChecksForUninitialized(u: XUnit, entry: XBlock): void {
  let nlocals = u.varnames.size;
  if (nlocals === 0) return;
  if (nlocals > 64) nlocals = 64;
  const nparams = u.ste.varnames.length;
  const blocks = chain(entry);
  for (const b of blocks) {
    b.unsafeLocals = 0n;
    b.visited = false;
  }
  const stack: XBlock[] = [];
  const maybePush = (b: XBlock, mask: bigint): void => {
    const both = b.unsafeLocals | mask;
    if (b.unsafeLocals !== both) {
      b.unsafeLocals = both;
      if (!b.visited) {
        stack.push(b);
        b.visited = true;
      }
    }
  };
  let start = 0n;
  for (let i = nparams; i < nlocals; i++) start |= 1n << BigInt(i);
  maybePush(entry, start);
  const scan = (b: XBlock): void => {
    let mask = b.unsafeLocals;
    for (const i of b.instrs) {
      if (i.except) maybePush(i.except, mask);
      if (i.arg >= 64) continue;
      const bit = 1n << BigInt(i.arg);
      switch (i.op) {
        case 'DELETE_FAST': case 'LOAD_FAST_AND_CLEAR': case 'STORE_FAST_MAYBE_NULL': mask |= bit; break;
        case 'STORE_FAST': case 'LOAD_FAST_CHECK': mask &= ~bit; break;
        case 'LOAD_FAST':
          if (mask & bit) i.op = 'LOAD_FAST_CHECK';
          mask &= ~bit;
          break;
      }
    }
    if (b.next && !noFallthrough(b)) maybePush(b.next, mask);
    const last = b.last;
    if (last && isJump(last)) maybePush(last.target!, mask);
  };
  for (const b of blocks) scan(b);
  while (stack.length) {
    const b = stack.pop()!;
    b.visited = false;
    scan(b);
  }
}

function markWarm(entry: XBlock): void {
  const stack = [entry];
  entry.visited = true;
  while (stack.length) {
    const b = stack.pop()!;
    b.warm = true;
    if (b.next && !noFallthrough(b) && !b.next.visited) {
      stack.push(b.next);
      b.next.visited = true;
    }
    for (const i of b.instrs) {
      if (isJump(i) && !i.target!.visited) {
        stack.push(i.target!);
        i.target!.visited = true;
      }
    }
  }
}

/** push_cold_blocks_to_end: exception handlers and what only they reach go last. */
export function pushColdBlocksToEnd(u: XUnit, entry: XBlock): void {
  if (!entry.next) return;
  const blocks = chain(entry);
  for (const b of blocks) {
    b.visited = false;
    b.warm = false;
    b.cold = false;
    b.exceptHandler = false;
  }
  for (const b of blocks) for (const i of b.instrs) if (isBlockPush(i)) i.target!.exceptHandler = true;
  markWarm(entry);
  const stack: XBlock[] = [];
  for (const b of blocks) {
    if (b.exceptHandler) {
      stack.push(b);
      b.visited = true;
    }
  }
  while (stack.length) {
    const b = stack.pop()!;
    b.cold = true;
    if (b.next && !noFallthrough(b) && !b.next.warm && !b.next.visited) {
      stack.push(b.next);
      b.next.visited = true;
    }
    for (const i of b.instrs) {
      if (isJump(i) && !i.target!.warm && !i.target!.visited) {
        stack.push(i.target!);
        i.target!.visited = true;
      }
    }
  }
  for (let b: XBlock | null = entry; b; b = b.next) {
    if (b.cold && !noFallthrough(b) && b.next && b.next.warm) {
      const jump = u.newBlock();
      jump.instrs.push({ op: 'JUMP_NO_INTERRUPT', arg: 0, target: b.next, loc: NO_LOC, except: b.last?.except ?? null });
      jump.cold = true;
      jump.next = b.next;
      jump.predecessors = 1;
      b.next = jump;
      b = jump;
    }
  }
  let coldHead: XBlock | null = null;
  let coldTail: XBlock | null = null;
  let b: XBlock = entry;
  while (b.next) {
    while (b.next && !b.next.cold) b = b.next;
    if (!b.next) break;
    const first: XBlock = b.next;
    let end: XBlock = first;
    while (end.next && end.next.cold) end = end.next;
    if (!coldHead) coldHead = first;
    else coldTail!.next = first;
    coldTail = end;
    b.next = end.next;
    end.next = null;
  }
  b.next = coldHead;
  if (coldHead) removeRedundantJumps(entry);
}

export function optimizeCfg312(u: XUnit, entry: XBlock, consts: ConstValue[], optimizeBlock: (u: XUnit, b: XBlock, consts: ConstValue[]) => void): void {
  eliminateEmptyBlocks(entry, true);
  for (let b: XBlock | null = entry; b; b = b.next) extendBlock(b, false);
  for (let b: XBlock | null = entry; b; b = b.next) optimizeBlock(u, b, consts);
  removeRedundantNopsAndPairs(entry);
  for (let b: XBlock | null = entry; b; b = b.next) extendBlock(b, false);
  markReachable(entry, u.blocks);
  for (let b: XBlock | null = entry; b; b = b.next) if (b.predecessors === 0) b.instrs = [];
  for (let b: XBlock | null = entry; b; b = b.next) cleanBlock(b);
  eliminateEmptyBlocks(entry, true);
  removeRedundantJumps(entry);
}

export function makeCfg312(
  optimizeBlock: (u: XUnit, b: XBlock, consts: ConstValue[]) => void,
  superinstructions?: (entry: XBlock) => void,
): CfgRules {
  return {
    lateLocalsplus: true,
    labelsFirst: true,
    directionalCondJumps: false,
    optimize(u, entry, consts) {
      labelExceptionTargets(entry, u.blocks);
      optimizeCfg312(u, entry, consts, optimizeBlock);
      removeUnusedConsts(entry, consts);
      addChecksForUninitialized(u, entry);
      superinstructions?.(entry);
      pushColdBlocksToEnd(u, entry);
      duplicateExitsWithoutLineno(u, entry);
      propagateLineNumbers(entry);
      guaranteeLinenoForExits(entry, u.firstlineno);
    },
    pseudoOps: { STORE_FAST_MAYBE_NULL: 'STORE_FAST' },
    finalPasses: () => {},
  };
}

export const cfg312 = makeCfg312(makeOptimizeBlock312());
