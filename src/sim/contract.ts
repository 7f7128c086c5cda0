// Stage: the contract between the VM (mechanism: executes bytecode, owns objects and threads)
// and the simulation layer (policy: which thread holds the GIL, when it drops it, what is
// recorded). The VM implements Machine; sim/ drives it. Neither side imports the other's
// internals: only this file.

export type ThreadId = number;

/** Why a thread gave up the GIL without finishing. */
export type BlockReason =
  /** Contended Lock/RLock.acquire: waits until the lock is released, then competes for it again. */
  | { readonly kind: 'lock'; readonly lockId: number; readonly lockName: string }
  /** Thread.join(): waits until the thread has finished. */
  | { readonly kind: 'join'; readonly threadId: ThreadId }
  /** Thread.start(): the starter waits until the new thread has run its bootstrap (CPython waits on an Event). */
  | { readonly kind: 'start'; readonly threadId: ThreadId }
  /** time.sleep(s): waits until the simulated clock reaches untilTick (sleep(0) just releases the GIL). */
  | { readonly kind: 'sleep'; readonly untilTick: number };

export type SliceEnd =
  /** Reached a switch point of this CPython version with clock >= untilTick. The thread is still runnable. */
  | { readonly kind: 'switch-point' }
  /** The thread released the GIL to block (see reason). Machine.isRunnable() says when it may run again. */
  | { readonly kind: 'blocked'; readonly reason: BlockReason }
  /** The thread's target returned or raised (the exception, if any, is already printed like CPython does). */
  | { readonly kind: 'done' }
  /** The global instruction budget (maxSteps) ran out. */
  | { readonly kind: 'step-limit' };

export interface ThreadInfo {
  readonly id: ThreadId;
  /** Python-visible name: "MainThread", "Thread-1", ... (version dependent format). */
  readonly name: string;
  readonly state: 'runnable' | 'blocked' | 'done';
  readonly block: BlockReason | undefined;
  /** Where the thread is: innermost frame. */
  readonly where: Where | undefined;
  /** Names (or reprs) of the locks the thread holds, for deadlock reports. */
  readonly heldLocks: readonly string[];
}

export interface Where {
  readonly filename: string;
  readonly func: string; // co_name
  readonly line: number;
  readonly offset: number; // bytecode offset of the current / last instruction
  readonly opname: string;
}

/**
 * Receives the shared-memory events of execution, for race detection (lost updates) and DPOR.
 * Locations are (object id, key): an attribute name, a global name (object = module dict),
 * a cell ("cell"), or a container item (key = repr of the index/key prefixed with "[").
 * Fast locals are never reported. Values are VM objects, opaque here (use Machine.repr).
 */
/**
 * acquire/release: a lock changes hands; peek: a lock's state is read without changing it (a failed
 * non-blocking acquire, locked()); start/join/end: thread life cycle.
 */
export type SyncKind = 'acquire' | 'release' | 'peek' | 'start' | 'join' | 'end';

export interface AccessObserver {
  /**
   * True when read() looks at nothing but its arguments (no machine state, no Python code run):
   * the interpreter then calls it without bringing the frame and clock up to date first.
   */
  readonly plainReads?: boolean;
  /** `line`: the reading instruction's line when the caller has it (else machine.lineOf(thread)). */
  read(thread: ThreadId, objId: number, key: string, value: unknown, line?: number): void;
  write(thread: ThreadId, objId: number, key: string, value: unknown): void;
  /** Lock acquire/release, thread start/join: synchronisation events (happens-before edges). */
  sync(thread: ThreadId, kind: SyncKind, objId: number): void;
  /**
   * Summarised loop iterations (src/vm/kernel). Present only on an observer whose events a
   * summary can stand for: `thread` made the accesses `pattern` ('R' and 'W', in order) to one
   * location `times` times over, with no other thread running meanwhile, and the lock pairs
   * acquired and released within each iteration reported nowhere (sync events are not
   * delivered for them). `lastReadLine`: the line of the pattern's last read (0 if none);
   * `written`: the value of the last write (if the pattern writes); `readValue`: the value read
   * by a read after the last write (or of a pattern without writes), else undefined. Must leave
   * the observer as the same events delivered one by one would.
   */
  repeat?(thread: ThreadId, objId: number, key: string, pattern: string, times: number, lastReadLine: number, written: unknown, readValue: unknown): void;
  /**
   * With repeat: whether `thread` has a read of the location, not yet consumed by its own write,
   * made before the location's latest write (a summary cannot stand for a write that may be
   * stale: the interpreter runs it).
   */
  hasStaleRead?(thread: ThreadId, objId: number, key: string): boolean;
}

