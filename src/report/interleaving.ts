// Stage: report. The interleaving view of a counterexample: one column per thread, one block
// per run of a thread between GIL hand-offs, listing the lines it ran and the shared values it
// read and wrote; a lost update is highlighted where it happens. Takes a chalk instance
// (level 0 = plain text).
import type { Paint } from './paint.js';
import type { TraceAccess, TraceSlice } from '../explore/trace.js';

export interface InterleavingOptions {
  /** Width of one thread column. */
  readonly columnWidth?: number;
  /** Source lines by number (1-based) to show the code of a block's lines; optional. */
  readonly sourceLine?: (line: number) => string | undefined;
}

interface Block {
  readonly thread: number;
  readonly threadName: string;
  readonly slices: TraceSlice[];
}

export function formatInterleaving(trace: readonly TraceSlice[], c: Paint, opts: InterleavingOptions = {}): string {
  const width = opts.columnWidth ?? 40;
  // Skip the prefix where only the main thread exists (the module body before any thread starts).
  // (When no other thread ever runs, show the whole execution.)
  let start = trace.findIndex((s) => s.threadsAlive > 1 || s.thread !== trace[0]?.thread);
  if (start < 0) start = 0;
  const blocks: Block[] = [];
  for (const s of trace.slice(start)) {
    const last = blocks[blocks.length - 1];
    if (last && last.thread === s.thread) last.slices.push(s);
    else blocks.push({ thread: s.thread, threadName: s.threadName, slices: [s] });
  }
  const columns = [...new Map(blocks.map((b) => [b.thread, b.threadName]))].sort((a, b) => a[0] - b[0]);
  const out: string[] = [];
  if (start > 0) out.push(c.dim(`(${trace[0]!.threadName} ran the module body alone for ${start} slice${start === 1 ? '' : 's'})`));
  out.push(columns.map(([, name]) => c.bold(pad(name, width))).join(' │ '));
  out.push(columns.map(() => '─'.repeat(width)).join('─┼─'));
  for (const b of blocks) {
    const cells = blockLines(b, width, c, opts);
    for (const text of cells) {
      const row = columns.map(([t]) => (t === b.thread ? text : ' '.repeat(width)));
      out.push(row.join(' │ ').replace(/\s+$/, ''));
    }
  }
  return out.join('\n') + '\n';
}

function blockLines(b: Block, width: number, c: Paint, opts: InterleavingOptions): string[] {
  const out: string[] = [];
  const accesses = b.slices.flatMap((s) => s.accesses);
  // Line 0 = unknown (a finished thread has no frame): take the known ones.
  const known = b.slices.flatMap((s) => s.lines).filter((l) => l > 0);
  const first = known[0] ?? 0;
  const last = known[known.length - 1] ?? 0;
  const src = opts.sourceLine?.(last)?.trim();
  const where = last === 0 ? 'line ?' : first === last ? `line ${last}` : `lines ${first}-${last}`;
  out.push(cell(c.dim(`${where}${src ? `: ${src}` : ''}`), width));
  for (const a of accesses) out.push(...accessLines(a, width, c));
  const end = b.slices[b.slices.length - 1]!;
  if (end.end === 'blocked') out.push(cell(c.yellow(`blocks: ${end.waitingFor || 'waiting'}`), width));
  else if (end.end === 'done') out.push(cell(c.dim('finishes'), width));
  else out.push(cell(c.dim(`switch after ${end.stoppedAt || 'instruction'}`), width));
  return out;
}

function accessLines(a: TraceAccess, width: number, c: Paint): string[] {
  switch (a.kind) {
    case 'read':
      return [cell(`${a.line} ${a.opname || 'read'} ${a.location} → ${a.value}`, width)];
    case 'write': {
      const text = `${a.line} ${a.opname || 'write'} ${a.location} ← ${a.value}`;
      if (a.stale) {
        return [
          cell(c.red.bold(text), width),
          cell(c.red.bold(`  ▲ LOST UPDATE: computed from ${a.stale.readValue}`), width),
          cell(c.red(`    (read at line ${a.stale.readLine}), overwrites`), width),
          cell(c.red(`    ${a.stale.overwrittenValue} written by ${a.stale.from}`), width),
        ];
      }
      if (a.lostBy) return [cell(c.yellow(text), width), cell(c.yellow(`  (overwritten by ${a.lostBy})`), width)];
      return [cell(text, width)];
    }
    case 'acquire':
      return [cell(c.cyan(`${a.line} acquire ${a.location}`), width)];
    case 'release':
      return [cell(c.cyan(`${a.line} release ${a.location}`), width)];
  }
}

/** Pads or clips styled text to `width` visible columns. */
function cell(text: string, width: number): string {
  const visible = stripAnsi(text);
  if (visible.length <= width) return text + ' '.repeat(width - visible.length);
  // Clip: drop styling for clipped cells (rare) to keep the columns aligned.
  return visible.slice(0, width - 1) + '…';
}

function pad(text: string, width: number): string {
  return text.length >= width ? text.slice(0, width) : text + ' '.repeat(width - text.length);
}

function stripAnsi(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\u001b\[[0-9;]*m/g, '');
}
