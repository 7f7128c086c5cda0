// Stage: pylib. str.format() exactly as CPython 3.8: the markup parser (what
// _string.formatter_parser yields), the field-name splitter (formatter_field_name_split) and
// the driver with auto-numbering and nested spec expansion, generic over the VM's value type
// through hooks for lookups, conversions and format(). No dependency on the VM's object model.

import { PyError, valueError } from './errors.js';

/** One chunk of a format string: literal text, then optionally a replacement field. */
export interface FormatChunk {
  readonly literal: string;
  /** undefined when the chunk is literal text only. */
  readonly field?: { readonly name: string; readonly spec: string; readonly conversion: string | undefined };
}

/**
 * Lazily parses a format string (errors surface when the parser reaches them, as in CPython,
 * where earlier fields are rendered before a later syntax error is noticed).
 */
export function* parseFormatString(s: string): Generator<FormatChunk> {
  const cps = Array.from(s);
  const n = cps.length;
  let i = 0;
  while (i < n) {
    // literal text up to '{' or '}'
    const start = i;
    let c: string | undefined;
    while (i < n) {
      c = cps[i++];
      if (c === '{' || c === '}') break;
      c = undefined;
    }
    if (c === undefined) {
      yield { literal: cps.slice(start, i).join('') };
      return;
    }
    const atEnd = i >= n;
    if (c === '}' && (atEnd || cps[i] !== '}')) throw valueError("Single '}' encountered in format string");
    if (c === '{' && atEnd) throw valueError("Single '{' encountered in format string");
    if (cps[i] === c) {
      // '{{' or '}}': the literal ends with one brace
      i++;
      yield { literal: cps.slice(start, i - 1).join('') };
      continue;
    }
    const literal = cps.slice(start, i - 1).join('');
    // field name
    const nameStart = i;
    let end: string | undefined;
    while (i < n) {
      const d = cps[i++]!;
      if (d === '[') {
        while (i < n && cps[i] !== ']') i++;
        continue;
      }
      if (d === '{') throw valueError("unexpected '{' in field name");
      if (d === '}' || d === ':' || d === '!') {
        end = d;
        break;
      }
    }
    if (end === undefined) throw valueError("expected '}' before end of string");
    const name = cps.slice(nameStart, i - 1).join('');
    let conversion: string | undefined;
    let spec = '';
    if (end === '!') {
      if (i >= n) throw valueError('end of string while looking for conversion specifier');
      conversion = cps[i++]!;
      if (i >= n) throw valueError("unmatched '{' in format spec");
      const d = cps[i++]!;
      if (d === ':') end = ':';
      else if (d === '}') end = '}';
      else throw valueError("expected ':' after conversion specifier");
    }
    if (end === ':') {
      const specStart = i;
      let depth = 1;
      for (;;) {
        if (i >= n) throw valueError("unmatched '{' in format spec");
        const d = cps[i++]!;
        if (d === '{') depth++;
        else if (d === '}' && --depth === 0) break;
      }
      spec = cps.slice(specStart, i - 1).join('');
    }
    yield { literal, field: { name, spec, conversion } };
  }
}

/** Parses a whole format string eagerly (like list(_string.formatter_parser(s))). */
export function parseFormatStringAll(s: string): FormatChunk[] {
  return [...parseFormatString(s)];
}

const MAX_SSIZE = 2n ** 63n - 1n;

function asIndex(s: string): number | undefined {
  if (s === '' || !/^[0-9]+$/.test(s)) return undefined;
  const v = BigInt(s);
  if (v > MAX_SSIZE) throw valueError('Too many decimal digits in format string');
  return Number(v);
}

export interface FieldName {
  /** An int for all-digit first parts, otherwise a str ('' means auto-numbered). */
  readonly first: number | string;
  /** .attr (attr true) and [key] (attr false; all-digit keys are ints) accessors. */
  readonly rest: ReadonlyArray<{ readonly attr: boolean; readonly key: string | number }>;
}

type Accessor = { readonly attr: boolean; readonly key: string | number };

/**
 * Splits a field name lazily: the first part at once, the accessors as they are consumed
 * (CPython applies each accessor before it notices a syntax error in a later one).
 */
