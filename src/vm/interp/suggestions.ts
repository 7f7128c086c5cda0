// Stage: VM interpreter (traceback printing). The "Did you mean: 'x'?" hint CPython 3.10+ adds
// to an uncaught NameError (the raising frame's local names, then its globals, then builtins)
// or AttributeError (the sorted dir() of the object): the closest name under a weighted edit
// distance (a move/insert/delete costs 2, a case-only change 1), accepting at most about a
// third of the characters changed. Whether the hint is printed is the version profile's rule.
// Must not depend on the simulation layer.
import type { PyException } from '../objects/exceptions.js';
import { PyObject, PyType } from '../objects/base.js';
import { PyModule } from '../objects/callables.js';
import { PyDict } from '../objects/containers.js';
import { PyStr } from '../objects/scalars.js';
import type { Frame } from './frame.js';

const MOVE = 2;
const CASE = 1;
const MAX_NAME = 40;
const MAX_CANDIDATES = 750;

interface NameScope {
  readonly name: string;
  readonly varnames: readonly string[];
  readonly globals: PyDict;
  readonly builtins: PyDict;
}

const scopes = new WeakMap<PyException, NameScope>();
const attrScopes = new WeakMap<PyException, { readonly names: readonly string[]; readonly name: string }>();

/** Remembers where a NameError for `name` was raised (the frame's names are read when printing). */
export function noteNameError(exc: PyException, name: string, f: Frame | null): void {
  if (f) scopes.set(exc, { name, varnames: f.d.code.varnames, globals: f.globals, builtins: f.builtins });
}

function substitution(a: number, b: number): number {
  if (a === b) return 0;
  if ((a & 31) !== (b & 31)) return MOVE;
  const lower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
  return lower(a) === lower(b) ? CASE : MOVE;
}

/** Weighted edit distance between two names, or max + 1 as soon as it must exceed max. */
export function nameDistance(x: string, y: string, max: number): number {
  let a = Buffer.from(x, 'utf8');
  let b = Buffer.from(y, 'utf8');
  if (x === y) return 0;
  let lo = 0;
  while (lo < a.length && lo < b.length && a[lo] === b[lo]) lo++;
  let ea = a.length;
  let eb = b.length;
  while (ea > lo && eb > lo && a[ea - 1] === b[eb - 1]) {
    ea--;
    eb--;
  }
  a = a.subarray(lo, ea);
  b = b.subarray(lo, eb);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE;
  if (a.length > MAX_NAME || b.length > MAX_NAME) return max + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE > max) return max + 1;
  // One row of the distance matrix, updated in place: row[i] = cost(b[:j], a[:i+1]).
  const row: number[] = [];
  for (let i = 0; i < a.length; i++) row.push((i + 1) * MOVE);
  let result = 0;
  for (let j = 0; j < b.length; j++) {
    let diag = j * MOVE;
    result = diag;
    let rowMin = Number.MAX_SAFE_INTEGER;
    for (let i = 0; i < a.length; i++) {
      const sub = diag + substitution(b[j]!, a[i]!);
      diag = row[i]!;
      result = Math.min(Math.min(result, diag) + MOVE, sub);
      row[i] = result;
      if (result < rowMin) rowMin = result;
    }
    if (rowMin > max) return max + 1;
  }
  return result;
}

/** The closest candidate to `name`, or null (first best wins on ties, as in CPython). */
export function closestName(name: string, candidates: readonly string[]): string | null {
  if (candidates.length >= MAX_CANDIDATES) return null;
  const nameLen = Buffer.byteLength(name, 'utf8');
  let best: string | null = null;
  let bestDistance = Number.MAX_SAFE_INTEGER;
  for (const c of candidates) {
    if (c === name) continue;
    const max = Math.min(Math.floor(((nameLen + Buffer.byteLength(c, 'utf8') + 3) * MOVE) / 6), bestDistance - 1);
    const d = nameDistance(name, c, max);
    if (d > max) continue;
    if (best === null || d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function dictNames(d: PyDict): string[] {
  const out: string[] = [];
  for (const e of d.map.values()) if (e.key instanceof PyStr) out.push(e.key.v);
  return out;
}

/** The name to suggest for an uncaught NameError (locals, then globals, then builtins), or null. */
export function nameErrorSuggestion(exc: PyException): string | null {
  const s = scopes.get(exc);
  if (!s) return null;
  return closestName(s.name, s.varnames)
    ?? closestName(s.name, dictNames(s.globals))
    ?? closestName(s.name, dictNames(s.builtins));
}

/**
 * Remembers the name and the object's dir() of a failed attribute lookup. CPython keeps the
 * object itself alive on the exception; a snapshot of its names avoids changing refcounts.
 */
export function noteAttributeError(exc: PyException, obj: PyObject, name: string): void {
  attrScopes.set(exc, { names: dirNames(obj), name });
}

/** dir(obj) as far as the VM models it: instance dict, then every class along the MRO; sorted. */
export function dirNames(obj: PyObject): string[] {
  const names = new Set<string>();
  const addDict = (d: unknown): void => {
    if (d instanceof PyDict) for (const n of dictNames(d)) names.add(n);
  };
  const addType = (t: PyType): void => {
    for (const k of t.mro) {
      for (const n of k.attrs.keys()) names.add(n);
      for (const n of k.getset.keys()) names.add(n);
    }
  };
  if (obj instanceof PyModule) addDict(obj.dict);
  else if (obj instanceof PyType) addType(obj);
  else {
    addDict((obj as { dict?: unknown }).dict);
    addType(obj.type);
  }
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The hint for an uncaught NameError or AttributeError, or null. */
export function suggestionFor(exc: PyException): string | null {
  const a = attrScopes.get(exc);
  if (a) return closestName(a.name, a.names);
  return nameErrorSuggestion(exc);
}
