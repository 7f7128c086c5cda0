// Stage: sim. A race detector for lost updates. A write by thread T to a location L is *stale*
// when T computed it from a read of L made before another thread's later write to L: that write
// is overwritten. An update is *lost* when its effect does not reach L's final value: it is not
// an ancestor of the final version in the chain "version v was computed from a read of version p",
// and a stale write overwrote it. For a counter the number of lost updates equals the increments
// missing from the final value exactly.
import type { AccessObserver, Machine, ThreadId } from './contract.js';
import { VersionHistory } from './version-history.js';

export interface LostUpdate {
  /** e.g. "Counter.count" or "global count". */
  readonly location: string;
  /** Line of the stale read and of the overwriting write. */
  readonly readLine: number;
  readonly writeLine: number;
  /** Name of the thread whose write was based on a stale read. */
  readonly thread: string;
  /** Names of the threads whose updates were overwritten. */
  readonly otherThreads: readonly string[];
  /** Python reprs: what the thread read, what it wrote, and what it overwrote. */
  readonly readValue: string;
  readonly writtenValue: string;
  readonly overwrittenValue: string;
  /** Writes of other threads this write overwrote. */
  readonly overwritten: number;
}

/** The lost updates of one location. */
export interface LostUpdateGroup {
  readonly location: string;
  /** Lines of the racing reads and writes, e.g. [[10, 10]]. */
  readonly lines: readonly (readonly [number, number])[];
  /** Number of stale writes (races) and of updates lost from the final value. */
  readonly races: number;
  readonly lost: number;
  readonly first: LostUpdate;
}

/** Slots of the location cache (a power of two). */
const CACHE_SIZE = 64;

class Loc {
  // Fields assigned in the constructor (one V8 shape): read/write run per attribute access.
  declare readonly objId: number;
  declare readonly key: string;
  /** The latest version (history.size, kept here for the hot read path). */
  declare version: number;
  /** Who wrote each version, and from which version (version-history.ts). */
  declare history: VersionHistory;
  declare lastValue: unknown;
  /**
   * Per thread id: the version of its latest unconsumed read (-1: none), its line and value.
   * Preallocated (grown by growThreads): their maps never change, so V8's optimised read/write
   * code, often specialised while only one thread has run, stays valid when others start.
   */
  declare readVersion: Int32Array;
  declare readLine: Int32Array;
  declare readValue: unknown[];
  /** Disjoint intervals [from, to] of overwritten versions, sorted ascending. */
  declare overFrom: number[];
  declare overTo: number[];
  declare races: number;
  declare lines: Map<string, readonly [number, number]>;
  declare first: LostUpdate | undefined;
  /** countLost() result, valid while version === lostAt. */
  declare lost: number;
  declare lostAt: number;
  constructor(objId: number, key: string) {
    this.objId = objId;
    this.key = key;
    this.version = 0;
    this.history = new VersionHistory();
    this.lastValue = undefined;
    this.readVersion = new Int32Array(THREAD_SLOTS).fill(-1);
    this.readLine = new Int32Array(THREAD_SLOTS);
    this.readValue = new Array<unknown>(THREAD_SLOTS).fill(undefined);
    this.overFrom = [];
    this.overTo = [];
    this.races = 0;
    this.lines = new Map();
    this.first = undefined;
    this.lost = 0;
    this.lostAt = -1;
  }
}

export class LostUpdateDetector implements AccessObserver {
  /** read() needs the machine only for a line its caller did not give (machine.lineOf). */
  readonly plainReads = true;
  private readonly locs = new Map<number, Map<string, Loc>>();
  private readonly order: Loc[] = [];
  /**
   * A direct-mapped cache in front of the two-level map, indexed by a cheap hash of (object,
   * name): a loop touches a few locations over and over (self.lock, self.count, lock.acquire...).
   */
  private readonly cache: (Loc | null)[] = new Array<Loc | null>(CACHE_SIZE).fill(null);

  constructor(private readonly machine: Machine) {
    if (!warmedUp) warmUp();
  }

