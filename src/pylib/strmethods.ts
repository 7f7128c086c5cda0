// Stage: pylib. CPython 3.8 str methods over JS strings, indexing by code point. Search and
// split methods; case and predicate methods live in strcase.ts. Callers map Python None to
// undefined. No dependency on the VM's object model.

import { checkStrSize, MAX_STR_LEN, typeError, valueError } from './errors.js';
import { cpIndex, pyLen, unitOffset } from './pyseq.js';
import { isSpaceCp } from './unicode.js';

function isSpaceChar(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return c < 0x80 ? c === 32 || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f) : isSpaceCp(c);
}

/**
 * CPython's ADJUST_INDICES for find/count/startswith: clamps start/end (code points) and
 * returns them as UTF-16 offsets, or undefined when the range is shorter than `need` code points.
 */
function range(s: string, need: number, start?: number, end?: number): [number, number] | undefined {
  const len = pyLen(s);
  let b = end === undefined || end > len ? len : end;
  if (b < 0) b = Math.max(b + len, 0);
  let a = start === undefined ? 0 : start;
  if (a < 0) a = Math.max(a + len, 0);
  if (b - a < need) return undefined;
  return [unitOffset(s, a), unitOffset(s, b)];
}

export function strFind(s: string, sub: string, start?: number, end?: number): number {
  const r = range(s, pyLen(sub), start, end);
  if (!r) return -1;
  const [a, b] = r;
  const i = s.slice(0, b).indexOf(sub, a);
  return i < 0 ? -1 : cpIndex(s, i);
}

export function strRfind(s: string, sub: string, start?: number, end?: number): number {
  const r = range(s, pyLen(sub), start, end);
  if (!r) return -1;
  const [a, b] = r;
  const i = s.slice(0, b).lastIndexOf(sub);
  return i < a ? -1 : cpIndex(s, i);
}

export function strIndex(s: string, sub: string, start?: number, end?: number): number {
  const i = strFind(s, sub, start, end);
  if (i < 0) throw valueError('substring not found');
  return i;
}

export function strRindex(s: string, sub: string, start?: number, end?: number): number {
  const i = strRfind(s, sub, start, end);
  if (i < 0) throw valueError('substring not found');
  return i;
}

export function strCount(s: string, sub: string, start?: number, end?: number): number {
  const r = range(s, pyLen(sub), start, end);
  if (!r) return 0;
  const [a, b] = r;
  const part = s.slice(a, b);
  if (sub === '') return pyLen(part) + 1;
  let n = 0;
  for (let i = part.indexOf(sub); i >= 0; i = part.indexOf(sub, i + sub.length)) n++;
  return n;
}

function tailMatch(s: string, fix: string, start: number | undefined, end: number | undefined, atEnd: boolean): boolean {
  const r = range(s, pyLen(fix), start, end);
  if (!r) return false;
  const [a, b] = r;
  return atEnd ? s.slice(b - fix.length, b) === fix : s.slice(a, a + fix.length) === fix;
}

/** str.startswith(prefix or tuple of prefixes, start, end). */
export function strStartswith(s: string, prefix: string | readonly string[], start?: number, end?: number): boolean {
  if (typeof prefix === 'string') return tailMatch(s, prefix, start, end, false);
  return prefix.some((p) => tailMatch(s, p, start, end, false));
}

export function strEndswith(s: string, suffix: string | readonly string[], start?: number, end?: number): boolean {
  if (typeof suffix === 'string') return tailMatch(s, suffix, start, end, true);
  return suffix.some((p) => tailMatch(s, p, start, end, true));
}

/** str.replace(old, new, count): count < 0 means all; '' inserts between code points. */
export function strReplace(s: string, old: string, rep: string, count = -1): string {
  // CPython 3.8 returns an empty str unchanged whenever a count is given (3.9 changed this)
  if (count === 0 || (count > 0 && s === '')) return s;
  if (old === '') {
    const cps = Array.from(s);
    const n = count < 0 ? cps.length + 1 : Math.min(count, cps.length + 1);
    checkStrSize(s.length + n * rep.length);
    let out = '';
    for (let i = 0; i < cps.length; i++) out += (i < n ? rep : '') + cps[i];
    return out + (n > cps.length ? rep : '');
  }
  if (rep.length > old.length && s.length + (s.length / old.length) * (rep.length - old.length) > MAX_STR_LEN) {
    const hits = s.split(old).length - 1;
    checkStrSize(s.length + Math.min(hits, count < 0 ? hits : count) * (rep.length - old.length));
  }
  if (count < 0) return s.split(old).join(rep);
  let out = '';
  let pos = 0;
  for (let k = 0; k < count; k++) {
    const i = s.indexOf(old, pos);
    if (i < 0) break;
    out += s.slice(pos, i) + rep;
    pos = i + old.length;
  }
  return out + s.slice(pos);
}

function splitWhitespace(s: string, maxsplit: number): string[] {
  const cps = Array.from(s);
  const out: string[] = [];
  let i = 0;
  const n = cps.length;
  while (i < n) {
    while (i < n && isSpaceChar(cps[i]!)) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length >= maxsplit) {
      out.push(cps.slice(i).join(''));
      return out;
    }
    const j = i;
    while (i < n && !isSpaceChar(cps[i]!)) i++;
    out.push(cps.slice(j, i).join(''));
  }
  return out;
}

