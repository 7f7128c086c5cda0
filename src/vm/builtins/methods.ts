// Stage: VM builtins. Methods of list, dict, set, tuple, int, float and the commonly used str
// methods, with mutations reported to the access observer as writes of "[*]".
import { formatInt } from '../../pylib/format.js';
import { PyObject, decref, incref } from '../objects/base.js';
import { PyBuiltin, type KwArgs } from '../objects/callables.js';
import { PyDict, PyList, PyTuple, dictType, listType, newTuple, tupleType } from '../objects/containers.js';
import { indexError, keyError, typeError, valueError } from '../objects/exceptions.js';
import { PyDictView, dictItemsType, dictKeysType, dictValuesType } from '../objects/iterators.js';
import {
  None, PyFloat, PyInt, PyStr, floatType, intType, newBool, newInt, newNone, newStr, strType, intFromNumberOrBig,
} from '../objects/scalars.js';
import { PySet, frozensetType, setType } from '../objects/set.js';
import { eq } from '../ops/compare.js';
import { str } from '../ops/repr.js';
import { toArray } from '../ops/seq.js';
import { format } from '../interp/support.js';
import { vm } from '../interp/state.js';
import { intArg, methods, nargs, strArg } from './args.js';
import { dictUpdate, setFrom } from './constructors.js';
import { sortItems } from './sort.js';

function wrote(o: PyObject): void {
  if (vm.observer) vm.observer.write(vm.thread.id, o.id, '[*]', o);
}

function self<T>(a: PyObject[]): T {
  return a[0] as unknown as T;
}

function normIndex(i: number, n: number): number {
  return i < 0 ? Math.max(0, i + n) : Math.min(i, n);
}

