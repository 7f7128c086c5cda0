// Stage: VM interpreter. Pre-decodes exception-table era code objects (3.11+) into decode.ts's
// flat arrays: one slot per instruction (inline CACHE units dropped, EXTENDED_ARG folded), jump
// and exception-table offsets as instruction indices, oparg layouts normalised for the shared
// handlers (BINARY_OP -> the old binary ops, LOAD_GLOBAL/LOAD_ATTR low bits, localsplus cell
// indices -> f.cells indices). Reads the version only through VmTables.xt (data).
import type { CodeObject } from '../../compiler/code.js';
import type { XtRules } from '../../versions/vm-rules.js';
import { decodeExceptionTable } from '../../versions/py311/exception-table.js';
import type { PyCode } from '../objects/callables.js';
import { codeParts, loopMask, type Decoded, type VmTables } from './decode.js';
import { OP_IDS, Op } from './ops.js';

/** Exception-table entries as instruction indices, flattened: start, end, target, depth, lasti. */
export interface XtInfo {
  readonly units: Int32Array;
  readonly handlers: Int32Array;
}

/**
 * localsplus index -> f.cells index (-1: a plain local). CPython 3.11 lays out varnames, then the
 * cell variables that are not arguments, then the free variables; a cell argument keeps its
 * argument's index.
 */
function cellIndexMap(code: CodeObject): Int32Array {
  const total = code.nlocals + code.cellvars.length + code.freevars.length;
  const m = new Int32Array(total + 1).fill(-1);
  let next = code.nlocals;
  code.cellvars.forEach((name, k) => {
    const v = code.varnames.indexOf(name);
    if (v >= 0) m[v] = k;
    else m[next++] = k;
  });
  code.freevars.forEach((_n, j) => {
    m[next++] = code.cellvars.length + j;
  });
  return m;
}

const FREE_OPS = new Set(['LOAD_DEREF', 'STORE_DEREF', 'DELETE_DEREF', 'LOAD_CLOSURE', 'LOAD_CLASSDEREF', 'LOAD_FROM_DICT_OR_DEREF']);

const CELL_SLOT_OPS: Readonly<Record<string, string>> = {
  LOAD_FAST: 'LOAD_FAST_CELL', STORE_FAST: 'STORE_FAST_CELL', LOAD_FAST_AND_CLEAR: 'LOAD_FAST_AND_CLEAR_CELL',
  LOAD_FAST_CHECK: 'LOAD_FAST_CELL',
};

function opId(name: string): number {
  return OP_IDS[name] ?? Op.UNKNOWN;
}