function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const cps = Array.from(s);
  const out: string[] = [];
  let i = cps.length - 1;
  while (i >= 0) {
    while (i >= 0 && isSpaceChar(cps[i]!)) i--;
    if (i < 0) break;
    if (maxsplit >= 0 && out.length >= maxsplit) {
      out.push(cps.slice(0, i + 1).join(''));
      break;
    }
    const j = i;
    while (i >= 0 && !isSpaceChar(cps[i]!)) i--;
    out.push(cps.slice(i + 1, j + 1).join(''));
  }
  return out.reverse();
}

/** str.split(sep=None, maxsplit=-1). */
export function strSplit(s: string, sep?: string, maxsplit = -1): string[] {
  if (sep === undefined) return splitWhitespace(s, maxsplit);
  if (sep === '') throw valueError('empty separator');
  if (maxsplit < 0) return s.split(sep);
  const out: string[] = [];
  let pos = 0;
  while (out.length < maxsplit) {
    const i = s.indexOf(sep, pos);
    if (i < 0) break;
    out.push(s.slice(pos, i));
    pos = i + sep.length;
  }
  out.push(s.slice(pos));
  return out;
}

/** str.rsplit(sep=None, maxsplit=-1). */
export function strRsplit(s: string, sep?: string, maxsplit = -1): string[] {
  if (sep === undefined) return rsplitWhitespace(s, maxsplit);
  if (sep === '') throw valueError('empty separator');
  // splits from the right: 'aaa'.rsplit('aa') is ['a', ''] (split gives ['', 'a'])
  const out: string[] = [];
  let end = s.length;
  while (maxsplit < 0 || out.length < maxsplit) {
    const i = end - sep.length < 0 ? -1 : s.lastIndexOf(sep, end - sep.length);
    if (i < 0) break;
    out.push(s.slice(i + sep.length, end));
    end = i;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

const LINE_BREAKS = '\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029';

/** str.splitlines(keepends=False). */
export function strSplitlines(s: string, keepends = false): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  while (i < s.length) {
    const ch = s[i]!;
    if (LINE_BREAKS.includes(ch)) {
      let eol = i + 1;
      if (ch === '\r' && s[i + 1] === '\n') eol = i + 2;
      out.push(s.slice(start, keepends ? eol : i));
      start = i = eol;
    } else i++;
  }
  if (start < s.length) out.push(s.slice(start));
  return out;
}

function stripSet(chars: string | undefined): (ch: string) => boolean {
  if (chars === undefined) return isSpaceChar;
  const set = new Set(Array.from(chars));
  return (ch) => set.has(ch);
}

export function strStrip(s: string, chars?: string): string {
  return strRstrip(strLstrip(s, chars), chars);
}

export function strLstrip(s: string, chars?: string): string {
  const test = stripSet(chars);
  const cps = Array.from(s);
  let i = 0;
  while (i < cps.length && test(cps[i]!)) i++;
  return i === 0 ? s : cps.slice(i).join('');
}

export function strRstrip(s: string, chars?: string): string {
  const test = stripSet(chars);
  const cps = Array.from(s);
  let j = cps.length;
  while (j > 0 && test(cps[j - 1]!)) j--;
  return j === cps.length ? s : cps.slice(0, j).join('');
}

export function strPartition(s: string, sep: string): [string, string, string] {
  if (sep === '') throw valueError('empty separator');
  const i = s.indexOf(sep);
  if (i < 0) return [s, '', ''];
  return [s.slice(0, i), sep, s.slice(i + sep.length)];
}

export function strRpartition(s: string, sep: string): [string, string, string] {
  if (sep === '') throw valueError('empty separator');
  const i = s.lastIndexOf(sep);
  if (i < 0) return ['', '', s];
  return [s.slice(0, i), sep, s.slice(i + sep.length)];
}

/** sep.join(parts) (callers check that every item is a str). */
export function strJoin(sep: string, parts: readonly string[]): string {
  let total = sep.length * Math.max(parts.length - 1, 0);
  for (const p of parts) total += p.length;
  checkStrSize(total);
  return parts.join(sep);
}

/** The fill of center/ljust/rjust must be exactly one code point (caller checks it is a str). */
function fillCheck(fill: string, width: number): void {
  if (pyLen(fill) !== 1) throw typeError('The fill character must be exactly one character long');
  checkStrSize(width * fill.length);
}

export function strLjust(s: string, width: number, fill = ' '): string {
  fillCheck(fill, width);
  const n = width - pyLen(s);
  return n > 0 ? s + fill.repeat(n) : s;
}

export function strRjust(s: string, width: number, fill = ' '): string {
  fillCheck(fill, width);
  const n = width - pyLen(s);
  return n > 0 ? fill.repeat(n) + s : s;
}

/** str.center: CPython puts the odd extra fill char on the left when width is odd. */
export function strCenter(s: string, width: number, fill = ' '): string {
  fillCheck(fill, width);
  const marg = width - pyLen(s);
  if (marg <= 0) return s;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return fill.repeat(left) + s + fill.repeat(marg - left);
}

export function strZfill(s: string, width: number): string {
  const n = width - pyLen(s);
  if (n <= 0) return s;
  checkStrSize(width);
  if (s[0] === '+' || s[0] === '-') return s[0] + '0'.repeat(n) + s.slice(1);
  return '0'.repeat(n) + s;
}

/** str.expandtabs(tabsize=8): columns count code points; \n and \r reset the column. */
export function strExpandtabs(s: string, tabsize = 8): string {
  if (!s.includes('\t')) return s;
  let out = '';
  let col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        checkStrSize(out.length + n);
        out += ' '.repeat(n);
        col += n;
      }
    } else {
      out += ch;
      col = ch === '\n' || ch === '\r' ? 0 : col + 1;
    }
  }
  return out;
}

