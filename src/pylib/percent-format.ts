// Stage: pylib. printf-style formatting `fmt % args` exactly as CPython 3.8's str.__mod__,
// generic over the VM's value type V: the caller supplies hooks for str()/repr()/ascii(),
// numeric views and mapping lookup. No dependency on the VM's object model.

import { floatToInt } from './float-ops.js';
import { floatBody } from './format.js';
import { intToFloat, type PyInt } from './arith.js';
import { checkStrSize, overflowError, typeError, valueError } from './errors.js';
import { bigToDecimal } from './repr.js';

export interface PercentHooks<V> {
  /**
   * How `fmt % v` sees its right operand: a tuple supplies positional items; anything with
   * __getitem__ that is not a tuple or str is a 'mapping' (dicts, but also lists: CPython's
   * PyMapping_Check), used for %(key)s and as the single positional argument otherwise.
   */
  classify(v: V): { readonly kind: 'tuple'; readonly items: readonly V[] } | { readonly kind: 'mapping' } | { readonly kind: 'single' };
  /** mapping[key]; raises the VM's KeyError itself. */
  getItem(mapping: V, key: string): V;
  str(v: V): string;
  repr(v: V): string;
  ascii(v: V): string;
  /** Numeric view: ints (and bools) as int, floats as float, anything else undefined. */
  number(v: V): { readonly int: PyInt } | { readonly float: number } | undefined;
  /** The contents of a str value, else undefined (for %c). */
  strValue(v: V): string | undefined;
  /** type(v).__name__ for error messages. */
  typeName(v: V): string;
  /** Wording of `%d` with a non-number (version dependent; default 'a number is required'). */
  readonly numberRequired?: string;
}

interface Spec {
  minus: boolean;
  plus: boolean;
  space: boolean;
  alt: boolean;
  zero: boolean;
  width: number;
  prec: number; // -1 when absent
}

function pad(sign: string, prefix: string, body: string, spec: Spec, numeric: boolean): string {
  const len = sign.length + prefix.length + Array.from(body).length;
  const n = spec.width - len;
  if (n <= 0) return sign + prefix + body;
  checkStrSize(spec.width);
  if (spec.minus) return sign + prefix + body + ' '.repeat(n);
  if (numeric && spec.zero) return sign + prefix + '0'.repeat(n) + body;
  return ' '.repeat(n) + sign + prefix + body;
}

function signOf(neg: boolean, spec: Spec): string {
  return neg ? '-' : spec.plus ? '+' : spec.space ? ' ' : '';
}

function formatIntConv<V>(v: V, c: string, spec: Spec, hooks: PercentHooks<V>): string {
  const num = hooks.number(v);
  let n: PyInt;
  if (num === undefined || (c !== 'd' && c !== 'i' && c !== 'u' && 'float' in num)) {
    const what = c === 'd' || c === 'i' || c === 'u' ? hooks.numberRequired ?? 'a number is required' : 'an integer is required';
    throw typeError(`%${c} format: ${what}, not ${hooks.typeName(v)}`);
  }
  if ('float' in num) n = floatToInt(num.float);
  else n = num.int;
  const neg = n < 0;
  const abs = typeof n === 'bigint' ? (neg ? -n : n) : Math.abs(n);
  const radix = c === 'x' || c === 'X' ? 16 : c === 'o' ? 8 : 10;
  let digits = radix === 10 && typeof abs === 'bigint' ? bigToDecimal(abs) : abs.toString(radix);
  if (c === 'X') digits = digits.toUpperCase();
  if (spec.prec > digits.length) digits = digits.padStart(spec.prec, '0');
  const prefix = spec.alt && radix !== 10 ? (c === 'X' ? '0X' : c === 'x' ? '0x' : '0o') : '';
  return pad(signOf(neg, spec), prefix, digits, spec, true);
}

function formatFloatConv<V>(v: V, c: string, spec: Spec, hooks: PercentHooks<V>): string {
  const num = hooks.number(v);
  if (num === undefined) throw typeError(`must be real number, not ${hooks.typeName(v)}`);
  const x = 'float' in num ? num.float : intToFloat(num.int);
  const prec = spec.prec < 0 ? 6 : spec.prec;
  checkStrSize(prec);
  const lower = c.toLowerCase();
  const ax = Math.abs(x);
  let body = ax !== ax ? 'nan' : ax === Infinity ? 'inf' : floatBody(ax, lower, prec, spec.alt, false);
  if (c !== lower) body = body.toUpperCase();
  const neg = x === x && (x < 0 || Object.is(x, -0));
  return pad(signOf(neg, spec), '', body, spec, true);
}

