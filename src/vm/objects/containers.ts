// Stage: VM object model. tuple, list and dict (insertion ordered, keys by hash.keyOf). The
// containers own one reference to each item and release them in CPython's order on dealloc.
// Must not depend on the interpreter.
import { PyObject, decref, incref, makeType, track } from './base.js';
import { keyOf, hashHooks, type DKey } from './hash.js';
import { PyStr } from './scalars.js';

export const tupleType = makeType('tuple', null, 'tuple');
export const listType = makeType('list', null, 'list');
export const dictType = makeType('dict', null, 'dict');

export class PyTuple extends PyObject {
  /** Items are owned references. */
  constructor(public items: PyObject[]) {
    super(tupleType);
    heapTrack(this);
  }
  override clear(): void {
    const it = this.items;
    this.items = [];
    // CPython's tupledealloc releases items from the last to the first.
    for (let i = it.length - 1; i >= 0; i--) decref(it[i]!);
  }
  override traverse(visit: (o: PyObject) => void): void {
    // from the last item to the first, as CPython's: the collector's walk order follows it
    for (let i = this.items.length - 1; i >= 0; i--) visit(this.items[i]!);
  }
}

function heapTrack(o: PyObject): void {
  track(o);
}

export const emptyTuple = new PyTuple([]);
emptyTuple.refcnt = 1000;

/** A new tuple stealing the given references. */
export function newTuple(items: PyObject[]): PyTuple {
  if (items.length === 0) {
    emptyTuple.refcnt++;
    return emptyTuple;
  }
  return new PyTuple(items);
}

/** A new tuple taking new references to borrowed items. */
export function tupleOfBorrowed(items: readonly PyObject[]): PyTuple {
  for (const x of items) incref(x);
  return newTuple(items.slice());
}

export class PyList extends PyObject {
  constructor(public items: PyObject[]) {
    super(listType);
    track(this);
  }
  override clear(): void {
    const it = this.items;
    this.items = [];
    for (let i = it.length - 1; i >= 0; i--) decref(it[i]!);
  }
  override traverse(visit: (o: PyObject) => void): void {
    // from the last item to the first, as CPython's: the collector's walk order follows it
    for (let i = this.items.length - 1; i >= 0; i--) visit(this.items[i]!);
  }
}

export class DictEntry {
  declare key: PyObject;
  declare value: PyObject;
  /** True once removed from its dict: attribute-site caches holding it must look again. */
  declare dead: boolean;
  constructor(key: PyObject, value: PyObject) {
    this.key = key;
    this.value = value;
    this.dead = false;
  }
}

/** Installed by the memory layer (memory/tracking.ts): CPython's _PyObject_GC_MAY_BE_TRACKED. */
export const dictTrackingHooks = {
  mayBeTracked: null as ((o: PyObject) => boolean) | null,
  /** The dict just became tracked (its first container): CPython appends it to generation 0. */
  tracked: null as ((d: PyDict) => void) | null,
};

export class PyDict extends PyObject {
  map = new Map<DKey, DictEntry>();
  /**
   * CPython's tracked bit as dict stores maintain it (MAINTAIN_TRACKING): set once a key or
   * value that may be tracked is stored. The memory layer reads it and clears it.
   */
  storedTrackable = false;
  /** Bumped when a key is added: a site that found a name absent stays right while it is unchanged. */
  keysVer = 0;
  constructor() {
    super(dictType);
    track(this);
  }
  /** Borrowed value or undefined. */
  get(k: PyObject): PyObject | undefined {
    return this.map.get(keyOf(k))?.value;
  }
  /** Borrowed value for a str key. */
  getStr(name: string): PyObject | undefined {
    return this.map.get(name)?.value;
  }
  /** d[k] = v taking new references to k and v. */
  set(k: PyObject, v: PyObject): void {
    if (!this.storedTrackable) this.noteStore(k, v);
    const dk = keyOf(k);
    const e = this.map.get(dk);
    if (e) this.replace(e, v);
    else {
      incref(v);
      incref(k);
      this.keysVer++;
      this.map.set(dk, new DictEntry(k, v));
    }
  }
  /** Replace the value of one of this dict's live entries (as set() does for an existing key). */
  storeAt(e: DictEntry, v: PyObject): void {
    if (!this.storedTrackable) this.noteStore(null, v);
    this.replace(e, v);
  }
  /** The new value in, then the old one released (CPython's insertdict order). */
  private replace(e: DictEntry, v: PyObject): void {
    incref(v);
    const old = e.value;
    e.value = v;
    decref(old);
  }
  /** Set with a str key object created on demand (key passed as a PyObject factory). */
  setStr(name: string, keyObj: (() => PyObject) | null, v: PyObject): void {
    if (!this.storedTrackable) this.noteStore(null, v);
    const e = this.map.get(name);
    if (e) this.replace(e, v);
    else {
      incref(v);
      this.keysVer++;
      this.map.set(name, new DictEntry(keyObj ? keyObj() : new PyStr(name), v));
    }
  }
  private noteStore(k: PyObject | null, v: PyObject): void {
    const f = dictTrackingHooks.mayBeTracked;
    if (f !== null && (f(v) || (k !== null && f(k)))) {
      this.storedTrackable = true;
      dictTrackingHooks.tracked?.(this);
    }
  }
  /** Delete; returns false when absent. */
  delete(k: PyObject): boolean {
    const dk = keyOf(k);
    const e = this.map.get(dk);
    if (!e) return false;
    this.map.delete(dk);
    e.dead = true;
    decref(e.key);
    decref(e.value);
    return true;
  }
  deleteStr(name: string): boolean {
    const e = this.map.get(name);
    if (!e) return false;
    this.map.delete(name);
    e.dead = true;
    decref(e.key);
    decref(e.value);
    return true;
  }
  get size(): number {
    return this.map.size;
  }
  override clear(): void {
    const es = [...this.map.values()];
    this.map.clear();
    for (const e of es) {
      e.dead = true;
      decref(e.key);
      decref(e.value);
    }
  }
  override traverse(visit: (o: PyObject) => void): void {
    for (const e of this.map.values()) {
      // value first, as CPython's dict_traverse
      visit(e.value);
      visit(e.key);
    }
  }
}

hashHooks.tupleType = tupleType;
