// Stage: VM object model. The protocol of resumable builtins (CPython C code that calls back into
// Python: sort keys, min/max keys, map/filter functions, property accessors): a builtin written as a
// JS generator yields CallRequests and receives each call's result (a new reference it owns).
// Must not depend on the interpreter: interp/native.ts runs such generators as frames of the
// thread (the Python callee runs with its switch points), ops/native-sync.ts runs them nested.
import type { PyObject } from './base.js';
import type { KwArgs } from './callables.js';

/** Python code a resumable builtin wants run: fn(*args, **kw), args borrowed. */
export interface CallRequest {
  readonly fn: PyObject;
  readonly args: PyObject[];
  readonly kw: KwArgs | null;
}

/** A resumable builtin in progress: yields calls, is sent their results, returns T. */
export type NativeGen<T = PyObject> = Generator<CallRequest, T, PyObject>;

/** The resumable form of a builtin (same arguments as its BuiltinFn). */
export type GenBuiltinFn = (args: PyObject[], kw: KwArgs | null) => NativeGen;

export function request(fn: PyObject, args: PyObject[], kw: KwArgs | null = null): CallRequest {
  return { fn, args, kw };
}

/**
 * Built-in types whose constructor calls back into Python for some arguments (list(map(f, xs)),
 * tuple(user_iterator)): `applies` says when the resumable form is worth running.
 */
export interface ResumableCtor {
  applies(args: readonly PyObject[], n: number, start: number, hasKw: boolean): boolean;
  gen: GenBuiltinFn;
}
export const resumableCtors = new Map<PyObject, ResumableCtor>();