function formatChar<V>(v: V, spec: Spec, hooks: PercentHooks<V>): string {
  const s = hooks.strValue(v);
  let ch: string;
  if (s !== undefined) {
    if (Array.from(s).length !== 1) throw typeError('%c requires int or char');
    ch = s;
  } else {
    const num = hooks.number(v);
    if (num === undefined || 'float' in num) throw typeError('%c requires int or char');
    // ints beyond a C long fail the conversion and CPython reports the type error
    if (num.int < -(2n ** 63n) || num.int >= 2n ** 63n) throw typeError('%c requires int or char');
    if (num.int < 0 || num.int > 0x10ffff) throw overflowError('%c arg not in range(0x110000)');
    ch = String.fromCodePoint(Number(num.int));
  }
  return pad('', '', ch, spec, false);
}

/** `fmt % args` for a str format. Throws PyError (or whatever the hooks throw). */
export function percentFormat<V>(fmt: string, args: V, hooks: PercentHooks<V>): string {
  const cls = hooks.classify(args);
  const items: readonly V[] = cls.kind === 'tuple' ? cls.items : [args];
  const isMapping = cls.kind === 'mapping';
  // positional cursor; a non-tuple operand is one item
  let next = 0;
  let positional = true;
  const nextArg = (): V => {
    if (!positional || next >= items.length) throw typeError('not enough arguments for format string');
    return items[next++]!;
  };
  const cps = Array.from(fmt);
  let out = '';
  let i = 0;
  while (i < cps.length) {
    const ch = cps[i]!;
    if (ch !== '%') {
      let j = i;
      while (j < cps.length && cps[j] !== '%') j++;
      out += cps.slice(i, j).join('');
      i = j;
      continue;
    }
    i++;
    if (i >= cps.length) throw valueError('incomplete format');
    if (cps[i] === '%') {
      out += '%';
      i++;
      continue;
    }
    let value: V | undefined;
    if (cps[i] === '(') {
      if (!isMapping) throw typeError('format requires a mapping');
      let depth = 1;
      const start = ++i;
      while (i < cps.length && depth > 0) {
        if (cps[i] === '(') depth++;
        else if (cps[i] === ')') depth--;
        i++;
      }
      if (depth > 0) throw valueError('incomplete format key');
      value = hooks.getItem(args, cps.slice(start, i - 1).join(''));
      positional = false;
    }
    const spec: Spec = { minus: false, plus: false, space: false, alt: false, zero: false, width: -1, prec: -1 };
    for (; i < cps.length; i++) {
      const f = cps[i];
      if (f === '-') spec.minus = true;
      else if (f === '+') spec.plus = true;
      else if (f === ' ') spec.space = true;
      else if (f === '#') spec.alt = true;
      else if (f === '0') spec.zero = true;
      else break;
    }
    const starArg = (): number => {
      i++;
      const num = hooks.number(nextArg());
      if (num === undefined || 'float' in num) throw typeError('* wants int');
      return Number(num.int);
    };
    const readNum = (what: string): number => {
      let n = -1;
      while (i < cps.length && cps[i]! >= '0' && cps[i]! <= '9') {
        n = (n < 0 ? 0 : n * 10) + (cps[i]!.charCodeAt(0) - 48);
        if (n > 2147483647) throw valueError(`${what} too big`);
        i++;
      }
      return n;
    };
    if (cps[i] === '*') {
      spec.width = starArg();
      if (spec.width < 0) {
        spec.minus = true;
        spec.width = -spec.width;
      }
    } else spec.width = readNum('width');
    if (cps[i] === '.') {
      i++;
      spec.prec = cps[i] === '*' ? starArg() : readNum('precision');
      if (spec.prec < 0) spec.prec = 0;
    }
    if (i < cps.length && (cps[i] === 'h' || cps[i] === 'l' || cps[i] === 'L')) i++;
    if (i >= cps.length) throw valueError('incomplete format');
    const c = cps[i]!;
    const convIndex = i;
    i++;
    if (value === undefined) value = nextArg();
    switch (c) {
      case 's':
      case 'r':
      case 'a': {
        let s = c === 's' ? hooks.str(value) : c === 'r' ? hooks.repr(value) : hooks.ascii(value);
        if (spec.prec >= 0) s = Array.from(s).slice(0, spec.prec).join('');
        out += pad('', '', s, spec, false);
        break;
      }
      case 'd':
      case 'i':
      case 'u':
      case 'x':
      case 'X':
      case 'o':
        out += formatIntConv(value, c, spec, hooks);
        break;
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G':
        out += formatFloatConv(value, c, spec, hooks);
        break;
      case 'c':
        out += formatChar(value, spec, hooks);
        break;
      default: {
        const cp = c.codePointAt(0)!;
        const shown = cp >= 32 && cp <= 126 ? c : '?';
        throw valueError(`unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${convIndex}`);
      }
    }
  }
  if (positional && !isMapping && next < items.length)
    throw typeError('not all arguments converted during string formatting');
  return out;
}
