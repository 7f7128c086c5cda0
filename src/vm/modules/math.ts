// Stage: VM simulated modules. `math`: the constants and the functions whose results are exact
// or correctly rounded in both CPython (C libm) and JS (sqrt, floor, ceil, gcd, factorial, isqrt,
// fmod, copysign, isclose, ...), pow via pylib's correctly rounded floatPow. Transcendental
// functions (log, exp, sin...) could differ from glibc in the last bit: calling one stops the
// run with "not supported yet" instead of printing a possibly different digit.
import { floatPow, floatToInt } from '../../pylib/float-ops.js';
import { NotSupportedDiagnostic } from '../../source/diagnostics.js';
import { PyObject } from '../objects/base.js';
import { PyBuiltin, strKey, type KwArgs } from '../objects/callables.js';
import type { PyDict } from '../objects/containers.js';
import { overflowError, typeError, valueError } from '../objects/exceptions.js';
import { PyFloat, PyInt, intFromNumberOrBig, newBool, newFloat, newBigInt } from '../objects/scalars.js';
import { typeName } from '../ops/call.js';
import { vm } from '../interp/state.js';
import { registerModule } from './registry.js';

function def(d: PyDict, name: string, f: (a: PyObject[], kw: KwArgs | null) => PyObject): void {
  d.setStr(name, strKey(name), new PyBuiltin(name, f));
}

function nargs(name: string, a: PyObject[], n: number): void {
  if (a.length !== n) {
    typeError(n === 1 ? `${name}() takes exactly one argument (${a.length} given)` : `${name} expected ${n} arguments, got ${a.length}`);
  }
}

/** PyFloat_AsDouble: ints and floats. */
function toDouble(o: PyObject): number {
  if (o instanceof PyFloat) return o.v;
  if (o instanceof PyInt) {
    const x = Number(o.v);
    if (!Number.isFinite(x)) overflowError('int too large to convert to float');
    return x;
  }
  return typeError(`must be real number, not ${typeName(o)}`);
}

function intArgBig(o: PyObject): bigint {
  if (o instanceof PyInt) return typeof o.v === 'bigint' ? o.v : BigInt(o.v);
  if (o instanceof PyFloat) return typeError("'float' object cannot be interpreted as an integer");
  return typeError(`'${typeName(o)}' object cannot be interpreted as an integer`);
}

/** floor/ceil: ints pass through, floats round toward -inf/+inf into an int. */
function rounding(name: string, f: (x: number) => number): (a: PyObject[]) => PyObject {
  return (a) => {
    nargs(name, a, 1);
    const x = a[0]!;
    if (x instanceof PyInt) return intFromNumberOrBig(x.v);
    const v = toDouble(x);
    if (Number.isNaN(v)) valueError('cannot convert float NaN to integer');
    if (!Number.isFinite(v)) overflowError('cannot convert float infinity to integer');
    return intFromNumberOrBig(floatToInt(f(v)));
  };
}

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}

const UNSUPPORTED = ['log', 'log2', 'log10', 'log1p', 'exp', 'expm1', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan',
  'atan2', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'hypot', 'erf', 'erfc', 'gamma', 'lgamma', 'fsum',
  'dist', 'prod', 'perm', 'comb', 'frexp', 'ldexp', 'remainder'];

