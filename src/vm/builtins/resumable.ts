// Stage: VM builtins. The builtins that call back into Python, written as resumable generators
// (objects/native-call.ts): sorted, min, max, sum, list.sort, list()/tuple() of Python-driven
// iterables, and the map / filter iterators. Their
// CALL sites (and FOR_ITER for map/filter) run them as native frames, so key functions and
// user comparisons run with their switch points; JS callers run them nested (runSync).
import { PyObject, decref, incref } from '../objects/base.js';
import { PyBuiltin, type KwArgs } from '../objects/callables.js';
import { PyList, listType, newTuple, tupleType } from '../objects/containers.js';
import { typeError, valueError } from '../objects/exceptions.js';
import { vm } from '../interp/state.js';
import { PyIter, filterType, mapType } from '../objects/iterators.js';
import { request, resumableCtors, type GenBuiltinFn, type NativeGen } from '../objects/native-call.js';
import { None, PyFloat, PyInt, PyStr, newFloat, newInt, newNone } from '../objects/scalars.js';
import { Cmp, compareBoolGen, truthy } from '../ops/compare.js';
import { resumable, runSync } from '../ops/native-sync.js';
import { iteratesPython, toArrayGen } from '../ops/iter-gen.js';
import { Bin, binaryOp, binaryOpGen } from '../ops/numeric.js';
import { getIter, iterNext, toArray } from '../ops/seq.js';
import { nargs } from './args.js';
import { sortGen } from './sort.js';

function* sortedGen(a: PyObject[], kw: KwArgs | null): NativeGen {
  nargs('sorted', a, 1, 1);
  const l = new PyList(yield* toArrayGen(a[0]!));
  try {
    yield* sortGen(l, kw);
  } catch (e) {
    decref(l);
    throw e;
  }
  return l;
}

function* listSortGen(a: PyObject[], kw: KwArgs | null): NativeGen {
  if (a.length > 1) typeError('sort() takes no positional arguments');
  yield* sortGen(a[0] as PyList, kw);
  return newNone();
}

/** min() / max(): keys are requested calls; user classes compare through requested __lt__/__gt__. */
function* minmaxGen(name: 'min' | 'max', args: PyObject[], kw: KwArgs | null): NativeGen {
  const keyArg = kw?.get('key') ?? null;
  const key = keyArg !== null && keyArg !== None ? keyArg : null;
  const dflt = kw?.get('default');
  if (kw) for (const k of kw.keys()) if (k !== 'key' && k !== 'default') typeError(`'${k}' is an invalid keyword argument for ${name}()`);
  let items: PyObject[];
  if (args.length === 0) typeError(`${name} expected 1 argument, got 0`);
  if (args.length === 1) items = yield* toArrayGen(args[0]!);
  else {
    if (dflt) typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    items = args.map((a) => (incref(a), a));
  }
  let best: PyObject | null = null;
  let bestKey: PyObject | null = null;
  try {
    if (!items.length) {
      if (dflt) {
        incref(dflt);
        return dflt;
      }
      const m = vm.profile.vm.messages.emptyMinMax;
      return valueError(m ? m(name) : `${name}() arg is an empty sequence`);
    }
    const op = name === 'min' ? Cmp.LT : Cmp.GT;
    for (const x of items) {
      let k = x;
      if (key !== null) k = yield request(key, [x]);
      else incref(k);
      if (bestKey === null || (yield* compareBoolGen(op, k, bestKey))) {
        if (bestKey !== null) decref(bestKey);
        best = x;
        bestKey = k;
      } else decref(k);
    }
    incref(best!);
    return best!;
  } finally {
    if (bestKey !== null) decref(bestKey);
    for (const x of items) decref(x);
  }
}

/** map(f, *iterables): each step requests f(*items). */
function mapFn(a: PyObject[]): PyObject {
  if (a.length < 2) typeError('map() must have at least two arguments.');
  const f = a[0]!;
  const its = a.slice(1).map(getIter);
  incref(f);
  const stepGen = function* (): NativeGen<PyObject | null> {
    const xs: PyObject[] = [];
    for (const it of its) {
      const x = iterNext(it);
      if (x === null) {
        for (const y of xs) decref(y);
        return null;
      }
      xs.push(x);
    }
    try {
      return yield request(f, xs);
    } finally {
      for (const y of xs) decref(y);
    }
  };
  const it = new PyIter(mapType, [f, ...its], () => runSync(stepGen()));
  it.gen = stepGen;
  return it;
}

