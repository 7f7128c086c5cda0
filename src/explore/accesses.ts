// Stage: explore. The shared accesses of each slice (one thread's run between two decisions),
// recorded from the AccessObserver events plus synthetic accesses for what makes a thread able
// to run (spawn, start, lock wake-up, join): DPOR's dependence relation is computed on these.
// Depends only on the sim contract.
import type { AccessObserver, BlockReason, Machine, SliceEnd, SyncKind, ThreadId } from '../sim/contract.js';

export const READ = 1;
export const WRITE = 2;
/**
 * Flag on a write that other threads wait for: a lock release (the slice's first operation on
 * the lock: it was held when the slice began), a thread's creation, start or end. Nothing that
 * waited for it can be moved before it (DPOR skips these races: reversing them only produces a
 * blocked attempt).
 */
export const WAITED_FOR = 4;
/** Location key that conflicts with everything (time-dependent wake-ups). */
export const GLOBAL = '*';

/** Location key -> READ or WRITE (WRITE when the slice both read and wrote it), plus WAITED_FOR. */
export type AccessSet = Map<string, number>;

export interface SliceRecord {
  readonly thread: ThreadId;
  readonly acc: AccessSet;
  readonly end: SliceEnd['kind'];
  /** Threads that came into existence during this slice. */
  readonly spawned: readonly ThreadId[];
  /** True for the first slice of the second phase (threads started by --threads): everything before happens-before it. */
  readonly afterBarrier: boolean;
  /**
   * The slice did nothing but block (on a held lock, a join, a start): the state after it equals
   * the state before with the thread waiting, so DPOR never needs to reorder it after others.
   */
  readonly pureBlock: boolean;
}

/** Two slices are dependent if they touch a common location and one of them writes it. */
export function dependent(a: AccessSet, b: AccessSet): boolean {
  if (a.has(GLOBAL) || b.has(GLOBAL)) return true;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [k, m] of small) {
    const n = large.get(k);
    if (n !== undefined && ((n | m) & WRITE) !== 0) return true;
  }
  return false;
}

const NONE: ThreadId[] = [];

function note(acc: AccessSet, key: string, mode: number): void {
  const m = acc.get(key);
  if (m === undefined) acc.set(key, mode);
  else if ((m & WRITE) === 0 && (mode & WRITE) !== 0) acc.set(key, mode | (m & ~READ));
}

/**
 * Observer + slice bookkeeping. Install with machine.setObserver (possibly through teeObserver),
 * call sliceEnded() after every slice and barrier() between phases.
 */
export class AccessRecorder implements AccessObserver {
  readonly plainReads = true;
  readonly slices: SliceRecord[] = [];
  private acc: AccessSet = new Map();
  private static readonly EMPTY: AccessSet = new Map();
  private knownThreads: number;
  private readonly lastBlock = new Map<ThreadId, BlockReason>();
  private readonly started = new Set<ThreadId>();
  private pendingBarrier = false;
  /** A thread-start event happened in this slice: look for new threads at its end. */
  private startSeen = false;
  /** Some thread sleeps on the simulated clock: slices are then ordered with everything. */
  private sleepers = 0;

  constructor(private readonly machine: Machine) {
    this.knownThreads = machine.threads().length;
  }

  read(_t: ThreadId, objId: number, key: string): void {
    note(this.acc, objId + '\0' + key, READ);
  }
  write(_t: ThreadId, objId: number, key: string): void {
    note(this.acc, objId + '\0' + key, WRITE);
  }
  sync(_t: ThreadId, kind: SyncKind, objId: number): void {
    if (kind === 'peek') note(this.acc, 'L' + objId, READ);
    else if (kind === 'acquire' || kind === 'release') {
      const key = 'L' + objId;
      if (kind === 'release' && !this.acc.has(key)) this.acc.set(key, WRITE | WAITED_FOR);
      else note(this.acc, key, WRITE);
    } else if (kind === 'join') note(this.acc, 'T' + objId, READ);
    else {
      // start, end: what start() and join() wait for.
      if (kind === 'start') this.startSeen = true;
      note(this.acc, 'T' + objId, WRITE | WAITED_FOR);
    }
  }

  barrier(): void {
    this.pendingBarrier = true;
    this.knownThreads = this.machine.threads().length;
  }

  sliceEnded(thread: ThreadId, end: SliceEnd): void {
    let acc = this.acc;
    if (acc.size > 0) this.acc = new Map();
    else acc = new Map();
    const pureBlock = end.kind === 'blocked' && end.reason.kind !== 'sleep' && acc.size === 0 && !this.lastBlock.has(thread);
    if (!this.started.has(thread)) {
      this.started.add(thread);
      note(acc, 'created:' + thread, READ);
      note(acc, 'started:' + thread, WRITE | WAITED_FOR);
    }
    const woke = this.lastBlock.get(thread);
    if (woke) {
      this.lastBlock.delete(thread);
      this.noteBlock(acc, woke, true);
      if (woke.kind === 'sleep') this.sleepers--;
    }
    if (end.kind === 'blocked') {
      this.lastBlock.set(thread, end.reason);
      this.noteBlock(acc, end.reason, false);
      if (end.reason.kind === 'sleep') this.sleepers++;
    } else if (end.kind === 'done') {
      note(acc, 'done:' + thread, WRITE | WAITED_FOR);
    }
    if (this.sleepers > 0) note(acc, GLOBAL, WRITE);
    let spawned: ThreadId[] = NONE;
    // Threads come into existence only through Thread.start() (a 'start' sync event) or the
    // explorer's --threads phase (barrier()); machine.threads() is too costly to call per slice.
    const ts = this.startSeen ? this.machine.threads() : undefined;
    this.startSeen = false;
    if (ts && ts.length > this.knownThreads) {
      spawned = [];
      for (let i = this.knownThreads; i < ts.length; i++) {
        spawned.push(ts[i]!.id);
        note(acc, 'created:' + ts[i]!.id, WRITE | WAITED_FOR);
      }
      note(acc, 'thread-ids', WRITE);
      this.knownThreads = ts.length;
    }
    if (acc.size === 0) acc = AccessRecorder.EMPTY;
    this.slices.push({ thread, acc, end: end.kind, spawned, afterBarrier: this.pendingBarrier, pureBlock: pureBlock && spawned.length === 0 });
    this.pendingBarrier = false;
  }

  /** What waiting (at the block) and waking (next slice) depend on. */
  private noteBlock(acc: AccessSet, r: BlockReason, waking: boolean): void {
    switch (r.kind) {
      case 'lock':
        // The attempt reads the lock (held); the retry after the wake-up acquires it (a sync
        // event, a write) or blocks again (a read): both ordered after the release.
        if (!waking) note(acc, 'L' + r.lockId, READ);
        break;
      case 'join':
        note(acc, 'done:' + r.threadId, READ);
        break;
      case 'start':
        note(acc, 'started:' + r.threadId, READ);
        break;
      case 'sleep':
        note(acc, GLOBAL, WRITE);
        break;
    }
  }
}
