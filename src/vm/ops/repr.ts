// Stage: VM generic operations. repr() and str() of every VM object (CPython 3.8 text), user
// __repr__/__str__ included, with recursion guards for self-containing containers.
// Scalar formatting comes from src/pylib. Must not depend on threads or the simulation layer.
import { reprFloat, reprInt, reprStr } from '../../pylib/repr.js';
import { PyObject, PyType, decref } from '../objects/base.js';
import {
  PyBuiltin, PyCell, PyCode, PyFunction, PyMethod, PyModule, PyProperty,
} from '../objects/callables.js';
import { PyDict, PyList, PyTuple } from '../objects/containers.js';
import { PyException, typeError } from '../objects/exceptions.js';
import { PyDictView, PyIter, PyRange, PySlice } from '../objects/iterators.js';
import { Ellipsis, None, NotImplemented, PyFloat, PyInt, PyStr, boolType } from '../objects/scalars.js';
import { PySet, frozensetType } from '../objects/set.js';
import { callObject, typeName } from './call.js';

const active = new Set<PyObject>();

export function fakeAddress(o: PyObject): string {
  return '0x7f' + (0x10000000 + o.id * 48).toString(16).padStart(10, '0');
}

export function typeRepr(t: PyType): string {
  return t.module === 'builtins' ? `<class '${t.qualname}'>` : `<class '${t.module}.${t.qualname}'>`;
}

function userText(o: PyObject, name: '__repr__' | '__str__'): string | null {
  const m = o.type.lookup(name);
  if (!(m instanceof PyFunction)) return null;
  const r = callObject(m, [o]);
  if (!(r instanceof PyStr)) {
    const n = typeName(r);
    decref(r);
    return typeError(`${name} returned non-string (type ${n})`);
  }
  const s = r.v;
  decref(r);
  return s;
}

function guarded(o: PyObject, open: string, close: string, body: () => string): string {
  if (active.has(o)) return open + '...' + close;
  active.add(o);
  try {
    return open + body() + close;
  } finally {
    active.delete(o);
  }
}

export function repr(o: PyObject): string {
  if (o instanceof PyStr) return reprStr(o.v);
  if (o instanceof PyInt) return o.type === boolType ? (o.v ? 'True' : 'False') : isPlainInt(o) ? reprInt(o.v) : userOr(o) ?? reprInt(o.v);
  if (o instanceof PyFloat) return reprFloat(o.v);
  if (o === None) return 'None';
  const u = o.type.isHeap ? userText(o, '__repr__') : null;
  if (u !== null) return u;
  if (o instanceof PyList) return guarded(o, '[', ']', () => o.items.map(repr).join(', '));
  if (o instanceof PyTuple) {
    if (o.items.length === 1) return guarded(o, '(', ',)', () => repr(o.items[0]!));
    return guarded(o, '(', ')', () => o.items.map(repr).join(', '));
  }
  if (o instanceof PyDict) {
    return guarded(o, '{', '}', () =>
      [...o.map.values()].map((e) => repr(e.key) + ': ' + repr(e.value)).join(', '),
    );
  }
  if (o instanceof PySet) {
    const its = o.items();
    const frozen = o.type === frozensetType;
    if (its.length === 0) return frozen ? 'frozenset()' : 'set()';
    const body = () => its.map(repr).join(', ');
    return frozen ? guarded(o, 'frozenset({', '})', body) : guarded(o, '{', '}', body);
  }
  if (o instanceof PyException) {
    const a = o.args.items;
    const n = o.type.name;
    if (a.length === 1) return `${n}(${repr(a[0]!)})`;
    return n + repr(o.args);
  }
  if (o instanceof PyType) return typeRepr(o);
  if (o instanceof PyDictView) {
    const d = o.dict as PyDict;
    const parts = [...d.map.values()].map((e) =>
      o.kind === 'keys' ? repr(e.key) : o.kind === 'values' ? repr(e.value) : `(${repr(e.key)}, ${repr(e.value)})`);
    return `${o.type.name}([${parts.join(', ')}])`;
  }
  if (o instanceof PyFunction) return `<function ${o.qualname} at ${fakeAddress(o)}>`;
  if (o instanceof PyBuiltin) {
    if (o.ownerName) return `<method '${o.name}' of '${o.ownerName}' objects>`;
    return `<built-in function ${o.name}>`;
  }
  if (o instanceof PyMethod) {
    const f = o.func;
    if (f instanceof PyBuiltin) {
      return `<built-in method ${f.name} of ${o.self.type.name} object at ${fakeAddress(o.self)}>`;
    }
    const qn = f instanceof PyFunction ? f.qualname : '?';
    return `<bound method ${qn} of ${repr(o.self)}>`;
  }
  if (o instanceof PyModule) return o.name === 'sys' || o.name === 'builtins' || o.name === 'gc' || o.name === 'time'
    ? `<module '${o.name}' (built-in)>`
    : `<module '${o.name}'>`;
  if (o instanceof PyRange) {
    return o.step === 1 ? `range(${o.start}, ${o.stop})` : `range(${o.start}, ${o.stop}, ${o.step})`;
  }
  if (o instanceof PySlice) return `slice(${repr(o.start)}, ${repr(o.stop)}, ${repr(o.step)})`;
  if (o instanceof PyCode) {
    const c = o.code;
    return `<code object ${c.name} at ${fakeAddress(o)}, file "${c.filename}", line ${c.firstlineno}>`;
  }
  if (o instanceof PyCell) return `<cell at ${fakeAddress(o)}: ${o.ref ? `${o.ref.type.name} object at ${fakeAddress(o.ref)}` : 'empty'}>`;
  if (o === Ellipsis) return 'Ellipsis';
  if (o === NotImplemented) return 'NotImplemented';
  if (o instanceof PyProperty) return `<property object at ${fakeAddress(o)}>`;
  if (o instanceof PyIter) return `<${o.type.name} object at ${fakeAddress(o)}>`;
  const t = o.type;
  const mod = t.module === 'builtins' ? '' : t.module + '.';
  return `<${mod}${t.qualname} object at ${fakeAddress(o)}>`;
}

function isPlainInt(o: PyInt): boolean {
  return !o.type.isHeap;
}

function userOr(o: PyObject): string | null {
  return userText(o, '__repr__');
}

/** ascii(o): repr(o) with every non-ASCII code point escaped (\xhh, \uhhhh, \Uhhhhhhhh). */
export function ascii(o: PyObject): string {
  let out = '';
  for (const ch of repr(o)) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp <= 0xff) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}

export function str(o: PyObject): string {
  if (o instanceof PyStr) return o.v;
  if (o.type.isHeap) {
    const u = userText(o, '__str__');
    if (u !== null) return u;
    if (o instanceof PyException) return excStr(o);
    return repr(o);
  }
  if (o instanceof PyException) return excStr(o);
  return repr(o);
}

/** str(exception): '' for no args, str(arg) for one, str(args) otherwise; KeyError uses repr. */
export function excStr(e: PyException): string {
  const a = e.args.items;
  if (a.length === 0) return '';
  if (a.length === 1) {
    if (e.type.isSubtypeOf(keyErrorType())) return repr(a[0]!);
    return str(a[0]!);
  }
  return repr(e.args);
}

let kt: PyType | null = null;
function keyErrorType(): PyType {
  if (!kt) kt = excTypeByName('KeyError');
  return kt;
}

import { exceptionTypes } from '../objects/exceptions.js';
function excTypeByName(n: string): PyType {
  return exceptionTypes.get(n)!;
}
