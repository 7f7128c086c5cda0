// Stage: compiler, exception-table era (3.11+), control-flow-graph passes shared by the
// versions: block normalisation, exit-block extension, reachability, empty-block removal,
// NOP cleaning with line-number preservation, exit duplication, line propagation, stack
// depth, exception-handler labelling. Version-specific peepholes come from Dialect.cfg.
import type { ConstValue } from '../../syntax/constant.js';
import type { Dialect } from './dialect.js';
import {
  XBlock, NO_LOC, isJump, isBlockPush, noFallthrough, exitsScope, SCOPE_EXITS, UNCONDITIONAL_JUMPS,
  type XInstr, type XUnit, type Loc,
} from './xunit.js';
import { constKey } from '../const-key.js';

export const MAX_COPY_SIZE = 4;

export function chain(entry: XBlock): XBlock[] {
  const out: XBlock[] = [];
  for (let b: XBlock | null = entry; b; b = b.next) out.push(b);
  return out;
}

/** First non-empty block at or after b (following b.next). */
export function skipEmpty(b: XBlock): XBlock {
  let t = b;
  while (t.instrs.length === 0 && t.next) t = t.next;
  return t;
}

export function normalizeBlocks(blocks: readonly XBlock[]): void {
  for (const b of blocks) {
    for (const i of b.instrs) if (i.target && (isJump(i) || isBlockPush(i))) i.target = skipEmpty(i.target);
  }
}

function isExitBlock(b: XBlock): boolean {
  return b.instrs.some((i) => SCOPE_EXITS.has(i.op));
}

/**
 * extend_block: a block ending in an unconditional jump to a small exit block copies it
 * (`onlyLineless`: only exit blocks without line numbers, like an implicit `return None`).
 */
export function extendBlock(b: XBlock, onlyLineless: boolean): void {
  const last = b.last;
  if (!last || !UNCONDITIONAL_JUMPS.has(last.op) || !last.target) return;
  const t = last.target;
  if (isExitBlock(t) && t.instrs.length <= MAX_COPY_SIZE) {
    if (onlyLineless && t.instrs.some((i) => i.loc.lineno >= 0)) return;
    last.op = 'NOP';
    last.target = null;
    for (const i of t.instrs) b.instrs.push({ ...i });
  }
}

export function markReachable(entry: XBlock, blocks: readonly XBlock[]): void {
  for (const b of blocks) {
    b.predecessors = 0;
    b.visited = false;
  }
  const stack: XBlock[] = [entry];
  entry.predecessors = 1;
  while (stack.length) {
    const b = stack.pop()!;
    b.visited = true;
    if (b.next && !noFallthrough(b)) {
      if (!b.next.visited) stack.push(b.next);
      b.next.predecessors++;
    }
    for (const i of b.instrs) {
      if (i.target && (isJump(i) || isBlockPush(i))) {
        if (!i.target.visited) stack.push(i.target);
        i.target.predecessors++;
      }
    }
  }
}

export function eliminateEmptyBlocks(entry: XBlock, allTargets = false): void {
  for (let b: XBlock | null = entry; b; b = b.next) {
    let next: XBlock | null = b.next;
    if (next) {
      while (next.instrs.length === 0 && next.next) next = next.next;
      b.next = next;
    }
  }
  for (let b: XBlock | null = entry; b; b = b.next) {
    const last: XInstr | undefined = b.last;
    if (last && isJump(last)) {
      let t = last.target!;
      while (t.instrs.length === 0 && t.next) t = t.next;
      last.target = t;
    }
  }
}

/** clean_basic_block: drop NOPs unless they carry a line number nothing else provides. */
export function cleanBlock(b: XBlock): void {
  const out: XInstr[] = [];
  let prevLineno = -1;
  const ins = b.instrs;
  for (let src = 0; src < ins.length; src++) {
    const i = ins[src]!;
    const lineno = i.loc.lineno;
    if (i.op === 'NOP') {
      if (lineno < 0) continue;
      if (prevLineno === lineno) continue;
      if (src < ins.length - 1) {
        const nextLineno = ins[src + 1]!.loc.lineno;
        if (nextLineno === lineno) continue;
        if (nextLineno < 0) {
          ins[src + 1]!.loc = i.loc;
          continue;
        }
      } else {
        let next = b.next;
        while (next && next.instrs.length === 0) next = next.next;
        if (next && lineno === next.instrs[0]!.loc.lineno) continue;
      }
    }
    out.push(i);
    prevLineno = lineno;
  }
  b.instrs = out;
}

