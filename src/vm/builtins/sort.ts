// Stage: VM builtins. list.sort / sorted with CPython 3.8's listsort comparison sequence: keys
// computed first, reverse by reversing before and after, natural runs found with count_run and
// extended to minrun with binary insertion (so lists under 64 items see exactly CPython's `<`
// calls, which matters for user __lt__ side effects and for which operand order a TypeError
// names). Runs of longer lists are merged by a plain stable merge (CPython gallops: same result,
// different comparison count). The list is emptied while sorting ("list modified during sort").
// Resumable (objects/native-call.ts): key calls and user __lt__ calls are requested calls, so they
// run as frames with their switch points while the list is empty, like in CPython.
import { PyObject, decref } from '../objects/base.js';
import type { KwArgs } from '../objects/callables.js';
import { PyList } from '../objects/containers.js';
import { typeError, valueError } from '../objects/exceptions.js';
import { None } from '../objects/scalars.js';
import { request, type NativeGen } from '../objects/native-call.js';
import { Cmp, compareBool, compareBoolGen, truthy, userComparison } from '../ops/compare.js';
import { runSync } from '../ops/native-sync.js';
import { vm } from '../interp/state.js';

/** Keys and the items they belong to, sorted together. */
interface Pairs {
  keys: PyObject[];
  items: PyObject[];
}

/**
 * a < b for plain values (no generator per comparison), null when a user class is involved:
 * the callers then run `yield* compareBoolGen(Cmp.LT, a, b)` (its __lt__ is a requested call).
 */
function plainLt(a: PyObject, b: PyObject): boolean | null {
  return userComparison(a, b) ? null : compareBool(Cmp.LT, a, b);
}

function reverseSlice(p: Pairs, lo: number, hi: number): void {
  for (let i = lo, j = hi - 1; i < j; i++, j--) {
    [p.keys[i], p.keys[j]] = [p.keys[j]!, p.keys[i]!];
    if (p.items !== p.keys) [p.items[i], p.items[j]] = [p.items[j]!, p.items[i]!];
  }
}

/** count_run: length of the run starting at lo and whether it is strictly descending. */
function* countRun(k: PyObject[], lo: number, hi: number): NativeGen<{ n: number; descending: boolean }> {
  if (lo + 1 === hi) return { n: 1, descending: false };
  let n = 2;
  let i = lo + 1;
  if ((plainLt(k[i]!, k[i - 1]!) ?? (yield* compareBoolGen(Cmp.LT, k[i]!, k[i - 1]!)))) {
    for (i = i + 1; i < hi; i++, n++) if (!(plainLt(k[i]!, k[i - 1]!) ?? (yield* compareBoolGen(Cmp.LT, k[i]!, k[i - 1]!)))) break;
    return { n, descending: true };
  }
  for (i = i + 1; i < hi; i++, n++) if ((plainLt(k[i]!, k[i - 1]!) ?? (yield* compareBoolGen(Cmp.LT, k[i]!, k[i - 1]!)))) break;
  return { n, descending: false };
}

/** binarysort: [lo, start) is sorted; insert each of [start, hi) by binary search. */
function* binarySort(p: Pairs, lo: number, hi: number, start: number): NativeGen<void> {
  const k = p.keys;
  const same = p.items === p.keys;
  for (; start < hi; start++) {
    const pivot = k[start]!;
    const pivotItem = p.items[start]!;
    let l = lo;
    let r = start;
    do {
      const m = l + ((r - l) >> 1);
      if ((plainLt(pivot, k[m]!) ?? (yield* compareBoolGen(Cmp.LT, pivot, k[m]!)))) r = m;
      else l = m + 1;
    } while (l < r);
    for (let j = start; j > l; j--) {
      k[j] = k[j - 1]!;
      if (!same) p.items[j] = p.items[j - 1]!;
    }
    k[l] = pivot;
    if (!same) p.items[l] = pivotItem;
  }
}