  read(thread: ThreadId, objId: number, key: string, value: unknown, line?: number): void {
    const loc = this.loc(objId, key);
    if (thread >= loc.readLine.length) growThreads(loc, thread);
    loc.readVersion[thread] = loc.version;
    loc.readLine[thread] = line ?? this.machine.lineOf(thread);
    loc.readValue[thread] = value;
  }

  write(thread: ThreadId, objId: number, key: string, value: unknown): void {
    const loc = this.loc(objId, key);
    const rv = thread < loc.readVersion.length ? loc.readVersion[thread]! : -1;
    if (rv >= 0) {
      if (rv < loc.version) this.staleWrite(thread, loc, rv, value);
      loc.readVersion[thread] = -1;
      loc.readValue[thread] = undefined;
    }
    loc.history.append(thread, rv);
    loc.version = loc.history.size;
    loc.lastValue = value;
  }

  sync(): void {
    // Synchronisation does not change what a stale read is; lost updates are judged per location.
  }

  hasStaleRead(thread: ThreadId, objId: number, key: string): boolean {
    const loc = this.locs.get(objId)?.get(key);
    if (loc === undefined || thread >= loc.readVersion.length) return false;
    const rv = loc.readVersion[thread]!;
    return rv >= 0 && rv < loc.version;
  }

  /**
   * A summarised loop (AccessObserver.repeat): the versions its writes make, as read() and
   * write() one by one would. No write of it can be stale (no other thread ran, and a write
   * leading the pattern comes with no stale read of its thread), so only the history grows:
   * reps 1 and 2 are replayed; when rep 2 is one chain (each write computed from the version
   * before it, as in `x += 1`), the rest extend it in one step, else they are replayed too.
   */
  repeat(thread: ThreadId, objId: number, key: string, pattern: string, times: number, lastReadLine: number, written: unknown, readValue: unknown): void {
    const loc = this.loc(objId, key);
    if (thread >= loc.readLine.length) growThreads(loc, thread);
    const h = loc.history;
    let pending = loc.readVersion[thread]!;
    let perRep = 0;
    let chained = true;
    // (reads alone: the pending read is the latest version, however many reps)
    const reps = pattern.indexOf('W') < 0 ? Math.min(times, 1) : times;
    for (let r = 0; r < reps; r++) {
      if (r === 2 && chained && perRep > 0) {
        h.appendChain(thread, perRep * (times - 2));
        // (a chain's reps end as they start: with no pending read, or with the latest one)
        if (pending >= 0) pending = h.size;
        break;
      }
      for (let i = 0; i < pattern.length; i++) {
        if (pattern[i] === 'W') {
          if (r === 1) {
            perRep++;
            if (pending !== h.size) chained = false;
          }
          h.append(thread, pending);
          pending = -1;
        } else pending = h.size;
      }
    }
    if (h.size !== loc.version) {
      loc.version = h.size;
      loc.lastValue = written;
    }
    if (lastReadLine > 0) loc.readLine[thread] = lastReadLine;
    loc.readVersion[thread] = pending;
    loc.readValue[thread] = pending >= 0 ? readValue : undefined;
  }

  /** Lost updates per location (only locations with at least one lost update), in order of first race. */
  lostUpdateGroups(): LostUpdateGroup[] {
    const out: LostUpdateGroup[] = [];
    for (const loc of this.order) {
      if (loc.races === 0) continue;
      if (loc.lostAt !== loc.version) {
        loc.lost = countLost(loc);
        loc.lostAt = loc.version;
      }
      if (loc.lost > 0) out.push({ location: loc.first!.location, lines: [...loc.lines.values()], races: loc.races, lost: loc.lost, first: loc.first! });
    }
    return out;
  }

  totalLost(): number {
    let n = 0;
    for (const g of this.lostUpdateGroups()) n += g.lost;
    return n;
  }