export interface Machine {
  /** Simulated time in ticks (1 tick = 1 ns of CPython time under the version's cost model). */
  readonly clock: number;
  /** Instructions executed so far, all threads. */
  readonly steps: number;
  threads(): readonly ThreadInfo[];
  /** How many threads exist; their ids are 0 .. threadCount() - 1 (cheap, unlike threads()). */
  threadCount(): number;
  /** True if the thread is not done and not blocked (a woken blocked thread becomes runnable again). */
  isRunnable(id: ThreadId): boolean;
  /**
   * Run `id` (which must be runnable) until it reaches a switch point with clock >= untilTick,
   * blocks, or finishes. untilTick = -Infinity stops at the very next switch point after at
   * least one instruction (or immediately at a frame start for a fresh thread's first slice is not required).
   */
  runSlice(id: ThreadId, untilTick: number): SliceEnd;
  /** Advance the clock while every thread sleeps (the sim calls this when nothing is runnable but sleepers). */
  advanceClock(toTick: number): void;
  /** The program's current switch interval in seconds (sys.getswitchinterval(); default 0.005). */
  switchInterval(): number;
  /** Line number of the instruction the thread is executing (cheap: an array lookup), for access reports. */
  lineOf(id: ThreadId): number;
  /** Install or remove the shared-access observer (null = no tracking, the fast path). */
  setObserver(observer: AccessObserver | null): void;
  /** Start a new thread calling the module-level function `name` with no arguments (for --threads). */
  spawnThreadCalling(name: string): ThreadId;
  /** Exceptions that ended threads (the main thread's too), in the order they happened. */
  uncaughtExceptions(): readonly UncaughtException[];
  /** The process exit status CPython would give so far: 1 if the main thread died of an uncaught exception, else 0. */
  exitStatus(): number;
  /** Python repr() of a VM value, for reports. */
  repr(value: unknown): string;
  /** Human description of a location, e.g. "Counter.count" or "global count" or "d['k']". */
  describeLocation(objId: number, key: string): string;
  /** Module globals as name -> repr (functions, classes and modules left out). */
  globalsSnapshot(): ReadonlyMap<string, string>;
  /** Evaluate a Python expression in the module's globals (for --observe/--expect); returns repr and truth. */
  evalInGlobals(expr: string): { repr: string; truthy: boolean } | { error: string };
  /**
   * Interpreter exit, once every thread has ended: finalize (run the __del__ of) what the
   * program's module still holds, as CPython does at shutdown. Once; globals are gone after it.
   * 'step-limit': a finalizer ran into the instruction limit (the rest were not run).
   */
  shutdown(): 'done' | 'step-limit';
}

export interface UncaughtException {
  readonly thread: ThreadId;
  /** Exception class name, e.g. "AssertionError". */
  readonly type: string;
  /** str() of the exception. */
  readonly message: string;
  /** Line where it was raised (innermost frame), 0 if unknown. */
  readonly line: number;
}

export interface MachineOptions {
  /** Global instruction budget; runSlice returns 'step-limit' when exhausted. */
  readonly maxSteps: number;
  /** The program's stdout / stderr (tracebacks of uncaught exceptions go to stderr). */
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Initial switch interval in seconds (--switch-interval); default CPython's 0.005. */
  readonly switchInterval?: number;
}
