// Stage: VM object model. Immutable scalars: None, NotImplemented, Ellipsis, int (JS number fast
// path, bigint beyond 2**53), bool, float, str. Small ints -5..256 are cached singletons like
// CPython's. Must not depend on the interpreter.
import { PyObject, heap, makeType, type PyType } from './base.js';

export const noneType = makeType('NoneType', null, 'none');
export const intType = makeType('int', null, 'int');
export const boolType = makeType('bool', intType, 'bool');
export const floatType = makeType('float', null, 'float');
export const strType = makeType('str', null, 'str');
export const notImplType = makeType('NotImplementedType', null, 'other');
export const ellipsisType = makeType('ellipsis', null, 'other');

export const None = new PyObject(noneType);
export const NotImplemented = new PyObject(notImplType);
export const Ellipsis = new PyObject(ellipsisType);

export class PyInt extends PyObject {
  /** A safe-integer number, or a bigint when outside ±(2**53 - 1). */
  declare v: number | bigint;
  constructor(v: number | bigint, type: PyType = intType) {
    super(undefined); // fields assigned here: monomorphic stores (see PyObject's constructor)
    this.refcnt = 1;
    this.id = heap.nextId++;
    this.type = type;
    this.v = v;
  }
}

export class PyFloat extends PyObject {
  declare v: number;
  constructor(v: number) {
    super(undefined); // fields assigned here: monomorphic stores (see PyObject's constructor)
    this.refcnt = 1;
    this.id = heap.nextId++;
    this.type = floatType;
    this.v = v;
  }
}

export class PyStr extends PyObject {
  declare v: string;
  constructor(v: string) {
    super(undefined); // fields assigned here: monomorphic stores (see PyObject's constructor)
    this.refcnt = 1;
    this.id = heap.nextId++;
    this.type = strType;
    this.v = v;
  }
}

export const False = new PyInt(0, boolType);
export const True = new PyInt(1, boolType);
// Immortal-ish: give singletons a large starting count so they never deallocate.
for (const o of [None, NotImplemented, Ellipsis, False, True]) o.refcnt = 1000;

const SMALL: PyInt[] = [];
for (let i = -5; i <= 256; i++) {
  const o = new PyInt(i);
  o.refcnt = 1000;
  SMALL.push(o);
}

/** A new reference to an int with value v (number must be an integer). */
export function newInt(v: number): PyInt {
  if (v >= -5 && v <= 256) {
    const o = SMALL[v + 5]!;
    o.refcnt++;
    return o;
  }
  return new PyInt(v);
}

export function newBigInt(v: bigint): PyInt {
  if (v >= -9007199254740991n && v <= 9007199254740991n) return newInt(Number(v));
  return new PyInt(v);
}

/** Normalise an int value: numbers stay numbers when safe, otherwise bigint. */
export function intFromNumberOrBig(v: number | bigint): PyInt {
  return typeof v === 'number' ? (Number.isSafeInteger(v) ? newInt(v) : newBigInt(BigInt(v))) : newBigInt(v);
}

export function newBool(b: boolean): PyInt {
  const o = b ? True : False;
  o.refcnt++;
  return o;
}

export function newFloat(v: number): PyFloat {
  return new PyFloat(v);
}

export function newStr(s: string): PyStr {
  return new PyStr(s);
}

export function newNone(): PyObject {
  None.refcnt++;
  return None;
}

export function isInt(o: PyObject): o is PyInt {
  return o instanceof PyInt;
}

/** The int value as a bigint (works for bool too). */
export function bigOf(o: PyInt): bigint {
  return typeof o.v === 'bigint' ? o.v : BigInt(o.v);
}
