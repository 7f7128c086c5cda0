// Stage: pylib. Python sequence indexing over JS strings (by code point, not UTF-16 unit)
// and CPython's slice-index normalisation, reusable for lists. No dependencies beyond errors.

import { checkStrSize, PyError, valueError } from './errors.js';

const SURROGATE = /[\ud800-\udfff]/;

/** Does s contain any surrogate unit (so that JS and Python indexes may differ)? */
export function hasSurrogates(s: string): boolean {
  return SURROGATE.test(s);
}

/** len(s) in code points (a valid surrogate pair is one code point, a lone surrogate one). */
export function pyLen(s: string): number {
  if (!SURROGATE.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++, n++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) i++;
    }
  }
  return n;
}

/** The code points of s as one-code-point strings. */
export function codePoints(s: string): string[] {
  return Array.from(s);
}

/** UTF-16 offset of code point index i (0 <= i <= pyLen(s)). */
export function unitOffset(s: string, i: number): number {
  if (!SURROGATE.test(s)) return i;
  let u = 0;
  for (let k = 0; k < i && u < s.length; k++) {
    const c = s.charCodeAt(u);
    u += c >= 0xd800 && c < 0xdc00 && u + 1 < s.length && (s.charCodeAt(u + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return u;
}

/** Code point index of UTF-16 offset u. */
export function cpIndex(s: string, u: number): number {
  return SURROGATE.test(s) ? pyLen(s.slice(0, u)) : u;
}

/** Normalises an index for s[i]/lst[i]: negative counts from the end; IndexError when out of range. */
export function normalizeIndex(len: number, i: number, what = 'string'): number {
  const j = i < 0 ? i + len : i;
  if (j < 0 || j >= len) throw new PyError('IndexError', `${what} index out of range`);
  return j;
}

/** s[i] for a Python str. */
export function pyIndex(s: string, i: number): string {
  if (!SURROGATE.test(s)) return s[normalizeIndex(s.length, i)]!;
  const cps = Array.from(s);
  return cps[normalizeIndex(cps.length, i)]!;
}

export interface SliceIndices {
  readonly start: number;
  readonly stop: number;
  readonly step: number;
  /** Number of items the slice selects. */
  readonly length: number;
}

/**
 * CPython's slice.indices(len): undefined means None. Out-of-range bounds clamp; step 0 is
 * ValueError "slice step cannot be zero".
 */
export function sliceIndices(len: number, start?: number, stop?: number, step?: number): SliceIndices {
  const st = step ?? 1;
  if (st === 0) throw valueError('slice step cannot be zero');
  let a: number;
  let b: number;
  if (st > 0) {
    a = start === undefined ? 0 : start < 0 ? Math.max(start + len, 0) : Math.min(start, len);
    b = stop === undefined ? len : stop < 0 ? Math.max(stop + len, 0) : Math.min(stop, len);
    return { start: a, stop: b, step: st, length: b > a ? Math.floor((b - a - 1) / st) + 1 : 0 };
  }
  a = start === undefined ? len - 1 : start < 0 ? Math.max(start + len, -1) : Math.min(start, len - 1);
  b = stop === undefined ? -1 : stop < 0 ? Math.max(stop + len, -1) : Math.min(stop, len - 1);
  return { start: a, stop: b, step: st, length: a > b ? Math.floor((a - b - 1) / -st) + 1 : 0 };
}

/** Items a slice selects from an array (lists, tuples, code point arrays). */
export function sliceArray<T>(items: readonly T[], start?: number, stop?: number, step?: number): T[] {
  const ix = sliceIndices(items.length, start, stop, step);
  if (ix.step === 1) return items.slice(ix.start, ix.start + ix.length);
  const out: T[] = new Array(ix.length);
  for (let k = 0, i = ix.start; k < ix.length; k++, i += ix.step) out[k] = items[i]!;
  return out;
}

/** s[start:stop:step] for a Python str. */
export function pySlice(s: string, start?: number, stop?: number, step?: number): string {
  if (!SURROGATE.test(s)) {
    const ix = sliceIndices(s.length, start, stop, step);
    if (ix.step === 1) return s.slice(ix.start, ix.start + ix.length);
    let out = '';
    for (let k = 0, i = ix.start; k < ix.length; k++, i += ix.step) out += s[i];
    return out;
  }
  return sliceArray(Array.from(s), start, stop, step).join('');
}

/** Compares two Python strs by code point (JS's < compares UTF-16 units). */
export function pyStrCompare(a: string, b: string): -1 | 0 | 1 {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      // a surrogate (astral code point) sorts above every BMP unit from U+E000 up
      const kx = x >= 0xd800 && x < 0xe000 ? x + 0x10000 : x;
      const ky = y >= 0xd800 && y < 0xe000 ? y + 0x10000 : y;
      return kx < ky ? -1 : 1;
    }
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/** s * n for a Python str. */
export function pyRepeat(s: string, n: number): string {
  if (n <= 0 || s === '') return '';
  checkStrSize(s.length * n);
  return s.repeat(n);
}
