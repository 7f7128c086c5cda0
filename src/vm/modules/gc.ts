// Stage: VM simulated modules. `gc`: the Python face of src/vm/memory/ (collect(generation),
// get_count, get/set_threshold, enable/disable/isenabled, is_tracked, get_objects, garbage)
// with CPython 3.8's argument checks and messages. Must not depend on the interpreter loop.
import { PyObject } from '../objects/base.js';
import { PyBuiltin, strKey, type KwArgs } from '../objects/callables.js';
import { PyDict, PyList, newTuple } from '../objects/containers.js';
import { typeError, valueError } from '../objects/exceptions.js';
import { PyFloat, PyInt, newBool, newInt, newNone, None } from '../objects/scalars.js';
import { typeName } from '../ops/call.js';
import { collectGuarded, gc, getCounts, setEnabled, setThresholds, NUM_GENERATIONS } from '../memory/generations.js';
import { generationSet, isTracked } from '../memory/tracking.js';
import { registerModule } from './registry.js';

/** Collect every generation (the interpreter's full collection); returns the collected count. */
export function collect(): number {
  return collectGuarded(NUM_GENERATIONS - 1);
}

function def(d: PyDict, name: string, f: (a: PyObject[], kw: KwArgs | null) => PyObject): void {
  d.setStr(name, strKey(name), new PyBuiltin(name, f));
}

/** PyArg "i" conversion with 3.8's messages. */
function intParam(o: PyObject): number {
  if (o instanceof PyInt) return Number(o.v);
  if (o instanceof PyFloat) return typeError('integer argument expected, got float');
  return typeError(`an integer is required (got type ${typeName(o)})`);
}

function noArgs(name: string, a: PyObject[], kw: KwArgs | null): void {
  if (kw && kw.size) typeError(`${name}() takes no keyword arguments`);
  if (a.length) typeError(`${name}() takes no arguments (${a.length} given)`);
}

function oneArg(name: string, a: PyObject[], kw: KwArgs | null): PyObject {
  if (kw && kw.size) typeError(`${name}() takes no keyword arguments`);
  if (a.length !== 1) typeError(`${name}() takes exactly one argument (${a.length} given)`);
  return a[0]!;
}

registerModule('gc', (d) => {
  def(d, 'collect', (a, kw) => {
    if (a.length > 1) typeError(`collect() takes at most 1 argument (${a.length} given)`);
    let genObj: PyObject | undefined = a[0];
    if (kw) {
      for (const k of kw.keys()) {
        if (k !== 'generation') typeError(`'${k}' is an invalid keyword argument for collect()`);
      }
      const g = kw.get('generation');
      if (g && genObj) typeError("argument for collect() given by name ('generation') and position (1)");
      genObj = g ?? genObj;
    }
    const gen = genObj === undefined ? NUM_GENERATIONS - 1 : intParam(genObj);
    if (gen < 0 || gen >= NUM_GENERATIONS) valueError('invalid generation');
    return newInt(collectGuarded(gen));
  });
  def(d, 'get_count', (a, kw) => {
    noArgs('get_count', a, kw);
    return newTuple(getCounts().map(newInt));
  });
  def(d, 'get_threshold', (a, kw) => {
    noArgs('get_threshold', a, kw);
    return newTuple(gc.thresholds.map(newInt));
  });
  def(d, 'set_threshold', (a, kw) => {
    if (kw && kw.size) typeError('set_threshold() takes no keyword arguments');
    if (a.length < 1) typeError(`set_threshold() takes at least 1 argument (${a.length} given)`);
    if (a.length > 3) typeError(`set_threshold() takes at most 3 arguments (${a.length} given)`);
    setThresholds(a.map(intParam));
    return newNone();
  });
  def(d, 'disable', (a, kw) => (noArgs('disable', a, kw), setEnabled(false), newNone()));
  def(d, 'enable', (a, kw) => (noArgs('enable', a, kw), setEnabled(true), newNone()));
  def(d, 'isenabled', (a, kw) => (noArgs('isenabled', a, kw), newBool(gc.enabled)));
  def(d, 'is_tracked', (a, kw) => newBool(isTracked(oneArg('is_tracked', a, kw), gc.rules)));
  def(d, 'get_objects', (a, kw) => {
    if (a.length > 1) typeError(`get_objects() takes at most 1 argument (${a.length} given)`);
    const g = a[0] ?? kw?.get('generation') ?? None;
    const gens = g === None ? [0, 1, 2] : [intParam(g)];
    for (const x of gens) if (x < 0 || x >= NUM_GENERATIONS) valueError(`generation parameter must be less than the number of available generations (${NUM_GENERATIONS})`);
    const items: PyObject[] = [];
    for (const x of gens) for (const o of generationSet(x)) if (isTracked(o, gc.rules)) items.push(o);
    for (const o of items) o.refcnt++;
    return new PyList(items);
  });
  const garbage = new PyList([]);
  d.setStr('garbage', strKey('garbage'), garbage);
  garbage.refcnt--; // the module dict holds the only reference
});
