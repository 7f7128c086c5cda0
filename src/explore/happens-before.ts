// Stage: explore. Happens-before over the slices of one execution (vector clocks from program
// order, thread creation, the --threads barrier and the dependence of accesses), the races it
// contains (pairs of dependent slices of different threads with nothing ordering them in
// between), and the initials of a reversed race, for source-DPOR. Pure data in, data out.
import type { ThreadId } from '../sim/contract.js';
import { GLOBAL, READ, WAITED_FOR, WRITE, type SliceRecord } from './accesses.js';

export interface Race {
  /** Index of the earlier slice. */
  readonly first: number;
  /** Index of the later slice. */
  readonly second: number;
}

export interface HappensBefore {
  /** Per slice, its position in its thread (1-based). */
  readonly seq: Int32Array;
  /** Per slice, the vector clock (indexed by thread id): slice j happens-before slice k iff vc[k][thread(j)] >= seq[j]. */
  readonly vc: readonly Int32Array[];
  readonly races: readonly Race[];
}

export function happensBefore(slices: readonly SliceRecord[]): HappensBefore {
  let width = 0;
  for (const s of slices) {
    width = Math.max(width, s.thread + 1);
    for (const c of s.spawned) width = Math.max(width, c + 1);
  }
  const n = slices.length;
  const seq = new Int32Array(n);
  const vc: Int32Array[] = [];
  const races: Race[] = [];
  const lastOf = new Map<ThreadId, number>();
  const parentOf = new Map<ThreadId, number>();
  // Per location: the last write, its mode, the reads since, and (locks) the last acquire.
  const locs = new Map<string, { write: number; writeMode: number; reads: number[]; acquire: number }>();
  let lastGlobal = -1;
  let barrierVc: Int32Array | undefined;
  const all = new Int32Array(width); // join of every slice so far
  const deps = new Map<number, boolean>(); // scratch, per slice
  const dep = (j: number, reversible: boolean): void => void deps.set(j, reversible || deps.get(j) === true);

  for (let k = 0; k < n; k++) {
    const s = slices[k]!;
    const t = s.thread;
    if (s.afterBarrier) barrierVc = all.slice();
    const prev = lastOf.get(t);
    seq[k] = prev === undefined ? 1 : seq[prev]! + 1;
    if (s.acc.size === 0 && prev !== undefined && s.spawned.length === 0 && lastGlobal < 0) {
      // A slice without shared accesses (most of them): ordered by program order only.
      const mine = vc[prev]!.slice();
      mine[t] = seq[k]!;
      vc.push(mine);
      lastOf.set(t, k);
      continue;
    }
    // The direct predecessor that is not a dependence: program order, creation or barrier.
    let order: Int32Array | undefined;
    if (prev !== undefined) order = vc[prev]!;
    else {
      const parent = parentOf.get(t);
      order = parent !== undefined ? vc[parent]! : barrierVc;
    }
    // Dependent predecessors (race candidates when of another thread), and whether each race
    // could be reversed (false when the only conflict is a release the later slice waited for).
    deps.clear();
    if (s.acc.has(GLOBAL)) {
      for (const j of lastOf.values()) dep(j, true);
    } else if (lastGlobal >= 0) dep(lastGlobal, true);
    for (const [key, mode] of s.acc) {
      if (key === GLOBAL) continue;
      const l = locs.get(key);
      if (!l) continue;
      if (l.write >= 0) dep(l.write, (l.writeMode & WAITED_FOR) === 0);
      // After a lock release the race is with the holder's acquire: taking the lock before it.
      if (l.writeMode & WAITED_FOR && l.acquire >= 0) dep(l.acquire, true);
      if (mode & WRITE) for (const r of l.reads) dep(r, true);
    }
    const mine = new Int32Array(width);
    if (order) join(mine, order);
    for (const j of deps.keys()) join(mine, vc[j]!);
    mine[t] = seq[k]!;
    vc.push(mine);
    join(all, mine);
    // Races: a dependent predecessor e of another thread such that no other direct predecessor knows e.
    for (const [e, reversible] of deps) {
      const te = slices[e]!.thread;
      if (te === t || !reversible) continue;
      const se = seq[e]!;
      let ordered = order !== undefined && order[te]! >= se;
      if (!ordered) {
        for (const [j, rev] of deps) {
          if (rev && j !== e && vc[j]![te]! >= se) {
            ordered = true;
            break;
          }
        }
      }
      if (!ordered) races.push({ first: e, second: k });
    }
    // Update the per-location state. A slice that only blocked changed nothing: later slices
    // do not depend on it (else a join attempt would order the joined thread's end after it).
    if (!s.pureBlock) for (const [key, mode] of s.acc) {
      if (key === GLOBAL) continue;
      let l = locs.get(key);
      if (!l) locs.set(key, (l = { write: -1, writeMode: 0, reads: [], acquire: -1 }));
      if (mode & WRITE) {
        if ((mode & WAITED_FOR) === 0) l.acquire = k;
        l.write = k;
        l.writeMode = mode;
        l.reads = [];
      } else if (mode & READ) l.reads.push(k);
    }
    if (s.acc.has(GLOBAL)) lastGlobal = k;
    lastOf.set(t, k);
    for (const c of s.spawned) parentOf.set(c, k);
  }
  return { seq, vc, races: races.sort((a, b) => a.first - b.first || a.second - b.second) };
}

/**
 * Threads that can start v = (slices after `race.first` that do not happen after it) + the
 * second slice: the first slices in v of each thread with no predecessor inside v.
 */
export function initials(slices: readonly SliceRecord[], hb: HappensBefore, race: Race): ThreadId[] {
  const e = race.first;
  const te = slices[e]!.thread;
  const se = hb.seq[e]!;
  const firstInV = new Map<ThreadId, number>(); // thread -> seq of its first slice in v
  const out: ThreadId[] = [];
  const consider = (u: number): void => {
    const tu = slices[u]!.thread;
    if (firstInV.has(tu)) return;
    const vu = hb.vc[u]!;
    let initial = true;
    for (const [t2, s2] of firstInV) {
      if (vu[t2]! >= s2) {
        initial = false;
        break;
      }
    }
    firstInV.set(tu, hb.seq[u]!);
    if (initial) out.push(tu);
  };
  for (let j = e + 1; j < race.second; j++) {
    if (hb.vc[j]![te]! >= se) continue; // happens after e: not in v
    consider(j);
  }
  consider(race.second);
  return out;
}

function join(into: Int32Array, v: Int32Array): void {
  for (let i = 0; i < v.length; i++) if (v[i]! > into[i]!) into[i] = v[i]!;
}
