// Stage: compiler, exception-table era (3.11+), assembly: prefix instructions (generator,
// free-var copy, cells), localsplus slot fixing, the CFG pipeline, jump direction and offset
// resolution with inline caches and EXTENDED_ARG, then code bytes, location table and
// exception table in the version's formats (from the Dialect).
import type { Dialect } from './dialect.js';
import type { XBlock, XInstr, XUnit } from './xunit.js';
import { NO_LOC, isJump } from './xunit.js';
import {
  chain, normalizeBlocks, stackDepth, labelExceptionTargets, convertPseudoOps, cleanBlock,
} from './flowgraph.js';
import { CO_GENERATOR, type CodeObject } from '../code.js';
import { namesInOrder } from '../unit-tables.js';

const DEREF_OPS = new Set([
  'MAKE_CELL', 'LOAD_CLOSURE', 'LOAD_DEREF', 'STORE_DEREF', 'DELETE_DEREF', 'LOAD_CLASSDEREF',
  'LOAD_FROM_DICT_OR_DEREF',
]);

export function instrSize(d: Dialect, i: XInstr): number {
  const a = i.arg;
  const ext = a <= 0xff ? 0 : a <= 0xffff ? 1 : a <= 0xffffff ? 2 : 3;
  return 1 + ext + (d.cacheSizes[i.op] ?? 0);
}

function insertPrefix(u: XUnit, flags: number, fixed: number[]): void {
  const pre: XInstr[] = [];
  if (flags & CO_GENERATOR) {
    pre.push({ op: 'RETURN_GENERATOR', arg: 0, target: null, loc: { lineno: u.firstlineno, endLineno: u.firstlineno, col: -1, endCol: -1 } });
    pre.push({ op: 'POP_TOP', arg: 0, target: null, loc: NO_LOC });
  }
  if (u.freevars.size) pre.push({ op: 'COPY_FREE_VARS', arg: u.freevars.size, target: null, loc: NO_LOC });
  const ncells = u.cellvars.size;
  const order = [...Array(ncells).keys()].sort((a, b) => fixed[a]! - fixed[b]!);
  for (const k of order) pre.push({ op: 'MAKE_CELL', arg: k, target: null, loc: NO_LOC });
  u.entry.instrs.unshift(...pre);
}

function fixCellOffsets(u: XUnit, fixed: number[], blocks: readonly XBlock[]): void {
  const nlocals = u.varnames.size;
  let dropped = 0;
  for (let k = 0; k < fixed.length; k++) {
    if (fixed[k] === k + nlocals) fixed[k]! -= dropped;
    else dropped++;
  }
  for (const b of blocks) for (const i of b.instrs) if (DEREF_OPS.has(i.op)) i.arg = fixed[i.arg]!;
}

/** Turns virtual jumps into real, direction-specific opcodes (normalize_jumps). */
function normalizeJumps(d: Dialect, blocks: XBlock[], u: XUnit): XBlock[] {
  for (const b of blocks) b.visited = false;
  const out: XBlock[] = [];
  for (const b of blocks) {
    b.visited = true;
    out.push(b);
    const last = b.last;
    if (!last || !isJump(last)) continue;
    const forward = !last.target!.visited;
    const op = last.op;
    if (op === 'JUMP') last.op = forward ? 'JUMP_FORWARD' : 'JUMP_BACKWARD';
    else if (op === 'JUMP_NO_INTERRUPT') last.op = forward ? 'JUMP_FORWARD' : 'JUMP_BACKWARD_NO_INTERRUPT';
    else if (op.startsWith('POP_JUMP_IF_')) {
      if (d.cfg.directionalCondJumps) {
        last.op = op.replace('POP_JUMP_IF_', forward ? 'POP_JUMP_FORWARD_IF_' : 'POP_JUMP_BACKWARD_IF_');
      } else if (!forward) {
        // Conditional jumps only go forward: jump over a JUMP_BACKWARD on the inverse condition.
        const inverse: Record<string, string> = {
          POP_JUMP_IF_FALSE: 'POP_JUMP_IF_TRUE', POP_JUMP_IF_TRUE: 'POP_JUMP_IF_FALSE',
          POP_JUMP_IF_NONE: 'POP_JUMP_IF_NOT_NONE', POP_JUMP_IF_NOT_NONE: 'POP_JUMP_IF_NONE',
        };
        const back = u.newBlock();
        back.instrs.push({ op: 'JUMP_BACKWARD', arg: 0, target: last.target, loc: last.loc, except: null });
        back.next = b.next;
        back.visited = true;
        last.op = inverse[op]!;
        last.target = b.next;
        b.next = back;
        out.push(back);
        // the loop continues with `back`'s successor through `blocks`; `back` is already placed
      }
    }
  }
  return out;
}

