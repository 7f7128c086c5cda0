// Stage: VM builtins. Class creation (__build_class__ and type(name, bases, ns)) with C3 MRO,
// the __class__ cell for zero-argument super(), and super objects.
import { PyObject, PyType, decref, heap, incref, objectType, typeType, makeType } from '../objects/base.js';
import { PyBuiltin, PyCell, PyFunction, PyMethod, type KwArgs } from '../objects/callables.js';
import { PyDict } from '../objects/containers.js';
import { typeError, runtimeError } from '../objects/exceptions.js';
import { PyStr } from '../objects/scalars.js';
import { bindAttr } from '../ops/attr.js';
import { runClassBody } from '../interp/calls.js';
import { vm } from '../interp/state.js';

function c3(bases: PyType[]): PyType[] {
  const seqs = [...bases.map((b) => b.mro.slice()), bases.slice()];
  const out: PyType[] = [];
  for (;;) {
    const live = seqs.filter((s) => s.length);
    if (!live.length) return out;
    let cand: PyType | null = null;
    for (const s of live) {
      const h = s[0]!;
      if (!live.some((t) => t.indexOf(h) > 0)) {
        cand = h;
        break;
      }
    }
    if (!cand) return typeError('Cannot create a consistent method resolution order (MRO)');
    out.push(cand);
    for (const s of live) if (s[0] === cand) s.shift();
  }
}

/** Every base of a class statement (PyType.base keeps only the first, for layout). */
export const classBases = new WeakMap<PyType, readonly PyType[]>();

export function buildClass(name: string, bases: readonly PyObject[], ns: PyDict): PyType {
  for (const b of bases) if (!(b instanceof PyType)) typeError('bases must be types');
  const bs = (bases.length ? bases : [objectType]) as PyType[];
  const first = bs[0]!;
  const t = makeType(name, first, first.layout === 'object' ? 'instance' : first.layout);
  t.type = typeType;
  t.isHeap = true;
  t.hasInstanceDict = true;
  if (bs.length > 1) t.mro = [t, ...c3(bs)];
  classBases.set(t, bs.slice());
  for (const b of bs) if (b.isHeap) incref(b);
  let cell: PyCell | null = null;
  for (const e of ns.map.values()) {
    const k = (e.key as PyStr).v;
    if (k === '__qualname__') {
      t.qualname = (e.value as PyStr).v;
      continue;
    }
    if (k === '__classcell__') {
      cell = e.value as PyCell;
      continue;
    }
    if (k === '__module__' && e.value instanceof PyStr) t.module = e.value.v;
    if (k === '__doc__' && e.value instanceof PyStr) t.doc = e.value.v;
    incref(e.value);
    t.attrs.set(k, e.value);
  }
  heap.typeVersion++;
  t.hasDel = t.lookup('__del__') !== null;
  if (t.hasDel) heap.anyDel = true;
  t.customSetAttr = t.lookup('__setattr__') instanceof PyFunction;
  if (t.attrs.has('__eq__') && !t.attrs.has('__hash__')) {
    incref(noneObj());
    t.attrs.set('__hash__', noneObj());
  }
  if (cell) {
    incref(t);
    const old = cell.ref;
    cell.ref = t;
    if (old) decref(old);
  }
  return t;
}

function noneObj(): PyObject {
  return vm.builtins.getStr('None')!;
}

export const buildClassBuiltin = new PyBuiltin('__build_class__', (args: PyObject[], kw: KwArgs | null) => {
  if (args.length < 2) typeError('__build_class__: not enough arguments');
  const body = args[0]!;
  const nameObj = args[1]!;
  if (!(body instanceof PyFunction)) typeError('__build_class__: func must be a function');
  if (!(nameObj instanceof PyStr)) typeError('__build_class__: name is not a string');
  if (kw && kw.size && !kw.has('metaclass')) typeError('__build_class__: keyword arguments are not supported');
  const ns = new PyDict();
  try {
    const r = runClassBody(body as PyFunction, ns);
    decref(r);
    return buildClass((nameObj as PyStr).v, args.slice(2), ns);
  } finally {
    decref(ns);
  }
});

export const superType = makeType('super', null, 'super');
superType.customGetAttr = true;

export class PySuper extends PyObject {
  constructor(
    public start: PyType,
    public obj: PyObject,
  ) {
    super(superType);
    incref(start);
    incref(obj);
  }
  override clear(): void {
    decref(this.start);
    decref(this.obj);
  }
}

superType.newFn = (_t, args) => {
  let start: PyObject;
  let obj: PyObject;
  if (args.length === 0) {
    const f = vm.thread.frame;
    if (!f) return runtimeError('super(): no current frame');
    const c = f.d.code;
    const idx = c.freevars.indexOf('__class__');
    if (idx < 0) return runtimeError('super(): __class__ cell not found');
    const cell = f.cells[c.cellvars.length + idx]!;
    if (!cell.ref) return runtimeError('super(): empty __class__ cell');
    start = cell.ref;
    if (c.argcount === 0) return runtimeError('super(): no arguments');
    const first = f.locals[0] ?? (c.cellvars.includes(c.varnames[0]!) ? f.cells[c.cellvars.indexOf(c.varnames[0]!)]!.ref : null);
    if (!first) return runtimeError('super(): arg[0] deleted');
    obj = first;
  } else {
    start = args[0]!;
    obj = args[1]!;
  }
  if (!(start instanceof PyType)) return typeError('super() argument 1 must be type, not ' + start.type.name);
  return new PySuper(start, obj);
};

superType.getset.set('__getattribute__', { get: () => { throw new Error('unreachable'); } });
superType.getset.delete('__getattribute__');

/** Attribute lookup on a super object: search the MRO after `start`. */
export function superGetAttr(s: PySuper, name: string): PyObject | null {
  const objType = s.obj instanceof PyType ? s.obj : s.obj.type;
  const mro = objType.mro;
  let i = mro.indexOf(s.start);
  for (i = i + 1; i < mro.length; i++) {
    const v = mro[i]!.attrs.get(name);
    if (v !== undefined) {
      if (s.obj instanceof PyType) {
        incref(v);
        return v;
      }
      return bindAttr(v, s.obj);
    }
  }
  return null;
}

export { PyMethod };
