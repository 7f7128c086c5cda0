// Stage: dis (format). Lays out resolved instructions as dis prints them: line-number column,
// jump-target marker, offset, padded opname and argument, `(argrepr)`, and a blank line
// before each new source line. Sees records only, never bytes.
import type { DisInstr } from './resolve.js';

export interface DisLayout {
  readonly opnameWidth: number;
  readonly opargWidth: number;
}

export function formatInstrs(instrs: readonly DisInstr[], maxLine: number, codeLen: number, layout: DisLayout): string {
  const linenoWidth = maxLine >= 1000 ? String(maxLine).length : 3;
  const maxOffset = codeLen - 2;
  const offsetWidth = maxOffset >= 10000 ? String(maxOffset).length : 4;
  const lines: string[] = [];
  for (const ins of instrs) {
    if (ins.startsLine !== null && ins.offset > 0) lines.push('');
    const fields: string[] = [];
    fields.push(ins.startsLine !== null ? String(ins.startsLine).padStart(linenoWidth) : ' '.repeat(linenoWidth));
    fields.push('   ');
    fields.push(ins.isJumpTarget ? '>>' : '  ');
    fields.push(String(ins.offset).padStart(offsetWidth));
    fields.push(ins.opname.padEnd(layout.opnameWidth));
    if (ins.arg !== null) {
      fields.push(String(ins.arg).padStart(layout.opargWidth));
      if (ins.argrepr) fields.push(`(${ins.argrepr})`);
    }
    lines.push(fields.join(' ').trimEnd());
  }
  return lines.map((l) => l + '\n').join('');
}