export function assembleXUnit(u: XUnit, d: Dialect, filename: string, serial: number): CodeObject {
  normalizeBlocks(u.blocks);
  if (!u.firstlineno) {
    const first = u.entry.instrs[0];
    u.firstlineno = first && first.loc.lineno > 0 ? first.loc.lineno : 1;
  }
  const flags = u.scopeFlags();
  const nlocals = u.varnames.size;
  const fixed: number[] = [];
  for (let k = 0; k < u.cellvars.size + u.freevars.size; k++) fixed.push(nlocals + k);
  for (const [name, k] of u.cellvars) {
    const v = u.varnames.get(name);
    if (v !== undefined) fixed[k] = v;
  }
  const localsplus = (): void => {
    insertPrefix(u, flags, fixed);
    fixCellOffsets(u, fixed, u.blocks);
  };
  if (!d.cfg.lateLocalsplus) localsplus();
  const consts = [...u.consts];
  const entry = u.entry;
  d.cfg.optimize(u, entry, consts);
  if (d.cfg.lateLocalsplus) localsplus();
  const stacksize = stackDepth(entry, u.blocks, d);
  if (!d.cfg.labelsFirst) labelExceptionTargets(entry, u.blocks);
  convertPseudoOps(entry, d.cfg.pseudoOps);
  for (const b of chain(entry)) cleanBlock(b);
  d.cfg.finalPasses(u, chain(entry));
  const blocks = normalizeJumps(d, chain(entry), u);

  // Offsets, growing EXTENDED_ARG until stable.
  let again = true;
  while (again) {
    let total = 0;
    for (const b of blocks) {
      b.offset = total;
      for (const i of b.instrs) total += instrSize(d, i);
    }
    again = false;
    for (const b of blocks) {
      let pos = b.offset;
      for (const i of b.instrs) {
        const size = instrSize(d, i);
        pos += size;
        if (i.target && isJump(i)) {
          const t = i.target.offset;
          i.arg = i.op.includes('BACKWARD') ? pos - t : t - pos;
          if (instrSize(d, i) !== size) again = true;
        }
      }
    }
  }

  const bytes: number[] = [];
  const ranges: { lineno: number; endLineno: number; col: number; endCol: number; units: number }[] = [];
  const entries: { start: number; end: number; target: number; depth: number; lasti: boolean }[] = [];
  let handler: XBlock | null = null;
  let start = 0;
  const opmap = d.opcodes.opmap;
  const flushHandler = (end: number): void => {
    if (handler) {
      const depth = handler.startDepth - 1 - (handler.preserveLasti ? 1 : 0);
      entries.push({ start: start * 2, end: end * 2, target: handler.offset * 2, depth, lasti: handler.preserveLasti });
    }
  };
  for (const b of blocks) {
    for (const i of b.instrs) {
      const unit = bytes.length / 2;
      const h = i.except ?? null;
      if (h !== handler) {
        flushHandler(unit);
        start = unit;
        handler = h;
      }
      const opcode = opmap[i.op];
      if (opcode === undefined) throw new Error(`gilsim bug: unknown opcode ${i.op}`);
      const size = instrSize(d, i);
      const caches = d.cacheSizes[i.op] ?? 0;
      const ext = size - 1 - caches;
      for (let s = ext; s >= 1; s--) bytes.push(d.opcodes.EXTENDED_ARG, (i.arg >>> (8 * s)) & 0xff);
      bytes.push(opcode, i.arg & 0xff);
      for (let k = 0; k < caches; k++) bytes.push(0, 0);
      const prev = ranges[ranges.length - 1];
      const l = i.loc;
      if (d.formats.mergeSameLocations && prev && prev.lineno === l.lineno && prev.endLineno === l.endLineno &&
          prev.col === l.col && prev.endCol === l.endCol) prev.units += size;
      else ranges.push({ ...l, units: size });
    }
  }
  flushHandler(bytes.length / 2);
  return {
    argcount: u.argcount + u.posonlyargcount,
    posonlyargcount: u.posonlyargcount,
    kwonlyargcount: u.kwonlyargcount,
    nlocals,
    stacksize,
    flags,
    code: Uint8Array.from(bytes),
    consts,
    names: namesInOrder(u.names),
    varnames: namesInOrder(u.varnames),
    freevars: namesInOrder(u.freevars),
    // co_cellvars lists cells in localsplus order: argument cells first.
    cellvars: namesInOrder(u.cellvars).sort((a, b) => (u.varnames.get(a) ?? nlocals + (u.cellvars.get(a) ?? 0)) - (u.varnames.get(b) ?? nlocals + (u.cellvars.get(b) ?? 0))),
    filename,
    name: u.name,
    qualname: u.qualname,
    firstlineno: u.firstlineno,
    linetable: d.formats.encodeLocations(ranges, u.firstlineno),
    exceptiontable: d.formats.encodeExceptionTable(entries),
    serial,
  };
}
