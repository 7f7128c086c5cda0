// Stage: VM builtins. tp_new of the built-in types (object, type, int, float, str, bool, list,
// tuple, dict, set, frozenset, range, exceptions, staticmethod/classmethod/property, super)
// and the getset descriptors of functions, types and exceptions.
import { intFromString, floatFromString } from '../../pylib/parse-number.js';
import { floatToInt } from '../../pylib/float-ops.js';
import { PyObject, PyType, decref, incref, objectType, typeType } from '../objects/base.js';
import { vm } from '../interp/state.js';
import {
  PyBuiltin, PyFunction, PyInstance, PyMethod, PyProperty, PyWrapper, classmethodType, functionType,
  propertyType, staticmethodType, type KwArgs,
} from '../objects/callables.js';
import { PyDict, PyList, PyTuple, dictType, listType, newTuple, tupleType } from '../objects/containers.js';
import {
  BaseException, PyException, PyThrow, exceptionTypes, typeError, valueError,
} from '../objects/exceptions.js';
import { PyRange, rangeType } from '../objects/iterators.js';
import {
  None, PyFloat, PyInt, PyStr, boolType, floatType, intFromNumberOrBig, intType, newBool, newFloat, newNone, newStr, strType,
} from '../objects/scalars.js';
import { PySet, frozensetType, setType } from '../objects/set.js';
import { delAttr, genericSetAttr, getAttr } from '../ops/attr.js';
import { callObject, typeName } from '../ops/call.js';
import { truthy } from '../ops/compare.js';
import { repr, str } from '../ops/repr.js';
import { toArray } from '../ops/seq.js';
import { intArg, methods, nargs } from './args.js';
import { newSetFrom } from '../ops/set-algebra.js';
import { installAttributes } from './attributes.js';
import { buildClass } from './classes.js';

function noKwNew(t: PyType, kw: KwArgs | null): void {
  if (kw && kw.size) typeError(`${t.name}() takes no keyword arguments`);
}

export const objectInit = new PyBuiltin('__init__', () => newNone(), true);
objectInit.ownerName = 'object';

