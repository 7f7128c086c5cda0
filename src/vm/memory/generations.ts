// Stage: VM memory. CPython's generational bookkeeping around the collector: three generations
// with counts and thresholds, automatic collection when allocations minus deallocations of gc
// objects exceed threshold 0 (older generations by their own counts and the long-lived ratio),
// gc.collect(generation), enable/disable. Per-version numbers come from the profile's
// MemoryRules. The interpreter is reached only through vm.stepHook, to run a collection the
// eval-breaker mode (3.12+) scheduled at the next instruction boundary.
import { PyObject, heap } from '../objects/base.js';
import { PyInstance, instanceHooks } from '../objects/callables.js';
import { PyDict, PyTuple, dictTrackingHooks, dictType, tupleType } from '../objects/containers.js';
import type { MemoryRules } from '../../versions/memory-rules.js';
import { disposeGarbage, moveUnreachable } from './collector.js';
import { vm } from '../interp/state.js';
import { dictHoldsTrackable, generationSet, isTracked, older, participates, tupleIsAtomic, untrackAtomicDict } from './tracking.js';
import { dictFetched, resetInlineValues, valuesInline } from './inline-values.js';
import { walkWithClasses } from './shutdown.js';

export const NUM_GENERATIONS = 3;

export interface GcState {
  rules: MemoryRules;
  thresholds: [number, number, number];
  /** Counts of generations 1 and 2 (generation 0's count is heap.gcCount). */
  count1: number;
  count2: number;
  enabled: boolean;
  collecting: boolean;
  longLivedPending: number;
  longLivedTotal: number;
  /** Eval-breaker mode: an automatic collection is due at the next instruction boundary. */
  pending: boolean;
  /** Called when `pending` becomes true (the machine arranges a check at the next instruction). */
  onPending: (() => void) | null;
}

export let gc: GcState = freshState(null);

function freshState(rules: MemoryRules | null): GcState {
  const r = rules ?? {
    immortalRefcount: null, staticIntRefcountBase: 0, parameterRefDelta: 0, instanceDictCounted: true, fetchedDictCounted: true,
    defaultThresholds: [700, 10, 10], autoCollect: 'allocation', fullCollectionRatio: 0.25,
    lazyDictTracking: true, untrackAtomicTuples: true, inlineAttributeKeys: null,
  } satisfies MemoryRules;
  return {
    rules: r,
    thresholds: [...r.defaultThresholds] as [number, number, number],
    count1: 0,
    count2: 0,
    enabled: true,
    collecting: false,
    longLivedPending: 0,
    longLivedTotal: 0,
    pending: false,
    onPending: armEvalBreaker,
  };
}

/** Start a run: fresh generations under the given rules (call after resetHeap). */
export function resetGc(rules: MemoryRules): void {
  gc = freshState(rules);
  older.gen1.clear();
  older.gen2.clear();
  older.untracked.clear();
  older.stickyDicts = new WeakSet();
  resetInlineValues(rules);
  instanceHooks.valuesInline = rules.instanceDictCounted ? null : valuesInline;
  dictTrackingHooks.tracked = rules.lazyDictTracking ? retrackDict : null;
  heap.untrackOld = untrackOld;
  heap.gcTrigger = onThreshold;
  updateLimit();
}

/**
 * A dict CPython did not track until now (lazy tracking) takes its place at the end of
 * generation 0, as _PyObject_GC_TRACK appends it (its place decides the collector's walk order).
 */
function retrackDict(d: PyDict): void {
  if (older.stickyDicts.has(d)) return; // a collection saw it tracked: it still is
  if (heap.tracked.delete(d) || untrackOld(d)) heap.tracked.add(d);
}

function untrackOld(o: PyObject): boolean {
  if (older.gen1.delete(o) || older.gen2.delete(o) || older.untracked.delete(o)) {
    heap.oldSize--;
    return true;
  }
  return false;
}

/** heap.gcLimit mirrors "enabled and threshold 0 set and not collecting". */
function updateLimit(): void {
  const t0 = gc.thresholds[0];
  heap.gcLimit = gc.enabled && t0 > 0 && !gc.collecting && !gc.pending ? t0 : Infinity;
}

