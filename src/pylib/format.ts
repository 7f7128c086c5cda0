// Stage: pylib. format(value, spec) for int, float and str exactly as CPython 3.8's
// __format__ methods. Pure functions over JS numbers/bigints/strings; no VM dependency.
// bool: format(True, '') is 'True' but any non-empty spec formats it as the int 1, so the
// caller dispatches: spec === '' ? 'True'/'False' : formatInt(b ? 1 : 0, spec).

import { roundFixed, roundSig } from './dtoa.js';
import { intToFloat } from './arith.js';
import { checkStrSize, valueError, overflowError } from './errors.js';
import { parseFormatSpec, typeCodeText, type FormatSpec } from './format-spec.js';
import { bigToDecimal, formatShortest, reprFloat, reprInt } from './repr.js';

export type PyIntValue = number | bigint;

function unknownCode(type: string, typeName: string): never {
  throw valueError(`Unknown format code '${typeCodeText(type)}' for object of type '${typeName}'`);
}

/** Number of code points (fill may be astral; content usually ASCII). */
function cpLen(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Pads body (already including sign) to width; '=' puts the fill after the first `lead` chars. */
function pad(body: string, spec: FormatSpec, defaultAlign: string, lead: number): string {
  const len = cpLen(body);
  if (spec.width <= len) return body;
  checkStrSize(spec.width);
  const n = spec.width - len;
  const align = spec.align || defaultAlign;
  const f = spec.fill;
  if (align === '<') return body + f.repeat(n);
  if (align === '>') return f.repeat(n) + body;
  if (align === '^') {
    const left = n >> 1;
    return f.repeat(left) + body + f.repeat(n - left);
  }
  return body.slice(0, lead) + f.repeat(n) + body.slice(lead);
}

/** Inserts sep every `size` digits from the right, zero-padding to at least minWidth chars. */
export function groupDigits(digits: string, sep: string, size: number, minWidth: number): string {
  checkStrSize(minWidth);
  if (sep === '') return minWidth > digits.length ? digits.padStart(minWidth, '0') : digits;
  const chunks: string[] = [];
  let rem = digits.length;
  let mw = minWidth;
  for (;;) {
    const l = Math.min(Math.max(rem, mw, 1), size);
    const take = Math.min(rem, l);
    chunks.push('0'.repeat(l - take) + digits.slice(rem - take, rem));
    rem -= take;
    mw -= l;
    if (rem <= 0 && mw <= 0) break;
    mw -= sep.length;
  }
  return chunks.reverse().join(sep);
}

/** Assembles sign + prefix + grouped integer digits + rest, then pads (CPython's number layout). */
function renderNumber(
  spec: FormatSpec,
  neg: boolean,
  prefix: string,
  intDigits: string,
  rest: string,
  groupSize: number,
): string {
  const sign = neg ? '-' : spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : '';
  const sep = spec.grouping;
  const zeroPad = spec.fill === '0' && spec.align === '=';
  let digits: string;
  if (zeroPad) {
    const minWidth = spec.width - sign.length - prefix.length - cpLen(rest);
    // inf/nan have no digits: plain zero fill, never grouped
    digits = groupDigits(intDigits, intDigits === '' ? '' : sep, groupSize, minWidth);
  } else digits = intDigits === '' ? '' : groupDigits(intDigits, sep, groupSize, 0);
  const lead = sign.length + prefix.length;
  return pad(sign + prefix + digits + rest, spec, '>', lead);
}

/**
 * format(n, spec) for a Python int (safe-integer number or bigint). typeName names the
 * object's type in "Unknown format code" errors (an int subclass such as 'bool').
 */
export function formatInt(n: PyIntValue, specText: string, typeName = 'int'): string {
  if (specText === '') return reprInt(n);
  const spec = parseFormatSpec(specText);
  const type = spec.type || 'd';
  if ('eEfFgG%'.includes(type)) return formatFloatSpec(intToFloat(n), spec);
  if (!'bcdoxXn'.includes(type)) unknownCode(type, typeName);
  if (spec.precision >= 0) throw valueError('Precision not allowed in integer format specifier');
  const neg = n < 0;
  if (type === 'c') {
    if (spec.sign !== '') throw valueError("Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (n < -(2n ** 63n) || n >= 2n ** 63n) throw overflowError('Python int too large to convert to C long');
    if (n < 0 || n > 0x10ffff) throw overflowError('%c arg not in range(0x110000)');
    const ch = String.fromCodePoint(Number(n));
    return pad(ch, spec, '<', 0);
  }
  const abs = typeof n === 'bigint' ? (neg ? -n : n) : Math.abs(n);
  const radix = type === 'b' ? 2 : type === 'o' ? 8 : type === 'x' || type === 'X' ? 16 : 10;
  let digits = radix === 10 && typeof abs === 'bigint' ? bigToDecimal(abs) : abs.toString(radix);
  if (type === 'X') digits = digits.toUpperCase();
  const prefix = spec.alternate && radix !== 10 ? '0' + (type === 'd' || type === 'n' ? '' : type) : '';
  return renderNumber(spec, neg, prefix, digits, '', radix === 10 ? 3 : 4);
}

function expSuffix(exp: number): string {
  const ae = Math.abs(exp);
  return (exp < 0 ? 'e-' : 'e+') + (ae < 10 ? '0' + ae : String(ae));
}

/** Body (no sign) of |x| in presentation 'e', 'f', 'g' or 'r' (shortest repr rules). */
export function floatBody(ax: number, type: string, prec: number, alt: boolean, addDot0: boolean): string {
  if (type === 'f') {
    const ds = roundFixed(ax, prec).padStart(prec + 1, '0');
    const ip = ds.slice(0, ds.length - prec);
    return prec > 0 ? ip + '.' + ds.slice(ds.length - prec) : alt ? ip + '.' : ip;
  }
  if (type === 'e') {
    const { digits, exp } = roundSig(ax, prec + 1);
    const frac = prec > 0 ? '.' + digits.slice(1) : alt ? '.' : '';
    return digits[0] + frac + expSuffix(exp);
  }
  if (type === 'r') {
    const body = reprFloat(ax);
    // '#' keeps a decimal point in the mantissa of the exponent form: 1.e+16
    if (alt && body.length > 1 && body[1] === 'e') return body[0] + '.' + body.slice(1);
    return body;
  }
  // 'g'
  const p = prec === 0 ? 1 : prec;
  const { digits, exp } = roundSig(ax, p);
  const useExp = exp < -4 || exp >= (addDot0 ? p - 1 : p);
  let ds = digits;
  if (!alt) ds = ds.replace(/0+$/, '') || '0';
  if (useExp) {
    const frac = ds.length > 1 ? '.' + ds.slice(1) : alt ? '.' : '';
    return ds[0] + frac + expSuffix(exp);
  }
  const e = exp;
  let body: string;
  if (e < 0) body = '0.' + '0'.repeat(-e - 1) + ds;
  else if (ds.length <= e + 1) body = ds + '0'.repeat(e + 1 - ds.length) + (alt ? '.' : '');
  else body = ds.slice(0, e + 1) + '.' + ds.slice(e + 1);
  if (addDot0 && !body.includes('.')) body += '.0';
  return body;
}

/** format(x, spec) for a Python float. */
export function formatFloat(x: number, specText: string): string {
  if (specText === '') return reprFloat(x);
  return formatFloatSpec(x, parseFormatSpec(specText));
}

function formatFloatSpec(x: number, spec: FormatSpec): string {
  let type = spec.type;
  if (!'eEfFgGn%'.includes(type)) unknownCode(type, 'float');
  let prec = spec.precision;
  let addDot0 = false;
  if (type === '') {
    addDot0 = true;
    type = prec < 0 ? 'r' : 'g';
  }
  if (type === 'n') type = 'g';
  let val = x;
  let pct = false;
  if (type === '%') {
    type = 'f';
    val *= 100;
    pct = true;
  }
  if (prec < 0) prec = 6;
  else if (prec > 2147483647) throw valueError('precision too big');
  checkStrSize(prec);
  const lower = type.toLowerCase();
  const upper = type !== lower;
  const neg = val < 0 || Object.is(val, -0);
  const ax = Math.abs(val);
  let body: string;
  if (ax !== ax) body = 'nan';
  else if (ax === Infinity) body = 'inf';
  else body = floatBody(ax, lower, prec, spec.alternate, addDot0);
  if (upper) body = body.toUpperCase();
  if (pct) body += '%';
  let i = 0;
  while (i < body.length && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 57) i++;
  return renderNumber(spec, neg && val === val, '', body.slice(0, i), body.slice(i), 3);
}

/** format(b, spec) for a Python bool: 'True'/'False' with an empty spec, else as the int 0/1. */
export function formatBool(b: boolean, specText: string): string {
  if (specText === '') return b ? 'True' : 'False';
  return formatInt(b ? 1 : 0, specText, 'bool');
}

/** format(s, spec) for a Python str. */
export function formatStr(s: string, specText: string): string {
  if (specText === '') return s;
  const spec = parseFormatSpec(specText);
  if (spec.type !== '' && spec.type !== 's') unknownCode(spec.type, 'str');
  if (spec.grouping !== '') throw valueError(`Cannot specify '${spec.grouping}' with 's'.`);
  if (spec.sign !== '') throw valueError('Sign not allowed in string format specifier');
  if (spec.alternate) throw valueError('Alternate form (#) not allowed in string format specifier');
  if (spec.align === '=') throw valueError("'=' alignment not allowed in string format specifier");
  let v = s;
  if (spec.precision >= 0 && cpLen(v) > spec.precision) v = Array.from(v).slice(0, spec.precision).join('');
  return pad(v, spec, '<', 0);
}

/** Python's 'r'-style shortest float text for callers that have digits already. */
export { formatShortest };