export function installConstructors(): void {
  objectType.newFn = (t, args, kw) => {
    if ((args.length || (kw && kw.size)) && t.lookup('__init__') === objectInit) {
      typeError(t === objectType ? 'object() takes no arguments' : `${t.name}() takes no arguments`);
    }
    return new PyInstance(t);
  };
  objectType.attrs.set('__init__', objectInit);
  methods(objectType, {
    __setattr__: (a) => {
      nargs('__setattr__', a.slice(1), 2, 2);
      if (!(a[1] instanceof PyStr)) return typeError(`attribute name must be string, not '${a[1]!.type.name}'`);
      genericSetAttr(a[0]!, a[1].v, a[2]!);
      return newNone();
    },
    __getattribute__: (a) => {
      nargs('__getattribute__', a.slice(1), 1, 1);
      if (!(a[1] instanceof PyStr)) return typeError(`attribute name must be string, not '${a[1]!.type.name}'`);
      return getAttr(a[0]!, a[1].v);
    },
    __delattr__: (a) => {
      nargs('__delattr__', a.slice(1), 1, 1);
      if (!(a[1] instanceof PyStr)) return typeError(`attribute name must be string, not '${a[1]!.type.name}'`);
      delAttr(a[0]!, a[1].v);
      return newNone();
    },
  });

  typeType.newFn = (_t, args) => {
    if (args.length === 1) {
      const tt = args[0]!.type;
      incref(tt);
      return tt;
    }
    if (args.length !== 3) typeError('type() takes 1 or 3 arguments');
    const [name, bases, ns] = args as [PyStr, PyTuple, PyDict];
    return buildClass(name.v, bases.items, ns);
  };

  intType.newFn = (_t, args, kw) => {
    let base: number | null = null;
    if (kw && kw.has('base')) base = intArg(kw.get('base')!);
    nargs('int', args, 0, 2);
    if (args.length === 2) base = intArg(args[1]!);
    if (args.length === 0) return intFromNumberOrBig(0);
    const x = args[0]!;
    if (base !== null) {
      if (!(x instanceof PyStr)) typeError("int() can't convert non-string with explicit base");
      return intFromNumberOrBig(intFromString((x as PyStr).v, base));
    }
    if (x instanceof PyInt) return intFromNumberOrBig(x.v);
    if (x instanceof PyFloat) return intFromNumberOrBig(floatToInt(x.v));
    if (x instanceof PyStr) return intFromNumberOrBig(intFromString(x.v, 10));
    const m = x.type.lookup('__int__') ?? x.type.lookup('__index__');
    if (m) return callObject(m, [x]);
    return typeError(`int() argument must be a string, a bytes-like object or ${vm.profile.vm.messages.numberNoun}, not '${typeName(x)}'`);
  };
  boolType.newFn = (_t, args, kw) => {
    noKwNew(boolType, kw);
    nargs('bool', args, 0, 1);
    return newBool(args.length ? truthy(args[0]!) : false);
  };
  floatType.newFn = (_t, args, kw) => {
    noKwNew(floatType, kw);
    nargs('float', args, 0, 1);
    if (!args.length) return newFloat(0);
    const x = args[0]!;
    if (x instanceof PyFloat) return newFloat(x.v);
    if (x instanceof PyInt) return newFloat(Number(x.v));
    if (x instanceof PyStr) return newFloat(floatFromString(x.v));
    const m = x.type.lookup('__float__');
    if (m) return callObject(m, [x]);
    return typeError(`float() argument must be a string or ${vm.profile.vm.messages.numberNoun}, not '${typeName(x)}'`);
  };
  strType.newFn = (_t, args) => {
    nargs('str', args, 0, 1);
    return newStr(args.length ? str(args[0]!) : '');
  };
  listType.newFn = (_t, args, kw) => {
    noKwNew(listType, kw);
    nargs('list', args, 0, 1);
    return new PyList(args.length ? toArray(args[0]!) : []);
  };
  tupleType.newFn = (_t, args, kw) => {
    noKwNew(tupleType, kw);
    nargs('tuple', args, 0, 1);
    if (args.length && args[0] instanceof PyTuple) {
      incref(args[0]);
      return args[0];
    }
    return newTuple(args.length ? toArray(args[0]!) : []);
  };
  dictType.newFn = (_t, args, kw) => {
    nargs('dict', args, 0, 1);
    const d = new PyDict();
    if (args.length) dictUpdate(d, args[0]!);
    if (kw) for (const [k, v] of kw) d.set(newStrTmp(k), v);
    return d;
  };
  setType.newFn = (_t, args, kw) => {
    noKwNew(setType, kw);
    nargs('set', args, 0, 1);
    return setFrom(false, args[0]);
  };
  frozensetType.newFn = (_t, args, kw) => {
    noKwNew(frozensetType, kw);
    nargs('frozenset', args, 0, 1);
    if (args.length && args[0]!.type === frozensetType) {
      incref(args[0]!);
      return args[0]!;
    }
    return setFrom(true, args[0]);
  };
  rangeType.newFn = (_t, args, kw) => {
    noKwNew(rangeType, kw);
    if (args.length === 0) typeError('range expected 1 argument, got 0');
    nargs('range', args, 1, 3);
    const v = args.map((a) => intArg(a));
    if (v.length === 1) return new PyRange(0, v[0]!, 1);
    const step = v.length === 3 ? v[2]! : 1;
    if (step === 0) valueError('range() arg 3 must not be zero');
    return new PyRange(v[0]!, v[1]!, step);
  };
  BaseException.newFn = (t, args) => {
    for (const a of args) incref(a);
    return new PyException(t, newTuple(args.slice()));
  };
  const excInit = new PyBuiltin('__init__', (args) => {
    const self = args[0] as PyException;
    const rest = args.slice(1);
    for (const a of rest) incref(a);
    const old = self.args;
    self.args = newTuple(rest);
    decref(old);
    return newNone();
  }, true);
  BaseException.attrs.set('__init__', excInit);
  methods(BaseException, {
    with_traceback: (a) => { incref(a[0]!); return a[0]!; },
  });
  // SystemExit.code: what SystemExit.__init__ stores (None, the single argument, or args).
  exceptionTypes.get('SystemExit')!.getset.set('code', { get: (o) => {
    const a = (o as PyException).args;
    const v = a.items.length === 0 ? None : a.items.length === 1 ? a.items[0]! : a;
    incref(v);
    return v;
  } });
  const stopIt = exceptionTypes.get('StopIteration')!;
  stopIt.getset.set('value', { get: (o) => { const a = (o as PyException).args.items; const v = a[0] ?? None; incref(v); return v; } });

  staticmethodType.newFn = (_t, args) => {
    nargs('staticmethod', args, 1, 1);
    incref(args[0]!);
    return new PyWrapper(staticmethodType, args[0]!);
  };
  classmethodType.newFn = (_t, args) => {
    nargs('classmethod', args, 1, 1);
    incref(args[0]!);
    return new PyWrapper(classmethodType, args[0]!);
  };
  propertyType.newFn = (_t, args, kw) => {
    const get = (i: number, k: string): PyObject | null => {
      const v = args[i] ?? kw?.get(k) ?? null;
      if (v === null || v === None) return null;
      incref(v);
      return v;
    };
    return new PyProperty(get(0, 'fget'), get(1, 'fset'), get(2, 'fdel'));
  };
  methods(propertyType, {
    setter: (a) => {
      const p = a[0] as PyProperty;
      for (const x of [p.fget, a[1]!, p.fdel]) if (x) incref(x);
      return new PyProperty(p.fget, a[1]!, p.fdel);
    },
    getter: (a) => {
      const p = a[0] as PyProperty;
      for (const x of [a[1]!, p.fset, p.fdel]) if (x) incref(x);
      return new PyProperty(a[1]!, p.fset, p.fdel);
    },
    deleter: (a) => {
      const p = a[0] as PyProperty;
      for (const x of [p.fget, p.fset, a[1]!]) if (x) incref(x);
      return new PyProperty(p.fget, p.fset, a[1]!);
    },
  });

  installAttributes();
  methods(typeType, {
    mro: (a) => new PyList(((a[0] as PyType).mro as PyObject[]).map((t) => (incref(t), t))),
    __subclasses__: () => new PyList([]),
  });
  const methodT = new PyMethod(objectInit, None).type;
  methodT.getset.set('__self__', { get: (o) => { const s = (o as PyMethod).self; incref(s); return s; } });
  methodT.getset.set('__func__', { get: (o) => { const s = (o as PyMethod).func; incref(s); return s; } });
  methodT.getset.set('__name__', { get: (o) => newStr(((o as PyMethod).func as PyFunction).name ?? '?') });
}

