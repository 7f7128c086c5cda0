// Stage: VM builtins. The builtins module namespace: built-in functions (print, len, sorted,
// min/max, isinstance, ...), the built-in types and exception classes, True/False/None.
import { formatInt } from '../../pylib/format.js';
import { floatRoundToInt, floatRound } from '../../pylib/float-ops.js';
import { intRound, intDivmod } from '../../pylib/arith.js';
import { PyObject, PyType, decref, incref, objectType, typeType } from '../objects/base.js';
import {
  PyBuiltin, PyModule, classmethodType, propertyType, staticmethodType, strKey, type KwArgs,
} from '../objects/callables.js';
import { PyDict, PyList, PyTuple, dictType, listType, newTuple, tupleType } from '../objects/containers.js';
import { PyThrow, exceptionTypes, runtimeError, typeError, valueError, StopIteration, pyThrow } from '../objects/exceptions.js';
import {
  PyDictView, PyIter, enumerateType, filterType, mapType, rangeType, reversedType, zipType, listRevIterType,
} from '../objects/iterators.js';
import {
  Ellipsis, None, NotImplemented, PyFloat, PyInt, PyStr, False, True, boolType, floatType, intFromNumberOrBig, intType,
  newBool, newFloat, newInt, newNone, newStr, strType,
} from '../objects/scalars.js';
import { frozensetType, setType } from '../objects/set.js';
import { getAttr, getAttrOrNull, setAttr, delAttr } from '../ops/attr.js';
import { callObject, isCallable, typeName } from '../ops/call.js';
import { Cmp, compareBool, truthy } from '../ops/compare.js';
import { Bin, binaryOp, unaryNegative } from '../ops/numeric.js';
import { ascii, repr, str } from '../ops/repr.js';
import { getIter, iterNext, len, toArray } from '../ops/seq.js';
import { pyHash } from '../objects/hash.js';
import { format } from '../interp/support.js';
import { vm } from '../interp/state.js';
import { NotSupportedDiagnostic } from '../../source/diagnostics.js';
import { intArg, nargs, noKw } from './args.js';
import { buildClassBuiltin, superType } from './classes.js';
import { resumableBuiltins } from './resumable.js';

type Fn = (args: PyObject[], kw: KwArgs | null) => PyObject;

function printFn(args: PyObject[], kw: KwArgs | null): PyObject {
  let sep = ' ';
  let end = '\n';
  if (kw) {
    for (const [k, v] of kw) {
      if (k === 'sep') sep = v === None ? ' ' : v instanceof PyStr ? v.v : typeError(`sep must be None or a string, not ${typeName(v)}`);
      else if (k === 'end') end = v === None ? '\n' : v instanceof PyStr ? v.v : typeError(`end must be None or a string, not ${typeName(v)}`);
      else if (k === 'flush') continue;
      else if (k === 'file') {
        if (v !== None) typeError('gilsim: print(file=...) is not supported');
      } else typeError(`'${k}' is an invalid keyword argument for print()`);
    }
  }
  vm.out.push(args.map(str).join(sep) + end);
  return newNone();
}

function isinstanceOf(o: PyObject, spec: PyObject, fname: string): boolean {
  if (spec instanceof PyTuple) return spec.items.some((s) => isinstanceOf(o, s, fname));
  if (!(spec instanceof PyType)) {
    return typeError(vm.profile.vm.messages.isinstanceArg2('isinstance'));
  }
  return o.type.isSubtypeOf(spec);
}

function iterObj(type: PyType, held: PyObject[], step: (it: PyIter) => PyObject | null): PyIter {
  return new PyIter(type, held, step);
}

function roundFn(args: PyObject[], kw: KwArgs | null): PyObject {
  const x = args[0] ?? kw?.get('number');
  const nd = args[1] ?? kw?.get('ndigits') ?? None;
  if (!x) return typeError("round() missing required argument 'number' (pos 1)");
  if (x instanceof PyFloat) {
    if (nd === None) return intFromNumberOrBig(floatRoundToInt(x.v));
    return newFloat(floatRound(x.v, (nd as PyInt).v));
  }
  if (x instanceof PyInt) {
    if (nd === None) return intFromNumberOrBig(x.v);
    return intFromNumberOrBig(intRound(x.v, (nd as PyInt).v));
  }
  const m = x.type.lookup('__round__');
  if (m) return callObject(m, nd === None ? [x] : [x, nd]);
  return typeError(`type ${typeName(x)} doesn't define __round__ method`);
}