/** Jumps whose target is the next block become NOPs (remove_redundant_jumps). */
export function removeRedundantJumps(entry: XBlock): boolean {
  let changed = false;
  for (let b: XBlock | null = entry; b; b = b.next) {
    const last: XInstr | undefined = b.last;
    if (last && UNCONDITIONAL_JUMPS.has(last.op) && last.target === b.next) {
      last.op = 'NOP';
      last.target = null;
      changed = true;
    }
  }
  return changed;
}

function isExitWithoutLineno(b: XBlock): boolean {
  if (!exitsScope(b)) return false;
  return b.instrs.every((i) => i.loc.lineno < 0);
}

export function duplicateExitsWithoutLineno(u: XUnit, entry: XBlock): void {
  for (let b: XBlock | null = entry; b; b = b.next) {
    const last: XInstr | undefined = b.last;
    if (last && isJump(last)) {
      const target = last.target!;
      if (isExitWithoutLineno(target) && target.predecessors > 1) {
        const copy = u.newBlock();
        copy.instrs = target.instrs.map((i) => ({ ...i }));
        copy.instrs[0]!.loc = last.loc;
        last.target = copy;
        target.predecessors--;
        copy.predecessors = 1;
        copy.next = target.next;
        target.next = copy;
      }
    }
  }
  for (let b: XBlock | null = entry; b; b = b.next) {
    while (b.next && b.next.instrs.length === 0) b.next = b.next.next;
  }
  for (let b: XBlock | null = entry; b; b = b.next) {
    if (!noFallthrough(b) && b.next && b.instrs.length > 0 && isExitWithoutLineno(b.next)) {
      b.next.instrs[0]!.loc = b.last!.loc;
    }
  }
}

export function propagateLineNumbers(entry: XBlock): void {
  for (let b: XBlock | null = entry; b; b = b.next) {
    if (!b.instrs.length) continue;
    let prev: Loc = NO_LOC;
    for (const i of b.instrs) {
      if (i.loc.lineno < 0) i.loc = prev;
      else prev = i.loc;
    }
    if (!noFallthrough(b) && b.next && b.next.predecessors === 1 && b.next.instrs.length) {
      if (b.next.instrs[0]!.loc.lineno < 0) b.next.instrs[0]!.loc = prev;
    }
    const last = b.last!;
    if (isJump(last)) {
      const t = last.target!;
      if (t.predecessors === 1 && t.instrs.length && t.instrs[0]!.loc.lineno < 0) t.instrs[0]!.loc = prev;
    }
  }
}

export function guaranteeLinenoForExits(entry: XBlock, firstlineno: number): void {
  let lineno = firstlineno;
  for (let b: XBlock | null = entry; b; b = b.next) {
    const last: XInstr | undefined = b.last;
    if (!last) continue;
    if (last.loc.lineno < 0) {
      if (last.op === 'RETURN_VALUE' || last.op === 'RETURN_CONST') {
        for (const i of b.instrs) i.loc = { lineno, endLineno: lineno, col: -1, endCol: -1 };
      }
    } else {
      lineno = last.loc.lineno;
    }
  }
}

/** Removes constants no instruction uses past the last used one (3.11), keeping index 0. */
export function trimUnusedConsts(entry: XBlock, consts: ConstValue[]): void {
  let max = 0;
  for (let b: XBlock | null = entry; b; b = b.next) {
    for (const i of b.instrs) if ((i.op === 'LOAD_CONST' || i.op === 'KW_NAMES' || i.op === 'RETURN_CONST') && i.arg > max) max = i.arg;
  }
  consts.length = Math.min(consts.length, max + 1);
}