export function splitFieldNameLazy(name: string): { first: number | string; rest: Generator<Accessor> } {
  const cps = Array.from(name);
  let i = 0;
  while (i < cps.length && cps[i] !== '.' && cps[i] !== '[') i++;
  const firstText = cps.slice(0, i).join('');
  const first = asIndex(firstText) ?? firstText;
  function* rest(): Generator<Accessor> {
    while (i < cps.length) {
      const c = cps[i++];
      if (c === '.') {
        const s = i;
        while (i < cps.length && cps[i] !== '.' && cps[i] !== '[') i++;
        if (i === s) throw valueError('Empty attribute in format string');
        yield { attr: true, key: cps.slice(s, i).join('') };
      } else {
        const s = i;
        while (i < cps.length && cps[i] !== ']') i++;
        if (i >= cps.length) throw valueError("Missing ']' in format string");
        if (i === s) throw valueError('Empty attribute in format string');
        const text = cps.slice(s, i).join('');
        i++;
        if (i < cps.length && cps[i] !== '.' && cps[i] !== '[') {
          yield { attr: false, key: asIndex(text) ?? text };
          throw valueError("Only '.' or '[' may follow ']' in format field specifier");
        }
        yield { attr: false, key: asIndex(text) ?? text };
      }
    }
  }
  return { first, rest: rest() };
}

/** Splits a field name like 'a.b[0]' eagerly (like list(_string.formatter_field_name_split(...)[1])). */
export function splitFieldName(name: string): FieldName {
  const { first, rest } = splitFieldNameLazy(name);
  return { first, rest: [...rest] };
}

export interface StrFormatHooks<V> {
  /** Number of positional arguments. */
  readonly argCount: number;
  positional(i: number): V;
  /** kwargs[name]; raises the VM's KeyError (message repr(name)) itself. */
  keyword(name: string): V;
  getAttr(v: V, name: string): V;
  getItem(v: V, key: number | string): V;
  /** !r, !s, !a: returns the converted (str) value. */
  convert(v: V, conversion: 'r' | 's' | 'a'): V;
  /** format(v, spec). */
  format(v: V, spec: string): string;
}

/** fmt.format(*args, **kwargs). */
export function strFormat<V>(fmt: string, hooks: StrFormatHooks<V>): string {
  const state = { auto: 0, mode: 'none' as 'none' | 'auto' | 'manual' };
  return build(fmt, hooks, 2, state);
}

function build<V>(fmt: string, hooks: StrFormatHooks<V>, depth: number, st: { auto: number; mode: string }): string {
  if (depth <= 0) throw valueError('Max string recursion exceeded');
  let out = '';
  for (const chunk of parseFormatString(fmt)) {
    out += chunk.literal;
    const f = chunk.field;
    if (!f) continue;
    const { first, rest } = splitFieldNameLazy(f.name);
    let obj: V;
    if (first === '') {
      if (st.mode === 'manual')
        throw valueError('cannot switch from manual field specification to automatic field numbering');
      st.mode = 'auto';
      obj = positional(hooks, st.auto++);
    } else if (typeof first === 'number') {
      if (st.mode === 'auto')
        throw valueError('cannot switch from automatic field numbering to manual field specification');
      st.mode = 'manual';
      obj = positional(hooks, first);
    } else obj = hooks.keyword(first);
    for (const r of rest) obj = r.attr ? hooks.getAttr(obj, r.key as string) : hooks.getItem(obj, r.key);
    if (f.conversion !== undefined) {
      const c = f.conversion;
      if (c !== 'r' && c !== 's' && c !== 'a') {
        const cp = c.codePointAt(0)!;
        throw valueError(`Unknown conversion specifier ${cp > 32 && cp < 127 ? c : '\\x' + cp.toString(16)}`);
      }
      obj = hooks.convert(obj, c);
    }
    const spec = f.spec.includes('{') ? build(f.spec, hooks, depth - 1, st) : f.spec;
    out += hooks.format(obj, spec);
  }
  return out;
}

function positional<V>(hooks: StrFormatHooks<V>, i: number): V {
  if (i >= hooks.argCount)
    throw new PyError('IndexError', `Replacement index ${i} out of range for positional args tuple`);
  return hooks.positional(i);
}