const table: Record<string, Fn> = {
  print: printFn,
  len: (a, kw) => {
    noKw('len', kw);
    nargs('len', a, 1, 1);
    return newInt(len(a[0]!));
  },
  repr: (a) => (nargs('repr', a, 1, 1), newStr(repr(a[0]!))),
  ascii: (a) => (nargs('ascii', a, 1, 1), newStr(ascii(a[0]!))),
  abs: (a) => {
    nargs('abs', a, 1, 1);
    const x = a[0]!;
    if (x instanceof PyInt && !x.type.isHeap) return x.v < 0 ? unaryNegative(x) : intFromNumberOrBig(x.v);
    if (x instanceof PyFloat) return newFloat(Math.abs(x.v));
    const m = x.type.lookup('__abs__');
    if (m) return callObject(m, [x]);
    return typeError(`bad operand type for abs(): '${typeName(x)}'`);
  },
  reversed: (a) => {
    nargs('reversed', a, 1, 1);
    const o = a[0]!;
    const rv = o.type.isHeap ? o.type.lookup('__reversed__') : null;
    if (rv) return callObject(rv, [o]);
    if (o instanceof PyList || o instanceof PyTuple || o instanceof PyStr || o.type === rangeType) {
      const items = o instanceof PyList || o instanceof PyTuple ? null : toArray(o);
      incref(o);
      let i = items ? items.length - 1 : (o as PyList).items.length - 1;
      return iterObj(o instanceof PyList ? listRevIterType : reversedType, items ? [o, ...items] : [o], () => {
        const arr = items ?? (o as PyList).items;
        if (i < 0 || i >= arr.length) return null;
        const x = arr[i--]!;
        incref(x);
        return x;
      });
    }
    if (o instanceof PyDict || (o instanceof PyDictView && o.dict instanceof PyDict)) {
      // reversed(dict) and reversed(dict view) (3.8): newest entry first, size checked like iteration
      const d = (o instanceof PyDict ? o : o.dict) as PyDict;
      const kind = o instanceof PyDictView ? o.kind : 'keys';
      const entries = [...d.map.values()];
      const size = d.size;
      let i = entries.length - 1;
      incref(o);
      return iterObj(reversedType, [o], () => {
        if (d.size !== size) return runtimeError('dictionary changed size during iteration');
        if (i < 0) return null;
        const e = entries[i--]!;
        if (kind === 'keys') return (incref(e.key), e.key);
        if (kind === 'values') return (incref(e.value), e.value);
        incref(e.key);
        incref(e.value);
        return newTuple([e.key, e.value]);
      });
    }
    return typeError(`'${typeName(o)}' object is not reversible`);
  },
  enumerate: (a, kw) => {
    const src = a[0] ?? kw?.get('iterable');
    if (!src) typeError("enumerate() missing required argument 'iterable' (pos 1)");
    let n = a[1] ? intArg(a[1]) : kw?.get('start') ? intArg(kw.get('start')!) : 0;
    const it = getIter(src!);
    return iterObj(enumerateType, [it], () => {
      const x = iterNext(it);
      if (x === null) return null;
      return newTuple([newInt(n++), x]);
    });
  },
  zip: (a) => {
    const its = a.map((x, i) => {
      try {
        return getIter(x);
      } catch (e) {
        if (e instanceof PyThrow && e.exc.type.name === 'TypeError') {
          decref(e.exc);
          return typeError(`zip argument #${i + 1} must support iteration`);
        }
        throw e;
      }
    });
    return iterObj(zipType, its, () => {
      if (!its.length) return null;
      const out: PyObject[] = [];
      for (const it of its) {
        const x = iterNext(it);
        if (x === null) {
          for (const y of out) decref(y);
          return null;
        }
        out.push(x);
      }
      return newTuple(out);
    });
  },
  any: (a) => {
    nargs('any', a, 1, 1);
    const it = getIter(a[0]!);
    try {
      for (let x = iterNext(it); x !== null; x = iterNext(it)) {
        const t = truthy(x);
        decref(x);
        if (t) return newBool(true);
      }
      return newBool(false);
    } finally {
      decref(it);
    }
  },
  all: (a) => {
    nargs('all', a, 1, 1);
    const it = getIter(a[0]!);
    try {
      for (let x = iterNext(it); x !== null; x = iterNext(it)) {
        const t = truthy(x);
        decref(x);
        if (!t) return newBool(false);
      }
      return newBool(true);
    } finally {
      decref(it);
    }
  },
  isinstance: (a) => (nargs('isinstance', a, 2, 2), newBool(isinstanceOf(a[0]!, a[1]!, 'isinstance'))),
  issubclass: (a) => {
    nargs('issubclass', a, 2, 2);
    if (!(a[0] instanceof PyType)) typeError('issubclass() arg 1 must be a class');
    const spec = a[1]!;
    const check = (s: PyObject): boolean => {
      if (s instanceof PyTuple) return s.items.some(check);
      if (!(s instanceof PyType)) return typeError(vm.profile.vm.messages.isinstanceArg2('issubclass'));
      return (a[0] as PyType).isSubtypeOf(s);
    };
    return newBool(check(spec));
  },
  hash: (a) => (nargs('hash', a, 1, 1), intFromNumberOrBig(pyHash(a[0]!))),
  id: (a) => (nargs('id', a, 1, 1), newInt(140000000000000 + a[0]!.id * 48)),
  iter: (a) => {
    nargs('iter', a, 1, 2);
    if (a.length === 2) {
      const f = a[0]!;
      const sentinel = a[1]!;
      incref(f);
      incref(sentinel);
      return iterObj(exceptionTypes.get('StopIteration')!.type === typeType ? mapType : mapType, [f, sentinel], () => {
        const r = callObject(f, []);
        if (compareBool(Cmp.EQ, r, sentinel)) {
          decref(r);
          return null;
        }
        return r;
      });
    }
    return getIter(a[0]!);
  },
  next: (a) => {
    nargs('next', a, 1, 2);
    const it = a[0]!;
    if (!(it instanceof PyIter) && !it.type.lookup('__next__') && it.type.name !== 'range_iterator') {
      typeError(`'${typeName(it)}' object is not an iterator`);
    }
    const x = iterNext(it);
    if (x !== null) return x;
    if (a.length === 2) {
      incref(a[1]!);
      return a[1]!;
    }
    return pyThrow(StopIteration);
  },
  getattr: (a) => {
    nargs('getattr', a, 2, 3);
    if (!(a[1] instanceof PyStr)) typeError("getattr(): attribute name must be string");
    const name = (a[1] as PyStr).v;
    if (a.length === 3) {
      const r = getAttrOrNull(a[0]!, name);
      if (r !== null) return r;
      incref(a[2]!);
      return a[2]!;
    }
    return getAttr(a[0]!, name);
  },
  setattr: (a) => {
    nargs('setattr', a, 3, 3);
    if (!(a[1] instanceof PyStr)) typeError("setattr(): attribute name must be string");
    setAttr(a[0]!, (a[1] as PyStr).v, a[2]!);
    return newNone();
  },
  delattr: (a) => {
    nargs('delattr', a, 2, 2);
    delAttr(a[0]!, (a[1] as PyStr).v);
    return newNone();
  },
  hasattr: (a) => {
    nargs('hasattr', a, 2, 2);
    if (!(a[1] instanceof PyStr)) typeError("hasattr(): attribute name must be string");
    try {
      const r = getAttrOrNull(a[0]!, (a[1] as PyStr).v);
      if (r === null) return newBool(false);
      decref(r);
      return newBool(true);
    } catch (e) {
      if (e instanceof PyThrow && e.exc.type.name === 'AttributeError') {
        decref(e.exc);
        return newBool(false);
      }
      throw e;
    }
  },
  callable: (a) => (nargs('callable', a, 1, 1), newBool(isCallable(a[0]!))),
  chr: (a) => {
    nargs('chr', a, 1, 1);
    const n = intArg(a[0]!);
    if (n < 0 || n > 0x10ffff) valueError('chr() arg not in range(0x110000)');
    return newStr(String.fromCodePoint(n));
  },
  ord: (a) => {
    nargs('ord', a, 1, 1);
    const s = a[0]!;
    if (!(s instanceof PyStr)) typeError(`ord() expected string of length 1, but ${typeName(s)} found`);
    const cps = [...(s as PyStr).v];
    if (cps.length !== 1) typeError(`ord() expected a character, but string of length ${cps.length} found`);
    return newInt(cps[0]!.codePointAt(0)!);
  },
  hex: (a) => (nargs('hex', a, 1, 1), newStr(formatInt(intVal(a[0]!), '#x'))),
  oct: (a) => (nargs('oct', a, 1, 1), newStr(formatInt(intVal(a[0]!), '#o'))),
  bin: (a) => (nargs('bin', a, 1, 1), newStr(formatInt(intVal(a[0]!), '#b'))),
  round: roundFn,
  divmod: (a) => {
    nargs('divmod', a, 2, 2);
    const [x, y] = a as [PyObject, PyObject];
    if (x instanceof PyInt && y instanceof PyInt) {
      const [q, r] = intDivmod(x.v, y.v);
      return newTuple([intFromNumberOrBig(q), intFromNumberOrBig(r)]);
    }
    return newTuple([binaryOp(Bin.FloorDiv, x, y), binaryOp(Bin.Mod, x, y)]);
  },
  pow: (a) => {
    nargs('pow', a, 2, 3);
    if (a.length === 3 && a[2] !== None) {
      const [b, e, m] = a.map((x) => BigInt((x as PyInt).v));
      if (m === 0n) valueError('pow() 3rd argument cannot be 0');
      let r = 1n;
      let base = ((b! % m!) + m!) % m!;
      let ex = e!;
      while (ex > 0n) {
        if (ex & 1n) r = (r * base) % m!;
        base = (base * base) % m!;
        ex >>= 1n;
      }
      return intFromNumberOrBig(r);
    }
    return binaryOp(Bin.Pow, a[0]!, a[1]!);
  },
  format: (a) => {
    nargs('format', a, 1, 2);
    return newStr(format(a[0]!, a[1] ? (a[1] as PyStr).v : ''));
  },
  vars: (a) => {
    nargs('vars', a, 0, 1);
    return getAttr(a[0] ?? None, '__dict__');
  },
  globals: () => {
    const g = vm.thread.frame!.globals;
    incref(g);
    return g;
  },
  // Outside the simulation: programs never read input or touch files (exit 2, like any unsupported construct).
  input: () => refuse('input()'),
  open: () => refuse('open()'),
  eval: () => refuse('eval()'),
  exec: () => refuse('exec()'),
  compile: () => refuse('compile()'),
  __import__: () => refuse('__import__()'),
};

