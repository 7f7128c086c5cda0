// Stage: version data (3.11 line/column table, co_linetable, also used by 3.12 and 3.13).
// Encodes per-instruction source positions in CPython's location-table format and decodes it
// back (co_positions, co_lines). Depends on nothing but plain numbers.

export interface Position {
  readonly lineno: number; // -1: none
  readonly endLineno: number;
  readonly col: number; // -1: none
  readonly endCol: number;
}

export interface LocatedRange extends Position {
  /** Size in code units (2-byte words). */
  readonly units: number;
}

function writeVarint(out: number[], v: number): void {
  while (v >= 64) {
    out.push(0x40 | (v & 63));
    v >>>= 6;
  }
  out.push(v);
}

function writeSvarint(out: number[], v: number): void {
  writeVarint(out, v < 0 ? ((-v) << 1) | 1 : v << 1);
}

/** Encodes the location table for consecutive ranges starting at `firstlineno`. */
export function encodeLocations(ranges: readonly LocatedRange[], firstlineno: number): Uint8Array {
  const out: number[] = [];
  let line = firstlineno;
  const entry = (p: Position, size: number): void => {
    const head = (code: number): void => {
      out.push(0x80 | (code << 3) | (size - 1));
    };
    if (p.lineno < 0) {
      head(15);
      return;
    }
    const delta = p.lineno - line;
    const col = p.col;
    const endCol = p.endCol;
    if (col < 0 || endCol < 0) {
      if (p.endLineno === p.lineno || p.endLineno === -1) {
        head(13);
        writeSvarint(out, delta);
        line = p.lineno;
        return;
      }
    } else if (p.endLineno === p.lineno) {
      if (delta === 0 && col < 80 && endCol - col < 16 && endCol >= col) {
        head(col >> 3);
        out.push(((col & 7) << 4) | (endCol - col));
        return;
      }
      if (delta >= 0 && delta < 3 && col < 128 && endCol < 128) {
        head(10 + delta);
        out.push(col, endCol);
        line = p.lineno;
        return;
      }
    }
    head(14);
    writeSvarint(out, delta);
    writeVarint(out, p.endLineno - p.lineno);
    writeVarint(out, col + 1);
    writeVarint(out, endCol + 1);
    line = p.lineno;
  };
  for (const r of ranges) {
    let n = r.units;
    while (n > 8) {
      entry(r, 8);
      n -= 8;
    }
    if (n > 0) entry(r, n);
  }
  return Uint8Array.from(out);
}

/** Decodes into one Position per code unit (co_positions order). */
export function decodePositions(table: Uint8Array, firstlineno: number): Position[] {
  const out: Position[] = [];
  let i = 0;
  let line = firstlineno;
  const varint = (): number => {
    let b = table[i++]!;
    let v = b & 63;
    let shift = 0;
    while (b & 64) {
      b = table[i++]!;
      shift += 6;
      v |= (b & 63) << shift;
    }
    return v;
  };
  const svarint = (): number => {
    const u = varint();
    return u & 1 ? -(u >>> 1) : u >>> 1;
  };
  while (i < table.length) {
    const first = table[i++]!;
    const code = (first >> 3) & 15;
    const size = (first & 7) + 1;
    let p: Position;
    if (code === 15) {
      p = { lineno: -1, endLineno: -1, col: -1, endCol: -1 };
    } else if (code === 14) {
      line += svarint();
      const endLine = line + varint();
      const col = varint() - 1;
      const endCol = varint() - 1;
      p = { lineno: line, endLineno: endLine, col, endCol };
    } else if (code === 13) {
      line += svarint();
      p = { lineno: line, endLineno: line, col: -1, endCol: -1 };
    } else if (code >= 10) {
      line += code - 10;
      const col = table[i++]!;
      const endCol = table[i++]!;
      p = { lineno: line, endLineno: line, col, endCol };
    } else {
      const b = table[i++]!;
      const col = code * 8 + (b >> 4);
      p = { lineno: line, endLineno: line, col, endCol: col + (b & 15) };
    }
    for (let k = 0; k < size; k++) out.push(p);
  }
  return out;
}

/** co_lines(): (startByte, endByte, line|-1) ranges, consecutive equal lines merged. */
export function codeLines(table: Uint8Array, firstlineno: number): [number, number, number][] {
  const pos = decodePositions(table, firstlineno);
  const out: [number, number, number][] = [];
  for (let u = 0; u < pos.length; u++) {
    const line = pos[u]!.lineno;
    const last = out[out.length - 1];
    if (last && last[2] === line && last[1] === u * 2) last[1] = u * 2 + 2;
    else out.push([u * 2, u * 2 + 2, line]);
  }
  return out;
}
