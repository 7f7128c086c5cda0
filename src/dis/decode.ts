// Stage: dis (decode). Wordcode bytes to (offset, opcode, arg) triples, folding EXTENDED_ARG
// prefixes into the following argument exactly like dis._unpack_opargs. Depends only on the
// opcode table type.
import type { OpcodeTable } from '../versions/profile.js';

export interface RawInstr {
  readonly offset: number;
  readonly op: number;
  /** null for opcodes below HAVE_ARGUMENT (their argument byte is ignored). */
  readonly arg: number | null;
}

export function decode(code: Uint8Array, t: OpcodeTable): RawInstr[] {
  const out: RawInstr[] = [];
  let ext = 0;
  for (let i = 0; i + 1 < code.length; i += 2) {
    const op = code[i]!;
    let arg: number | null = null;
    if (op >= t.HAVE_ARGUMENT) {
      arg = code[i + 1]! | ext;
      ext = op === t.EXTENDED_ARG ? arg * 256 : 0;
    }
    out.push({ offset: i, op, arg });
  }
  return out;
}

/** dis.findlabels: offsets that some jump targets, in first-seen order. */
export function findLabels(instrs: readonly RawInstr[], t: OpcodeTable, unitBytes = 1): Set<number> {
  const labels = new Set<number>();
  for (const ins of instrs) {
    if (ins.arg === null) continue;
    if (t.hasjrel.includes(ins.op)) labels.add(ins.offset + 2 + ins.arg * unitBytes);
    else if (t.hasjabs.includes(ins.op)) labels.add(ins.arg * unitBytes);
  }
  return labels;
}
