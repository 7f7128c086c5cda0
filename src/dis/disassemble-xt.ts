// Stage: dis (exception-table era, 3.11+). dis.dis(code) for code objects with inline caches,
// localsplus slots and exception tables: decodes instructions skipping CACHE entries,
// resolves arguments (the version adds its own argrepr rules), prints the ExceptionTable
// section, recursing into nested code objects. Depends on the code object and a style.
import type { CodeObject } from '../compiler/code.js';
import type { OpcodeTable } from '../versions/profile.js';
import type { SipVariant } from '../pylib/hash-str.js';
import { frozensetBuildPlan, type FrozensetBuilds } from '../versions/frozenset-builds.js';
import { reprConst, reprCode } from './const-repr.js';
import { formatInstrs, type DisLayout } from './format.js';
import type { DisInstr } from './resolve.js';

export interface XRawInstr {
  readonly offset: number;
  /** Offset of the first EXTENDED_ARG prefix (3.13 labels point there). */
  readonly start: number;
  readonly op: number;
  readonly opname: string;
  readonly arg: number | null;
  /** Offset just after the instruction and its caches. */
  readonly end: number;
}

export interface ExceptionRow {
  readonly start: number;
  readonly end: number;
  readonly target: number;
  readonly depth: number;
  readonly lasti: boolean;
}

export interface XDisStyle {
  readonly opcodes: OpcodeTable;
  readonly cacheSizes: Readonly<Record<string, number>>;
  readonly layout: DisLayout;
  lineStarts(code: CodeObject): Map<number, number>;
  exceptionTable(code: CodeObject): ExceptionRow[];
  /** Version-specific argrepr; undefined falls back to the shared categories. */
  argrepr?(ins: XRawInstr, code: CodeObject, names: XNames): string | undefined;
  /** Whole-code formatter (3.13 prints labels instead of offsets). */
  format?(instrs: XResolved[], code: CodeObject, style: XDisStyle): string;
  /** The version's hash(str/bytes) under PYTHONHASHSEED=0: orders frozenset constants. */
  readonly strHash?: SipVariant;
  /** The name-like strings interned before `python -m dis FILE` compiles FILE. */
  internedBeforeDis?(): ReadonlySet<string>;
}

export interface XNames {
  readonly localsplus: readonly string[];
  jumpTarget(ins: XRawInstr): number;
}

export interface XResolved extends DisInstr {
  readonly raw: XRawInstr;
  readonly jumpTarget: number | null;
}

export function localsplusNames(code: CodeObject): string[] {
  const out = [...code.varnames];
  for (const c of code.cellvars) if (!code.varnames.includes(c)) out.push(c);
  out.push(...code.freevars);
  return out;
}

export function decodeXt(code: Uint8Array, t: OpcodeTable, caches: Readonly<Record<string, number>>): XRawInstr[] {
  const out: XRawInstr[] = [];
  let ext = 0;
  let start = 0;
  const hasarg = (t.extra?.hasarg as number[] | undefined) ?? null;
  for (let i = 0; i + 1 < code.length; ) {
    const op = code[i]!;
    const opname = t.opname[op] ?? `<${op}>`;
    let arg: number | null = null;
    if (hasarg ? hasarg.includes(op) : op >= t.HAVE_ARGUMENT) {
      arg = code[i + 1]! | ext;
      ext = op === t.EXTENDED_ARG ? arg * 256 : 0;
    } else {
      ext = 0;
    }
    const n = caches[opname] ?? 0;
    const end = i + 2 + 2 * n;
    out.push({ offset: i, start, op, opname, arg, end });
    i = end;
    if (op !== t.EXTENDED_ARG) start = i;
  }
  return out;
}

function isBackward(name: string): boolean {
  return name.includes('BACKWARD');
}

