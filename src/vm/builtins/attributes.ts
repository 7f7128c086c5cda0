// Stage: VM builtins. The built-in data descriptors (getsets) of functions, code objects, types
// and exceptions: __name__, __closure__, co_freevars, __mro__, __bases__, __dict__,
// __suppress_context__... One table per type. Must not depend on threads or the simulation layer.
import type { CodeObject } from '../../compiler/code.js';
import { PyObject, PyType, decref, incref, typeType, type GetSet } from '../objects/base.js';
import { PyCode, PyFunction, codeType, functionType, strKey } from '../objects/callables.js';
import { PyDict, PyTuple, newTuple } from '../objects/containers.js';
import { BaseException, PyException, typeError } from '../objects/exceptions.js';
import { None, PyStr, newBool, newInt, newNone, newStr } from '../objects/scalars.js';
import { truthy } from '../ops/compare.js';
import { toArray } from '../ops/seq.js';
import { classBases } from './classes.js';

function tupleOf(items: readonly PyObject[]): PyObject {
  for (const x of items) incref(x);
  return newTuple(items.slice());
}

function strTuple(names: readonly string[]): PyObject {
  return newTuple(names.map(newStr));
}

function ref(o: PyObject | null | undefined): PyObject {
  const v = o ?? None;
  incref(v);
  return v;
}

function strValue(v: PyObject | null, what: string): string {
  if (v instanceof PyStr) return v.v;
  return typeError(`${what} must be set to a string object`);
}

const fn = (o: PyObject): PyFunction => o as PyFunction;

const FUNCTION: Record<string, GetSet> = {
  __name__: { get: (o) => newStr(fn(o).name), set: (o, v) => { fn(o).name = strValue(v, '__name__'); } },
  __qualname__: { get: (o) => newStr(fn(o).qualname), set: (o, v) => { fn(o).qualname = strValue(v, '__qualname__'); } },
  __code__: { get: (o) => ref(fn(o).code) },
  __defaults__: { get: (o) => ref(fn(o).defaults) },
  __kwdefaults__: { get: (o) => ref(fn(o).kwdefaults) },
  __closure__: { get: (o) => ref(fn(o).closure) },
  __globals__: { get: (o) => ref(fn(o).globals) },
  __module__: { get: (o) => ref(fn(o).module) },
  __doc__: { get: () => newNone() },
  __dict__: { get: (o) => ref((fn(o).dict ??= new PyDict())) },
};

const code = (o: PyObject): CodeObject => (o as PyCode).code;

const CODE: Record<string, GetSet> = {
  co_name: { get: (o) => newStr(code(o).name) },
  co_filename: { get: (o) => newStr(code(o).filename) },
  co_firstlineno: { get: (o) => newInt(code(o).firstlineno) },
  co_argcount: { get: (o) => newInt(code(o).argcount) },
  co_posonlyargcount: { get: (o) => newInt(code(o).posonlyargcount) },
  co_kwonlyargcount: { get: (o) => newInt(code(o).kwonlyargcount) },
  co_nlocals: { get: (o) => newInt(code(o).nlocals) },
  co_stacksize: { get: (o) => newInt(code(o).stacksize) },
  co_flags: { get: (o) => newInt(code(o).flags) },
  co_names: { get: (o) => strTuple(code(o).names) },
  co_varnames: { get: (o) => strTuple(code(o).varnames) },
  co_freevars: { get: (o) => strTuple(code(o).freevars) },
  co_cellvars: { get: (o) => strTuple(code(o).cellvars) },
};

const ty = (o: PyObject): PyType => o as PyType;

/** A snapshot dict of a class's own attributes (CPython returns a live mappingproxy). */
function typeDict(t: PyType): PyDict {
  const d = new PyDict();
  d.setStr('__module__', strKey('__module__'), newStrTmp(t.module));
  for (const [k, v] of t.attrs) d.setStr(k, strKey(k), v);
  if (!t.attrs.has('__doc__')) d.setStr('__doc__', strKey('__doc__'), t.doc !== null ? newStrTmp(t.doc) : None);
  return d;
}

/** A new str whose only reference the receiving container takes. */
function newStrTmp(s: string): PyObject {
  const o = newStr(s);
  o.refcnt = 0;
  return o;
}

const TYPE: Record<string, GetSet> = {
  __name__: { get: (o) => newStr(ty(o).name) },
  __qualname__: { get: (o) => newStr(ty(o).qualname) },
  __module__: { get: (o) => newStr(ty(o).module) },
  __mro__: { get: (o) => tupleOf(ty(o).mro) },
  __bases__: { get: (o) => tupleOf(classBases.get(ty(o)) ?? (ty(o).base ? [ty(o).base!] : [])) },
  __base__: { get: (o) => ref(ty(o).base) },
  __doc__: { get: (o) => (ty(o).doc !== null ? newStr(ty(o).doc!) : newNone()) },
  __dict__: { get: (o) => typeDict(ty(o)) },
};

const exc = (o: PyObject): PyException => o as PyException;

/** __cause__/__context__ accept an exception instance or None. */
function excOrNone(v: PyObject | null, what: string): PyException | null {
  if (v === null || v === None) return null;
  if (v instanceof PyException) {
    incref(v);
    return v;
  }
  return typeError(`exception ${what} must be None or derive from BaseException`);
}

const EXCEPTION: Record<string, GetSet> = {
  args: {
    get: (o) => ref(exc(o).args),
    set: (o, v) => {
      if (v === null) return typeError('args may not be deleted');
      const t = v instanceof PyTuple ? (incref(v), v) : newTuple(toArray(v));
      const old = exc(o).args;
      exc(o).args = t;
      decref(old);
    },
  },
  __cause__: {
    get: (o) => ref(exc(o).cause),
    set: (o, v) => {
      const c = excOrNone(v, 'cause');
      const old = exc(o).cause;
      exc(o).cause = c;
      exc(o).suppressContext = true;
      if (old) decref(old);
    },
  },
  __context__: {
    get: (o) => ref(exc(o).context),
    set: (o, v) => {
      const c = excOrNone(v, 'context');
      const old = exc(o).context;
      exc(o).context = c;
      if (old) decref(old);
    },
  },
  __suppress_context__: {
    get: (o) => newBool(exc(o).suppressContext),
    set: (o, v) => { exc(o).suppressContext = v !== null && truthy(v); },
  },
  __traceback__: { get: () => newNone() },
};

function install(t: PyType, table: Record<string, GetSet>): void {
  for (const [name, gs] of Object.entries(table)) t.getset.set(name, gs);
}

export function installAttributes(): void {
  install(functionType, FUNCTION);
  install(codeType, CODE);
  install(typeType, TYPE);
  install(BaseException, EXCEPTION);
}
