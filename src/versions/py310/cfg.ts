// Stage: version optimizer (3.10). The control-flow-graph passes CPython 3.10 runs on a unit's
// basic blocks before assembly (it has no bytecode peephole any more): block normalisation,
// copying of small exit blocks over the jumps to them, per-block rewrites (constant tests, tuple
// folding, BUILD_TUPLE/UNPACK_SEQUENCE rotations, jump threading), reachability, NOP cleaning
// that keeps line numbers, exit duplication and line-number propagation. Works on the shared
// compiler's Block/Instr; knows nothing about bytes.
import type { ConstValue } from '../../syntax/constant.js';
import type { Block, Instr, Unit } from '../../compiler/unit.js';
import { isTruthy } from '../../compiler/const-ops.js';
import { constKey } from '../../compiler/const-key.js';

/** An exit block of at most this many instructions is copied over a jump to it. */
const MAX_COPY_SIZE = 4;

interface Flags {
  exit: boolean;
  nofall: boolean;
  preds: number;
}

const UNCOND = new Set(['JUMP_ABSOLUTE', 'JUMP_FORWARD']);
const EXITS = new Set(['RETURN_VALUE', 'RAISE_VARARGS', 'RERAISE']);
/** Jumps that are not control flow for line propagation: they only push a handler. */
const HANDLER_PUSH = new Set(['SETUP_FINALLY', 'SETUP_WITH', 'SETUP_ASYNC_WITH']);

class Cfg {
  private readonly flags = new Map<Block, Flags>();

  constructor(readonly u: Unit, readonly consts: ConstValue[]) {}

  f(b: Block): Flags {
    let x = this.flags.get(b);
    if (!x) {
      x = { exit: false, nofall: false, preds: 0 };
      this.flags.set(b, x);
    }
    return x;
  }

  /** CPython's b_list: every block, newest first. */
  list(): Block[] {
    return [...this.u.blocks].reverse();
  }

  chain(): Block[] {
    const out: Block[] = [];
    for (let b: Block | null = this.u.entry; b; b = b.next) out.push(b);
    return out;
  }

  normalize(b: Block): void {
    const fl = this.f(b);
    for (const ins of b.instrs) {
      if (EXITS.has(ins.op)) {
        fl.exit = true;
        fl.nofall = true;
      } else if (UNCOND.has(ins.op)) {
        fl.nofall = true;
      }
      if (ins.target) ins.target = skipEmpty(ins.target);
    }
  }

  /** Copies the instructions of `from` onto the end of `b` (by value). */
  private appendCopy(b: Block, from: Block): void {
    for (const ins of from.instrs) b.instrs.push({ ...ins });
    this.f(b).exit = true;
  }

  extendBlock(b: Block): void {
    const last = b.instrs[b.instrs.length - 1];
    if (!last || !UNCOND.has(last.op)) return;
    const t = last.target!;
    if (this.f(t).exit && t.instrs.length <= MAX_COPY_SIZE) {
      toNop(last);
      this.appendCopy(b, t);
    }
  }

  private jumpToJump(b: Block, opcode: string): void {
    const inst = b.instrs[b.instrs.length - 1]!;
    const target = inst.target!.instrs[0]!;
    if (inst.target === target.target) return; // a loop
    if (inst.lineno !== target.lineno) return;
    b.instrs.push({ op: opcode, arg: 0, target: target.target, lineno: target.lineno });
    toNop(b.instrs[b.instrs.length - 2]!);
  }

  private foldTuple(b: Block, i: number, n: number): void {
    for (let k = i - n; k < i; k++) if (b.instrs[k]!.op !== 'LOAD_CONST') return;
    const items = b.instrs.slice(i - n, i).map((ins) => this.consts[ins.arg]!);
    const tuple: ConstValue = { kind: 'tuple', items };
    const key = constKey(tuple);
    let index = this.consts.findIndex((c) => constKey(c) === key);
    if (index < 0) {
      index = this.consts.length;
      this.consts.push(tuple);
    }
    for (let k = i - n; k < i; k++) toNop(b.instrs[k]!);
    const inst = b.instrs[i]!;
    inst.op = 'LOAD_CONST';
    inst.arg = index;
  }

