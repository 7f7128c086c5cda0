// Stage: pylib. Unicode character properties as CPython 3.8 sees them (str.isprintable,
// isalpha, ...), decoded from the generated range tables. No dependencies beyond them.

import * as T from './unicode-tables.generated.js';

/** Decodes 'lo.len,lo.len' base-36 deltas into a flat [lo0, hi0, lo1, hi1, ...] array. */
function decode(packed: string): Uint32Array {
  const parts = packed.split(',');
  const out = new Uint32Array(parts.length * 2);
  let prev = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const dot = p.indexOf('.');
    const lo = prev + parseInt(p.slice(0, dot), 36);
    const hi = lo + parseInt(p.slice(dot + 1), 36);
    out[2 * i] = lo;
    out[2 * i + 1] = hi;
    prev = hi;
  }
  return out;
}

function inRanges(r: Uint32Array, cp: number): boolean {
  let lo = 0;
  let hi = r.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < r[2 * mid]!) hi = mid - 1;
    else if (cp >= r[2 * mid + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

/** A property predicate over code points, decoding its table on first use. */
function lazy(packed: string): (cp: number) => boolean {
  let table: Uint32Array | undefined;
  return (cp) => inRanges((table ??= decode(packed)), cp);
}

export const isPrintableCp = lazy(T.PRINTABLE);
export const isAlphaCp = lazy(T.ALPHA);
export const isDecimalCp = lazy(T.DECIMAL);
export const isDigitCp = lazy(T.DIGIT);
export const isNumericCp = lazy(T.NUMERIC);
export const isSpaceCp = lazy(T.SPACE);
export const isUpperCp = lazy(T.UPPER);
export const isLowerCp = lazy(T.LOWER);
export const isTitleCp = lazy(T.TITLE);
export const isIdStartCp = lazy(T.ID_START);
export const isIdContinueCp = lazy(T.ID_CONTINUE);

export function isCasedCp(cp: number): boolean {
  return isUpperCp(cp) || isLowerCp(cp) || isTitleCp(cp);
}

/** Value 0-9 of a Unicode decimal digit, or -1. */
export function decimalValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (cp < 0x660) return -1;
  const zeros = T.DECIMAL_ZEROS;
  let lo = 0;
  let hi = zeros.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (zeros[mid]! <= cp) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (best < 0) return -1;
  const d = cp - zeros[best]!;
  return d <= 9 && isDecimalCp(cp) ? d : -1;
}

let casefoldMap: Map<number, string> | undefined;
let titleMap: Map<number, string> | undefined;

/** casefold() of one code point where it differs from lower(), else undefined. */
export function casefoldExtra(cp: number): string | undefined {
  return (casefoldMap ??= new Map(T.CASEFOLD_EXTRA)).get(cp);
}

/** Title-case mapping of one code point where it differs from upper(), else undefined. */
export function titleExtra(cp: number): string | undefined {
  return (titleMap ??= new Map(T.TITLE_EXTRA)).get(cp);
}
