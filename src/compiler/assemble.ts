// Stage: compiler (assembly). Lays out a unit's basic blocks, computes the stack depth,
// resolves jump offsets with EXTENDED_ARG growth, emits wordcode and line marks, then hands
// bytes to the version's optimizer and builds the CodeObject. Encodings come from the Backend.
import type { Backend, LineMark } from './backend.js';
import type { Block, Unit } from './unit.js';
import { CO_NOFREE, type CodeObject } from './code.js';
import { namesInOrder } from './unit-tables.js';

export function instrSize(arg: number): number {
  return arg <= 0xff ? 1 : arg <= 0xffff ? 2 : arg <= 0xffffff ? 3 : 4;
}

/** Blocks in emission order: the b_next chain from the entry block. */
export function layout(u: Unit): Block[] {
  const out: Block[] = [];
  const seen = new Set<Block>();
  for (let b: Block | null = u.entry; b && !seen.has(b); b = b.next) {
    seen.add(b);
    out.push(b);
  }
  return out;
}

function isJump(backend: Backend, op: number): 'rel' | 'abs' | null {
  if (backend.opcodes.hasjrel.includes(op)) return 'rel';
  if (backend.opcodes.hasjabs.includes(op)) return 'abs';
  return null;
}

/** Instructions after which the rest of a block is dead (RERAISE exists from 3.9). */
const TERMINATORS = new Set(['JUMP_ABSOLUTE', 'JUMP_FORWARD', 'RETURN_VALUE', 'RAISE_VARARGS', 'RERAISE']);

export function stackDepth(u: Unit, backend: Backend): number {
  for (const b of u.blocks) b.startDepth = -1;
  const stack: Block[] = [];
  let maxdepth = 0;
  const push = (b: Block, depth: number): void => {
    if (b.startDepth < depth) {
      b.startDepth = depth;
      stack.push(b);
    }
  };
  push(u.entry, 0);
  while (stack.length) {
    const b = stack.pop()!;
    let depth = b.startDepth;
    let next: Block | null = b.next;
    for (const ins of b.instrs) {
      const newDepth = depth + backend.stackEffect(ins.op, ins.arg, false);
      if (newDepth > maxdepth) maxdepth = newDepth;
      if (ins.target) {
        const targetDepth = depth + backend.stackEffect(ins.op, ins.arg, true);
        if (targetDepth > maxdepth) maxdepth = targetDepth;
        if (ins.op !== 'CALL_FINALLY') push(ins.target, targetDepth);
      }
      depth = newDepth;
      if (TERMINATORS.has(ins.op)) {
        next = null;
        break;
      }
    }
    if (next) push(next, depth);
  }
  return maxdepth;
}

function resolveJumps(blocks: Block[], scale: number, directional: boolean): void {
  let again = true;
  while (again) {
    let total = 0;
    for (const b of blocks) {
      b.offset = total;
      for (const ins of b.instrs) total += instrSize(ins.arg);
    }
    again = false;
    for (const b of blocks) {
      let pos = b.offset;
      for (const ins of b.instrs) {
        const size = instrSize(ins.arg);
        pos += size;
        if (ins.target) {
          if (directional) {
            if (ins.op === 'JUMP_ABSOLUTE' && ins.target.offset > pos) ins.op = 'JUMP_FORWARD';
            else if (ins.op === 'JUMP_FORWARD' && ins.target.offset < pos) ins.op = 'JUMP_ABSOLUTE';
            if (ins.op === 'JUMP_ABSOLUTE') (ins as { rel?: boolean }).rel = false;
            else if (ins.op === 'JUMP_FORWARD') (ins as { rel?: boolean }).rel = true;
          }
          const rel = (ins as { rel?: boolean }).rel;
          let arg = ins.target.offset;
          if (rel) arg -= pos;
          ins.arg = arg * scale;
          if (instrSize(ins.arg) !== size) again = true;
        }
      }
    }
  }
}

export function writeOpArg(out: number[], opcode: number, arg: number, size: number, extendedArg: number): void {
  for (let s = size - 1; s >= 1; s--) out.push(extendedArg, (arg >>> (8 * s)) & 0xff);
  out.push(opcode, arg & 0xff);
}

export function assembleUnit(u: Unit, backend: Backend, filename: string, serial: number): CodeObject {
  const opmap = backend.opcodes.opmap;
  const consts = [...u.consts];
  const blocks = backend.optimizeBlocks ? backend.optimizeBlocks(u, consts) : layout(u);
  for (const b of blocks) {
    for (const ins of b.instrs) {
      if (ins.target) {
        const kind = isJump(backend, opmap[ins.op]!);
        if (!kind) throw new Error(`gilsim bug: ${ins.op} has a target but is no jump`);
        (ins as { rel?: boolean }).rel = kind === 'rel';
      }
    }
  }
  if (!u.firstlineno) {
    const first = u.entry.instrs[0];
    u.firstlineno = first && first.lineno ? first.lineno : 1;
  }
  const stacksize = stackDepth(u, backend);
  resolveJumps(blocks, backend.jumpArgScale, backend.directionalJumps === true);
  const bytes: number[] = [];
  const marks: LineMark[] = [];
  for (const b of blocks) {
    for (const ins of b.instrs) {
      const opcode = opmap[ins.op];
      if (opcode === undefined) throw new Error(`gilsim bug: unknown opcode ${ins.op}`);
      if (ins.lineno) marks.push({ offset: bytes.length, lineno: ins.lineno });
      writeOpArg(bytes, opcode, ins.arg, instrSize(ins.arg), backend.opcodes.EXTENDED_ARG);
    }
  }
  const lnotab = backend.encodeLineTable(marks, u.firstlineno, bytes.length);
  const opt = backend.optimizeBytecode(Uint8Array.from(bytes), consts, lnotab);
  let flags = u.scopeFlags();
  if (u.freevars.size === 0 && u.cellvars.size === 0) flags |= CO_NOFREE;
  return {
    argcount: u.argcount + u.posonlyargcount,
    posonlyargcount: u.posonlyargcount,
    kwonlyargcount: u.kwonlyargcount,
    nlocals: u.varnames.size,
    stacksize,
    flags,
    code: opt.code,
    consts,
    names: namesInOrder(u.names),
    varnames: namesInOrder(u.varnames),
    freevars: namesInOrder(u.freevars),
    cellvars: namesInOrder(u.cellvars),
    filename,
    name: u.name,
    qualname: u.qualname,
    firstlineno: u.firstlineno,
    linetable: opt.lineTable,
    exceptiontable: new Uint8Array(0),
    serial,
  };
}