/** remove_unused_consts (3.12+): renumber so only used constants remain (index 0 kept). */
export function removeUnusedConsts(entry: XBlock, consts: ConstValue[]): void {
  const used = new Set<number>([0]);
  const hasConst = (op: string): boolean => op === 'LOAD_CONST' || op === 'KW_NAMES' || op === 'RETURN_CONST';
  for (let b: XBlock | null = entry; b; b = b.next) for (const i of b.instrs) if (hasConst(i.op)) used.add(i.arg);
  const map = new Map<number, number>();
  const kept: ConstValue[] = [];
  for (let k = 0; k < consts.length; k++) {
    if (used.has(k)) {
      map.set(k, kept.length);
      kept.push(consts[k]!);
    }
  }
  for (let b: XBlock | null = entry; b; b = b.next) for (const i of b.instrs) if (hasConst(i.op)) i.arg = map.get(i.arg)!;
  consts.length = 0;
  consts.push(...kept);
}

export function stackDepth(entry: XBlock, blocks: readonly XBlock[], d: Dialect): number {
  for (const b of blocks) b.startDepth = -1;
  const stack: XBlock[] = [];
  let maxdepth = 0;
  const push = (b: XBlock, depth: number): void => {
    if (b.startDepth < depth && b.startDepth < 100) {
      b.startDepth = depth;
      stack.push(b);
    }
  };
  push(entry, 0);
  while (stack.length) {
    const b = stack.pop()!;
    let depth = b.startDepth;
    let next: XBlock | null = b.next;
    for (const i of b.instrs) {
      const effect = i.op === 'RETURN_GENERATOR' ? 1 : d.stackEffect(i.op, i.arg, false);
      const newDepth = depth + effect;
      if (newDepth > maxdepth) maxdepth = newDepth;
      if (i.target && (isJump(i) || isBlockPush(i))) {
        const td = depth + d.stackEffect(i.op, i.arg, true);
        if (td > maxdepth) maxdepth = td;
        push(i.target, td);
      }
      depth = newDepth;
      if (UNCONDITIONAL_JUMPS.has(i.op) || SCOPE_EXITS.has(i.op)) {
        next = null;
        break;
      }
    }
    if (next) push(next, depth);
  }
  return maxdepth;
}

/** label_exception_targets: which handler covers each instruction (SETUP_* / POP_BLOCK). */
export function labelExceptionTargets(entry: XBlock, blocks: readonly XBlock[]): void {
  for (const b of blocks) {
    b.visited = false;
    b.exceptStack = null;
  }
  const todo: XBlock[] = [entry];
  entry.visited = true;
  entry.exceptStack = [];
  while (todo.length) {
    const b = todo.pop()!;
    let stack: XBlock[] | null = b.exceptStack!;
    b.exceptStack = null;
    let handler: XBlock | null = stack[stack.length - 1] ?? null;
    for (const i of b.instrs) {
      if (isBlockPush(i)) {
        const t = i.target!;
        if (!t.visited) {
          t.exceptStack = [...stack!];
          todo.push(t);
          t.visited = true;
        }
        if (i.op === 'SETUP_WITH' || i.op === 'SETUP_CLEANUP') t.preserveLasti = true;
        stack!.push(t);
        handler = t;
      } else if (i.op === 'POP_BLOCK') {
        stack!.pop();
        handler = stack![stack!.length - 1] ?? null;
      } else if (isJump(i)) {
        i.except = handler;
        const t = i.target!;
        if (!t.visited) {
          if (!noFallthrough(b)) {
            t.exceptStack = [...stack!];
          } else {
            t.exceptStack = stack;
            stack = null;
          }
          todo.push(t);
          t.visited = true;
        }
      } else {
        i.except = handler;
      }
    }
    if (!noFallthrough(b) && b.next && !b.next.visited) {
      b.next.exceptStack = stack;
      todo.push(b.next);
      b.next.visited = true;
    }
  }
}

/** convert_pseudo_ops: SETUP_* and POP_BLOCK become NOPs, others their real opcode. */
export function convertPseudoOps(entry: XBlock, pseudo: Readonly<Record<string, string>>): void {
  for (let b: XBlock | null = entry; b; b = b.next) {
    for (const i of b.instrs) {
      if (isBlockPush(i) || i.op === 'POP_BLOCK') {
        i.op = 'NOP';
        i.target = null;
      } else if (pseudo[i.op]) {
        i.op = pseudo[i.op]!;
      }
    }
  }
}

export function findConst(consts: ConstValue[], v: ConstValue): number {
  const key = constKey(v);
  for (let k = 0; k < consts.length; k++) if (constKey(consts[k]!) === key) return k;
  consts.push(v);
  return consts.length - 1;
}