function minRun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/** Stable merge of the adjacent sorted slices [lo, mid) and [mid, hi). */
function* merge(p: Pairs, lo: number, mid: number, hi: number): NativeGen<void> {
  const k = p.keys;
  const same = p.items === p.keys;
  const ak = k.slice(lo, mid);
  const ai = same ? ak : p.items.slice(lo, mid);
  let a = 0;
  let b = mid;
  let d = lo;
  while (a < ak.length && b < hi) {
    if ((plainLt(k[b]!, ak[a]!) ?? (yield* compareBoolGen(Cmp.LT, k[b]!, ak[a]!)))) {
      k[d] = k[b]!;
      if (!same) p.items[d] = p.items[b]!;
      b++;
    } else {
      k[d] = ak[a]!;
      if (!same) p.items[d] = ai[a]!;
      a++;
    }
    d++;
  }
  for (; a < ak.length; a++, d++) {
    k[d] = ak[a]!;
    if (!same) p.items[d] = ai[a]!;
  }
}

function* timsortLike(p: Pairs): NativeGen<void> {
  const n = p.keys.length;
  if (n < 2) return;
  const mr = minRun(n);
  const runs: number[] = [0];
  let lo = 0;
  while (lo < n) {
    const run = yield* countRun(p.keys, lo, n);
    let len = run.n;
    if (run.descending) reverseSlice(p, lo, lo + len);
    if (len < mr) {
      const force = Math.min(mr, n - lo);
      yield* binarySort(p, lo, lo + force, lo + len);
      len = force;
    }
    lo += len;
    runs.push(lo);
  }
  while (runs.length > 2) {
    const next: number[] = [0];
    for (let i = 1; i < runs.length; i += 2) {
      if (i + 1 < runs.length) {
        yield* merge(p, runs[i - 1]!, runs[i]!, runs[i + 1]!);
        next.push(runs[i + 1]!);
      } else next.push(runs[i]!);
    }
    runs.splice(0, runs.length, ...next);
  }
}

/** A mutation of l for the access observer (like the other list methods: key "[*]"). */
function wrote(l: PyList): void {
  if (vm.observer) vm.observer.write(vm.thread.id, l.id, '[*]', l);
}

/** list.sort(l, **kw) as a resumable builtin. */
export function* sortGen(l: PyList, kw: KwArgs | null): NativeGen<void> {
  let key: PyObject | null = null;
  let reverse = false;
  if (kw) {
    for (const [k, v] of kw) {
      if (k === 'key') key = v === None ? null : v;
      else if (k === 'reverse') reverse = truthy(v);
      else typeError(`'${k}' is an invalid keyword argument for sort()`);
    }
  }
  const items = l.items;
  l.items = [];
  wrote(l); // emptied while sorting: other threads can see it (a key or __lt__ may switch)
  let keys: PyObject[] | null = null;
  // Work on copies so that an exception leaves the list's original order (CPython restores
  // the partially sorted array; comparisons rarely fail after moving anything in practice).
  const work: Pairs = { keys: [], items: items.slice() };
  try {
    if (key) {
      keys = [];
      for (const x of items) keys.push(yield request(key, [x]));
      work.keys = keys.slice();
    } else work.keys = work.items;
    if (reverse) reverseSlice(work, 0, work.keys.length);
    yield* timsortLike(work);
    if (reverse) reverseSlice(work, 0, work.keys.length);
    if (l.items.length) {
      const junk = l.items;
      l.items = items;
      for (const x of junk) decref(x);
      valueError('list modified during sort');
    }
    l.items = work.items;
    wrote(l);
  } catch (e) {
    if (l.items.length === 0) l.items = items;
    throw e;
  } finally {
    if (keys) for (const k of keys) decref(k);
  }
}

/** list.sort run nested (JS callers). */
export function sortItems(l: PyList, kw: KwArgs | null): void {
  runSync(sortGen(l, kw));
}
