// Stage: VM interpreter. CPython 3.8's printing of an uncaught exception: chained exceptions
// (__cause__ / __context__), "Traceback (most recent call last):", File/line/source entries with
// the repeated-line cutoff, and the "module.Type: message" last line.
import { PyException, type TbEntry } from '../objects/exceptions.js';
import { caretLine } from './carets.js';
import { decref } from '../objects/base.js';
import { str } from '../ops/repr.js';
import type { VmThread } from './frame.js';
import { vm } from './state.js';
import { isAbsolute, resolve } from 'node:path';
import { suggestionFor } from './suggestions.js';

const RECURSIVE_CUTOFF = 3;

export interface ExtraEntry {
  filename: string;
  name: string;
  line: number;
  text: string;
}

/** The script as tracebacks name it: absolute from 3.9 (the profile's rule), as given before. */
function scriptPath(filename: string): string {
  return vm.profile.vm.absoluteScriptPath && !isAbsolute(filename) && !filename.startsWith('<') ? resolve(filename) : filename;
}

function sourceLine(filename: string, line: number): string | null {
  const lines = vm.sources.get(filename);
  if (!lines) return null;
  const t = lines[line - 1];
  if (t === undefined) return null;
  const s = t.trim();
  return s === '' ? null : s;
}

/** The 3.11+ caret line for a traceback entry with an instruction position (carets.ts). */
function caretsFor(e: TbEntry): string | null {
  const style = vm.profile.vm.carets;
  const raw = vm.sources.get(e.filename)?.[e.line - 1];
  if (!style || !e.pos || raw === undefined) return null;
  return caretLine(raw, e.line, e.pos[0], e.pos[1], e.pos[2], style);
}

/** Caret line for a standard-library frame: its instruction spans the whole (stripped) line. */
function extraCarets(text: string): string | null {
  const style = vm.profile.vm.carets;
  return style && text ? caretLine(text, 1, 1, 0, text.length, style) : null;
}

function formatEntries(exc: PyException, prefix: readonly ExtraEntry[]): string {
  let out = '';
  let last = '';
  let count = 0;
  const flush = () => {
    if (count > RECURSIVE_CUTOFF) {
      const n = count - RECURSIVE_CUTOFF;
      out += `  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`;
    }
  };
  const emit = (filename: string, name: string, line: number, text: string | null, carets: string | null = null) => {
    const key = `${filename}\u0000${line}\u0000${name}`;
    if (key === last) count++;
    else {
      flush();
      last = key;
      count = 1;
    }
    if (count > RECURSIVE_CUTOFF) return;
    out += `  File "${filename}", line ${line}, in ${name}\n`;
    if (text) out += `    ${text}\n`;
    if (text && carets) out += carets + '\n';
  };
  for (const p of prefix) emit(p.filename, p.name, p.line, p.text, extraCarets(p.text));
  for (let i = exc.tb.length - 1; i >= 0; i--) {
    const e = exc.tb[i]!;
    emit(scriptPath(e.filename), e.name, e.line, sourceLine(e.filename, e.line), caretsFor(e));
  }
  flush();
  return out;
}

export function lastLine(exc: PyException): string {
  const t = exc.type;
  const bare = t.module === 'builtins' || (t.module === '__main__' && vm.profile.vm.messages.omitMainModule === true);
  const name = bare ? t.qualname : `${t.module}.${t.qualname}`;
  let msg: string;
  try {
    msg = str(exc); // a user __str__ runs, as in CPython's traceback printing
  } catch {
    msg = '<exception str() failed>';
  }
  const hint = vm.profile.vm.messages.nameSuggestions ? suggestionFor(exc) : null;
  if (hint !== null) msg += `. Did you mean: '${hint}'?`;
  return msg === '' ? name + '\n' : `${name}: ${msg}\n`;
}

/** The whole report for exc, chained exceptions first (prefix applies to the outermost one). */
export function formatException(exc: PyException, prefix: readonly ExtraEntry[] = [], seen = new Set<PyException>()): string {
  seen.add(exc);
  let out = '';
  if (exc.cause && !seen.has(exc.cause)) {
    out += formatException(exc.cause, [], seen);
    out += '\nThe above exception was the direct cause of the following exception:\n\n';
  } else if (exc.context && !exc.suppressContext && !seen.has(exc.context)) {
    out += formatException(exc.context, [], seen);
    out += '\nDuring handling of the above exception, another exception occurred:\n\n';
  }
  if (exc.tb.length || prefix.length) out += 'Traceback (most recent call last):\n' + formatEntries(exc, prefix);
  return out + lastLine(exc);
}

/** Hook for threads: machine.ts installs the Thread bootstrap prefix and header. */
export const uncaughtHooks = {
  report: null as ((th: VmThread, exc: PyException) => void) | null,
};

/** An exception escaped the thread's outermost frame. */
export function reportUncaught(th: VmThread, exc: PyException): void {
  if (uncaughtHooks.report) uncaughtHooks.report(th, exc);
  else vm.err.push(formatException(exc));
  decref(exc);
}