function onThreshold(): void {
  if (gc.rules.autoCollect === 'eval-breaker') {
    gc.pending = true;
    updateLimit();
    gc.onPending?.();
    return;
  }
  collectGenerations();
}

/**
 * 3.12+ (_Py_ScheduleGC): the collection runs when the thread next checks its eval breaker,
 * modelled as the next instruction boundary, through a one-shot step hook.
 */
function armEvalBreaker(): void {
  const st = vm;
  if (!st) return;
  const prev = st.stepHook;
  st.stepHook = (f, i) => {
    st.stepHook = prev;
    runPendingCollection();
    if (prev !== null) prev(f, i);
  };
}

/** The eval-breaker check: run a due automatic collection (no-op when none is due). */
export function runPendingCollection(): void {
  if (!gc.pending) return;
  gc.pending = false;
  updateLimit();
  if (heap.gcCount > gc.thresholds[0] && gc.enabled) collectGenerations();
}

export function getCounts(): [number, number, number] {
  return [heap.gcCount, gc.count1, gc.count2];
}

export function setEnabled(on: boolean): void {
  gc.enabled = on;
  updateLimit();
}

export function setThresholds(t: readonly number[]): void {
  for (let i = 0; i < t.length && i < NUM_GENERATIONS; i++) gc.thresholds[i] = t[i]!;
  updateLimit();
}

/** collect_generations: the oldest generation over its threshold (with the long-lived gate). */
function collectGenerations(): void {
  if (gc.collecting) return;
  const counts = getCounts();
  for (let g = NUM_GENERATIONS - 1; g >= 0; g--) {
    if (counts[g]! > gc.thresholds[g]!) {
      if (g === NUM_GENERATIONS - 1 && gc.longLivedPending < gc.longLivedTotal * gc.rules.fullCollectionRatio) continue;
      collectGuarded(g);
      return;
    }
  }
}

/** gc.collect(generation): 0 while a collection is already running, as CPython. */
export function collectGuarded(generation: number): number {
  if (gc.collecting) return 0;
  gc.collecting = true;
  updateLimit();
  try {
    return collect(generation);
  } finally {
    gc.collecting = false;
    updateLimit();
  }
}

/** One collection of `generation` and every younger one; returns CPython's collected count. */
function collect(generation: number, walk = moveUnreachable): number {
  if (generation + 1 < NUM_GENERATIONS) {
    if (generation + 1 === 1) gc.count1++;
    else gc.count2++;
  }
  heap.gcCount = 0;
  if (generation >= 1) gc.count1 = 0;
  if (generation >= 2) gc.count2 = 0;
  const rules = gc.rules;
  const { candidates, idle } = listsOf(generation);
  const { garbage, survivors, inPlace } = walk(candidates);
  const garbageSet = new Set(garbage);
  promote(survivors, generation, true);
  promote(idle, generation, false);
  // A full collection leaves the oldest generation's list in the walk's order: the survivors
  // that kept their place, then the ones it moved to the end (the garbage stays tracked until
  // freed, where it was).
  if (generation === NUM_GENERATIONS - 1) moveToEnd(survivors, inPlace);
  let m = garbage.length;
  if (!rules.instanceDictCounted) {
    for (const o of garbage) {
      if (o instanceof PyInstance && o.dict && garbageSet.has(o.dict) && !(rules.fetchedDictCounted && dictFetched(o))) m--;
    }
  }
  if (garbage.length) {
    const { survivors: alive } = disposeGarbage(garbage);
    if (alive.length) promote(alive.filter((o) => isTracked(o, rules)), generation, true);
  }
  return m;
}

/**
 * Interpreter shutdown (machine.shutdown, docs/research/shutdown-finalization.md): a full
 * collection if enabled, which also leaves the oldest generation in its walk's order; then
 * `releaseMain` (__main__ leaves sys.modules) and the last collection, enabled or not, whose
 * garbage is finalized in list order.
 */
