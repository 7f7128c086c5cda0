// Stage: version data (3.11+ co_exceptiontable format). Encodes and decodes exception-table
// entries (start, end, handler target, stack depth, lasti flag) as CPython's 6-bit varints.
// Depends on nothing but plain numbers.

export interface ExceptionEntry {
  /** Byte offsets; end is exclusive. */
  readonly start: number;
  readonly end: number;
  readonly target: number;
  readonly depth: number;
  readonly lasti: boolean;
}

function writeItem(out: number[], value: number, msb: number): void {
  const groups: number[] = [];
  let v = value;
  do {
    groups.unshift(v & 63);
    v >>>= 6;
  } while (v);
  for (let k = 0; k < groups.length; k++) {
    let byte = groups[k]!;
    if (k < groups.length - 1) byte |= 64;
    if (k === 0) byte |= msb;
    out.push(byte);
  }
}

export function encodeExceptionTable(entries: readonly ExceptionEntry[]): Uint8Array {
  const out: number[] = [];
  for (const e of entries) {
    writeItem(out, e.start / 2, 0x80);
    writeItem(out, (e.end - e.start) / 2, 0);
    writeItem(out, e.target / 2, 0);
    writeItem(out, (e.depth << 1) | (e.lasti ? 1 : 0), 0);
  }
  return Uint8Array.from(out);
}

export function decodeExceptionTable(table: Uint8Array): ExceptionEntry[] {
  const out: ExceptionEntry[] = [];
  let i = 0;
  const item = (): number => {
    let b = table[i++]!;
    let v = b & 63;
    while (b & 64) {
      b = table[i++]!;
      v = (v << 6) | (b & 63);
    }
    return v;
  };
  while (i < table.length) {
    const start = item() * 2;
    const len = item() * 2;
    const target = item() * 2;
    const dl = item();
    out.push({ start, end: start + len, target, depth: dl >> 1, lasti: (dl & 1) === 1 });
  }
  return out;
}