export function resolveXt(code: CodeObject, style: XDisStyle, builds?: FrozensetBuilds): XResolved[] {
  const t = style.opcodes;
  const raw = decodeXt(code.code, t, style.cacheSizes);
  const localsplus = localsplusNames(code);
  const jumpTarget = (ins: XRawInstr): number => {
    const a = ins.arg ?? 0;
    return isBackward(ins.opname) ? ins.end - 2 * a : ins.end + 2 * a;
  };
  const names: XNames = { localsplus, jumpTarget };
  const labels = new Set<number>();
  for (const ins of raw) if (ins.arg !== null && t.hasjrel.includes(ins.op)) labels.add(jumpTarget(ins));
  for (const e of style.exceptionTable(code)) if (e.end > e.start) labels.add(e.target);
  const starts = style.lineStarts(code);
  const extra = (t.extra ?? {}) as Record<string, unknown>;
  return raw.map((ins) => {
    let argrepr = '';
    let target: number | null = null;
    const arg = ins.arg;
    if (arg !== null) {
      const custom = style.argrepr?.(ins, code, names);
      if (custom !== undefined) argrepr = custom;
      else if (t.hasconst.includes(ins.op)) {
        const c = code.consts[arg];
        argrepr = c === undefined ? String(arg) : reprConst(c, { sip: style.strHash, builds });
      } else if (t.hasname.includes(ins.op)) argrepr = code.names[arg] ?? String(arg);
      else if (t.hasjrel.includes(ins.op)) {
        target = jumpTarget(ins);
        argrepr = `to ${target}`;
      } else if (t.haslocal.includes(ins.op) || t.hasfree.includes(ins.op)) argrepr = localsplus[arg] ?? String(arg);
      else if (t.hascompare.includes(ins.op)) argrepr = t.cmp_op[arg] ?? String(arg);
      else if (ins.opname === 'FORMAT_VALUE') {
        const conv = ['', 'str', 'repr', 'ascii'];
        argrepr = conv[arg & 3] ?? '';
        if (arg & 4) argrepr = argrepr ? `${argrepr}, with format` : 'with format';
      } else if (ins.opname === 'MAKE_FUNCTION') {
        const flags = ['defaults', 'kwdefaults', 'annotations', 'closure'];
        argrepr = flags.filter((_f, i) => arg & (1 << i)).join(', ');
      } else if (ins.opname === 'BINARY_OP') {
        const ops = extra._nb_ops as [string, string][] | undefined;
        argrepr = ops?.[arg]?.[1] ?? '';
      }
      if (t.hasjrel.includes(ins.op)) target = jumpTarget(ins);
    }
    return {
      offset: ins.offset,
      opname: ins.opname,
      arg,
      argrepr,
      startsLine: starts.get(ins.offset) ?? null,
      isJumpTarget: labels.has(ins.offset),
      raw: ins,
      jumpTarget: target,
    };
  });
}

export function disassembleOneXt(code: CodeObject, style: XDisStyle, builds?: FrozensetBuilds): string {
  const instrs = resolveXt(code, style, builds);
  if (style.format) return style.format(instrs, code, style);
  const starts = [...style.lineStarts(code).values()];
  const maxLine = starts.length ? Math.max(...starts) : 0;
  let out = formatInstrs(instrs, maxLine, code.code.length, style.layout);
  const table = style.exceptionTable(code);
  if (table.length) {
    out += 'ExceptionTable:\n';
    for (const e of table) out += `  ${e.start} to ${e.end - 2} -> ${e.target} [${e.depth}]${e.lasti ? ' lasti' : ''}\n`;
  }
  return out;
}

export function disassembleRecursiveXt(code: CodeObject, style: XDisStyle, builds?: FrozensetBuilds): string {
  let out = disassembleOneXt(code, style, builds);
  for (const c of code.consts) {
    if (c.kind !== 'code') continue;
    const inner = c.code as CodeObject;
    out += `\nDisassembly of ${reprCode(inner)}:\n`;
    out += disassembleRecursiveXt(inner, style, builds);
  }
  return out;
}

/** `python -m dis FILE` for a module: frozenset constants as that compilation built them. */
export function disassembleModuleXt(code: CodeObject, style: XDisStyle): string {
  const interned = style.internedBeforeDis?.();
  return disassembleRecursiveXt(code, style, interned && frozensetBuildPlan(code, style.opcodes, interned));
}
