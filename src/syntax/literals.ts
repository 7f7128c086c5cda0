// Stage: syntax (literals). NUMBER and STRING token text -> constant values, with CPython
// 3.8's escape rules and error messages. Pure functions: no tokens, no AST, no parser state.
import type { ConstValue } from './constant.js';

/** Parses a NUMBER token the tokenizer accepted. */
export function parseNumber(text: string): ConstValue {
  const t = text.indexOf('_') >= 0 ? text.replace(/_/g, '') : text;
  const last = t.charCodeAt(t.length - 1);
  if (last === 106 || last === 74) return { kind: 'complex', real: 0, imag: Number(t.slice(0, -1)) };
  if (t.length > 1 && t[0] === '0') {
    const r = t[1]!.toLowerCase();
    if (r === 'x' || r === 'o' || r === 'b') return { kind: 'int', value: BigInt('0' + r + t.slice(2)) };
  }
  if (/[.eE]/.test(t)) return { kind: 'float', value: Number(t) };
  return { kind: 'int', value: BigInt(t) };
}

export interface StringPrefix {
  readonly bytes: boolean;
  readonly raw: boolean;
  readonly fmt: boolean;
  readonly unicode: boolean;
}

/** Splits a STRING token into prefix flags and body (between the quotes). */
export function splitString(token: string): { prefix: StringPrefix; body: string; bodyStart: number } {
  let k = 0;
  let bytes = false, raw = false, fmt = false, unicode = false;
  for (;; k++) {
    const c = token[k]!.toLowerCase();
    if (c === 'b') bytes = true;
    else if (c === 'r') raw = true;
    else if (c === 'f') fmt = true;
    else if (c === 'u') unicode = true;
    else break;
  }
  const q = token[k]!;
  const triple = token.length - k >= 6 && token[k + 1] === q && token[k + 2] === q;
  const qn = triple ? 3 : 1;
  return {
    prefix: { bytes, raw, fmt, unicode },
    body: token.slice(k + qn, token.length - qn),
    bodyStart: k + qn,
  };
}

/** A decoding failure: the message CPython's ast.c reports at the string atom. */
export class LiteralError {
  constructor(readonly msg: string, readonly notSupported = false) {}
}

const SIMPLE: Readonly<Record<string, string>> = {
  '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

const hexVal = (c: string) => {
  const d = c.charCodeAt(0);
  if (d >= 48 && d <= 57) return d - 48;
  if (d >= 97 && d <= 102) return d - 87;
  if (d >= 65 && d <= 70) return d - 55;
  return -1;
};

function unicodeError(start: number, end: number, msg: string): LiteralError {
  return new LiteralError(
    `(unicode error) 'unicodeescape' codec can't decode bytes in position ${start}-${end - 1}: ${msg}`,
  );
}

/** Decodes a non-raw str body (CPython's unicode_escape rules). */
export function decodeStrEscapes(s: string): string | LiteralError {
  if (s.indexOf('\\') < 0) return s;
  let out = '';
  let k = 0;
  while (k < s.length) {
    const c = s[k]!;
    if (c !== '\\') { out += c; k++; continue; }
    const start = k;
    k++;
    if (k >= s.length) return unicodeError(start, s.length, '\\ at end of string');
    const e = s[k++]!;
    if (e === '\n') continue;
    const simple = SIMPLE[e];
    if (simple !== undefined) { out += simple; continue; }
    if (e >= '0' && e <= '7') {
      let v = e.charCodeAt(0) - 48;
      for (let n = 0; n < 2 && k < s.length && s[k]! >= '0' && s[k]! <= '7'; n++) v = v * 8 + s.charCodeAt(k++) - 48;
      out += String.fromCodePoint(v);
      continue;
    }
    if (e === 'x' || e === 'u' || e === 'U') {
      let count = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const what = e === 'x' ? '\\xXX' : e === 'u' ? '\\uXXXX' : '\\UXXXXXXXX';
      let v = 0;
      for (; count > 0 && k < s.length; count--, k++) {
        const h = hexVal(s[k]!);
        if (h < 0) break;
        v = v * 16 + h;
      }
      if (count > 0) return unicodeError(start, k, `truncated ${what} escape`);
      if (v > 0x10ffff) return unicodeError(start, k, 'illegal Unicode character');
      out += String.fromCodePoint(v);
      continue;
    }
    if (e === 'N') return new LiteralError('\\N{...} escapes in string literals', true);
    out += '\\' + e;
  }
  return out;
}

/** Decodes a bytes body (raw or not) to byte values; non-ASCII characters are an error. */
export function decodeBytes(s: string, raw: boolean): Uint8Array | LiteralError {
  const out: number[] = [];
  for (let k = 0; k < s.length; k++) {
    if (s.charCodeAt(k) >= 128) return new LiteralError('bytes can only contain ASCII literal characters.');
  }
  let k = 0;
  while (k < s.length) {
    const c = s[k]!;
    if (raw || c !== '\\') { out.push(s.charCodeAt(k)); k++; continue; }
    k++;
    const e = s[k++];
    if (e === undefined) return new LiteralError('(value error) Trailing \\ in string');
    if (e === '\n') continue;
    const simple = SIMPLE[e];
    if (simple !== undefined) { out.push(simple.charCodeAt(0)); continue; }
    if (e >= '0' && e <= '7') {
      let v = e.charCodeAt(0) - 48;
      for (let n = 0; n < 2 && k < s.length && s[k]! >= '0' && s[k]! <= '7'; n++) v = v * 8 + s.charCodeAt(k++) - 48;
      out.push(v & 0xff);
      continue;
    }
    if (e === 'x') {
      const h1 = k < s.length ? hexVal(s[k]!) : -1;
      const h2 = k + 1 < s.length ? hexVal(s[k + 1]!) : -1;
      if (h1 < 0 || h2 < 0) return new LiteralError(`(value error) invalid \\x escape at position ${k - 2}`);
      out.push(h1 * 16 + h2);
      k += 2;
      continue;
    }
    out.push(92, e.charCodeAt(0));
  }
  return Uint8Array.from(out);
}
