// Stage: VM builtins. Small helpers for builtin implementations: argument count checks with
// CPython's messages, defining builtin functions and methods on types.
import { PyObject, PyType } from '../objects/base.js';
import { PyBuiltin, type BuiltinFn, type KwArgs } from '../objects/callables.js';
import { typeError } from '../objects/exceptions.js';
import { PyInt, PyStr } from '../objects/scalars.js';
import { typeName } from '../ops/call.js';

export function nargs(name: string, args: PyObject[], min: number, max: number): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 0) typeError(`${name}() takes no arguments (${n} given)`);
    if (min === 1) typeError(`${name}() takes exactly one argument (${n} given)`);
    typeError(`${name} expected ${min} arguments, got ${n}`);
  }
  if (n < min) typeError(`${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  typeError(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

export function noKw(name: string, kw: KwArgs | null): void {
  if (kw && kw.size) typeError(`${name}() takes no keyword arguments`);
}

export function intArg(o: PyObject, what = 'an integer'): number {
  if (o instanceof PyInt) return Number(o.v);
  return typeError(`'${typeName(o)}' object cannot be interpreted as ${what === 'an integer' ? 'an integer' : what}`);
}

export function strArg(o: PyObject, fname: string, pos = 1): string {
  if (o instanceof PyStr) return o.v;
  return typeError(`${fname}() argument ${pos} must be str, not ${typeName(o)}`);
}

export function fn(name: string, f: BuiltinFn): PyBuiltin {
  return new PyBuiltin(name, f);
}

/** Define methods on a builtin type: args[0] is self. */
export function methods(t: PyType, table: Record<string, BuiltinFn>): void {
  for (const [name, f] of Object.entries(table)) {
    const b = new PyBuiltin(name, f, true);
    b.ownerName = t.name;
    t.attrs.set(name, b);
  }
}
