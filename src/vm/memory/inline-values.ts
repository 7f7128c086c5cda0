// Stage: VM memory. 3.13's inline attribute values (MemoryRules.inlineAttributeKeys): an instance
// of a plain Python class keeps its attribute values in the object, so a __dict__ materialised
// from them is tracked by the collector iff a value may be tracked at that moment, and later
// stores through the object leave that dict's tracked bit (PyDict.storedTrackable) alone. Kept
// here: each class's shared keys (names in first-store order, up to the rule's limit) and which
// objects' values moved into their dict for good. No interpreter deps.
import type { PyObject, PyType } from '../objects/base.js';
import type { PyInstance } from '../objects/callables.js';
import type { PyDict } from '../objects/containers.js';
import type { MemoryRules } from '../../versions/memory-rules.js';
import { dictHoldsTrackable, older } from './tracking.js';

let limit: number | null = null;
/** Per class: its shared keys, or null when its instances keep no values inline. */
let sharedKeys = new WeakMap<PyType, Set<string> | null>();
/** Objects whose values left the object (a name beyond the shared keys, a non-str key). */
let spilled = new WeakSet<PyInstance>();
/** Objects whose __dict__ the program fetched (CPython then has a dict object, 3.11+). */
let fetched = new WeakSet<PyInstance>();

/** Start a run under the version's rules (called with the collector's reset). */
export function resetInlineValues(rules: MemoryRules): void {
  limit = rules.inlineAttributeKeys;
  sharedKeys = new WeakMap();
  spilled = new WeakSet();
  fetched = new WeakSet();
  older.inlineDicts = new WeakMap();
}

/**
 * The class's shared keys, or null when its instances do not keep values inline: built-in
 * layouts (exceptions, list subclasses...) and classes with __slots__ (even one naming __dict__).
 */
function keysOf(o: PyInstance): Set<string> | null {
  const t = o.type;
  let keys = sharedKeys.get(t);
  if (keys === undefined) {
    keys = t.isHeap && t.layout === 'instance' && t.lookup('__slots__') === null ? new Set() : null;
    sharedKeys.set(t, keys);
  }
  return keys;
}

/** Room in the shared keys for `name` (adding it), or false: the store must go through the dict. */
function fitsShared(keys: Set<string>, name: string, max: number): boolean {
  if (keys.has(name)) return true;
  if (keys.size >= max) return false;
  keys.add(name);
  return true;
}

/**
 * Names the program put into a materialised dict through the dict itself since the last look:
 * CPython adds str names to the shared keys while there is room; a non-str key or a name that
 * does not fit makes the dict an ordinary one.
 */
function dictStillSplit(d: PyDict, keys: Set<string>, max: number, s: { checkedSize: number }): boolean {
  if (d.map.size === s.checkedSize) return true;
  for (const k of d.map.keys()) {
    if (typeof k !== 'string' || !fitsShared(keys, k, max)) return false;
  }
  s.checkedSize = d.map.size;
  return true;
}

/**
 * Whether o's attribute values sit in the object itself (3.11+: no dict object in CPython), so
 * the collector reaches them from o: an instance of a class without __slots__ whose __dict__
 * the program never fetched and whose values did not spill (3.13's rules only).
 */
export function valuesInline(o: PyInstance): boolean {
  const d = o.dict;
  if (d === null || fetched.has(o) || spilled.has(o) || older.inlineDicts.has(d)) return false;
  return keysOf(o) !== null;
}

/** Whether the program fetched o's __dict__ (3.11+: CPython then made a dict object for it). */
export function dictFetched(o: PyInstance): boolean {
  return fetched.has(o);
}

/** Whether the version keeps instance values inline (else a store is a plain dict store). */
export function inlineValuesOn(): boolean {
  return limit !== null;
}

/** An attribute store through the object (STORE_ATTR, setattr): the value into its dict. */
export function storeInstanceValue(o: PyInstance, name: string, keyObj: (() => PyObject) | null, v: PyObject): void {
  const d = o.ensureDict();
  const keys = limit === null || spilled.has(o) ? null : keysOf(o);
  if (keys === null) {
    d.setStr(name, keyObj, v);
    return;
  }
  const s = older.inlineDicts.get(d);
  if (!fitsShared(keys, name, limit!) || (s !== undefined && !dictStillSplit(d, keys, limit!, s))) {
    // The values move into the dict for good (materialising it now if needed, tracked iff a
    // value may be); this store and later ones go through it.
    spilled.add(o);
    if (s === undefined) d.storedTrackable = dictHoldsTrackable(d);
    d.setStr(name, keyObj, v);
    return;
  }
  const bit = d.storedTrackable;
  d.setStr(name, keyObj, v);
  d.storedTrackable = bit;
  if (s !== undefined) s.checkedSize = d.map.size;
}

/** `obj.__dict__` (also vars(obj)): the dict, materialised from inline values under 3.13 rules. */
export function materialiseInstanceDict(o: PyInstance): PyDict {
  const d = o.ensureDict();
  fetched.add(o);
  if (limit === null || spilled.has(o) || older.inlineDicts.has(d) || keysOf(o) === null) return d;
  d.storedTrackable = dictHoldsTrackable(d);
  older.inlineDicts.set(d, { checkedSize: -1 });
  return d;
}