export function decodeXt(pc: PyCode, tables: VmTables, xt: XtRules): Decoded {
  const code = pc.code;
  const t = tables.opcodes;
  const bytes = code.code;
  const nUnits = bytes.length >> 1;
  // Pass 1: instruction starts (EXTENDED_ARG stays an instruction: a NOP, like 3.8's decode).
  const unitToIdx = new Int32Array(nUnits + 1).fill(-1);
  const units: number[] = [];
  for (let u = 0; u < nUnits;) {
    unitToIdx[u] = units.length;
    units.push(u);
    const name = t.opname[bytes[2 * u]!] ?? '';
    u += 1 + (xt.cacheSizes[name] ?? 0);
  }
  const n = units.length;
  unitToIdx[nUnits] = n;
  const idxAt = (u: number): number => {
    while (u < nUnits && unitToIdx[u]! < 0) u++;
    return unitToIdx[Math.min(u, nUnits)]!;
  };
  const ops = new Uint8Array(n);
  const args = new Int32Array(n);
  const sw = new Uint8Array(n);
  const cost = new Float64Array(n);
  const skip = new Uint8Array(n);
  const opnames: string[] = [];
  const jrel = new Set(t.hasjrel);
  const cells = cellIndexMap(code);
  const sp = tables.switchPoints;
  let ext = 0;
  let seenResume = false;
  const backEdges: number[] = [];
  let kwConst = -1; // KW_NAMES binds its names to the next CALL (arg bits 16+: const index + 1)
  for (let i = 0; i < n; i++) {
    const u = units[i]!;
    const op = bytes[2 * u]!;
    const name = t.opname[op] ?? `<${op}>`;
    opnames.push(name);
    let arg = bytes[2 * u + 1]! | ext;
    ext = op === t.EXTENDED_ARG ? arg << 8 : 0;
    const caches = xt.cacheSizes[name] ?? 0;
    let iname = xt.opAliases[name] ?? name;
    if (name === 'RESUME') seenResume = true;
    if (jrel.has(op)) {
      const back = name.includes('JUMP_BACKWARD');
      let target = idxAt(u + 1 + caches + (back ? -arg : arg));
      if (name === 'FOR_ITER') target += xt.forIterSkip;
      arg = target;
      if (target <= i) backEdges.push(target, i);
    } else if (name === 'KW_NAMES') {
      kwConst = arg;
      iname = 'NOP';
    } else if (name === 'CALL' && kwConst >= 0) {
      arg |= (kwConst + 1) << 16;
      kwConst = -1;
    } else if (name === 'BINARY_OP') {
      iname = xt.binaryOps[arg] ?? 'UNKNOWN';
    } else if (name === 'COMPARE_OP') {
      arg >>= xt.compareArgShift;
    } else if (name === 'LOAD_GLOBAL') {
      if (arg & 1) iname = xt.nullAfterCallable ? 'LOAD_GLOBAL_NULL_AFTER' : 'LOAD_GLOBAL_NULL';
      arg >>= 1;
    } else if (name === 'LOAD_ATTR' && xt.loadAttrMethodBit) {
      if (arg & 1) iname = xt.nullAfterCallable ? 'LOAD_METHOD_NULL_AFTER' : 'LOAD_METHOD';
      arg >>= 1;
    } else if (name === 'MAKE_CELL') {
      // The prologue's MAKE_CELL makes the frame's cell; one in the body (an inlined
      // comprehension, 3.12+) replaces it with a fresh one.
      iname = seenResume ? 'MAKE_CELL_FRESH' : 'MAKE_CELL_XT';
      arg = cells[arg] ?? -1;
    } else if (CELL_SLOT_OPS[name] !== undefined && arg < code.nlocals && (cells[arg] ?? -1) >= 0) {
      // A fast slot that is also a cell: inlined comprehensions (3.12+) save, reuse and restore
      // it, 3.13 loads closures with LOAD_FAST. arg = slot | cell index << 16.
      iname = CELL_SLOT_OPS[name]!;
      arg = arg | (cells[arg]! << 16);
    } else if (FREE_OPS.has(name)) {
      arg = cells[arg] ?? -1;
    } else if (name === 'LOAD_FAST' && (cells[arg] ?? -1) >= 0) {
      // 3.13's LOAD_CLOSURE is LOAD_FAST on a cell-only slot.
      iname = 'LOAD_CLOSURE';
      arg = cells[arg]!;
    }
    sw[i] = sp.switchKindOf(name);
    ops[i] = opId(iname);
    args[i] = arg;
    cost[i] = sp.costOf(name);
    skip[i] = 0;
  }
  const unitLines = tables.instructionLines ? tables.instructionLines(code) : new Int32Array(nUnits).fill(code.firstlineno);
  const lines = new Int32Array(n);
  for (let i = 0; i < n; i++) lines[i] = unitLines[units[i]!] ?? code.firstlineno;
  const ents = decodeExceptionTable(code.exceptiontable);
  const handlers = new Int32Array(ents.length * 5);
  ents.forEach((e, k) => {
    handlers[5 * k] = idxAt(e.start >> 1);
    handlers[5 * k + 1] = idxAt(e.end >> 1);
    handlers[5 * k + 2] = idxAt(e.target >> 1);
    handlers[5 * k + 3] = e.depth;
    handlers[5 * k + 4] = e.lasti ? 1 : 0;
  });
  const d: Decoded = {
    n, ops, args, sw, cost, skip, lines,
    opnames,
    loop: loopMask(n, backEdges),
    ...codeParts(code, tables, n),
    xt: { units: Int32Array.from(units), handlers },
  };
  pc.decoded = d;
  return d;
}
