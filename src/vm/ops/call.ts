// Stage: VM generic operations. Calling any callable from JS (builtins, bound methods, classes,
// Python functions through the interpreter's nested run), and the type-name helper used in
// error messages. Must not depend on threads or the simulation layer.
import { PyObject, PyType, decref, incref } from '../objects/base.js';
import {
  PyBuiltin, PyFunction, PyInstance, PyMethod, type KwArgs,
} from '../objects/callables.js';
import { typeError } from '../objects/exceptions.js';
import { None } from '../objects/scalars.js';

/** Installed by the interpreter: run a Python function to completion (args borrowed, result new ref). */
export const callHooks = {
  callFunction: null as unknown as (f: PyFunction, args: PyObject[], kw: KwArgs | null) => PyObject,
};

export function typeName(o: PyObject): string {
  return o.type.name;
}

/** Call `f(*args, **kw)`; args borrowed, result a new reference. */
export function callObject(f: PyObject, args: PyObject[], kw: KwArgs | null = null): PyObject {
  if (f instanceof PyFunction) return callHooks.callFunction(f, args, kw);
  if (f instanceof PyBuiltin) return f.fn(args, kw);
  if (f instanceof PyMethod) return callObject(f.func, [f.self, ...args], kw);
  if (f instanceof PyType) return callType(f, args, kw);
  const call = f.type.lookup('__call__');
  if (call) return callObject(call, [f, ...args], kw);
  return typeError(`'${typeName(f)}' object is not callable`);
}

export function isCallable(f: PyObject): boolean {
  return (
    f instanceof PyFunction || f instanceof PyBuiltin || f instanceof PyMethod || f instanceof PyType ||
    f.type.lookup('__call__') !== null
  );
}

/** The tp_new to use for type t (inherited along the MRO). */
export function newFnOf(t: PyType): NonNullable<PyType['newFn']> {
  for (const b of t.mro) if (b.newFn) return b.newFn;
  throw new Error('object type has no tp_new');
}

/** type.__call__: tp_new then __init__ (when the result is an instance of t). */
export function callType(t: PyType, args: PyObject[], kw: KwArgs | null): PyObject {
  const obj = newFnOf(t)(t, args, kw);
  if (!obj.type.isSubtypeOf(t)) return obj;
  const init = t.lookup('__init__');
  if (init && init instanceof PyFunction) {
    let r: PyObject;
    try {
      r = callHooks.callFunction(init, [obj, ...args], kw);
    } catch (e) {
      decref(obj);
      throw e;
    }
    if (r !== None) {
      const n = typeName(r);
      decref(r);
      decref(obj);
      return typeError(`__init__() should return None, not '${n}'`);
    }
    decref(r);
  } else if (init && init instanceof PyBuiltin) {
    try {
      decref(init.fn([obj, ...args], kw));
    } catch (e) {
      decref(obj);
      throw e;
    }
  }
  return obj;
}

/** Call a method found on the type with self prepended (for dunder dispatch); null if absent. */
export function callMethodOf(self: PyObject, name: string, args: PyObject[]): PyObject | null {
  const m = self.type.lookup(name);
  if (!m) return null;
  return callObject(m, [self, ...args], null);
}

export function isUserInstance(o: PyObject): o is PyInstance {
  return o instanceof PyInstance && o.type.isHeap;
}

export { incref };
