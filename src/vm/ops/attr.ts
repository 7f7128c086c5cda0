// Stage: VM generic operations. Attribute get/set/delete with CPython's lookup order (data
// descriptors, instance __dict__, then class attributes and non-data descriptors) and its
// AttributeError messages. Must not depend on threads or the simulation layer.
import { PyObject, PyType, decref, incref } from '../objects/base.js';
import {
  PyBuiltin, PyFunction, PyInstance, PyMethod, PyModule, PyProperty, PyWrapper,
  classmethodType, staticmethodType, strKey,
} from '../objects/callables.js';
import { PyDict } from '../objects/containers.js';
import { AttributeError, PyThrow, attributeError, newException, typeError } from '../objects/exceptions.js';
import { noteAttributeError } from '../interp/suggestions.js';
import { newStr } from '../objects/scalars.js';
import { callObject, typeName } from './call.js';
import { vm } from '../interp/state.js';
import { materialiseInstanceDict, storeInstanceValue } from '../memory/inline-values.js';

/** Bind a class attribute found for instance `o` (descriptor __get__); new reference. */
export function bindAttr(d: PyObject, o: PyObject): PyObject {
  if (d instanceof PyFunction) return new PyMethod(d, o);
  if (d instanceof PyBuiltin && d.isMethod) return new PyMethod(d, o);
  if (d instanceof PyWrapper) {
    if (d.type === staticmethodType) {
      incref(d.wrapped);
      return d.wrapped;
    }
    if (d.type === classmethodType) return new PyMethod(d.wrapped, o.type);
  }
  if (d instanceof PyProperty) {
    if (!d.fget) return attributeError('unreadable attribute');
    return callObject(d.fget, [o]);
  }
  incref(d);
  return d;
}

/** getattr(o, name); new reference; raises AttributeError. */
export function getAttr(o: PyObject, name: string): PyObject {
  const r = getAttrOrNull(o, name);
  if (r !== null) return r;
  return attributeMissing(o, name);
}

export function attributeMissing(o: PyObject, name: string): never {
  const msg = o instanceof PyModule
    ? `module '${o.name}' has no attribute '${name}'`
    : o instanceof PyType
      ? `type object '${o.name}' has no attribute '${name}'`
      : `'${typeName(o)}' object has no attribute '${name}'`;
  const exc = newException(AttributeError, msg);
  if (vm.profile.vm.messages.nameSuggestions) noteAttributeError(exc, o, name); // "Did you mean" (3.10)
  throw new PyThrow(exc);
}

/** getattr without raising for a missing attribute (other errors still raise). */
export const attrHooks = {
  superGet: null as ((o: PyObject, name: string) => PyObject | null) | null,
};

export function getAttrOrNull(o: PyObject, name: string): PyObject | null {
  const t = o.type;
  if (t.layout === 'super') {
    const r = attrHooks.superGet!(o, name);
    if (r !== null) return r;
  }
  if (o instanceof PyType) return typeGetAttr(o, name);
  if (o instanceof PyModule) {
    const v = o.dict.getStr(name);
    if (v) {
      incref(v);
      return v;
    }
    if (name === '__name__') return newStr(o.name);
    if (name === '__dict__') {
      incref(o.dict);
      return o.dict;
    }
    return null;
  }
  const gs = t.findGetSet(name);
  if (gs) return gs.get(o);
  const d = t.lookup(name);
  if (d instanceof PyProperty) return bindAttr(d, o);
  if ((o instanceof PyInstance || o instanceof PyFunction) && o.dict) {
    const v = o.dict.getStr(name);
    if (v) {
      incref(v);
      return v;
    }
  }
  if (d) return bindAttr(d, o);
  if (name === '__class__') {
    incref(t);
    return t;
  }
  if (name === '__dict__' && o instanceof PyInstance && t.hasInstanceDict) {
    const dd = materialiseInstanceDict(o);
    incref(dd);
    return dd;
  }
  const ga = t.lookup('__getattr__');
  if (ga) {
    try {
      return callObject(ga, [o, newStrTemp(name)]);
    } catch (e) {
      throw e;
    }
  }
  return null;
}

function newStrTemp(s: string): PyObject {
  const o = newStr(s);
  o.refcnt = 0x3fffffff; // temporary argument; never freed early
  return o;
}

function typeGetAttr(t: PyType, name: string): PyObject | null {
  const d = t.lookup(name);
  if (d) {
    if (d instanceof PyWrapper) {
      if (d.type === staticmethodType) {
        incref(d.wrapped);
        return d.wrapped;
      }
      if (d.type === classmethodType) return new PyMethod(d.wrapped, t);
    }
    incref(d);
    return d;
  }
  const gs = t.type.findGetSet(name);
  if (gs) return gs.get(t);
  const md = t.type.lookup(name);
  if (md) return bindAttr(md, t);
  return null;
}

/** setattr(o, name, v); v borrowed (the owner takes its own reference). A user __setattr__ runs. */
export function setAttr(o: PyObject, name: string, v: PyObject): void {
  if (o.type.customSetAttr) {
    const hook = o.type.lookup('__setattr__');
    if (hook instanceof PyFunction) {
      const n = newStr(name);
      try {
        decref(callObject(hook, [o, n, v]));
      } finally {
        decref(n);
      }
      return;
    }
  }
  genericSetAttr(o, name, v);
}

/** object.__setattr__: data descriptors, then the instance __dict__ (no user hook). */
export function genericSetAttr(o: PyObject, name: string, v: PyObject): void {
  const t = o.type;
  if (o instanceof PyType) {
    if (!o.isHeap) return typeError(`can't set attributes of built-in/extension type '${o.name}'`);
    incref(v);
    o.setAttr(name, v);
    return;
  }
  const gs = t.findGetSet(name);
  if (gs) {
    if (!gs.set) return attributeError(`attribute '${name}' of '${t.name}' objects is not writable`);
    gs.set(o, v);
    return;
  }
  const d = t.lookup(name);
  if (d instanceof PyProperty) {
    if (!d.fset) return attributeError(vm.profile.vm.messages.propertyNoSetter(name, t.name));
    decref(callObject(d.fset, [o, v]));
    return;
  }
  if (o instanceof PyInstance && t.hasInstanceDict) {
    storeInstanceValue(o, name, strKey(name), v);
    return;
  }
  if (o instanceof PyModule) {
    o.dict.setStr(name, strKey(name), v);
    return;
  }
  if (o instanceof PyFunction) {
    if (!o.dict) o.dict = new PyDict();
    o.dict.setStr(name, strKey(name), v);
    return;
  }
  if (d) return attributeError(`'${t.name}' object attribute '${name}' is read-only`);
  return attributeError(`'${t.name}' object has no attribute '${name}'`);
}

export function delAttr(o: PyObject, name: string): void {
  const t = o.type;
  if (o instanceof PyType) {
    if (!o.isHeap) return typeError(`can't set attributes of built-in/extension type '${o.name}'`);
    const old = o.attrs.get(name);
    if (!old) return attributeError(name);
    o.attrs.delete(name);
    decref(old);
    return;
  }
  const d = t.lookup(name);
  if (d instanceof PyProperty) {
    if (!d.fdel) return attributeError(`can't delete attribute`);
    decref(callObject(d.fdel, [o]));
    return;
  }
  if (o instanceof PyInstance && o.dict && o.dict.deleteStr(name)) return;
  if (o instanceof PyModule && o.dict.deleteStr(name)) return;
  return attributeError(name);
}

export function hasAttr(o: PyObject, name: string): boolean {
  const r = getAttrOrNull(o, name);
  if (r === null) return false;
  decref(r);
  return true;
}