  private loc(objId: number, key: string): Loc {
    const slot = (objId * 31 + key.length * 7 + key.charCodeAt(0) + key.charCodeAt(key.length - 1)) & (CACHE_SIZE - 1);
    const hit = this.cache[slot]!;
    if (hit !== null && hit.objId === objId && hit.key === key) return hit;
    let byKey = this.locs.get(objId);
    if (!byKey) this.locs.set(objId, (byKey = new Map()));
    let loc = byKey.get(key);
    if (!loc) {
      loc = new Loc(objId, key);
      byKey.set(key, loc);
      this.order.push(loc);
    }
    this.cache[slot] = loc;
    return loc;
  }

  private staleWrite(thread: ThreadId, loc: Loc, readVersion: number, value: unknown): void {
    const from = readVersion + 1;
    const to = loc.version;
    const { count: overwritten, writers: others } = loc.history.othersSince(from, thread);
    if (others.size === 0) return; // only its own writes in between: not a race
    markOverwritten(loc, from, to);
    loc.races++;
    const readLine = loc.readLine[thread]!;
    const writeLine = this.machine.lineOf(thread);
    loc.lines.set(`${readLine}:${writeLine}`, [readLine, writeLine]);
    if (loc.first) return;
    const names = new Map(this.machine.threads().map((t) => [t.id, t.name]));
    loc.first = {
      location: this.machine.describeLocation(loc.objId, loc.key),
      readLine,
      writeLine,
      thread: names.get(thread) ?? `thread ${thread}`,
      otherThreads: [...others].map((t) => names.get(t) ?? `thread ${t}`),
      readValue: this.machine.repr(loc.readValue[thread]),
      writtenValue: this.machine.repr(value),
      overwrittenValue: this.machine.repr(loc.lastValue),
      overwritten,
    };
  }
}

/** Threads a location has read slots for before growThreads. */
const THREAD_SLOTS = 8;

function growThreads(loc: Loc, thread: number): void {
  const n = Math.max(thread + 1, loc.readLine.length * 2);
  const v = new Int32Array(n).fill(-1);
  v.set(loc.readVersion);
  loc.readVersion = v;
  const l = new Int32Array(n);
  l.set(loc.readLine);
  loc.readLine = l;
  const r = new Array<unknown>(n).fill(undefined);
  for (let i = 0; i < loc.readValue.length; i++) r[i] = loc.readValue[i];
  loc.readValue = r;
}

let warmedUp = false;

/**
 * Run read, write and a stale write of a throwaway detector (on a stand-in machine) a few dozen
 * times, once per process. V8 optimises the real detector's methods into the simulator's hot
 * loop while only one thread has run; without type feedback for the stale-write path, the
 * first race (right after the first thread switch) would throw that optimised loop away, and
 * recompiling it costs tens of milliseconds. Changes nothing observable.
 */
function warmUp(): void {
  warmedUp = true;
  const standIn = { lineOf: () => 0, threads: () => [], describeLocation: () => '', repr: () => '' };
  const d = new LostUpdateDetector(standIn as unknown as Machine);
  for (let k = 0; k < 40; k++) {
    d.read(1, -1, 'x', k, 1);
    d.read(2, -1, 'x', k, 1);
    d.write(2, -1, 'x', k);
    d.write(1, -1, 'x', k);
  }
}

/** Overwritten versions that are not ancestors of the final version. */
function countLost(loc: Loc): number {
  const chain = loc.history.ancestry();
  let lost = 0;
  let c = 0;
  for (let i = 0; i < loc.overFrom.length; i++) {
    const a = loc.overFrom[i]!;
    const b = loc.overTo[i]!;
    lost += b - a + 1;
    while (c < chain.length && chain[c]![1] < a) c++;
    for (let k = c; k < chain.length && chain[k]![0] <= b; k++) {
      lost -= Math.min(b, chain[k]![1]) - Math.max(a, chain[k]![0]) + 1;
    }
  }
  return lost;
}

function markOverwritten(loc: Loc, from: number, to: number): void {
  // The new interval ends at the newest version: merge every interval that overlaps or touches it.
  while (loc.overTo.length > 0 && loc.overTo[loc.overTo.length - 1]! >= from - 1) {
    from = Math.min(from, loc.overFrom.pop()!);
    loc.overTo.pop();
  }
  loc.overFrom.push(from);
  loc.overTo.push(to);
}
