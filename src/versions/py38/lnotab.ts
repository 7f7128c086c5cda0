// Stage: version encoding (3.8, also 3.9). co_lnotab: pairs of (byte delta, signed line delta),
// written as CPython 3.8's assemble_lnotab does (255-byte and +127/-128-line splits, zero
// line deltas kept) and read back as dis.findlinestarts does. Depends only on compiler/backend.ts.
import type { LineMark } from '../../compiler/backend.js';

export function encodeLnotab(marks: readonly LineMark[], firstlineno: number): Uint8Array {
  const out: number[] = [];
  let lastLine = firstlineno;
  let lastOff = 0;
  for (const m of marks) {
    let dBytes = m.offset - lastOff;
    let dLine = m.lineno - lastLine;
    if (dBytes === 0 && dLine === 0) continue;
    while (dBytes > 255) {
      out.push(255, 0);
      dBytes -= 255;
    }
    if (dLine < -128 || dLine > 127) {
      const k = dLine < 0 ? -128 : 127;
      const n = dLine < 0 ? Math.floor(-dLine / 128) : Math.floor(dLine / 127);
      dLine -= n * k;
      out.push(dBytes, k & 0xff);
      dBytes = 0;
      for (let j = 1; j < n; j++) out.push(0, k & 0xff);
    }
    out.push(dBytes, dLine & 0xff);
    lastLine = m.lineno;
    lastOff = m.offset;
  }
  return Uint8Array.from(out);
}

/** dis.findlinestarts over a 3.8 lnotab: [offset, line] for each offset that starts a line. */
export function findLineStarts(lnotab: Uint8Array, firstlineno: number): [number, number][] {
  const out: [number, number][] = [];
  let last: number | null = null;
  let line = firstlineno;
  let addr = 0;
  for (let i = 0; i + 1 < lnotab.length; i += 2) {
    const byteIncr = lnotab[i]!;
    let lineIncr = lnotab[i + 1]!;
    if (byteIncr) {
      if (line !== last) {
        out.push([addr, line]);
        last = line;
      }
      addr += byteIncr;
    }
    if (lineIncr >= 0x80) lineIncr -= 0x100;
    line += lineIncr;
  }
  if (line !== last) out.push([addr, line]);
  return out;
}