  optimizeBlock(b: Block): void {
    const ins = b.instrs;
    const nop: Instr = { op: 'NOP', arg: 0, target: null, lineno: -1 };
    for (let i = 0; i < ins.length; i++) {
      const inst = ins[i]!;
      const oparg = inst.arg;
      const next = ins[i + 1];
      const nextop = next ? next.op : '';
      let target = nop;
      if (inst.target) {
        inst.target = skipEmpty(inst.target);
        target = inst.target.instrs[0] ?? nop;
      }
      switch (inst.op) {
        case 'LOAD_CONST': {
          if (nextop === 'POP_JUMP_IF_FALSE' || nextop === 'POP_JUMP_IF_TRUE') {
            const isTrue = isTruthy(this.consts[oparg]!);
            toNop(inst);
            if (isTrue === (nextop === 'POP_JUMP_IF_TRUE')) {
              next!.op = 'JUMP_ABSOLUTE';
              this.f(b).nofall = true;
            } else {
              toNop(next!);
            }
          } else if (nextop === 'JUMP_IF_FALSE_OR_POP' || nextop === 'JUMP_IF_TRUE_OR_POP') {
            const isTrue = isTruthy(this.consts[oparg]!);
            if (isTrue === (nextop === 'JUMP_IF_TRUE_OR_POP')) {
              next!.op = 'JUMP_ABSOLUTE';
              this.f(b).nofall = true;
            } else {
              toNop(inst);
              toNop(next!);
            }
          }
          break;
        }
        case 'BUILD_TUPLE': {
          if (nextop === 'UNPACK_SEQUENCE' && oparg === next!.arg) {
            if (oparg === 1) {
              toNop(inst);
              toNop(next!);
            } else if (oparg === 2) {
              inst.op = 'ROT_TWO';
              toNop(next!);
            } else if (oparg === 3) {
              inst.op = 'ROT_THREE';
              next!.op = 'ROT_TWO';
            }
            break;
          }
          if (i >= oparg) this.foldTuple(b, i, oparg);
          break;
        }
        case 'JUMP_IF_FALSE_OR_POP':
        case 'JUMP_IF_TRUE_OR_POP': {
          const onTrue = inst.op === 'JUMP_IF_TRUE_OR_POP';
          const same = onTrue ? 'POP_JUMP_IF_TRUE' : 'POP_JUMP_IF_FALSE';
          const opposite = onTrue ? 'JUMP_IF_FALSE_OR_POP' : 'JUMP_IF_TRUE_OR_POP';
          if (inst.lineno !== target.lineno) break;
          if (target.op === same) {
            ins[i] = { ...target };
            i--;
          } else if (UNCOND.has(target.op) || target.op === inst.op) {
            if (inst.target !== target.target) {
              inst.target = target.target;
              i--;
            }
          } else if (target.op === opposite) {
            inst.op = onTrue ? 'POP_JUMP_IF_TRUE' : 'POP_JUMP_IF_FALSE';
            inst.target = inst.target!.next;
            i--;
          }
          break;
        }
        case 'POP_JUMP_IF_FALSE':
        case 'POP_JUMP_IF_TRUE':
          if (UNCOND.has(target.op) && inst.lineno === target.lineno && inst.target !== target.target) {
            inst.target = target.target;
            i--;
          }
          break;
        case 'JUMP_ABSOLUTE':
        case 'JUMP_FORWARD':
          if (target.op === 'JUMP_FORWARD') {
            this.jumpToJump(b, inst.op);
          } else if (target.op === 'JUMP_ABSOLUTE') {
            this.jumpToJump(b, 'JUMP_ABSOLUTE');
          } else {
            const t = inst.target!;
            if (this.f(t).exit && t.instrs.length <= MAX_COPY_SIZE) {
              toNop(inst);
              this.appendCopy(b, t);
              // CPython reuses its loop counter for the copy, so scanning resumes there.
              i = t.instrs.length;
            }
          }
          break;
        case 'FOR_ITER':
          if (target.op === 'JUMP_FORWARD') this.jumpToJump(b, 'FOR_ITER');
          break;
        default:
          break;
      }
    }
  }

  /** Removes NOPs whose line is kept by a neighbour (or that have none). */
  clean(b: Block, prevLineno: number): void {
    const ins = b.instrs;
    const out: Instr[] = [];
    let prev = prevLineno;
    for (let src = 0; src < ins.length; src++) {
      const cur = ins[src]!;
      const lineno = cur.lineno;
      if (cur.op === 'NOP') {
        if (lineno < 0) continue;
        if (prev === lineno) continue;
        if (src < ins.length - 1) {
          const nextLine = ins[src + 1]!.lineno;
          if (nextLine < 0 || nextLine === lineno) {
            ins[src + 1]!.lineno = lineno;
            continue;
          }
        } else {
          let nb = b.next;
          while (nb && nb.instrs.length === 0) nb = nb.next;
          if (nb && lineno === nb.instrs[0]!.lineno) continue;
        }
      }
      out.push(cur);
      prev = lineno;
    }
    ins.length = 0;
    ins.push(...out);
  }

  markReachable(): void {
    const entry = this.u.entry;
    this.f(entry).preds = 1;
    const stack: Block[] = [entry];
    while (stack.length) {
      const b = stack.pop()!;
      if (b.next && !this.f(b).nofall) {
        const nf = this.f(b.next);
        if (nf.preds === 0) stack.push(b.next);
        nf.preds++;
      }
      for (const ins of b.instrs) {
        if (!ins.target) continue;
        const tf = this.f(ins.target);
        if (tf.preds === 0) stack.push(ins.target);
        tf.preds++;
      }
    }
  }

  eliminateEmpty(): void {
    for (let b: Block | null = this.u.entry; b; b = b.next) {
      let next: Block | null = b.next;
      if (next) {
        while (next.instrs.length === 0 && next.next) next = next.next;
        b.next = next;
      }
    }
    for (let b: Block | null = this.u.entry; b; b = b.next) {
      const last = b.instrs[b.instrs.length - 1];
      if (last && last.target) last.target = skipEmpty(last.target);
    }
  }

