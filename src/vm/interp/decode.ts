// Stage: VM interpreter. Pre-decodes a code object once into flat typed arrays indexed by
// instruction number: internal op id, argument (EXTENDED_ARG folded, jumps as instruction
// indices), line, switch kind and cost. Depends on the version profile only through tables.
import type { CodeObject } from '../../compiler/code.js';
import type { OpcodeTable } from '../../versions/profile.js';
import type { SwitchPointTable } from '../../versions/py38/switch-points.js';
import { PyObject, type PyType, withStaticIds } from '../objects/base.js';
import { PyCode } from '../objects/callables.js';
import type { DictEntry, PyDict } from '../objects/containers.js';
import { PyStr } from '../objects/scalars.js';
import { constToObject } from './const-objects.js';
import type { FrozensetBuilds } from '../../versions/frozenset-builds.js';
import { OP_IDS, Op } from './ops.js';
// The handlers of the 3.9/3.10 opcodes register themselves; decode picks switch-kind variants.
import { opForSwitchKind } from './h-py39.js';
import type { XtRules } from '../../versions/vm-rules.js';
import { decodeXt, type XtInfo } from './decode-xt.js';
import type { CompiledFrameFn } from '../jit/compile.js';
import type { Kernels } from '../kernel/compile.js';

export interface Decoded {
  readonly n: number;
  readonly ops: Uint8Array;
  readonly args: Int32Array;
  readonly lines: Int32Array;
  readonly sw: Uint8Array;
  readonly cost: Float64Array;
  /** 1 when the loop-top check is skipped before this instruction (SETUP_FINALLY, ...). */
  readonly skip: Uint8Array;
  readonly consts: PyObject[];
  readonly names: string[];
  readonly nameObjs: PyStr[];
  readonly code: CodeObject;
  readonly opnames: string[];
  /**
   * Per-instruction inline caches (attribute and method sites): the type seen, the type version
   * the entry is valid for (heap.typeVersion) and a looked-up object. Filled by eval.ts.
   */
  readonly icType: (PyType | null)[];
  readonly icVer: Float64Array;
  readonly icObj: (PyObject | null)[];
  /**
   * Instance-dict caches of attribute sites: the dict last seen and, for LOAD_ATTR/STORE_ATTR,
   * its entry for the site's name (valid while not entry.dead), or for LOAD_METHOD the dict's
   * keysVer when the name was absent from it.
   */
  readonly icDict: (PyDict | null)[];
  readonly icEntry: (DictEntry | null)[];
  readonly icKeys: Float64Array;
  /** Exception-table era code (3.11+): code-unit offsets and handlers (decode-xt.ts). */
  readonly xt?: XtInfo;
  /** 1 for the instructions inside a loop (from a backward jump's target to the jump). */
  readonly loop: Uint8Array;
  /** The code compiled to a JS function (src/vm/jit), null: interpreted; undefined: not yet. */
  jit?: CompiledFrameFn | null;
  /** src/vm/kernel: the loop kernels of the code (built with its compiled function). */
  kernels?: Kernels;
  /** src/vm/jit: how often each instruction's inline fast path fell back (saturating). */
  readonly jitMiss: Uint8Array;
  /** src/vm/jit: 1 where the fast path falls back often (compiled with the handler call inline). */
  readonly jitSlow: Uint8Array;
}

export interface VmTables {
  readonly opcodes: OpcodeTable;
  readonly switchPoints: SwitchPointTable;
  /** Jump arguments count bytes (2, the default: 3.8/3.9) or instructions (1: 3.10). */
  readonly jumpArgScale?: number;
  /** The line of each instruction from the version's line table (default: 3.8's co_lnotab). */
  readonly instructionLines?: (code: CodeObject) => Int32Array;
  /** Exception-table era bytecode layout (3.11+; decode-xt.ts). */
  readonly xt?: XtRules;
  /** How many times CPython built each frozenset constant of the program (default: twice). */
  readonly frozensetBuilds?: FrozensetBuilds;
}

export { constToObject };

/**
 * The parts of a Decoded both decoders build the same way: constants and names as objects
 * (static ids), and empty per-instruction caches (packed arrays: built by push).
 */
