// Stage: VM object model. The PyObject base (refcount, id, type), PyType, the per-run runtime
// counters and incref/decref with CPython-order deallocation. Must not depend on the
// interpreter, threads or the simulation layer.

/** Per-run mutable state shared by every object (one machine runs at a time). */
export const heap = {
  nextId: 1,
  /** Container objects the cycle collector can see (CPython: gc-tracked objects), generation 0. */
  tracked: new Set<PyObject>(),
  /** gc generation 0 count: container allocations minus deallocations (src/vm/memory/). */
  gcCount: 0,
  /** gcTrigger runs when an allocation takes gcCount above this (Infinity: never). */
  gcLimit: Infinity,
  gcTrigger: null as (() => void) | null,
  /** Objects the collector moved out of generation 0 (older generations, untracked tuples). */
  oldSize: 0,
  /** Removes a dying object from the collector's older sets; true if it was in one. */
  untrackOld: ((_o: PyObject) => false) as (o: PyObject) => boolean,
  /**
   * Called when an instance of a class with __del__ dies (installed by the interpreter);
   * fromDealloc: its refcount dropped to zero (the interpreter may then defer __del__).
   */
  finalize: null as ((o: PyObject, fromDealloc?: boolean) => void) | null,
  /** Bumped whenever a class attribute changes: invalidates attribute caches. */
  typeVersion: 1,
  /** Some class of this run has had a __del__ (else finalization at exit has nothing to show). */
  anyDel: false,
};

/** Ids of objects that outlive a run (code constants, names): a separate range, never reset. */
let staticNextId = 1e12;

/**
 * Runs `make` with ids from the static range, so that objects cached across machines (decoded
 * constants) never shift the ids a run hands out: the same program gets the same ids in every
 * execution, whether or not its code was decoded before (the explorer relies on it).
 */
export function withStaticIds<T>(make: () => T): T {
  const saved = heap.nextId;
  heap.nextId = staticNextId;
  try {
    return make();
  } finally {
    staticNextId = heap.nextId;
    heap.nextId = saved;
  }
}

export function resetHeap(): void {
  heap.nextId = 1;
  heap.tracked.clear();
  heap.gcCount = 0;
  heap.gcLimit = Infinity;
  heap.gcTrigger = null;
  heap.oldSize = 0;
  heap.untrackOld = () => false;
  heap.typeVersion++;
  heap.anyDel = false;
}

export class PyObject {
  // Assigned in the constructor (no class fields: V8's define-semantics initializers are slow here).
  declare refcnt: number;
  declare id: number;
  declare type: PyType;
  /**
   * `type` undefined: the subclass constructor assigns refcnt, id and type itself (in this order).
   * The hot scalar classes do, so that their field stores are monomorphic in V8 (stores in this
   * shared constructor see every subclass's map and go megamorphic).
   */
  constructor(type: PyType | undefined) {
    if (type !== undefined) {
      this.refcnt = 1;
      this.id = heap.nextId++;
      this.type = type;
    }
  }
  /** Release the references this object holds (called once, when refcnt reaches 0 or by gc). */
  clear(): void {}
  /** The tracked objects this object references (for the cycle collector). */
  traverse(_visit: (o: PyObject) => void): void {}
}

export function incref(o: PyObject): void {
  o.refcnt++;
}

export function decref(o: PyObject): void {
  if (--o.refcnt === 0) dealloc(o);
}

export function xdecref(o: PyObject | null | undefined): void {
  if (o && --o.refcnt === 0) dealloc(o);
}

export function dealloc(o: PyObject): void {
  const t = o.type;
  const l = t.layout;
  if (l === 'int' || l === 'float' || l === 'str') return; // atomic: nothing to release
  if (t.hasDel && heap.finalize) {
    o.refcnt = 1; // resurrect for the duration of __del__, as CPython does
    heap.finalize(o, true);
    if (--o.refcnt !== 0) return; // resurrected (or __del__ queued: interp/finalizers.ts)
  }
  if (heap.tracked.delete(o) || (heap.oldSize !== 0 && heap.untrackOld(o))) {
    if (heap.gcCount > 0) heap.gcCount--;
  }
  o.clear();
  if (t.isHeap) decref(t);
}