export function installMethods(): void {
  methods(listType, {
    append: (a) => {
      nargs('append', a.slice(1), 1, 1);
      const l = self<PyList>(a);
      incref(a[1]!);
      l.items.push(a[1]!);
      wrote(l);
      return newNone();
    },
    extend: (a) => {
      const l = self<PyList>(a);
      const items = toArray(a[1]!);
      for (const x of items) l.items.push(x);
      wrote(l);
      return newNone();
    },
    pop: (a) => {
      const l = self<PyList>(a);
      if (!l.items.length) indexError('pop from empty list');
      let i = a.length > 1 ? intArg(a[1]!) : l.items.length - 1;
      if (i < 0) i += l.items.length;
      if (i < 0 || i >= l.items.length) indexError('pop index out of range');
      const [x] = l.items.splice(i, 1);
      wrote(l);
      return x!;
    },
    insert: (a) => {
      nargs('insert', a.slice(1), 2, 2);
      const l = self<PyList>(a);
      const i = normIndex(intArg(a[1]!), l.items.length);
      incref(a[2]!);
      l.items.splice(i, 0, a[2]!);
      wrote(l);
      return newNone();
    },
    remove: (a) => {
      const l = self<PyList>(a);
      for (let i = 0; i < l.items.length; i++) {
        if (eq(l.items[i]!, a[1]!)) {
          const [x] = l.items.splice(i, 1);
          decref(x!);
          wrote(l);
          return newNone();
        }
      }
      return valueError('list.remove(x): x not in list');
    },
    index: (a) => {
      const l = self<PyList>(a);
      const n = l.items.length;
      const start = a.length > 2 ? normIndex(intArg(a[2]!), n) : 0;
      const stop = a.length > 3 ? normIndex(intArg(a[3]!), n) : n;
      for (let i = start; i < stop; i++) if (eq(l.items[i]!, a[1]!)) return newInt(i);
      return valueError(`${str(a[1]!) === '' ? "''" : reprOf(a[1]!)} is not in list`);
    },
    count: (a) => newInt(self<PyList>(a).items.filter((x) => eq(x, a[1]!)).length),
    sort: (a, kw) => {
      if (a.length > 1) typeError('sort() takes no positional arguments');
      sortItems(self<PyList>(a), kw);
      wrote(a[0]!);
      return newNone();
    },
    reverse: (a) => {
      self<PyList>(a).items.reverse();
      wrote(a[0]!);
      return newNone();
    },
    clear: (a) => {
      const l = self<PyList>(a);
      const old = l.items;
      l.items = [];
      for (const x of old) decref(x);
      wrote(l);
      return newNone();
    },
    copy: (a) => {
      const items = self<PyList>(a).items.slice();
      for (const x of items) incref(x);
      return new PyList(items);
    },
  });

  methods(tupleType, {
    count: (a) => newInt(self<PyTuple>(a).items.filter((x) => eq(x, a[1]!)).length),
    index: (a) => {
      const t = self<PyTuple>(a);
      for (let i = 0; i < t.items.length; i++) if (eq(t.items[i]!, a[1]!)) return newInt(i);
      return valueError('tuple.index(x): x not in tuple');
    },
  });

  methods(dictType, {
    get: (a) => {
      nargs('get', a.slice(1), 1, 2);
      const v = self<PyDict>(a).get(a[1]!) ?? a[2] ?? None;
      if (vm.observer) vm.observer.read(vm.thread.id, a[0]!.id, '[' + str(a[1]!) + ']', v);
      incref(v);
      return v;
    },
    keys: (a) => new PyDictView(dictKeysType, a[0]!, 'keys'),
    values: (a) => new PyDictView(dictValuesType, a[0]!, 'values'),
    items: (a) => new PyDictView(dictItemsType, a[0]!, 'items'),
    pop: (a) => {
      const d = self<PyDict>(a);
      const v = d.get(a[1]!);
      if (v === undefined) {
        if (a.length > 2) {
          incref(a[2]!);
          return a[2]!;
        }
        return keyError(a[1]!);
      }
      incref(v);
      d.delete(a[1]!);
      wrote(d);
      return v;
    },
    popitem: (a) => {
      const d = self<PyDict>(a);
      const last = [...d.map.values()].pop();
      if (!last) return keyError(newStr('popitem(): dictionary is empty'));
      incref(last.key);
      incref(last.value);
      d.delete(last.key);
      wrote(d);
      return newTuple([last.key, last.value]);
    },
    setdefault: (a) => {
      const d = self<PyDict>(a);
      let v = d.get(a[1]!);
      if (v === undefined) {
        v = a[2] ?? None;
        d.set(a[1]!, v);
        wrote(d);
      }
      incref(v);
      return v;
    },
    update: (a, kw) => {
      const d = self<PyDict>(a);
      if (a.length > 1) dictUpdate(d, a[1]!);
      if (kw) for (const [k, v] of kw) d.setStr(k, () => newStr(k), v);
      wrote(d);
      return newNone();
    },
    clear: (a) => {
      self<PyDict>(a).clear();
      wrote(a[0]!);
      return newNone();
    },
    copy: (a) => {
      const d = new PyDict();
      for (const e of self<PyDict>(a).map.values()) d.set(e.key, e.value);
      return d;
    },
  });
  dictType.attrs.set('fromkeys', new PyBuiltin('fromkeys', (a) => {
    const d = new PyDict();
    for (const k of toArray(a[0]!)) {
      d.set(k, a[1] ?? None);
      decref(k);
    }
    return d;
  }, false));

  const setMethods = {
    add: (a: PyObject[]) => {
      self<PySet>(a).add(a[1]!);
      wrote(a[0]!);
      return newNone();
    },
    remove: (a: PyObject[]) => {
      if (!self<PySet>(a).discard(a[1]!)) return keyError(a[1]!);
      wrote(a[0]!);
      return newNone();
    },
    discard: (a: PyObject[]) => {
      self<PySet>(a).discard(a[1]!);
      wrote(a[0]!);
      return newNone();
    },
    pop: (a: PyObject[]) => {
      const x = self<PySet>(a).popFirst();
      if (!x) return keyError(newStr('pop from an empty set'));
      wrote(a[0]!);
      return x;
    },
    clear: (a: PyObject[]) => {
      self<PySet>(a).clearAll();
      wrote(a[0]!);
      return newNone();
    },
    update: (a: PyObject[]) => {
      for (const o of a.slice(1)) {
        const items = toArray(o);
        for (const x of items) {
          self<PySet>(a).add(x);
          decref(x);
        }
      }
      wrote(a[0]!);
      return newNone();
    },
  };
  const setQueries = (frozen: boolean) => ({
    copy: (a: PyObject[]) => setFrom(frozen, a[0]!),
    union: (a: PyObject[]) => {
      const r = setFrom(frozen, a[0]!);
      for (const o of a.slice(1)) for (const x of toArray(o)) (r.add(x), decref(x));
      return r;
    },
    intersection: (a: PyObject[]) => {
      const other = setFrom(false, a[1]!);
      const r = new PySet(frozen);
      for (const x of self<PySet>(a).items()) if (other.has(x)) r.add(x);
      decref(other);
      return r;
    },
    difference: (a: PyObject[]) => {
      const other = setFrom(false, a[1]!);
      const r = new PySet(frozen);
      for (const x of self<PySet>(a).items()) if (!other.has(x)) r.add(x);
      decref(other);
      return r;
    },
    issubset: (a: PyObject[]) => {
      const other = setFrom(false, a[1]!);
      const r = self<PySet>(a).items().every((x) => other.has(x));
      decref(other);
      return newBool(r);
    },
    issuperset: (a: PyObject[]) => {
      const other = setFrom(false, a[1]!);
      const r = other.items().every((x) => self<PySet>(a).has(x));
      decref(other);
      return newBool(r);
    },
    isdisjoint: (a: PyObject[]) => {
      const other = setFrom(false, a[1]!);
      const r = other.items().every((x) => !self<PySet>(a).has(x));
      decref(other);
      return newBool(r);
    },
  });
  methods(setType, { ...setMethods, ...setQueries(false) });
  methods(frozensetType, setQueries(true));

  methods(intType, {
    bit_length: (a) => {
      const v = (a[0] as PyInt).v;
      const b = typeof v === 'bigint' ? (v < 0n ? -v : v) : Math.abs(v);
      return newInt(b == 0 ? 0 : b.toString(2).length);
    },
    __format__: (a) => newStr(format(a[0]!, (a[1] as PyStr).v)),
    conjugate: (a) => intFromNumberOrBig((a[0] as PyInt).v),
  });
  intType.getset.set('real', { get: (o) => intFromNumberOrBig((o as PyInt).v) });
  intType.getset.set('imag', { get: () => newInt(0) });
  methods(floatType, {
    is_integer: (a) => newBool(Number.isInteger((a[0] as PyFloat).v)),
    __format__: (a) => newStr(format(a[0]!, (a[1] as PyStr).v)),
    hex: (a) => newStr(String((a[0] as PyFloat).v)),
  });

  installStrMethods();
}

