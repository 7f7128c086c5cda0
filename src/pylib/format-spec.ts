// Stage: pylib. Parser for CPython 3.8's format-spec mini-language
// ([[fill]align][sign][#][0][width][,|_][.precision][type]) with CPython's ValueError messages.
// No dependencies beyond pylib/errors.

import { valueError } from './errors.js';

export interface FormatSpec {
  /** One code point (string of length 1 or 2 in UTF-16). */
  readonly fill: string;
  /** '' when none was given (each type has its own default). */
  readonly align: '' | '<' | '>' | '=' | '^';
  readonly sign: '' | '+' | '-' | ' ';
  readonly alternate: boolean;
  readonly width: number; // -1 when absent
  /** '' none, ',' or '_'. */
  readonly grouping: '' | ',' | '_';
  readonly precision: number; // -1 when absent
  /** '' when absent; otherwise the type code character (may be any code point). */
  readonly type: string;
}

const MAX_SSIZE = 2n ** 63n - 1n;
const ALIGNS = '<>=^';

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** Describes a type code in error messages the way CPython does ('x' or '\x85'). */
export function typeCodeText(type: string): string {
  const cp = type.codePointAt(0)!;
  return cp > 32 && cp < 128 ? type : '\\x' + cp.toString(16);
}

const cache = new Map<string, FormatSpec>();

/** Parses a format spec; throws PyError(ValueError) with CPython's messages. */
export function parseFormatSpec(spec: string): FormatSpec {
  const hit = cache.get(spec);
  if (hit) return hit;
  const parsed = parseUncached(spec);
  if (cache.size < 1000) cache.set(spec, parsed);
  return parsed;
}

function parseUncached(spec: string): FormatSpec {
  const cps = Array.from(spec);
  let pos = 0;
  let fill = ' ';
  let fillGiven = false;
  let align: FormatSpec['align'] = '';
  if (cps.length >= 2 && ALIGNS.includes(cps[1]!)) {
    fill = cps[0]!;
    fillGiven = true;
    align = cps[1] as FormatSpec['align'];
    pos = 2;
  } else if (cps.length >= 1 && ALIGNS.includes(cps[0]!)) {
    align = cps[0] as FormatSpec['align'];
    pos = 1;
  }
  let sign: FormatSpec['sign'] = '';
  const s0 = cps[pos];
  if (s0 === '+' || s0 === '-' || s0 === ' ') {
    sign = s0;
    pos++;
  }
  let alternate = false;
  if (cps[pos] === '#') {
    alternate = true;
    pos++;
  }
  if (!fillGiven && cps[pos] === '0') {
    fill = '0';
    if (align === '') align = '=';
    pos++;
  }
  const readInt = (): number => {
    const start = pos;
    while (isDigit(cps[pos])) pos++;
    if (pos === start) return -1;
    const text = cps.slice(start, pos).join('');
    if (BigInt(text) > MAX_SSIZE) throw valueError('Too many decimal digits in format string');
    return Number(text);
  };
  const width = readInt();
  let grouping: FormatSpec['grouping'] = '';
  if (cps[pos] === ',') {
    grouping = ',';
    pos++;
  }
  if (cps[pos] === '_') {
    if (grouping !== '') throw valueError("Cannot specify both ',' and '_'.");
    grouping = '_';
    pos++;
  }
  if (cps[pos] === ',') throw valueError("Cannot specify both ',' and '_'.");
  let precision = -1;
  if (cps[pos] === '.') {
    pos++;
    precision = readInt();
    if (precision < 0) throw valueError('Format specifier missing precision');
  }
  if (cps.length - pos > 1) throw valueError('Invalid format specifier');
  const type = cps.length - pos === 1 ? cps[pos]! : '';
  if (grouping !== '') {
    const ok = type === '' || 'defgEG%F'.includes(type) || (grouping === '_' && 'boxX'.includes(type));
    if (!ok) throw valueError(`Cannot specify '${grouping}' with '${typeCodeText(type)}'.`);
  }
  return { fill, align, sign, alternate, width, grouping, precision, type };
}
