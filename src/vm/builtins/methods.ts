// Stage: VM builtins. Methods of list, dict, set, tuple, int, float and the commonly used str
// methods, with mutations reported to the access observer as writes of "[*]".
import { formatInt } from '../../pylib/format.js';
import { PyObject, decref, incref } from '../objects/base.js';
import { PyBuiltin, type KwArgs } from '../objects/callables.js';
import { PyDict, PyList, PyTuple, dictType, listType, newTuple, tupleType } from '../objects/containers.js';
import { indexError, keyError, overflowError, typeError, valueError } from '../objects/exceptions.js';
import { PyDictView, dictItemsType, dictKeysType, dictValuesType } from '../objects/iterators.js';
import {
  None, PyFloat, PyInt, PyStr, floatType, intType, newBool, newFloat, newInt, newNone, newStr, strType, intFromNumberOrBig,
} from '../objects/scalars.js';
import { PySet, frozensetType, setType } from '../objects/set.js';
import { eq } from '../ops/compare.js';
import { repr, str } from '../ops/repr.js';
import { toArray } from '../ops/seq.js';
import { format, strFormat } from '../ops/text-format.js';
import { vm } from '../interp/state.js';
import { intArg, methods, nargs, strArg } from './args.js';
import { dictUpdate } from './constructors.js';
import { sortItems } from './sort.js';
import { installStrMethods } from './str-methods.js';
import { floatFromHex, floatHex } from './float-hex.js';
import { installResumableMethods } from './resumable.js';
import * as SA from '../ops/set-algebra.js';

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
      return valueError(`${repr(a[1]!)} is not in list`);
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
      for (let k = old.length - 1; k >= 0; k--) decref(old[k]!); // last item first, like list_clear
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
      nargs('update', a.slice(1), 0, 1);
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
      for (const o of a.slice(1)) SA.updateFrom(self<PySet>(a), o);
      wrote(a[0]!);
      return newNone();
    },
    intersection_update: (a: PyObject[]) => {
      SA.intersectionUpdate(self<PySet>(a), a.slice(1));
      wrote(a[0]!);
      return newNone();
    },
    difference_update: (a: PyObject[]) => {
      for (const o of a.slice(1)) SA.differenceUpdateOne(self<PySet>(a), o);
      wrote(a[0]!);
      return newNone();
    },
    symmetric_difference_update: (a: PyObject[]) => {
      nargs('symmetric_difference_update', a.slice(1), 1, 1);
      SA.symmetricDifferenceUpdate(self<PySet>(a), a[1]!);
      wrote(a[0]!);
      return newNone();
    },
  };
  const one = (name: string, a: PyObject[]): PyObject => {
    nargs(name, a.slice(1), 1, 1);
    return a[1]!;
  };
  const setQueries = (frozen: boolean) => ({
    copy: (a: PyObject[]) => {
      if (frozen && a[0]!.type === frozensetType) {
        incref(a[0]!);
        return a[0]!;
      }
      return SA.setCopy(self<PySet>(a));
    },
    union: (a: PyObject[]) => SA.union(self<PySet>(a), a.slice(1)),
    intersection: (a: PyObject[]) => SA.intersectionMulti(self<PySet>(a), a.slice(1)),
    difference: (a: PyObject[]) => SA.differenceMulti(self<PySet>(a), a.slice(1)),
    symmetric_difference: (a: PyObject[]) => SA.symmetricDifference(self<PySet>(a), one('symmetric_difference', a)),
    issubset: (a: PyObject[]) => newBool(SA.isSubset(self<PySet>(a), one('issubset', a))),
    issuperset: (a: PyObject[]) => newBool(SA.isSuperset(self<PySet>(a), one('issuperset', a))),
    isdisjoint: (a: PyObject[]) => newBool(SA.isDisjoint(self<PySet>(a), one('isdisjoint', a))),
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
  intType.getset.set('numerator', { get: (o) => intFromNumberOrBig((o as PyInt).v) });
  intType.getset.set('denominator', { get: () => newInt(1) });
  methods(floatType, {
    is_integer: (a) => newBool(Number.isInteger((a[0] as PyFloat).v)),
    __format__: (a) => newStr(format(a[0]!, (a[1] as PyStr).v)),
    hex: (a) => newStr(floatHex((a[0] as PyFloat).v)),
    conjugate: (a) => newFloat((a[0] as PyFloat).v),
  });
  floatType.getset.set('real', { get: (o) => newFloat((o as PyFloat).v) });
  floatType.getset.set('imag', { get: () => newFloat(0) });
  floatType.attrs.set('fromhex', new PyBuiltin('fromhex', (a) => {
    nargs('fromhex', a, 1, 1);
    const v = floatFromHex(strArg(a[0]!, 'fromhex'));
    if (v === undefined) return valueError('invalid hexadecimal floating-point string');
    if (!Number.isFinite(v) && !/inf|nan/i.test((a[0] as PyStr).v)) return overflowError('hexadecimal value too large to represent as a float');
    return newFloat(v);
  }, false));

  installStrMethods();
  installResumableMethods();
}

export { formatInt };
