// Stage: version seam. The shape of a version's memory rules: what sys.getrefcount reports and
// how the cycle collector counts, tracks and triggers. Data only; the VM's src/vm/memory/ reads it.
// Must not depend on the VM.

/** When an allocation that pushes generation 0 over its threshold runs the collector. */
export type AutoCollectPoint =
  /** Synchronously, inside the allocation (CPython <= 3.11: _PyObject_GC_Alloc). */
  | 'allocation'
  /** At the next eval-breaker check of the running thread (CPython 3.12+: _Py_ScheduleGC). */
  | 'eval-breaker';

export interface MemoryRules {
  /**
   * What sys.getrefcount reports for immortal objects (None, True, False, small ints, the empty
   * tuple...), or null for versions without immortal objects (PEP 683 arrives in 3.12).
   */
  readonly immortalRefcount: number | null;
  /**
   * Added to the count of statically allocated small ints (3.11 starts them at 999999999);
   * 0 when their count is an ordinary count.
   */
  readonly staticIntRefcountBase: number;
  /**
   * Difference of a parameter's count while the callee runs, relative to 3.8's frames
   * (3.11+: -1, the caller's stack reference moves into the callee frame).
   */
  readonly parameterRefDelta: number;
  /**
   * gc.collect() counts an instance's __dict__ as an object of its own (3.8-3.10); from 3.11
   * attributes live inline and an instance counts as one.
   */
  readonly instanceDictCounted: boolean;
  /**
   * With instanceDictCounted false: an instance whose __dict__ the program fetched has a dict
   * object of its own that gc.collect() counts (3.11, 3.12); 3.13 keeps the values inline.
   */
  readonly fetchedDictCounted: boolean;
  /** gc.get_threshold() at start-up. */
  readonly defaultThresholds: readonly [number, number, number];
  readonly autoCollect: AutoCollectPoint;
  /**
   * A full (generation 2) automatic collection also needs long_lived_pending to exceed this
   * fraction of long_lived_total (0.25 in every supported version).
   */
  readonly fullCollectionRatio: number;
  /** Dicts start untracked and become tracked when a container key or value is stored. */
  readonly lazyDictTracking: boolean;
  /** A collection untracks surviving tuples whose items are all untracked or atomic. */
  readonly untrackAtomicTuples: boolean;
  /**
   * 3.13: an instance of a plain Python class keeps its attribute values inline even after its
   * __dict__ was materialised, so attribute stores through the object leave that dict's gc
   * tracking as it was (tracked at materialisation iff a value may be tracked). The number is
   * how many attribute names a class's shared keys hold; a store of a further name moves the
   * object's values into its dict for good. null: the dict is the storage (3.8-3.12).
   */
  readonly inlineAttributeKeys: number | null;
}