/** filter(f, iterable): each step requests f(item) until one is true (None: the item's truth). */
function filterFn(a: PyObject[]): PyObject {
  nargs('filter', a, 2, 2);
  const f = a[0]!;
  const src = getIter(a[1]!);
  incref(f);
  const stepGen = function* (): NativeGen<PyObject | null> {
    for (;;) {
      const x = iterNext(src);
      if (x === null) return null;
      let ok: boolean;
      try {
        if (f === None) ok = truthy(x);
        else {
          const r = yield request(f, [x]);
          ok = truthy(r);
          decref(r);
        }
      } catch (e) {
        decref(x);
        throw e;
      }
      if (ok) return x;
      decref(x);
    }
  };
  const it = new PyIter(filterType, [f, src], () => runSync(stepGen()));
  it.gen = stepGen;
  return it;
}

/** sum(iterable, start=0): user __add__/__radd__ and Python iterators as requested calls. */
function* sumGen(a: PyObject[], kw: KwArgs | null): NativeGen {
  const start = a[1] ?? kw?.get('start') ?? null;
  if (!a.length) typeError('sum() takes at least 1 positional argument (0 given)');
  if (start instanceof PyStr) typeError("sum() can't sum strings [use ''.join(seq) instead]");
  const items = yield* toArrayGen(a[0]!);
  let acc: PyObject = start ?? newInt(0);
  if (start) incref(start);
  try {
    let i = 0;
    if (vm.profile.vm.compensatedFloatSum) [acc, i] = compensatedSum(acc, items);
    for (; i < items.length; i++) {
      const x = items[i]!;
      const r = acc.type.isHeap || x.type.isHeap ? yield* binaryOpGen(Bin.Add, acc, x) : binaryOp(Bin.Add, acc, x);
      decref(acc);
      acc = r;
    }
  } catch (e) {
    decref(acc);
    throw e;
  } finally {
    for (const x of items) decref(x);
  }
  return acc;
}

/**
 * 3.12+'s float path of sum(): once the running total is a float, following floats (and ints
 * exact in a double) are added with Neumaier's compensation, as CPython's builtin_sum does.
 * Consumes `acc`; returns the new total and the index of the first item it did not add.
 */
function compensatedSum(acc: PyObject, items: readonly PyObject[]): [PyObject, number] {
  let i = 0;
  // The int phase is plain (exact) addition: let the generic loop do it until a float appears.
  while (i < items.length && acc instanceof PyInt && items[i] instanceof PyInt) {
    const r = binaryOp(Bin.Add, acc, items[i]!);
    decref(acc);
    acc = r;
    i++;
  }
  if (i >= items.length || !(items[i] instanceof PyFloat) || !(acc instanceof PyInt || acc instanceof PyFloat)) return [acc, i];
  const start = acc instanceof PyFloat ? acc.v : Number(acc.v);
  if (!(acc instanceof PyFloat) && !Number.isSafeInteger(start)) return [acc, i];
  let f = start;
  let c = 0;
  for (; i < items.length; i++) {
    const it = items[i]!;
    let x: number;
    if (it instanceof PyFloat) x = it.v;
    else if (it instanceof PyInt && typeof it.v === 'number' && Number.isSafeInteger(it.v)) x = it.v;
    else break;
    const t = f + x;
    if (Math.abs(f) >= Math.abs(x)) c += f - t + x;
    else c += x - t + f;
    f = t;
  }
  // CPython adds the compensation only when it is finite and non-zero (keeps inf/nan and -0.0 as they are).
  if (c !== 0 && Number.isFinite(c)) f += c;
  decref(acc);
  return [newFloat(f), i];
}

/** list(it) / tuple(it) when iterating `it` runs Python code (map, filter, user iterators). */
const fromIterable = (make: (items: PyObject[]) => PyObject) => ({
  applies: (args: readonly PyObject[], n: number, start: number, hasKw: boolean) => n === 1 && !hasKw && iteratesPython(args[start]!),
  gen: function* (a: PyObject[]): NativeGen {
    return make(yield* toArrayGen(a[0]!));
  },
});
resumableCtors.set(listType, fromIterable((items) => new PyList(items)));
resumableCtors.set(tupleType, fromIterable((items) => newTuple(items)));

const GEN_BUILTINS: Record<string, GenBuiltinFn> = {
  sum: sumGen,
  sorted: sortedGen,
  min: (a, kw) => minmaxGen('min', a, kw),
  max: (a, kw) => minmaxGen('max', a, kw),
};

/** The resumable builtins of the builtins module (map/filter only build their iterators). */
export function resumableBuiltins(): PyBuiltin[] {
  const out: PyBuiltin[] = [];
  for (const [name, g] of Object.entries(GEN_BUILTINS)) out.push(resumable(new PyBuiltin(name, () => None), g));
  out.push(new PyBuiltin('map', mapFn), new PyBuiltin('filter', filterFn));
  return out;
}

/** list.sort becomes resumable (installed after builtins/methods.ts defined the list methods). */
export function installResumableMethods(): void {
  const sort = listType.attrs.get('sort');
  if (sort instanceof PyBuiltin) resumable(sort, listSortGen);
}
