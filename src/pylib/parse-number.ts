// Stage: pylib. int(str, base) and float(str) with CPython 3.8's rules: Unicode whitespace
// and decimal digits, single underscores between digits, base prefixes, and CPython's
// ValueError messages. No dependency on the VM's object model.

import { norm, type PyInt } from './arith.js';
import { valueError } from './errors.js';
import { INT_MAX_STR_DIGITS, reprStr } from './repr.js';
import { decimalValue, isSpaceCp } from './unicode.js';

/** ASCII form of s: Unicode spaces become ' ', Unicode decimal digits ASCII ones, other non-ASCII '?'. */
function toAsciiDigits(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (isSpaceCp(cp)) out += ' ';
    else {
      const d = decimalValue(cp);
      out += d >= 0 ? String.fromCharCode(48 + d) : '?';
    }
  }
  return out;
}

const ASCII_SPACE = /^[ \t\n\r\x0b\x0c\x1c-\x1f]+|[ \t\n\r\x0b\x0c\x1c-\x1f]+$/g;

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

/** int(s, base) for a str s. */
export function intFromString(s: string, base = 10): PyInt {
  if ((base !== 0 && base < 2) || base > 36) throw valueError('int() base must be >= 2 and <= 36, or 0');
  const fail = (): never => {
    let r = reprStr(s);
    if (r.length > 200) r = r.slice(0, 200);
    throw valueError(`invalid literal for int() with base ${base}: ${r}`);
  };
  let t = toAsciiDigits(s).replace(ASCII_SPACE, '');
  let neg = false;
  if (t[0] === '+' || t[0] === '-') {
    neg = t[0] === '-';
    t = t.slice(1);
  }
  let b = base;
  let prefixed = false;
  const p = t.slice(0, 2).toLowerCase();
  const prefixBase = p === '0x' ? 16 : p === '0o' ? 8 : p === '0b' ? 2 : 0;
  if (prefixBase && (b === 0 || b === prefixBase)) {
    b = prefixBase;
    t = t.slice(2);
    prefixed = true;
  }
  if (b === 0) {
    b = 10;
    // a decimal literal with base 0 may not have leading zeros (except all zeros)
    if (t[0] === '0' && !/^0(_?0)*$/.test(t)) fail();
  }
  if (prefixed && t[0] === '_') t = t.slice(1);
  if (t === '' || t[0] === '_' || t[t.length - 1] === '_' || t.includes('__')) fail();
  const digits = t.replace(/_/g, '');
  for (let i = 0; i < digits.length; i++) if (digitValue(digits.charCodeAt(i)) >= b) fail();
  if ((b & (b - 1)) !== 0 && digits.length > INT_MAX_STR_DIGITS)
    throw valueError(
      `Exceeds the limit (${INT_MAX_STR_DIGITS}) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`,
      'intStrDigitsLimit',
    );
  let v: bigint;
  if (digits.length <= 15 && b === 10) {
    const n = Number(digits);
    return neg ? (n === 0 ? 0 : -n) : n;
  }
  if (b === 10) v = BigInt(digits);
  else if (b === 16 || b === 8 || b === 2) v = BigInt((b === 16 ? '0x' : b === 8 ? '0o' : '0b') + digits);
  else {
    v = 0n;
    const B = BigInt(b);
    for (let i = 0; i < digits.length; i++) v = v * B + BigInt(digitValue(digits.charCodeAt(i)));
  }
  return norm(neg ? -v : v);
}

const FLOAT_RE = /^[+-]?(?:(?:\d(?:_?\d)*)?\.\d(?:_?\d)*|\d(?:_?\d)*\.?)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const SPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i;

/** float(s) for a str s. */
export function floatFromString(s: string): number {
  const t = toAsciiDigits(s).replace(ASCII_SPACE, '');
  const sp = SPECIAL_RE.exec(t);
  if (sp) {
    if (sp[2]!.toLowerCase() === 'nan') return NaN;
    return sp[1] === '-' ? -Infinity : Infinity;
  }
  // a blank string is reported as '' (CPython strips before complaining)
  if (!FLOAT_RE.test(t)) throw valueError(`could not convert string to float: ${reprStr(t === '' ? '' : s)}`);
  return Number(t.replace(/_/g, ''));
}