export function shutdownCollections(releaseMain: () => void): void {
  if (gc.collecting) return;
  gc.collecting = true;
  updateLimit();
  try {
    if (gc.enabled) collect(NUM_GENERATIONS - 1, walkWithClasses);
    releaseMain();
    const { garbage } = walkWithClasses(listsOf(NUM_GENERATIONS - 1).candidates);
    if (garbage.length) disposeGarbage(garbage);
  } finally {
    gc.collecting = false;
    updateLimit();
  }
}

/**
 * The objects a collection of `generation` walks, in list order (CPython appends the younger
 * lists to the collected generation's, youngest first), and the idle ones: objects CPython would
 * not track right now (dicts of atomics, the dicts of instances whose values are inline) take no
 * part, but move up with the survivors so young collections stay proportional to young objects.
 */
function listsOf(generation: number): { candidates: PyObject[]; idle: PyObject[] } {
  const order: number[] = [generation];
  for (let g = 0; g < generation; g++) order.push(g);
  const candidates: PyObject[] = [];
  const idle: PyObject[] = [];
  for (const g of order) for (const o of generationSet(g)) (participates(o, gc.rules) ? candidates : idle).push(o);
  dropInlineDicts(candidates, idle);
  return { candidates, idle };
}

/**
 * The dicts of instances whose values are inline are no objects of CPython's collector (the
 * instance reaches the values itself): out of the candidates, into `idle`.
 */
function dropInlineDicts(candidates: PyObject[], idle: PyObject[]): void {
  const inline = instanceHooks.valuesInline;
  if (inline === null) return;
  const owned = new Set<PyObject>();
  for (const o of candidates) if (o instanceof PyInstance && inline(o)) owned.add(o.dict!);
  if (owned.size === 0) return;
  let w = 0;
  for (const o of candidates) {
    if (owned.has(o)) idle.push(o);
    else candidates[w++] = o;
  }
  candidates.length = w;
}

/** survivors[from..] (those in generation 2) go to the end of its list, in that order. */
function moveToEnd(survivors: readonly PyObject[], from: number): void {
  const gen2 = older.gen2;
  for (let k = from; k < survivors.length; k++) {
    const o = survivors[k]!;
    if (gen2.delete(o)) gen2.add(o);
  }
}

/**
 * Survivors move one generation up; objects already in generation 2 stay where they are (the
 * merged list keeps their order, younger survivors follow). Surviving tuples of atomics get
 * untracked; dicts a collection saw tracked stay tracked until a full one finds them atomic.
 * `longLived` is false for the idle (untracked) objects: no tracking marks, no statistics.
 */
function promote(objs: readonly PyObject[], generation: number, longLived: boolean): void {
  const rules = gc.rules;
  const target = Math.min(generation + 1, NUM_GENERATIONS - 1);
  const dest = generationSet(target);
  let kept = 0;
  // untrack_tuples, in list order (a tuple holding a tuple found later stays tracked), then the
  // dicts (which see every tuple untracked by then)
  let tuplesOut: Set<PyObject> | null = null;
  if (longLived && rules.untrackAtomicTuples) {
    for (const o of objs) {
      if (o.type !== tupleType || !tupleIsAtomic(o as PyTuple)) continue;
      if (!heap.tracked.delete(o)) untrackOld(o);
      older.untracked.add(o);
      heap.oldSize++;
      (tuplesOut ??= new Set()).add(o);
    }
  }
  for (const o of objs) {
    if (tuplesOut !== null && o.type === tupleType && tuplesOut.has(o)) continue;
    const stays = target === generation && dest.has(o);
    if (longLived && rules.lazyDictTracking && o.type === dictType) {
      if (generation === NUM_GENERATIONS - 1 && !dictHoldsTrackable(o as PyDict)) untrackAtomicDict(o as PyDict);
      else if (!older.inlineDicts.has(o)) older.stickyDicts.add(o);
    }
    kept++;
    if (stays) continue;
    if (!heap.tracked.delete(o)) untrackOld(o);
    dest.add(o);
    heap.oldSize++;
  }
  if (!longLived) return;
  if (generation === NUM_GENERATIONS - 2) gc.longLivedPending += kept;
  else if (generation === NUM_GENERATIONS - 1) {
    gc.longLivedPending = 0;
    gc.longLivedTotal = kept;
  }
}