function reprOf(o: PyObject): string {
  return format(o, '') === str(o) ? reprStr(o) : str(o);
}
function reprStr(o: PyObject): string {
  return o instanceof PyStr ? `'${o.v}'` : str(o);
}

function stripChars(s: string, chars: PyObject | undefined, left: boolean, right: boolean): string {
  if (chars === undefined || chars === None) {
    let a = 0;
    let b = s.length;
    if (left) while (a < b && /\s/.test(s[a]!)) a++;
    if (right) while (b > a && /\s/.test(s[b - 1]!)) b--;
    return s.slice(a, b);
  }
  const cs = strArg(chars, 'strip');
  let a = 0;
  let b = s.length;
  if (left) while (a < b && cs.includes(s[a]!)) a++;
  if (right) while (b > a && cs.includes(s[b - 1]!)) b--;
  return s.slice(a, b);
}

function installStrMethods(): void {
  const S = (a: PyObject[]) => (a[0] as PyStr).v;
  methods(strType, {
    join: (a) => {
      const items = toArray(a[1]!);
      try {
        const parts = items.map((x, i) => {
          if (!(x instanceof PyStr)) return typeError(`sequence item ${i}: expected str instance, ${x.type.name} found`);
          return x.v;
        });
        return newStr(parts.join(S(a)));
      } finally {
        for (const x of items) decref(x);
      }
    },
    split: (a, kw) => {
      const s = S(a);
      const sepO = a[1] ?? kw?.get('sep') ?? None;
      const maxO = a[2] ?? kw?.get('maxsplit');
      const max = maxO ? intArg(maxO) : -1;
      let parts: string[];
      if (sepO === None) {
        parts = [];
        let rest = s.replace(/^\s+/, '');
        while (rest.length) {
          if (max >= 0 && parts.length === max) {
            parts.push(rest);
            rest = '';
            break;
          }
          const m = /\s+/.exec(rest);
          if (!m) {
            parts.push(rest);
            rest = '';
          } else {
            parts.push(rest.slice(0, m.index));
            rest = rest.slice(m.index + m[0].length);
          }
        }
      } else {
        const sep = strArg(sepO, 'split');
        if (sep === '') valueError('empty separator');
        parts = s.split(sep);
        if (max >= 0 && parts.length > max + 1) parts = [...parts.slice(0, max), parts.slice(max).join(sep)];
      }
      return new PyList(parts.map(newStr));
    },
    splitlines: (a) => newList(S(a).split(/\r\n|\r|\n/).filter((_, i, arr) => i < arr.length - 1 || arr[i] !== '')),
    strip: (a) => newStr(stripChars(S(a), a[1], true, true)),
    lstrip: (a) => newStr(stripChars(S(a), a[1], true, false)),
    rstrip: (a) => newStr(stripChars(S(a), a[1], false, true)),
    upper: (a) => newStr(S(a).toUpperCase()),
    lower: (a) => newStr(S(a).toLowerCase()),
    title: (a) => newStr(S(a).toLowerCase().replace(/(^|[^a-zA-Z])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase())),
    capitalize: (a) => newStr(S(a).charAt(0).toUpperCase() + S(a).slice(1).toLowerCase()),
    swapcase: (a) => newStr([...S(a)].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('')),
    replace: (a) => {
      const old = strArg(a[1]!, 'replace');
      const nw = strArg(a[2]!, 'replace', 2);
      const count = a[3] ? intArg(a[3]) : -1;
      const s = S(a);
      if (count < 0) return newStr(s.split(old).join(nw));
      const parts = s.split(old);
      return newStr(parts.slice(0, count + 1).join(nw) + (parts.length > count + 1 ? old + parts.slice(count + 1).join(old) : ''));
    },
    startswith: (a) => {
      const s = S(a);
      const p = a[1]!;
      const opts = p instanceof PyTuple ? p.items.map((x) => (x as PyStr).v) : [strArg(p, 'startswith')];
      return newBool(opts.some((o) => s.startsWith(o)));
    },
    endswith: (a) => {
      const s = S(a);
      const p = a[1]!;
      const opts = p instanceof PyTuple ? p.items.map((x) => (x as PyStr).v) : [strArg(p, 'endswith')];
      return newBool(opts.some((o) => s.endsWith(o)));
    },
    find: (a) => newInt(S(a).indexOf(strArg(a[1]!, 'find'), a[2] ? intArg(a[2]) : 0)),
    rfind: (a) => newInt(S(a).lastIndexOf(strArg(a[1]!, 'rfind'))),
    index: (a) => {
      const i = S(a).indexOf(strArg(a[1]!, 'index'));
      if (i < 0) valueError('substring not found');
      return newInt(i);
    },
    count: (a) => {
      const sub = strArg(a[1]!, 'count');
      const s = S(a);
      if (sub === '') return newInt([...s].length + 1);
      return newInt(s.split(sub).length - 1);
    },
    isdigit: (a) => newBool(/^[0-9]+$/.test(S(a))),
    isdecimal: (a) => newBool(/^[0-9]+$/.test(S(a))),
    isnumeric: (a) => newBool(/^[0-9]+$/.test(S(a))),
    isalpha: (a) => newBool(/^\p{L}+$/u.test(S(a))),
    isalnum: (a) => newBool(/^[\p{L}0-9]+$/u.test(S(a))),
    isspace: (a) => newBool(/^\s+$/.test(S(a))),
    isupper: (a) => newBool(/[A-Z]/.test(S(a)) && S(a) === S(a).toUpperCase()),
    islower: (a) => newBool(/[a-z]/.test(S(a)) && S(a) === S(a).toLowerCase()),
    isidentifier: (a) => newBool(/^[A-Za-z_][A-Za-z0-9_]*$/.test(S(a))),
    zfill: (a) => {
      const s = S(a);
      const w = intArg(a[1]!);
      if (s.length >= w) return newStr(s);
      const sign = s[0] === '-' || s[0] === '+' ? s[0] : '';
      return newStr(sign + '0'.repeat(w - s.length) + s.slice(sign.length));
    },
    center: (a) => {
      const s = S(a);
      const w = intArg(a[1]!);
      const f = a[2] ? (a[2] as PyStr).v : ' ';
      if (s.length >= w) return newStr(s);
      const marg = w - s.length;
      const left = Math.floor(marg / 2) + (marg & w & 1);
      return newStr(f.repeat(left) + s + f.repeat(marg - left));
    },
    ljust: (a) => newStr(S(a).padEnd(intArg(a[1]!), a[2] ? (a[2] as PyStr).v : ' ')),
    rjust: (a) => newStr(S(a).padStart(intArg(a[1]!), a[2] ? (a[2] as PyStr).v : ' ')),
    format: (a, kw) => newStr(strFormat(S(a), a.slice(1), kw)),
    __format__: (a) => newStr(format(a[0]!, (a[1] as PyStr).v)),
    partition: (a) => {
      const s = S(a);
      const sep = strArg(a[1]!, 'partition');
      const i = s.indexOf(sep);
      if (i < 0) return newTuple([newStr(s), newStr(''), newStr('')]);
      return newTuple([newStr(s.slice(0, i)), newStr(sep), newStr(s.slice(i + sep.length))]);
    },
    encode: (a) => newStr(S(a)),
  });
}

