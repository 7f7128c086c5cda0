// Stage: explore. The exceptions that ended threads, for the assertion / exception properties.
// The contract has no call for them: a machine may offer uncaughtExceptions(); otherwise they
// are read back from the tracebacks it printed to stderr, which follow CPython's format
// ("Exception in thread NAME:" / "Traceback (most recent call last):" ... "Type: message").
import type { Machine, ThreadId } from '../sim/contract.js';

export interface UncaughtException {
  readonly thread: ThreadId;
  /** Exception class name, e.g. "AssertionError". */
  readonly type: string;
  /** str() of the exception. */
  readonly message: string;
  /** Line where it was raised (innermost frame), 0 if unknown. */
  readonly line: number;
}

interface WithUncaught {
  uncaughtExceptions(): readonly UncaughtException[];
}

export function uncaughtExceptions(m: Machine, stderr: string): readonly UncaughtException[] {
  const f = (m as Partial<WithUncaught>).uncaughtExceptions;
  if (typeof f === 'function') return f.call(m);
  return parseTracebacks(stderr, m);
}

const FRAME = /^ {2}File "[^"]*", line (\d+)/;
const LAST = /^([A-Za-z_][\w.]*)(?:: (.*))?$/;

/** Tracebacks in CPython's format, each attributed to its thread (the main thread by default). */
export function parseTracebacks(stderr: string, m: Machine): UncaughtException[] {
  if (!stderr.includes('Traceback (most recent call last):')) return [];
  const byName = new Map(m.threads().map((t) => [t.name, t.id]));
  const mainId = m.threads()[0]?.id ?? 0;
  const out: UncaughtException[] = [];
  const lines = stderr.split('\n');
  let thread = mainId;
  let inTb = false;
  let line = 0;
  for (const l of lines) {
    const ex = /^Exception in thread (.+?)(?: \(.*\))?:$/.exec(l);
    if (ex) {
      thread = byName.get(ex[1]!) ?? mainId;
      continue;
    }
    if (l === 'Traceback (most recent call last):') {
      inTb = true;
      line = 0;
      continue;
    }
    if (!inTb) continue;
    const f = FRAME.exec(l);
    if (f) {
      line = Number(f[1]);
      continue;
    }
    if (l.startsWith(' ')) continue;
    const last = LAST.exec(l);
    if (last) {
      out.push({ thread, type: last[1]!.replace(/^.*\./, ''), message: last[2] ?? '', line });
      inTb = false;
      thread = mainId;
    }
  }
  return out;
}