registerModule('math', (d) => {
  const num = (name: string, v: number) => d.setStr(name, strKey(name), newFloat(v));
  num('pi', Math.PI);
  num('e', Math.E);
  num('tau', 2 * Math.PI);
  num('inf', Infinity);
  num('nan', NaN);
  def(d, 'sqrt', (a) => {
    nargs('sqrt', a, 1);
    const x = toDouble(a[0]!);
    if (x < 0) valueError('math domain error');
    return newFloat(Math.sqrt(x));
  });
  def(d, 'floor', rounding('floor', Math.floor));
  def(d, 'ceil', rounding('ceil', Math.ceil));
  def(d, 'trunc', rounding('trunc', Math.trunc));
  def(d, 'fabs', (a) => (nargs('fabs', a, 1), newFloat(Math.abs(toDouble(a[0]!)))));
  def(d, 'copysign', (a) => {
    nargs('copysign', a, 2);
    const x = Math.abs(toDouble(a[0]!));
    const y = toDouble(a[1]!);
    return newFloat(y < 0 || Object.is(y, -0) ? -x : x);
  });
  def(d, 'fmod', (a) => {
    nargs('fmod', a, 2);
    const x = toDouble(a[0]!);
    const y = toDouble(a[1]!);
    if (y === 0 || !Number.isFinite(x)) {
      if (!Number.isNaN(x) && !Number.isNaN(y)) valueError('math domain error');
    }
    return newFloat(x % y);
  });
  def(d, 'pow', (a) => {
    nargs('pow', a, 2);
    const x = toDouble(a[0]!);
    const y = toDouble(a[1]!);
    if (x === 0 && y < 0) valueError('math domain error');
    if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && !Number.isInteger(y)) valueError('math domain error');
    const r = floatPow(x, y);
    if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) overflowError('math range error');
    return newFloat(r);
  });
  def(d, 'degrees', (a) => (nargs('degrees', a, 1), newFloat(toDouble(a[0]!) * (180 / Math.PI))));
  def(d, 'radians', (a) => (nargs('radians', a, 1), newFloat(toDouble(a[0]!) * (Math.PI / 180))));
  def(d, 'isfinite', (a) => (nargs('isfinite', a, 1), newBool(Number.isFinite(toDouble(a[0]!)))));
  def(d, 'isinf', (a) => {
    nargs('isinf', a, 1);
    const x = toDouble(a[0]!);
    return newBool(x === Infinity || x === -Infinity);
  });
  def(d, 'isnan', (a) => (nargs('isnan', a, 1), newBool(Number.isNaN(toDouble(a[0]!)))));
  def(d, 'isclose', (a, kw) => {
    nargs('isclose', a, 2);
    const x = toDouble(a[0]!);
    const y = toDouble(a[1]!);
    const rel = kw?.get('rel_tol') ? toDouble(kw.get('rel_tol')!) : 1e-9;
    const abs = kw?.get('abs_tol') ? toDouble(kw.get('abs_tol')!) : 0;
    if (rel < 0 || abs < 0) valueError('tolerances must be non-negative');
    if (x === y) return newBool(true);
    if (!Number.isFinite(x) || !Number.isFinite(y)) return newBool(false);
    const diff = Math.abs(y - x);
    return newBool(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
  });
  def(d, 'gcd', (a) => {
    nargs('gcd', a, 2);
    let x = intArgBig(a[0]!);
    let y = intArgBig(a[1]!);
    if (x < 0n) x = -x;
    if (y < 0n) y = -y;
    while (y) [x, y] = [y, x % y];
    return newBigInt(x);
  });
  def(d, 'factorial', (a) => {
    nargs('factorial', a, 1);
    const x = a[0]!;
    if (x instanceof PyFloat && !Number.isInteger(x.v)) valueError('factorial() only accepts integral values');
    const n = x instanceof PyFloat ? BigInt(x.v) : intArgBig(x);
    if (n < 0n) valueError('factorial() not defined for negative values');
    let r = 1n;
    for (let i = 2n; i <= n; i++) r *= i;
    return newBigInt(r);
  });
  def(d, 'isqrt', (a) => {
    nargs('isqrt', a, 1);
    const n = intArgBig(a[0]!);
    if (n < 0n) valueError('isqrt() argument must be nonnegative');
    return newBigInt(isqrt(n));
  });
  for (const name of UNSUPPORTED) {
    def(d, name, () => {
      const f = vm.thread.frame;
      throw new NotSupportedDiagnostic(`math.${name} (results could differ from C's libm)`, f ? f.line : 0);
    });
  }
});