function refuse(what: string): never {
  const f = vm.thread?.frame;
  throw new NotSupportedDiagnostic(what, f ? f.d.lines[Math.max(0, f.pc - 1)] ?? 0 : 0);
}

function intVal(o: PyObject): number | bigint {
  if (o instanceof PyInt) return o.v;
  const m = o.type.lookup('__index__');
  if (m) {
    const r = callObject(m, [o]) as PyInt;
    const v = r.v;
    decref(r);
    return v;
  }
  return typeError(`'${typeName(o)}' object cannot be interpreted as an integer`);
}

export function makeBuiltins(): PyModule {
  const d = new PyDict();
  const put = (name: string, v: PyObject) => {
    d.setStr(name, strKey(name), v);
  };
  for (const [name, f] of Object.entries(table)) put(name, new PyBuiltin(name, f));
  for (const b of resumableBuiltins()) put(b.name, b); // sorted, min, max, sum, map, filter
  put('__build_class__', buildClassBuiltin);
  const types: PyType[] = [
    objectType, typeType, intType, boolType, floatType, strType, listType, tupleType, dictType, setType, frozensetType,
    rangeType, staticmethodType, classmethodType, propertyType, superType,
  ];
  for (const t of types) put(t.name, t);
  for (const [name, t] of exceptionTypes) put(name, t);
  put('None', None);
  put('True', True);
  put('False', False);
  put('Ellipsis', Ellipsis);
  put('NotImplemented', NotImplemented);
  put('__name__', newStr('builtins'));
  const m = new PyModule('builtins', d);
  return m;
}

export { truthy, listType };
