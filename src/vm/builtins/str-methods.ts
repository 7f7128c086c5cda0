// Stage: VM builtins. The methods of str: argument parsing with CPython 3.8's messages over VM
// objects; the string semantics themselves are pylib's (strmethods.ts, strcase.ts, str-format).
// Must not depend on threads or the simulation layer.
import * as SM from '../../pylib/strmethods.js';
import * as SC from '../../pylib/strcase.js';
import { PyObject, decref } from '../objects/base.js';
import type { BuiltinFn, KwArgs } from '../objects/callables.js';
import { PyDict, PyList, PyTuple, newTuple } from '../objects/containers.js';
import { typeError } from '../objects/exceptions.js';
import { None, PyInt, PyStr, newBool, newInt, newStr, strType } from '../objects/scalars.js';
import { typeName } from '../ops/call.js';
import { toArray } from '../ops/seq.js';
import { format, strFormat } from '../ops/text-format.js';
import { intArg, methods } from './args.js';

const S = (a: PyObject[]): string => (a[0] as PyStr).v;

/** Positional and keyword arguments by parameter name (undefined when absent). */
function params(name: string, a: PyObject[], kw: KwArgs | null, names: readonly string[], min: number, kwOk: boolean): (PyObject | undefined)[] {
  const n = a.length - 1;
  if (kw && kw.size && !kwOk) typeError(`${name}() takes no keyword arguments`);
  if (n > names.length) {
    typeError(kwOk
      ? `${name}() takes at most ${names.length} argument${names.length === 1 ? '' : 's'} (${n} given)`
      : `${name} expected at most ${names.length} argument${names.length === 1 ? '' : 's'}, got ${n}`);
  }
  const out: (PyObject | undefined)[] = names.map((_, i) => a[i + 1]);
  if (kw) {
    for (const [k, v] of kw) {
      const i = names.indexOf(k);
      if (i < 0) typeError(`'${k}' is an invalid keyword argument for ${name}()`);
      if (out[i] !== undefined) typeError(`argument for ${name}() given by name ('${k}') and position (${i + 1})`);
      out[i] = v;
    }
  }
  const given = out.filter((x) => x !== undefined).length;
  if (given < min) {
    typeError(min === 1 && names.length === 1
      ? `${name}() takes exactly one argument (${n} given)`
      : `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  }
  return out;
}

/** A str argument: `fname() argument N must be str, not T`. */
function strParam(o: PyObject, fname: string, pos: number): string {
  if (o instanceof PyStr) return o.v;
  return typeError(`${fname}() argument ${pos} must be str, not ${typeName(o)}`);
}

/** The substring of find/count/...: `must be str, not T`. */
function subParam(o: PyObject | undefined): string {
  if (o instanceof PyStr) return o.v;
  return typeError(`must be str, not ${typeName(o!)}`);
}

/** An optional str-or-None argument (strip chars, split sep). */
function optStr(o: PyObject | undefined, err: string): string | undefined {
  if (o === undefined || o === None) return undefined;
  if (o instanceof PyStr) return o.v;
  return typeError(err.replace('%T', typeName(o)));
}

/** _PyEval_SliceIndex: None means absent; ints clamp to the JS safe range. */
function sliceIndex(o: PyObject | undefined): number | undefined {
  if (o === undefined || o === None) return undefined;
  if (o instanceof PyInt) {
    const v = o.v;
    if (typeof v === 'number') return v;
    return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  }
  return typeError('slice indices must be integers or None or have an __index__ method');
}

type Finder = (s: string, sub: string, start?: number, end?: number) => number;

function finder(name: string, f: Finder): BuiltinFn {
  return (a, kw) => {
    const [sub, start, end] = params(name, a, kw, ['sub', 'start', 'end'], 1, false);
    return newInt(f(S(a), subParam(sub), sliceIndex(start), sliceIndex(end)));
  };
}

function affix(name: string, f: (s: string, p: string | readonly string[], start?: number, end?: number) => boolean): BuiltinFn {
  return (a, kw) => {
    const [p, start, end] = params(name, a, kw, ['prefix', 'start', 'end'], 1, false);
    let pat: string | string[];
    if (p instanceof PyStr) pat = p.v;
    else if (p instanceof PyTuple) {
      pat = p.items.map((x) => (x instanceof PyStr ? x.v : typeError(`tuple for ${name} must only contain str, not ${typeName(x)}`)));
    } else {
      return typeError(`${name} first arg must be str or a tuple of str, not ${typeName(p!)}`);
    }
    return newBool(f(S(a), pat, sliceIndex(start), sliceIndex(end)));
  };
}

function strList(parts: readonly string[]): PyList {
  return new PyList(parts.map(newStr));
}

function splitter(name: string, f: (s: string, sep?: string, max?: number) => string[]): BuiltinFn {
  return (a, kw) => {
    const [sep, max] = params(name, a, kw, ['sep', 'maxsplit'], 0, true);
    const sepS = optStr(sep, 'must be str or None, not %T');
    return strList(f(S(a), sepS, max === undefined ? -1 : intArg(max)));
  };
}

function stripper(name: string, f: (s: string, chars?: string) => string): BuiltinFn {
  return (a, kw) => {
    const [chars] = params(name, a, kw, ['chars'], 0, false);
    return newStr(f(S(a), optStr(chars, `${name} arg must be None or str`)));
  };
}

function justify(name: string, f: (s: string, w: number, fill?: string) => string): BuiltinFn {
  return (a, kw) => {
    const [w, fill] = params(name, a, kw, ['width', 'fillchar'], 1, false);
    return newStr(f(S(a), intArg(w!), fill === undefined ? ' ' : strParam(fill, name, 2)));
  };
}

function pred(name: string, f: (s: string) => boolean): BuiltinFn {
  return (a, kw) => {
    params(name, a, kw, [], 0, false);
    return newBool(f(S(a)));
  };
}

function mapper(name: string, f: (s: string) => string): BuiltinFn {
  return (a, kw) => {
    params(name, a, kw, [], 0, false);
    return newStr(f(S(a)));
  };
}

function partitioner(name: string, f: (s: string, sep: string) => [string, string, string]): BuiltinFn {
  return (a, kw) => {
    const [sep] = params(name, a, kw, ['sep'], 1, false);
    return newTuple(f(S(a), subParam(sep)).map(newStr));
  };
}

function join(a: PyObject[], kw: KwArgs | null): PyObject {
  const [it] = params('join', a, kw, ['iterable'], 1, false);
  let items: PyObject[];
  try {
    items = toArray(it!);
  } catch (e) {
    if (it!.type.lookup('__iter__') === null && !(it instanceof PyStr)) return typeError('can only join an iterable');
    throw e;
  }
  try {
    const parts = items.map((x, i) => (x instanceof PyStr ? x.v : typeError(`sequence item ${i}: expected str instance, ${typeName(x)} found`)));
    return newStr(SM.strJoin(S(a), parts));
  } finally {
    for (const x of items) decref(x);
  }
}

export function installStrMethods(): void {
  methods(strType, {
    find: finder('find', SM.strFind),
    rfind: finder('rfind', SM.strRfind),
    index: finder('index', SM.strIndex),
    rindex: finder('rindex', SM.strRindex),
    count: finder('count', SM.strCount),
    startswith: affix('startswith', SM.strStartswith),
    endswith: affix('endswith', SM.strEndswith),
    split: splitter('split', SM.strSplit),
    rsplit: splitter('rsplit', SM.strRsplit),
    splitlines: (a, kw) => {
      const [keep] = params('splitlines', a, kw, ['keepends'], 0, true);
      return strList(SM.strSplitlines(S(a), keep !== undefined && intArg(keep) !== 0));
    },
    strip: stripper('strip', SM.strStrip),
    lstrip: stripper('lstrip', SM.strLstrip),
    rstrip: stripper('rstrip', SM.strRstrip),
    partition: partitioner('partition', SM.strPartition),
    rpartition: partitioner('rpartition', SM.strRpartition),
    join,
    replace: (a, kw) => {
      const [old, rep, count] = params('replace', a, kw, ['old', 'new', 'count'], 2, false);
      return newStr(SM.strReplace(S(a), strParam(old!, 'replace', 1), strParam(rep!, 'replace', 2), count === undefined ? -1 : intArg(count)));
    },
    ljust: justify('ljust', SM.strLjust),
    rjust: justify('rjust', SM.strRjust),
    center: justify('center', SM.strCenter),
    zfill: (a, kw) => {
      const [w] = params('zfill', a, kw, ['width'], 1, false);
      return newStr(SM.strZfill(S(a), intArg(w!)));
    },
    expandtabs: (a, kw) => {
      const [t] = params('expandtabs', a, kw, ['tabsize'], 0, true);
      return newStr(SM.strExpandtabs(S(a), t === undefined ? 8 : intArg(t)));
    },
    upper: mapper('upper', SC.strUpper),
    lower: mapper('lower', SC.strLower),
    casefold: mapper('casefold', SC.strCasefold),
    title: mapper('title', SC.strTitle),
    capitalize: mapper('capitalize', SC.strCapitalize),
    swapcase: mapper('swapcase', SC.strSwapcase),
    isdecimal: pred('isdecimal', SC.strIsdecimal),
    isdigit: pred('isdigit', SC.strIsdigit),
    isnumeric: pred('isnumeric', SC.strIsnumeric),
    isalpha: pred('isalpha', SC.strIsalpha),
    isalnum: pred('isalnum', SC.strIsalnum),
    isspace: pred('isspace', SC.strIsspace),
    isascii: pred('isascii', SC.strIsascii),
    isprintable: pred('isprintable', SC.strIsprintable),
    isupper: pred('isupper', SC.strIsupper),
    islower: pred('islower', SC.strIslower),
    istitle: pred('istitle', SC.strIstitle),
    isidentifier: pred('isidentifier', SC.strIsidentifier),
    format: (a, kw) => newStr(strFormat(S(a), a.slice(1), kw)),
    format_map: (a, kw) => {
      const [m] = params('format_map', a, kw, ['mapping'], 1, false);
      if (!(m instanceof PyDict)) return typeError(`format_map() argument must be a dict, not ${typeName(m!)}`);
      const kwMap: KwArgs = new Map();
      for (const e of m.map.values()) if (e.key instanceof PyStr) kwMap.set(e.key.v, e.value);
      return newStr(strFormat(S(a), [], kwMap));
    },
    __format__: (a, kw) => {
      const [spec] = params('__format__', a, kw, ['format_spec'], 1, false);
      return newStr(format(a[0]!, strParam(spec!, '__format__', 1)));
    },
  });
}
