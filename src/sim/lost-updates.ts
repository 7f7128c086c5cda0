// Stage: sim. A race detector for lost updates. A thread T reads a location L and later writes
// L; if other threads wrote L in between, their writes are overwritten by a value computed from
// a stale read: those updates are lost. Each overwritten write counts once even when several
// stale writers overwrite it, so for a counter the total equals the deficit of the final value.
import type { AccessObserver, Machine, ThreadId } from './contract.js';

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
  /** How many updates this write lost. */
  readonly lost: number;
}

/** All lost updates at one (location, read line, write line), summed. */
export interface LostUpdateGroup {
  readonly location: string;
  readonly readLine: number;
  readonly writeLine: number;
  /** Number of stale writes (races) and updates lost in total. */
  readonly races: number;
  readonly lost: number;
  readonly first: LostUpdate;
}

interface Loc {
  version: number;
  /** writers[v - 1] = thread that wrote version v. */
  writers: number[];
  lastValue: unknown;
  /** Disjoint intervals [from, to] of lost versions, sorted by `to` ascending. */
  lostFrom: number[];
  lostTo: number[];
}

interface ReadRecord {
  version: number;
  line: number;
  value: unknown;
}

export class LostUpdateDetector implements AccessObserver {
  private readonly locs = new Map<number, Map<string, Loc>>();
  /** Per thread, per location key "objId key": the latest read. */
  private readonly reads = new Map<ThreadId, Map<Loc, ReadRecord>>();
  private readonly groups = new Map<string, { group: LostUpdateGroup }>();
  private readonly all: LostUpdate[] = [];
  private readonly keepAll: number;

  constructor(private readonly machine: Machine, opts: { keepAll?: number } = {}) {
    this.keepAll = opts.keepAll ?? 1000;
  }

  read(thread: ThreadId, objId: number, key: string, value: unknown): void {
    const loc = this.loc(objId, key);
    let rs = this.reads.get(thread);
    if (!rs) this.reads.set(thread, (rs = new Map()));
    const r = rs.get(loc);
    const line = this.machine.lineOf(thread);
    if (r) {
      r.version = loc.version;
      r.line = line;
      r.value = value;
    } else rs.set(loc, { version: loc.version, line, value });
  }

  write(thread: ThreadId, objId: number, key: string, value: unknown): void {
    const loc = this.loc(objId, key);
    const rs = this.reads.get(thread);
    const r = rs?.get(loc);
    if (r && r.version < loc.version) this.staleWrite(thread, objId, key, loc, r, value);
    if (r) rs!.delete(loc);
    loc.version++;
    loc.writers.push(thread);
    loc.lastValue = value;
  }

  sync(): void {
    // Synchronisation does not change what a stale read is; lost updates are judged per location.
  }

  /** Lost updates grouped by location and lines, in order of first occurrence. */
  lostUpdateGroups(): LostUpdateGroup[] {
    return [...this.groups.values()].map((g) => g.group);
  }

  /** Individual lost updates (the first `keepAll` of them). */
  lostUpdates(): readonly LostUpdate[] {
    return this.all;
  }

  totalLost(): number {
    let n = 0;
    for (const g of this.groups.values()) n += g.group.lost;
    return n;
  }

  private loc(objId: number, key: string): Loc {
    let byKey = this.locs.get(objId);
    if (!byKey) this.locs.set(objId, (byKey = new Map()));
    let loc = byKey.get(key);
    if (!loc) byKey.set(key, (loc = { version: 0, writers: [], lastValue: undefined, lostFrom: [], lostTo: [] }));
    return loc;
  }

  private staleWrite(thread: ThreadId, objId: number, key: string, loc: Loc, r: ReadRecord, value: unknown): void {
    // Versions r.version+1 .. loc.version are overwritten; count those by other threads not already lost.
    const from = r.version + 1;
    const to = loc.version;
    const others = new Set<number>();
    let lost = 0;
    for (let v = from; v <= to; v++) {
      const w = loc.writers[v - 1]!;
      if (w !== thread && !isLost(loc, v)) {
        lost++;
        others.add(w);
      }
    }
    markLost(loc, from, to);
    if (lost === 0) return;
    const names = this.threadNames();
    const u: LostUpdate = {
      location: this.machine.describeLocation(objId, key),
      readLine: r.line,
      writeLine: this.machine.lineOf(thread),
      thread: names.get(thread) ?? `thread ${thread}`,
      otherThreads: [...others].map((t) => names.get(t) ?? `thread ${t}`),
      readValue: this.machine.repr(r.value),
      writtenValue: this.machine.repr(value),
      overwrittenValue: this.machine.repr(loc.lastValue),
      lost,
    };
    if (this.all.length < this.keepAll) this.all.push(u);
    const gk = `${u.location}\0${u.readLine}\0${u.writeLine}`;
    const g = this.groups.get(gk);
    if (g) g.group = { ...g.group, races: g.group.races + 1, lost: g.group.lost + lost };
    else this.groups.set(gk, { group: { location: u.location, readLine: u.readLine, writeLine: u.writeLine, races: 1, lost, first: u } });
  }

  private threadNames(): Map<number, string> {
    return new Map(this.machine.threads().map((t) => [t.id, t.name]));
  }
}

function isLost(loc: Loc, v: number): boolean {
  // Intervals are few and sorted by end; scan from the newest.
  for (let i = loc.lostTo.length - 1; i >= 0; i--) {
    if (loc.lostTo[i]! < v) return false;
    if (loc.lostFrom[i]! <= v) return true;
  }
  return false;
}

function markLost(loc: Loc, from: number, to: number): void {
  if (from > to) return;
  // New interval ends at the newest version: merge every interval that overlaps or touches it.
  while (loc.lostTo.length > 0 && loc.lostTo[loc.lostTo.length - 1]! >= from - 1) {
    from = Math.min(from, loc.lostFrom.pop()!);
    loc.lostTo.pop();
  }
  loc.lostFrom.push(from);
  loc.lostTo.push(to);
}
