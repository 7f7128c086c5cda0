// Stage: pylib. CPython 3.8 repr()/str() of str, float, int and bytes, as pure functions
// over JS strings, numbers and bigints. No dependency on the VM's object model.

import { shortest } from './dtoa.js';
import { valueError } from './errors.js';
import { isPrintableCp } from './unicode.js';

const HEX = '0123456789abcdef';

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** Escape of one code point inside a str repr (quote is the chosen quote char). */
function escapeCp(cp: number, quote: number): string {
  if (cp === quote || cp === 0x5c) return '\\' + String.fromCharCode(cp);
  if (cp === 0x0a) return '\\n';
  if (cp === 0x0d) return '\\r';
  if (cp === 0x09) return '\\t';
  if (cp < 0x20 || cp === 0x7f) return '\\x' + hex(cp, 2);
  if (cp < 0x7f) return String.fromCharCode(cp);
  if (isPrintableCp(cp)) return String.fromCodePoint(cp);
  if (cp <= 0xff) return '\\x' + hex(cp, 2);
  if (cp <= 0xffff) return '\\u' + hex(cp, 4);
  return '\\U' + hex(cp, 8);
}

// Strings of printable ASCII without quotes or backslashes need no escaping.
const PLAIN = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/;

/** repr(s) exactly as CPython 3.8: prefers '...', uses "..." when s has ' but no ". */
export function reprStr(s: string): string {
  if (PLAIN.test(s)) return "'" + s + "'";
  const hasSingle = s.includes("'");
  const quote = hasSingle && !s.includes('"') ? 0x22 : 0x27;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    // a valid surrogate pair is one code point; a lone surrogate stays itself
    if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo < 0xe000) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    out += escapeCp(cp, quote);
  }
  const q = String.fromCharCode(quote);
  return q + out + q;
}

/** ascii(s): repr(s) with every non-ASCII code point escaped. */
export function asciiStr(s: string): string {
  const r = reprStr(s);
  let out = '';
  for (const ch of r) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp <= 0xff) out += '\\x' + hex(cp, 2);
    else if (cp <= 0xffff) out += '\\u' + hex(cp, 4);
    else out += '\\U' + hex(cp, 8);
  }
  return out;
}

/**
 * Python's 'r' float presentation of shortest digits d1d2... * 10^exp: fixed notation when
 * -4 <= exp < 16, else d.ddde+XX. Appends '.0' to integral fixed values.
 */
export function formatShortest(digits: string, exp: number, neg: boolean): string {
  let body: string;
  if (exp >= -4 && exp < 16) {
    if (exp < 0) body = '0.' + '0'.repeat(-exp - 1) + digits;
    else if (digits.length <= exp + 1) body = digits + '0'.repeat(exp + 1 - digits.length) + '.0';
    else body = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
  } else {
    const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const ae = Math.abs(exp);
    body = mant + (exp < 0 ? 'e-' : 'e+') + (ae < 10 ? '0' + ae : String(ae));
  }
  return neg ? '-' + body : body;
}

/** repr(x) (and str(x)) of a Python float, exactly as CPython 3.x. */
export function reprFloat(x: number): string {
  const ax = Math.abs(x);
  if (ax > 1e-4 && ax < 1e15) {
    const s = String(x);
    return s.includes('.') ? s : s + '.0';
  }
  if (x !== x) return 'nan';
  if (ax === Infinity) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const { digits, exp } = shortest(x);
  return formatShortest(digits, exp, x < 0);
}

/** str(x) of a float: the same as repr in Python 3. */
export const strFloat = reprFloat;

/** CPython 3.8.14+'s default limit on decimal digits in int<->str conversions. */
export const INT_MAX_STR_DIGITS = 4300;

/** Decimal digits of a bigint, enforcing CPython's int->str digit limit. */
export function bigToDecimal(n: bigint): string {
  // cheap bound first: 4300 decimal digits need more than 14280 bits
  const s = n.toString();
  if (s.length - (n < 0n ? 1 : 0) > INT_MAX_STR_DIGITS)
    throw valueError(
      `Exceeds the limit (${INT_MAX_STR_DIGITS}) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
      'intStrDigitsLimit',
    );
  return s;
}

/** repr(n) of a Python int held as a safe-integer number or a bigint. */
export function reprInt(n: number | bigint): string {
  if (typeof n === 'number') return Object.is(n, -0) ? '0' : String(n);
  return bigToDecimal(n);
}

/** repr(b) of a bytes object (prefix 'b'; bytearray callers wrap it themselves). */
export function reprBytes(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    else if (c === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  let out = "b" + String.fromCharCode(quote);
  for (const c of b) {
    if (c === quote || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + HEX[c >> 4] + HEX[c & 15];
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}

/** The 'r' float presentation without the '.0' repr adds to integral values (complex parts). */
function reprFloatBare(x: number): string {
  const r = reprFloat(x);
  return r.endsWith('.0') ? r.slice(0, -2) : r;
}

/** repr(complex(re, im)) (and str()) exactly as CPython 3.8: 1j, (1+2j), (-0-1j), (inf+nanj). */
export function reprComplex(re: number, im: number): string {
  const imText = reprFloatBare(im);
  if (re === 0 && !Object.is(re, -0)) return imText + 'j';
  const sign = imText.startsWith('-') ? '' : '+';
  return '(' + reprFloatBare(re) + sign + imText + 'j)';
}

/** repr(True)/repr(False), repr(None): trivial, kept here so callers have one place. */
export function reprBool(b: boolean): string {
  return b ? 'True' : 'False';
}