  optimizeCfg(): void {
    for (const b of this.chain()) {
      this.optimizeBlock(b);
      this.clean(b, -1);
    }
    for (const b of this.list()) this.extendBlock(b);
    this.markReachable();
    for (const b of this.chain()) {
      if (this.f(b).preds === 0) {
        b.instrs.length = 0;
        this.f(b).nofall = false;
      }
    }
    let pred: Block | null = null;
    for (const b of this.chain()) {
      const prevLine = pred && pred.instrs.length ? pred.instrs[pred.instrs.length - 1]!.lineno : -1;
      this.clean(b, prevLine);
      pred = this.f(b).nofall ? null : b;
    }
    this.eliminateEmpty();
    let maybeEmpty = false;
    for (let b: Block | null = this.u.entry; b; b = b.next) {
      const last: Instr | undefined = b.instrs[b.instrs.length - 1];
      if (last && UNCOND.has(last.op) && last.target === b.next) {
        this.f(b).nofall = false;
        toNop(last);
        this.clean(b, -1);
        maybeEmpty = true;
      }
    }
    if (maybeEmpty) this.eliminateEmpty();
  }

  private isExitWithoutLineno(b: Block): boolean {
    return this.f(b).exit && b.instrs.length > 0 && b.instrs[0]!.lineno < 0;
  }

  duplicateExitsWithoutLineno(): void {
    for (const b of this.list()) {
      const last = b.instrs[b.instrs.length - 1];
      if (!last || !last.target || HANDLER_PUSH.has(last.op)) continue;
      const target = last.target;
      if (this.isExitWithoutLineno(target) && this.f(target).preds > 1) {
        const copy = this.u.newBlock();
        for (const ins of target.instrs) copy.instrs.push({ ...ins });
        const cf = this.f(copy);
        cf.exit = this.f(target).exit;
        cf.nofall = true;
        copy.instrs[0]!.lineno = last.lineno;
        last.target = copy;
        this.f(target).preds--;
        cf.preds = 1;
        copy.next = target.next;
        target.next = copy;
      }
    }
    for (const b of this.list()) {
      while (b.next && b.next.instrs.length === 0) b.next = b.next.next;
    }
    for (const b of this.list()) {
      if (!this.f(b).nofall && b.next && b.instrs.length > 0 && this.isExitWithoutLineno(b.next)) {
        b.next.instrs[0]!.lineno = b.instrs[b.instrs.length - 1]!.lineno;
      }
    }
  }

  trimUnusedConsts(): void {
    let max = 0;
    for (const b of this.chain()) for (const ins of b.instrs) if (ins.op === 'LOAD_CONST' && ins.arg > max) max = ins.arg;
    if (max + 1 < this.consts.length) this.consts.length = max + 1;
  }

  propagateLineNumbers(): void {
    for (const b of this.chain()) {
      if (!b.instrs.length) continue;
      let prev = -1;
      for (const ins of b.instrs) {
        if (ins.lineno < 0) ins.lineno = prev;
        else prev = ins.lineno;
      }
      if (!this.f(b).nofall && b.next && this.f(b.next).preds === 1) {
        const first = b.next.instrs[0];
        if (first && first.lineno < 0) first.lineno = prev;
      }
      const last = b.instrs[b.instrs.length - 1]!;
      if (last.target && !HANDLER_PUSH.has(last.op)) {
        const t = last.target;
        if (this.f(t).preds === 1 && t.instrs[0] && t.instrs[0].lineno < 0) t.instrs[0].lineno = prev;
      }
    }
  }

  guaranteeLinenoForExits(): void {
    let lineno = this.u.firstlineno;
    for (const b of this.chain()) {
      const last = b.instrs[b.instrs.length - 1];
      if (!last) continue;
      if (last.lineno < 0) {
        if (last.op === 'RETURN_VALUE') for (const ins of b.instrs) ins.lineno = lineno;
      } else {
        lineno = last.lineno;
      }
    }
  }
}

/** An instruction turned into a NOP stops being a jump (CPython tests jumps by opcode). */
function toNop(ins: Instr): void {
  ins.op = 'NOP';
  ins.target = null;
}

function skipEmpty(b: Block): Block {
  let t = b;
  while (t.instrs.length === 0 && t.next) t = t.next;
  return t;
}

/** Backend.optimizeBlocks for 3.10: the passes of CPython 3.10's assemble(), in its order. */
export function optimizeBlocks310(u: Unit, consts: ConstValue[]): Block[] {
  const cfg = new Cfg(u, consts);
  for (const b of cfg.list()) cfg.normalize(b);
  for (const b of cfg.list()) cfg.extendBlock(b);
  if (!u.firstlineno) {
    const first = u.entry.instrs[0];
    u.firstlineno = first && first.lineno ? first.lineno : 1;
  }
  cfg.optimizeCfg();
  cfg.duplicateExitsWithoutLineno();
  cfg.trimUnusedConsts();
  cfg.propagateLineNumbers();
  cfg.guaranteeLinenoForExits();
  return cfg.chain();
}