export function codeParts(code: CodeObject, tables: VmTables, n: number) {
  const nulls = <T>(): (T | null)[] => {
    const a: (T | null)[] = [];
    for (let i = 0; i < n; i++) a.push(null);
    return a;
  };
  return {
    consts: withStaticIds(() => code.consts.map((c) => constToObject(c, tables.frozensetBuilds))),
    names: code.names.slice(),
    nameObjs: withStaticIds(() =>
      code.names.map((s) => {
        const o = new PyStr(s);
        o.refcnt += 1000;
        return o;
      }),
    ),
    code,
    icType: nulls<PyType>(),
    icVer: new Float64Array(n),
    icObj: nulls<PyObject>(),
    icDict: nulls<PyDict>(),
    icEntry: nulls<DictEntry>(),
    icKeys: new Float64Array(n),
    jitMiss: new Uint8Array(n),
    jitSlow: new Uint8Array(n),
  };
}

/** The loop mask of n instructions from backward jumps given as (target, jump) index pairs. */
export function loopMask(n: number, backEdges: readonly number[]): Uint8Array {
  const m = new Uint8Array(n);
  for (let k = 0; k + 1 < backEdges.length; k += 2) m.fill(1, backEdges[k]!, backEdges[k + 1]! + 1);
  return m;
}

/** Map a version opcode number to the interpreter's op id (Op.UNKNOWN when not implemented). */
function opIdTable(t: OpcodeTable): Uint8Array {
  const m = new Uint8Array(256);
  for (const [name, num] of Object.entries(t.opmap)) m[num] = OP_IDS[name] ?? Op.UNKNOWN;
  return m;
}

const idCache = new WeakMap<OpcodeTable, Uint8Array>();

/** lnotab (3.8): pairs of (byte offset delta, line delta) with signed line deltas. */
function lineTable(code: CodeObject, n: number): Int32Array {
  const lines = new Int32Array(n);
  const tab = code.linetable;
  let k = 0;
  let addr = 0;
  let line = code.firstlineno;
  for (let i = 0; i < n; i++) {
    const off = 2 * i;
    while (k + 1 < tab.length && addr + tab[k]! <= off) {
      addr += tab[k]!;
      const dl = tab[k + 1]!;
      line += dl >= 0x80 ? dl - 0x100 : dl;
      k += 2;
    }
    lines[i] = line;
  }
  return lines;
}

export function decode(pc: PyCode, tables: VmTables): Decoded {
  if (pc.decoded) return pc.decoded as Decoded;
  if (tables.xt) return decodeXt(pc, tables, tables.xt);
  const code = pc.code;
  const t = tables.opcodes;
  let ids = idCache.get(t);
  if (!ids) {
    ids = opIdTable(t);
    idCache.set(t, ids);
  }
  const bytes = code.code;
  const n = bytes.length >> 1;
  const ops = new Uint8Array(n);
  const args = new Int32Array(n);
  const sw = new Uint8Array(n);
  const cost = new Float64Array(n);
  const skip = new Uint8Array(n);
  const opnames: string[] = [];
  const jrel = new Set(t.hasjrel);
  const jabs = new Set(t.hasjabs);
  const skipNames = new Set(tables.switchPoints.skipCheckBefore);
  const unit = tables.jumpArgScale ?? 2;
  const backEdges: number[] = [];
  let ext = 0;
  for (let i = 0; i < n; i++) {
    const op = bytes[2 * i]!;
    const name = t.opname[op] ?? `<${op}>`;
    opnames.push(name);
    let arg = bytes[2 * i + 1]! | ext;
    ext = op === t.EXTENDED_ARG ? arg << 8 : 0;
    if (jrel.has(op)) arg = i + 1 + Math.floor(arg / unit);
    else if (jabs.has(op)) arg = Math.floor(arg / unit);
    if ((jrel.has(op) || jabs.has(op)) && arg <= i) backEdges.push(arg, i);
    sw[i] = tables.switchPoints.switchKindOf(name);
    ops[i] = opForSwitchKind(ids[op]!, sw[i]!);
    args[i] = arg;
    cost[i] = tables.switchPoints.costOf(name);
    skip[i] = skipNames.has(name) ? 1 : 0;
  }
  const d: Decoded = {
    n, ops, args, sw, cost, skip,
    lines: tables.instructionLines ? tables.instructionLines(code) : lineTable(code, n),
    opnames,
    loop: loopMask(n, backEdges),
    ...codeParts(code, tables, n),
  };
  pc.decoded = d;
  return d;
}
