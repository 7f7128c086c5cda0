// Stage: pylib. CPython 3.8 str case mappings (upper, lower, casefold, title, capitalize,
// swapcase) and character-class predicates (isdigit, isupper, isidentifier, ...), using the
// generated Unicode 12.1 tables. No dependency on the VM's object model.

import * as U from './unicode.js';

const ASCII = /^[\x00-\x7f]*$/;

function cpOf(ch: string): number {
  return ch.codePointAt(0)!;
}

// Cased letters that gained an upper-case mapping after Unicode 12.1 (Python 3.8's database):
// JS engines use newer tables. The exhaustive code point test in strmethods.test.ts finds these.
const NO_UPPER_IN_38 = new Set([0x19b, 0x264]);

/** Full upper-case mapping of one code point (JS's tables; Python 3.8's agree for cased chars). */
function upperCp(ch: string): string {
  const cp = cpOf(ch);
  return U.isCasedCp(cp) && !NO_UPPER_IN_38.has(cp) ? ch.toUpperCase() : ch;
}

export function strUpper(s: string): string {
  if (ASCII.test(s)) return s.toUpperCase();
  let out = '';
  for (const ch of s) out += upperCp(ch);
  return out;
}

export function strLower(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  // whole-string lowering applies the final-sigma rule like CPython; non-cased chars stay
  let out = '';
  const cps = Array.from(s);
  for (let i = 0; i < cps.length; i++) {
    const ch = cps[i]!;
    const cp = cpOf(ch);
    if (cp === 0x3a3) out += finalSigma(cps, i) ? '\u03c2' : '\u03c3';
    else out += U.isCasedCp(cp) ? ch.toLowerCase() : ch;
  }
  return out;
}

/** Is a capital sigma at i word-final (preceded by a cased letter, not followed by one)? */
function finalSigma(cps: string[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && isCaseIgnorable(cpOf(cps[j]!))) j--;
  if (j < 0 || !U.isCasedCp(cpOf(cps[j]!))) return false;
  let k = i + 1;
  while (k < cps.length && isCaseIgnorable(cpOf(cps[k]!))) k++;
  return k >= cps.length || !U.isCasedCp(cpOf(cps[k]!));
}

// Case_Ignorable approximated by JS's \p{Case_Ignorable}-like classes (Mn, Me, Cf, Lm, Sk and
// a few punctuation marks), which is what the final-sigma context needs in practice.
const CASE_IGNORABLE = /^[\p{Mn}\p{Me}\p{Cf}\p{Lm}\p{Sk}'.:^`\u00b7\u2019\u2027]$/u;
function isCaseIgnorable(cp: number): boolean {
  return CASE_IGNORABLE.test(String.fromCodePoint(cp));
}

export function strCasefold(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  let out = '';
  for (const ch of s) {
    const cp = cpOf(ch);
    out += U.casefoldExtra(cp) ?? (U.isCasedCp(cp) ? ch.toLowerCase() : ch);
  }
  return out;
}

function titleCp(ch: string): string {
  return U.titleExtra(cpOf(ch)) ?? upperCp(ch);
}

/** str.title(): title-case after an uncased char, lower-case after a cased one. */
export function strTitle(s: string): string {
  const cps = Array.from(s);
  let out = '';
  let prevCased = false;
  for (let i = 0; i < cps.length; i++) {
    const ch = cps[i]!;
    const cp = cpOf(ch);
    if (prevCased) out += cp === 0x3a3 ? (finalSigma(cps, i) ? '\u03c2' : '\u03c3') : lowerCp(ch);
    else out += titleCp(ch);
    prevCased = U.isCasedCp(cp);
  }
  return out;
}

function lowerCp(ch: string): string {
  return U.isCasedCp(cpOf(ch)) ? ch.toLowerCase() : ch;
}

/** str.capitalize() (3.8: first char title-cased, the rest lower-cased). */
export function strCapitalize(s: string): string {
  if (s === '') return s;
  const cps = Array.from(s);
  let out = titleCp(cps[0]!);
  for (let i = 1; i < cps.length; i++) {
    const cp = cpOf(cps[i]!);
    out += cp === 0x3a3 ? (finalSigma(cps, i) ? '\u03c2' : '\u03c3') : lowerCp(cps[i]!);
  }
  return out;
}

export function strSwapcase(s: string): string {
  const cps = Array.from(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) {
    const ch = cps[i]!;
    const cp = cpOf(ch);
    if (U.isUpperCp(cp)) out += cp === 0x3a3 ? (finalSigma(cps, i) ? '\u03c2' : '\u03c3') : ch.toLowerCase();
    else if (U.isLowerCp(cp)) out += upperCp(ch);
    else out += ch;
  }
  return out;
}

function all(s: string, pred: (cp: number) => boolean): boolean {
  if (s === '') return false;
  for (const ch of s) if (!pred(cpOf(ch))) return false;
  return true;
}

export const strIsdecimal = (s: string): boolean => all(s, U.isDecimalCp);
export const strIsdigit = (s: string): boolean => all(s, U.isDigitCp);
export const strIsnumeric = (s: string): boolean => all(s, U.isNumericCp);
export const strIsalpha = (s: string): boolean => all(s, U.isAlphaCp);
export const strIsspace = (s: string): boolean => all(s, U.isSpaceCp);
export const strIsalnum = (s: string): boolean =>
  all(s, (c) => U.isAlphaCp(c) || U.isDecimalCp(c) || U.isDigitCp(c) || U.isNumericCp(c));
export const strIsascii = (s: string): boolean => ASCII.test(s);
export function strIsprintable(s: string): boolean {
  for (const ch of s) if (!U.isPrintableCp(cpOf(ch))) return false;
  return true;
}

export function strIsupper(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    const c = cpOf(ch);
    if (U.isLowerCp(c) || U.isTitleCp(c)) return false;
    if (!cased && U.isUpperCp(c)) cased = true;
  }
  return cased;
}

export function strIslower(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    const c = cpOf(ch);
    if (U.isUpperCp(c) || U.isTitleCp(c)) return false;
    if (!cased && U.isLowerCp(c)) cased = true;
  }
  return cased;
}

export function strIstitle(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (const ch of s) {
    const c = cpOf(ch);
    if (U.isUpperCp(c) || U.isTitleCp(c)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (U.isLowerCp(c)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}

export function strIsidentifier(s: string): boolean {
  if (s === '') return false;
  let first = true;
  for (const ch of s) {
    const c = cpOf(ch);
    if (first ? !U.isIdStartCp(c) : !U.isIdContinueCp(c)) return false;
    first = false;
  }
  return true;
}