function tupleOf(items: readonly PyObject[]): PyObject {
  for (const x of items) incref(x);
  return newTuple(items.slice());
}

function newStrTmp(s: string): PyObject {
  const o = newStr(s);
  o.refcnt = 0; // owned by the dict after set() increfs it
  return o;
}

export function setFrom(frozen: boolean, src: PyObject | undefined): PySet {
  return newSetFrom(frozen, src ?? null);
}

/** An element of dict(seq)/update(seq) as an array; a TypeError becomes CPython's message. */
function seq2Item(it: PyObject, idx: number): PyObject[] {
  try {
    return toArray(it);
  } catch (e) {
    if (e instanceof PyThrow && e.exc.type.name === 'TypeError') {
      decref(e.exc);
      return typeError(`cannot convert dictionary update sequence element #${idx} to a sequence`);
    }
    throw e;
  }
}

export function dictUpdate(d: PyDict, src: PyObject): void {
  if (src instanceof PyDict) {
    for (const e of src.map.values()) d.set(e.key, e.value);
    return;
  }
  const keys = src.type.lookup('keys');
  if (keys && !(src instanceof PyList) && !(src instanceof PyTuple)) {
    const ks = toArray(callObject(keys, [src]));
    for (const k of ks) {
      const v = callObject(src.type.lookup('__getitem__')!, [src, k]);
      d.set(k, v);
      decref(k);
      decref(v);
    }
    return;
  }
  const items = toArray(src);
  try {
    let idx = 0;
    for (const it of items) {
      const pair = seq2Item(it, idx);
      if (pair.length !== 2) {
        for (const p of pair) decref(p);
        valueError(`dictionary update sequence element #${idx} has length ${pair.length}; 2 is required`);
      }
      d.set(pair[0]!, pair[1]!);
      decref(pair[0]!);
      decref(pair[1]!);
      idx++;
    }
  } finally {
    for (const x of items) decref(x);
  }
}

export { repr };
