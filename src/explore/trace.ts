// Stage: explore. A detailed trace of one execution, for the interleaving view of a
// counterexample: per slice, the thread, the lines it ran and its shared accesses with values,
// the stale writes (lost updates) and the writes they overwrote. Plain data; report/ renders it.
import type { AccessObserver, BlockReason, Machine, SliceEnd, SyncKind, ThreadId, ThreadInfo } from '../sim/contract.js';

export interface TraceAccess {
  readonly kind: 'read' | 'write' | 'acquire' | 'release';
  readonly line: number;
  /** "global count", "Counter.count", or the lock's description. */
  readonly location: string;
  /** Python repr of the value read or written ('' for lock operations). */
  readonly value: string;
  /** The instruction that made the access (e.g. "LOAD_ATTR"), '' if unknown. */
  readonly opname: string;
  /** This write was computed from a stale read: the update(s) it overwrote are lost. */
  stale?: { readonly readValue: string; readonly readLine: number; readonly overwrittenValue: string; readonly from: string };
  /** This write was overwritten by a stale write. */
  lostBy?: string;
}

export interface TraceSlice {
  readonly thread: ThreadId;
  readonly threadName: string;
  readonly accesses: TraceAccess[];
  /** First and last line the thread was at during the slice. */
  readonly lines: readonly [number, number];
  readonly end: SliceEnd['kind'];
  /** Where the thread stopped (instruction name), e.g. "STORE_GLOBAL". */
  readonly stoppedAt: string;
  /** For a slice that blocked: what the thread waits for, e.g. "waiting for Lock@12". */
  readonly waitingFor: string;
  /** Number of threads alive (started, not necessarily runnable) after the slice. */
  readonly threadsAlive: number;
}

interface LocState {
  version: number;
  lastWrite: TraceAccess | undefined;
  lastWriter: ThreadId | undefined;
}

/** An AccessObserver that also gets told about slice ends (call sliceEnded after each slice). */
export class TraceRecorder implements AccessObserver {
  readonly slices: TraceSlice[] = [];
  private current: TraceAccess[] = [];
  private firstLine = new Map<ThreadId, number>();
  private readonly locs = new Map<string, LocState>();
  private readonly reads = new Map<string, { version: number; value: string; line: number }>();

  constructor(private readonly machine: Machine) {}

  private lastLine = 0;

  private note(thread: ThreadId, a: TraceAccess): void {
    if (!this.firstLine.has(thread) && a.line > 0) this.firstLine.set(thread, a.line);
    if (a.line > 0) this.lastLine = a.line;
    this.current.push(a);
  }

  private state(key: string): LocState {
    let s = this.locs.get(key);
    if (!s) this.locs.set(key, (s = { version: 0, lastWrite: undefined, lastWriter: undefined }));
    return s;
  }

  read(thread: ThreadId, objId: number, key: string, value: unknown): void {
    const k = objId + '\0' + key;
    const line = this.machine.lineOf(thread);
    const repr = this.machine.repr(value);
    this.reads.set(thread + '\0' + k, { version: this.state(k).version, value: repr, line });
    this.note(thread, { kind: 'read', line, location: this.machine.describeLocation(objId, key), value: repr, opname: this.opOf(thread) });
  }

  write(thread: ThreadId, objId: number, key: string, value: unknown): void {
    const k = objId + '\0' + key;
    const s = this.state(k);
    const line = this.machine.lineOf(thread);
    const a: TraceAccess = {
      kind: 'write',
      line,
      location: this.machine.describeLocation(objId, key),
      value: this.machine.repr(value),
      opname: this.opOf(thread),
    };
    const r = this.reads.get(thread + '\0' + k);
    if (r && r.version < s.version && s.lastWriter !== undefined && s.lastWriter !== thread && s.lastWrite) {
      const from = this.nameOf(s.lastWriter);
      a.stale = { readValue: r.value, readLine: r.line, overwrittenValue: s.lastWrite.value, from };
      s.lastWrite.lostBy = this.nameOf(thread);
    }
    this.reads.delete(thread + '\0' + k);
    s.version++;
    s.lastWrite = a;
    s.lastWriter = thread;
    this.note(thread, a);
  }

  sync(thread: ThreadId, kind: SyncKind, objId: number): void {
    if (kind !== 'acquire' && kind !== 'release') return;
    const held = this.machine.threads().find((t) => t.id === thread)?.heldLocks;
    const name = kind === 'acquire' ? held?.[held.length - 1] : undefined;
    this.note(thread, { kind, line: this.machine.lineOf(thread), location: name ?? `lock #${objId}`, value: '', opname: this.opOf(thread) });
  }

  sliceEnded(thread: ThreadId, end: SliceEnd): void {
    const info = this.machine.threads();
    const me = info.find((t) => t.id === thread);
    // A finished thread has no frame (line 0): fall back to its last access.
    const last = this.machine.lineOf(thread) || this.lastLine;
    const first = this.firstLine.get(thread) ?? last;
    this.slices.push({
      thread,
      threadName: me?.name ?? `thread ${thread}`,
      accesses: this.current,
      lines: [Math.min(first, last) || last, last],
      end: end.kind,
      stoppedAt: me?.where?.opname ?? '',
      waitingFor: end.kind === 'blocked' ? describeWait(end.reason, info) : '',
      threadsAlive: info.filter((t) => t.state !== 'done').length,
    });
    this.current = [];
    this.firstLine = new Map();
    this.lastLine = 0;
  }

  /** The instruction the thread is executing (a counterexample replay only: threads() is slow). */
  private opOf(t: ThreadId): string {
    return this.machine.threads().find((x) => x.id === t)?.where?.opname ?? '';
  }

  private nameOf(t: ThreadId): string {
    return this.machine.threads().find((x) => x.id === t)?.name ?? `thread ${t}`;
  }
}

function describeWait(r: BlockReason, threads: readonly ThreadInfo[]): string {
  const name = (id: ThreadId): string => threads.find((t) => t.id === id)?.name ?? `thread ${id}`;
  switch (r.kind) {
    case 'lock':
      return `waiting for ${r.lockName}`;
    case 'join':
      return `joining ${name(r.threadId)}`;
    case 'start':
      return `starting ${name(r.threadId)}`;
    case 'sleep':
      return 'sleeping';
  }
}