export function track<T extends PyObject>(o: T): T {
  heap.tracked.add(o);
  if (++heap.gcCount > heap.gcLimit) heap.gcTrigger!();
  return o;
}

export interface GetSet {
  get(o: PyObject): PyObject;
  set?(o: PyObject, v: PyObject | null): void;
}

/** What kind of object a type's instances are, for fast dispatch in generic operations. */
export type Layout =
  | 'object' | 'type' | 'none' | 'int' | 'bool' | 'float' | 'str' | 'tuple' | 'list' | 'dict'
  | 'set' | 'frozenset' | 'range' | 'slice' | 'function' | 'builtin' | 'method' | 'code' | 'cell'
  | 'module' | 'iterator' | 'exception' | 'instance' | 'property' | 'staticmethod'
  | 'classmethod' | 'super' | 'lock' | 'other';

export class PyType extends PyObject {
  readonly attrs = new Map<string, PyObject>();
  mro: PyType[] = [];
  /** Name lookup cache over the MRO (valid while cacheVersion === heap.typeVersion). */
  private cache = new Map<string, PyObject | null>();
  private cacheVersion = 0;
  isHeap = false;
  hasDel = false;
  /** Attribute access is not the generic algorithm (super): LOAD_METHOD must not shortcut it. */
  customGetAttr = false;
  /** A user class (or base) defines __setattr__: STORE_ATTR must not store into the dict directly. */
  customSetAttr = false;
  module = 'builtins';
  qualname: string;
  /** Instances carry a __dict__ (user classes, exceptions). */
  hasInstanceDict = false;
  base: PyType | null;
  /** tp_new: builds an instance (args borrowed, result new reference); inherited along the MRO. */
  newFn: ((t: PyType, args: PyObject[], kw: Map<string, PyObject> | null) => PyObject) | null = null;
  doc: string | null = null;
  /** Built-in data descriptors (getset): attribute name -> getter/setter over instances. */
  readonly getset = new Map<string, GetSet>();
  constructor(
    metatype: PyType | null,
    public name: string,
    base: PyType | null,
    public layout: Layout,
  ) {
    super(metatype as PyType);
    this.qualname = name;
    this.base = base;
    this.mro = base ? [this, ...base.mro] : [this];
    if (base && base.hasInstanceDict) this.hasInstanceDict = true;
  }

  /** _PyType_Lookup: the attribute along the MRO, or null. Borrowed reference. */
  lookup(name: string): PyObject | null {
    if (this.cacheVersion !== heap.typeVersion) {
      this.cache.clear();
      this.cacheVersion = heap.typeVersion;
    }
    const c = this.cache.get(name);
    if (c !== undefined) return c;
    let found: PyObject | null = null;
    for (const t of this.mro) {
      const v = t.attrs.get(name);
      if (v !== undefined) {
        found = v;
        break;
      }
    }
    this.cache.set(name, found);
    return found;
  }

  /** A getset descriptor along the MRO, or undefined. */
  findGetSet(name: string): GetSet | undefined {
    for (const t of this.mro) {
      if (t.getset.size === 0) continue;
      const g = t.getset.get(name);
      if (g) return g;
    }
    return undefined;
  }

  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const m = this.mro;
    for (let i = 1; i < m.length; i++) if (m[i] === other) return true;
    return false;
  }

  setAttr(name: string, value: PyObject): void {
    const old = this.attrs.get(name);
    this.attrs.set(name, value);
    if (old) decref(old);
    heap.typeVersion++;
    if (name === '__del__') this.hasDel = heap.anyDel = true;
  }

  override clear(): void {
    const vals = [...this.attrs.values()];
    this.attrs.clear();
    for (const v of vals) decref(v);
  }
  override traverse(visit: (o: PyObject) => void): void {
    for (const v of this.attrs.values()) visit(v);
    if (this.base && this.base.isHeap) visit(this.base);
  }
}

// The root types. `type` is its own metatype.
export const typeType = new PyType(null, 'type', null, 'type');
typeType.type = typeType;
export const objectType = new PyType(typeType, 'object', null, 'object');
typeType.base = objectType;
typeType.mro = [typeType, objectType];

export function makeType(name: string, base: PyType | null, layout: Layout): PyType {
  return new PyType(typeType, name, base ?? objectType, layout);
}
