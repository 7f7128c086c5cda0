// Stage: version encoding (3.10). co_linetable: pairs of (byte delta 0..254, signed line delta)
// where a line delta of -128 means "no line" (artificial code), written as CPython 3.10's
// assembler does (a pair per change of line, long spans split at 254 bytes, big line jumps at
// +-127), and read back like code.co_lines() / dis.findlinestarts. Depends only on
// compiler/backend.ts.
import type { LineMark } from '../../compiler/backend.js';

const NO_LINE = -128;

export function encodeLinetable310(marks: readonly LineMark[], firstlineno: number, codeLength: number): Uint8Array {
  const out: number[] = [];
  let lineno = firstlineno;
  let prevLineno = firstlineno;
  let start = 0;
  const pair = (bdelta: number, ldelta: number): void => {
    out.push(bdelta, ldelta & 0xff);
  };
  const range = (end: number): void => {
    let bdelta = end - start;
    if (bdelta === 0) return;
    let ldelta: number;
    if (lineno < 0) {
      ldelta = NO_LINE;
    } else {
      ldelta = lineno - prevLineno;
      prevLineno = lineno;
      while (ldelta > 127) {
        pair(0, 127);
        ldelta -= 127;
      }
      while (ldelta < -127) {
        pair(0, -127);
        ldelta += 127;
      }
    }
    while (bdelta > 254) {
      pair(254, ldelta);
      ldelta = lineno < 0 ? NO_LINE : 0;
      bdelta -= 254;
    }
    pair(bdelta, ldelta);
    start = end;
  };
  for (const m of marks) {
    if (m.lineno === lineno) continue;
    range(m.offset);
    lineno = m.lineno;
  }
  range(codeLength);
  return Uint8Array.from(out);
}

/** code.co_lines(): [start, end, line] byte ranges, line -1 for "no line"; empty ranges skipped. */
export function coLines310(table: Uint8Array, firstlineno: number): [number, number, number][] {
  const out: [number, number, number][] = [];
  let end = 0;
  let line = firstlineno;
  for (let i = 0; i + 1 < table.length; i += 2) {
    const start = end;
    end += table[i]!;
    let ld = table[i + 1]!;
    if (ld >= 0x80) ld -= 0x100;
    let cur: number;
    if (ld === NO_LINE) {
      cur = -1;
    } else {
      line += ld;
      cur = line;
    }
    if (start !== end) out.push([start, end, cur]);
  }
  return out;
}

/** dis.findlinestarts over a 3.10 line table. */
export function findLineStarts310(table: Uint8Array, firstlineno: number): [number, number][] {
  const out: [number, number][] = [];
  let last: number | null = null;
  for (const [start, , line] of coLines310(table, firstlineno)) {
    if (line >= 0 && line !== last) {
      last = line;
      out.push([start, line]);
    }
  }
  return out;
}
