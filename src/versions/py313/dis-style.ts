// Stage: version profile (3.13 dis) = 3.12's dis plus 3.13's changes: labels (`L1:`) instead of
// offsets and `>>`, jumps shown as `to L3`, `--` for instructions without a line, `name + NULL`
// argreprs, `bool(<)` comparisons, paired locals for LOAD_FAST_LOAD_FAST and friends,
// SET_FUNCTION_ATTRIBUTE flags, and an exception table written with labels.
import type { XDisStyle, XResolved } from '../../dis/disassemble-xt.js';
import { decodeXt } from '../../dis/disassemble-xt.js';
import type { CodeObject } from '../../compiler/code.js';
import { disStyle312 } from '../py312/dis-style.js';
import { cacheSizesOf } from '../py311/dialect.js';
import { codeLines } from '../py311/locations.js';
import { opcodes } from './opcodes.generated.js';

const extra = (opcodes.extra ?? {}) as Record<string, unknown>;
const FUNCTION_ATTR_FLAGS = (extra.FUNCTION_ATTR_FLAGS ?? ['defaults', 'kwdefaults', 'annotations', 'closure']) as string[];
const PAIRED = new Set(['LOAD_FAST_LOAD_FAST', 'STORE_FAST_LOAD_FAST', 'STORE_FAST_STORE_FAST']);
const cacheSizes = cacheSizesOf(opcodes.extra);

/** dis.findlinestarts (3.13): every change of line, a change to "no line" included (-1). */
export function lineStarts313(code: CodeObject): Map<number, number> {
  const out = new Map<number, number>();
  let last: number | undefined;
  for (const [start, , line] of codeLines(code.linetable, code.firstlineno)) {
    if (line !== last) {
      last = line;
      out.set(start, line);
    }
  }
  return out;
}

function labelsMap(code: CodeObject, style: XDisStyle): Map<number, number> {
  const t = style.opcodes;
  const offsets = new Set<number>();
  for (const ins of decodeXt(code.code, t, style.cacheSizes)) {
    if (ins.arg !== null && t.hasjrel.includes(ins.op)) {
      const back = ins.opname.includes('BACKWARD');
      offsets.add(back ? ins.end - 2 * ins.arg : ins.end + 2 * ins.arg);
    }
  }
  for (const e of style.exceptionTable(code)) {
    offsets.add(e.start);
    offsets.add(e.end);
    offsets.add(e.target);
  }
  const sorted = [...offsets].sort((a, b) => a - b);
  return new Map(sorted.map((o, i) => [o, i + 1]));
}

function format313(instrs: XResolved[], code: CodeObject, style: XDisStyle): string {
  const starts = style.lineStarts(code);
  const labels = labelsMap(code, style);
  const values = [...starts.values()];
  const real = values.filter((v) => v > 0);
  const maxLine = real.length ? Math.max(...real) : -1;
  let linenoWidth = maxLine === -1 ? 0 : Math.max(3, String(maxLine).length);
  if (linenoWidth && linenoWidth < 4 && values.includes(-1)) linenoWidth = 4;
  const labelWidth = 4 + String(labels.size).length;
  const lines: string[] = [];
  for (const ins of instrs) {
    const line = starts.get(ins.offset);
    const startsLine = line !== undefined;
    if (linenoWidth > 0 && startsLine && ins.offset > 0) lines.push('');
    const fields: string[] = [];
    if (linenoWidth) {
      if (startsLine) fields.push((line! < 0 ? '--' : String(line)).padStart(linenoWidth));
      else fields.push(' '.repeat(linenoWidth));
    }
    const lbl = labels.get(ins.offset);
    fields.push(lbl !== undefined ? `L${lbl}:`.padStart(labelWidth) : ' '.repeat(labelWidth));
    fields.push('   ');
    fields.push(ins.opname.padEnd(20));
    if (ins.arg !== null) {
      const excess = Math.max(0, ins.opname.length - 20);
      let argrepr = ins.argrepr;
      if (ins.jumpTarget !== null) argrepr = `to L${labels.get(ins.jumpTarget)}`;
      fields.push(String(ins.arg).padStart(5 - excess));
      if (argrepr) fields.push(`(${argrepr})`);
    }
    lines.push(fields.join(' ').trimEnd());
  }
  let out = lines.map((l) => l + '\n').join('');
  const table = style.exceptionTable(code);
  if (table.length) {
    out += 'ExceptionTable:\n';
    for (const e of table) {
      out += `  L${labels.get(e.start)} to L${labels.get(e.end)} -> L${labels.get(e.target)} [${e.depth}]${e.lasti ? ' lasti' : ''}\n`;
    }
  }
  return out;
}

export const disStyle313: XDisStyle = {
  ...disStyle312,
  opcodes,
  cacheSizes,
  lineStarts: lineStarts313,
  argrepr(ins, code, names) {
    const arg = ins.arg;
    if (arg === null) return undefined;
    const name = (i: number): string => code.names[i] ?? String(i);
    switch (ins.opname) {
      case 'LOAD_GLOBAL': return arg & 1 ? `${name(arg >> 1)} + NULL` : name(arg >> 1);
      case 'LOAD_ATTR': return arg & 1 ? `${name(arg >> 1)} + NULL|self` : name(arg >> 1);
      case 'LOAD_SUPER_ATTR': return arg & 1 ? `${name(arg >> 2)} + NULL|self` : name(arg >> 2);
      case 'COMPARE_OP': {
        const op = opcodes.cmp_op[arg >> 5] ?? '';
        return arg & 16 ? `bool(${op})` : op;
      }
      case 'CONVERT_VALUE': return ['', 'str', 'repr', 'ascii'][arg] ?? '';
      case 'SET_FUNCTION_ATTRIBUTE': return FUNCTION_ATTR_FLAGS.filter((_f, i) => arg & (1 << i)).join(', ');
      default:
        if (PAIRED.has(ins.opname)) return `${names.localsplus[arg >> 4] ?? arg >> 4}, ${names.localsplus[arg & 15] ?? arg & 15}`;
        return disStyle312.argrepr!(ins, code, names);
    }
  },
  format: format313,
};
