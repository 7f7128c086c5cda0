// Stage: VM object model. Code, function, cell, bound method, builtin function, module and
// class-instance objects, plus the descriptor wrappers (staticmethod, classmethod, property).
// Must not depend on the interpreter (it only stores what the interpreter needs).
import type { CodeObject } from '../../compiler/code.js';
import { PyObject, PyType, decref, incref, makeType, track, withStaticIds, xdecref } from './base.js';
import { PyDict, type PyTuple } from './containers.js';
import { PyStr } from './scalars.js';
import type { GenBuiltinFn } from './native-call.js';

export const codeType = makeType('code', null, 'code');
export const functionType = makeType('function', null, 'function');
export const cellType = makeType('cell', null, 'cell');
export const methodType = makeType('method', null, 'method');
export const builtinType = makeType('builtin_function_or_method', null, 'builtin');
export const moduleType = makeType('module', null, 'module');
export const staticmethodType = makeType('staticmethod', null, 'staticmethod');
export const classmethodType = makeType('classmethod', null, 'classmethod');
export const propertyType = makeType('property', null, 'property');

export class PyCode extends PyObject {
  /** Interpreter's decoded form, filled lazily (see interp/decode.ts). */
  decoded: unknown = null;
  constructor(public code: CodeObject) {
    super(codeType);
  }
}

const codeCache = new WeakMap<CodeObject, PyCode>();
export function pyCodeFor(code: CodeObject): PyCode {
  let c = codeCache.get(code);
  if (!c) {
    c = withStaticIds(() => new PyCode(code));
    c.refcnt = 1000;
    codeCache.set(code, c);
  }
  return c;
}

export class PyFunction extends PyObject {
  defaults: PyTuple | null = null;
  kwdefaults: PyDict | null = null;
  closure: PyTuple | null = null;
  qualname: string;
  name: string;
  module: PyObject | null = null;
  dict: PyDict | null = null;
  constructor(
    public code: PyCode,
    public globals: PyDict,
    qualname: string,
  ) {
    super(functionType);
    this.qualname = qualname;
    this.name = code.code.name;
    incref(globals);
    track(this);
  }
  override clear(): void {
    const { defaults, kwdefaults, closure, globals, dict, module } = this;
    this.defaults = this.kwdefaults = this.closure = this.dict = this.module = null;
    this.globals = null as unknown as PyDict;
    xdecref(globals);
    xdecref(module);
    xdecref(defaults);
    xdecref(kwdefaults);
    xdecref(closure);
    xdecref(dict);
  }
  override traverse(visit: (o: PyObject) => void): void {
    if (this.globals) visit(this.globals);
    if (this.defaults) visit(this.defaults);
    if (this.kwdefaults) visit(this.kwdefaults);
    // (CPython's order: the function's __dict__, then its closure)
    if (this.dict) visit(this.dict);
    if (this.closure) visit(this.closure);
  }
}

export class PyCell extends PyObject {
  constructor(public ref: PyObject | null) {
    super(cellType);
    track(this);
  }
  override clear(): void {
    const r = this.ref;
    this.ref = null;
    xdecref(r);
  }
  override traverse(visit: (o: PyObject) => void): void {
    if (this.ref) visit(this.ref);
  }
}

/** A bound method: func is a PyFunction or a method-descriptor PyBuiltin. Holds both references. */
export class PyMethod extends PyObject {
  constructor(
    public func: PyObject,
    public self: PyObject,
  ) {
    super(methodType);
    incref(func);
    incref(self);
    track(this);
  }
  override clear(): void {
    const { func, self } = this;
    decref(self);
    decref(func);
  }
  override traverse(visit: (o: PyObject) => void): void {
    visit(this.func);
    visit(this.self);
  }
}

export type KwArgs = Map<string, PyObject>;
/** Builtin implementation: arguments borrowed, result a new reference. */
export type BuiltinFn = (args: PyObject[], kw: KwArgs | null) => PyObject;

export class PyBuiltin extends PyObject {
  /** For builtin methods: the owning type name (used in "descriptor 'x' of 'list' object ..."). */
  ownerName: string | null = null;
  /**
   * The resumable form (objects/native-call.ts) when the builtin calls back into Python: the
   * interpreter's CALL handlers run it as a native frame; `fn` runs it nested (no switches).
   */
  gen: GenBuiltinFn | null = null;
  constructor(
    public name: string,
    public fn: BuiltinFn,
    /** A method descriptor: attribute access on an instance binds it (args[0] = self). */
    public isMethod = false,
  ) {
    super(builtinType);
    this.refcnt = 1000;
  }
}

export class PyModule extends PyObject {
  constructor(
    public name: string,
    public dict: PyDict,
  ) {
    super(moduleType);
    track(this);
  }
  override clear(): void {
    decref(this.dict);
  }
  override traverse(visit: (o: PyObject) => void): void {
    visit(this.dict);
  }
}

/** Set by the memory layer for versions whose instances keep attribute values inline. */
export const instanceHooks = {
  valuesInline: null as ((o: PyInstance) => boolean) | null,
};

/** An instance of a user class (or of a builtin class with a __dict__, like exceptions). */
export class PyInstance extends PyObject {
  dict: PyDict | null = null;
  /** JS-side state of builtin bases (threading.Thread, Lock...). */
  native: unknown = null;
  constructor(type: PyType) {
    super(type);
    if (type.isHeap) incref(type);
    track(this);
  }
  /** The instance __dict__, created on first use (CPython creates it lazily too). */
  ensureDict(): PyDict {
    return (this.dict ??= new PyDict());
  }
  override clear(): void {
    const d = this.dict;
    this.dict = null;
    xdecref(d);
  }
  override traverse(visit: (o: PyObject) => void): void {
    const d = this.dict;
    if (d !== null) {
      // 3.11+ keep the values in the object itself: the collector reaches them directly
      if (instanceHooks.valuesInline !== null && instanceHooks.valuesInline(this)) for (const e of d.map.values()) visit(e.value);
      else visit(d);
    }
    if (this.type.isHeap) visit(this.type);
  }
}

export class PyWrapper extends PyObject {
  constructor(
    type: PyType,
    public wrapped: PyObject,
  ) {
    super(type);
    track(this);
  }
  override clear(): void {
    decref(this.wrapped);
  }
  override traverse(visit: (o: PyObject) => void): void {
    visit(this.wrapped);
  }
}

export class PyProperty extends PyObject {
  constructor(
    public fget: PyObject | null,
    public fset: PyObject | null,
    public fdel: PyObject | null,
  ) {
    super(propertyType);
    track(this);
  }
  override clear(): void {
    xdecref(this.fget);
    xdecref(this.fset);
    xdecref(this.fdel);
  }
  override traverse(visit: (o: PyObject) => void): void {
    if (this.fget) visit(this.fget);
    if (this.fset) visit(this.fset);
    if (this.fdel) visit(this.fdel);
  }
}

export function strKey(s: string): () => PyObject {
  return () => new PyStr(s);
}