function newList(parts: string[]): PyList {
  return new PyList(parts.map(newStr));
}

/** str.format: {} / {0} / {name} fields with conversions and specs. */
export function strFormat(fmt: string, args: PyObject[], kw: KwArgs | null): string {
  let auto = 0;
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i]!;
    if (c === '{') {
      if (fmt[i + 1] === '{') {
        out += '{';
        i++;
        continue;
      }
      const j = fmt.indexOf('}', i);
      if (j < 0) valueError("Single '{' encountered in format string");
      const field = fmt.slice(i + 1, j);
      i = j;
      const m = /^([^!:]*)(?:!([rsa]))?(?::(.*))?$/.exec(field)!;
      const name = m[1]!;
      let v: PyObject | undefined;
      const [head, ...rest] = name.split('.');
      if (head === '') {
        v = args[auto++];
        if (!v) indexError(`Replacement index ${auto - 1} out of range for positional args tuple`);
      } else if (/^\d+$/.test(head!)) {
        v = args[Number(head)];
        if (!v) indexError(`Replacement index ${head} out of range for positional args tuple`);
      } else {
        v = kw?.get(head!);
        if (!v) keyError(newStr(head!));
      }
      let tmp: PyObject[] = [];
      for (const r of rest) {
        const { getAttr } = attrMod;
        v = getAttr(v!, r);
        tmp.push(v);
      }
      let s: string;
      const conv = m[2];
      if (conv === 'r' || conv === 'a') s = format(newStr(reprFn(v!)), m[3] ?? '');
      else if (conv === 's') s = format(newStr(str(v!)), m[3] ?? '');
      else s = format(v!, m[3] ?? '');
      for (const t of tmp) decref(t);
      tmp = [];
      out += s;
    } else if (c === '}') {
      if (fmt[i + 1] === '}') i++;
      else valueError("Single '}' encountered in format string");
      out += '}';
    } else out += c;
  }
  return out;
}

import * as attrMod from '../ops/attr.js';
import { repr as reprFn } from '../ops/repr.js';
export { formatInt };
