// Stage: VM interpreter. The less frequent instruction bodies kept out of the dispatch loop:
// raising, exception matching, JS-error conversion, f-string formatting, imports of the
// simulated modules, starred unpacking and ** merging.
import { PyError } from '../../pylib/errors.js';
import { PyObject, PyType, decref, incref } from '../objects/base.js';
import { PyFunction, PyMethod, PyModule } from '../objects/callables.js';
import { PyDict, PyList, PyTuple, newTuple } from '../objects/containers.js';
import {
  BaseException, ImportError, PyException, PyThrow, RecursionError, RuntimeError, TypeError as TypeErrorT,
  exceptionTypes, isExceptionType, newException, pyThrow, typeError, valueError,
} from '../objects/exceptions.js';
import { PyFloat, PyInt, PyStr, boolType, newStr } from '../objects/scalars.js';
import { callObject } from '../ops/call.js';
import { getAttrOrNull } from '../ops/attr.js';
import { ascii, repr, str } from '../ops/repr.js';
import { format } from '../ops/text-format.js';
import { toArray } from '../ops/seq.js';
import { importModule } from '../modules/registry.js';
import type { VmThread } from './frame.js';
import { vm } from './state.js';

/** Normalise anything thrown inside the loop to a Python exception (JS bugs are rethrown). */
export function toPyException(e: unknown): PyException {
  if (e instanceof PyThrow) return e.exc;
  if (e instanceof PyError) {
    const reword = e.messageId === undefined ? undefined : vm.profile.vm.messages.pylibRewording?.[e.messageId];
    return newException(exceptionTypes.get(e.pyType)!, reword ? reword(e.message) : e.message);
  }
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return newException(RecursionError, 'maximum recursion depth exceeded');
  }
  throw e;
}

export function exceptionMatches(exc: PyObject, spec: PyObject): boolean {
  if (spec instanceof PyTuple) {
    for (const s of spec.items) if (exceptionMatches(exc, s)) return true;
    return false;
  }
  if (!isExceptionType(spec)) {
    return typeError('catching classes that do not inherit from BaseException is not allowed');
  }
  return exc instanceof PyType && exc.isSubtypeOf(spec);
}

/** Instantiate `raise X` operands: a class is called with no arguments. New reference. */
function makeExc(o: PyObject, what: string): PyException {
  if (o instanceof PyType && isExceptionType(o)) {
    const r = callObject(o, []);
    if (!(r instanceof PyException)) {
      decref(r);
      return typeError(`calling ${repr(o)} should have returned an instance of BaseException, not ${r.type.name}`);
    }
    return r;
  }
  if (o instanceof PyException) {
    incref(o);
    return o;
  }
  return typeError(what);
}

/** RAISE_VARARGS body: always throws. Operands are owned (released here). */
export function doRaise(th: VmThread, excObj: PyObject | null, cause: PyObject | null): never {
  if (excObj === null) {
    const cur = th.excValue;
    if (!cur) return pyThrow(RuntimeError, 'No active exception to reraise');
    incref(cur);
    throw new PyThrow(cur);
  }
  let exc: PyException;
  try {
    exc = makeExc(excObj, 'exceptions must derive from BaseException');
  } finally {
    decref(excObj);
  }
  if (cause !== null) {
    let c: PyException | null = null;
    try {
      if (cause.type.name !== 'NoneType') c = makeExc(cause, 'exception causes must derive from BaseException');
    } finally {
      decref(cause);
    }
    if (exc.cause) decref(exc.cause);
    exc.cause = c;
    exc.suppressContext = true;
  }
  throw new PyThrow(exc);
}

/** FORMAT_VALUE: conversion (0 none, 1 str, 2 repr, 3 ascii) then format(value, spec). New ref. */
export function formatValue(v: PyObject, conv: number, spec: string): PyObject {
  let o = v;
  let tmp: PyObject | null = null;
  if (conv === 1) o = tmp = newStr(str(v));
  else if (conv === 2) o = tmp = newStr(repr(v));
  else if (conv === 3) o = tmp = newStr(ascii(v));
  try {
    return newStr(format(o, spec));
  } finally {
    if (tmp) decref(tmp);
  }
}

/** format(o, spec) lives with the other text formatting (ops/text-format.ts). */
export { format };

export function importName(name: string, fromlist: PyObject, line: number): PyObject {
  void fromlist;
  const top = name.split('.')[0]!;
  return importModule(top, line);
}

export function importFrom(m: PyObject, name: string): PyObject {
  const r = getAttrOrNull(m, name);
  if (r !== null) return r;
  const mn = m instanceof PyModule ? m.name : '?';
  return pyThrow(ImportError, `cannot import name '${name}' from '${mn}' (unknown location)`);
}

/** UNPACK_EX: `a, *b, c = seq` -> [before..., list, after...] (new references). */
export function unpackEx(seq: PyObject, before: number, after: number): PyObject[] {
  const items = toArray(seq);
  if (items.length < before + after) {
    for (const x of items) decref(x);
    return valueError(`not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  const mid = new PyList(items.slice(before, items.length - after));
  return [...items.slice(0, before), mid, ...items.slice(items.length - after)];
}

export function buildMapUnpack(parts: PyObject[], withCall: boolean, fn: PyObject | null): PyDict {
  const d = new PyDict();
  try {
    for (const p of parts) {
      if (!(p instanceof PyDict)) {
        const desc = fn instanceof PyFunction ? `${fn.qualname}()` : fn instanceof PyMethod && fn.func instanceof PyFunction ? `${fn.func.qualname}()` : 'function';
        typeError(withCall ? `${desc} argument after ** must be a mapping, not ${p.type.name}` : `'${p.type.name}' object is not a mapping`);
      }
      for (const e of (p as PyDict).map.values()) {
        if (withCall && d.get(e.key) !== undefined) {
          const desc = fn instanceof PyFunction ? `${fn.qualname}()` : 'function';
          typeError(`${desc} got multiple values for keyword argument '${str(e.key)}'`);
        }
        d.set(e.key, e.value);
      }
    }
  } catch (e) {
    decref(d);
    throw e;
  }
  return d;
}

export { BaseException, TypeErrorT, newTuple, toArray, vm };
