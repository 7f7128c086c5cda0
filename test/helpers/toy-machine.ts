// Test helper: a tiny implementation of the Machine contract (src/sim/contract.ts) for explorer
// tests. Each thread runs a list of operations on integer globals and locks, with a switch point
// after every operation unless the op says otherwise. Depends only on the contract.
import type {
  AccessObserver,
  BlockReason,
  Machine,
  SliceEnd,
  ThreadId,
  ThreadInfo,
} from '../../src/sim/contract.js';

export type ToyOp =
  /** reg[reg] = globals[loc] */
  | { readonly op: 'read'; readonly loc: string; readonly reg?: string; readonly noSwitch?: boolean }
  /** globals[loc] = reg[reg] + add (reg defaults to 'r'; missing register = 0) */
  | { readonly op: 'write'; readonly loc: string; readonly reg?: string; readonly add?: number; readonly noSwitch?: boolean }
  /** globals[loc] = value */
  | { readonly op: 'set'; readonly loc: string; readonly value: number; readonly noSwitch?: boolean }
  | { readonly op: 'acquire'; readonly lock: string }
  | { readonly op: 'release'; readonly lock: string }
  /** Start a thread running functions[fn]; its id goes to reg `t<index>` of the starter. */
  | { readonly op: 'spawn'; readonly fn: string }
  /** Join the n-th thread this thread spawned. */
  | { readonly op: 'join'; readonly nth: number }
  /** Raise AssertionError unless globals[loc] == eq. */
  | { readonly op: 'assert'; readonly loc: string; readonly eq: number }
  /** A local computation: no shared access. */
  | { readonly op: 'local'; readonly noSwitch?: boolean };

export interface ToyProgram {
  readonly globals: Readonly<Record<string, number>>;
  readonly main: readonly ToyOp[];
  readonly functions?: Readonly<Record<string, readonly ToyOp[]>>;
}

export interface ToyException {
  readonly thread: ThreadId;
  readonly type: string;
  readonly message: string;
  readonly line: number;
}

interface ToyThread {
  id: ThreadId;
  name: string;
  ops: readonly ToyOp[];
  pc: number;
  regs: Map<string, number>;
  spawned: ThreadId[];
  state: 'runnable' | 'blocked' | 'done';
  block: BlockReason | undefined;
  fresh: boolean;
}

const GLOBALS_OBJ = 1;

export class ToyMachine implements Machine {
  clock = 0;
  steps = 0;
  private readonly globals = new Map<string, number>();
  private readonly lockIds = new Map<string, number>();
  private readonly lockOwner = new Map<number, ThreadId>();
  private readonly ts: ToyThread[] = [];
  private observer: AccessObserver | null = null;
  readonly exceptions: ToyException[] = [];

  constructor(
    private readonly program: ToyProgram,
    private readonly maxSteps = 100_000,
  ) {
    for (const [k, v] of Object.entries(program.globals)) this.globals.set(k, v);
    this.addThread('MainThread', program.main);
  }

  threadCount(): number {
    return this.ts.length;
  }

  threads(): readonly ThreadInfo[] {
    return this.ts.map((t) => ({
      id: t.id,
      name: t.name,
      state: t.state,
      block: t.block,
      where: { filename: 'toy.py', func: t.name, line: t.pc + 1, offset: t.pc * 2, opname: t.ops[t.pc]?.op ?? 'END' },
      heldLocks: [...this.lockIds].filter(([, id]) => this.lockOwner.get(id) === t.id).map(([n]) => n),
    }));
  }

  isRunnable(id: ThreadId): boolean {
    const t = this.ts[id];
    return t !== undefined && t.state === 'runnable';
  }

  runSlice(id: ThreadId, untilTick: number): SliceEnd {
    const t = this.ts[id]!;
    if (t.state !== 'runnable') throw new Error(`toy: thread ${id} is not runnable`);
    t.fresh = false;
    for (;;) {
      if (t.pc >= t.ops.length) return this.finish(t);
      if (this.steps >= this.maxSteps) return { kind: 'step-limit' };
      const op = t.ops[t.pc]!;
      const r = this.exec(t, op);
      if (r) return r;
      this.steps++;
      this.clock++;
      t.pc++;
      if ((t.state as ToyThread['state']) === 'done') return { kind: 'done' };
      const switchPoint = !('noSwitch' in op && op.noSwitch);
      if (switchPoint && this.clock >= untilTick) {
        if (t.pc >= t.ops.length) return this.finish(t);
        return { kind: 'switch-point' };
      }
    }
  }

  advanceClock(toTick: number): void {
    this.clock = Math.max(this.clock, toTick);
  }
  switchInterval(): number {
    return 0.005;
  }
  lineOf(id: ThreadId): number {
    return (this.ts[id]?.pc ?? 0) + 1;
  }
  setObserver(observer: AccessObserver | null): void {
    this.observer = observer;
  }
  spawnThreadCalling(name: string): ThreadId {
    const ops = this.program.functions?.[name];
    if (!ops) throw new Error(`toy: no function ${name}`);
    return this.addThread(`Thread-${this.ts.length}`, ops).id;
  }
  repr(value: unknown): string {
    return String(value);
  }
  describeLocation(_objId: number, key: string): string {
    return `global ${key}`;
  }
  globalsSnapshot(): ReadonlyMap<string, string> {
    return new Map([...this.globals].map(([k, v]) => [k, String(v)]));
  }
  shutdown(): 'done' {
    return 'done'; // nothing to finalize: toy values have no finalizers
  }
  /** Supports `NAME`, `NAME == INT`, `NAME + NAME`. */
  evalInGlobals(expr: string): { repr: string; truthy: boolean } | { error: string } {
    const get = (n: string): number | undefined => (/^-?\d+$/.test(n) ? Number(n) : this.globals.get(n));
    let m = /^\s*(\w+)\s*==\s*(\w+)\s*$/.exec(expr);
    if (m) {
      const a = get(m[1]!);
      const b = get(m[2]!);
      if (a === undefined || b === undefined) return { error: `NameError: name is not defined` };
      return { repr: a === b ? 'True' : 'False', truthy: a === b };
    }
    m = /^\s*(\w+)\s*\+\s*(\w+)\s*$/.exec(expr);
    if (m) {
      const a = get(m[1]!);
      const b = get(m[2]!);
      if (a === undefined || b === undefined) return { error: `NameError: name is not defined` };
      return { repr: String(a + b), truthy: a + b !== 0 };
    }
    const v = get(expr.trim());
    if (v === undefined) return { error: `NameError: name '${expr.trim()}' is not defined` };
    return { repr: String(v), truthy: v !== 0 };
  }
  exitStatus(): number {
    return this.exceptions.some((e) => e.thread === 0) ? 1 : 0;
  }
  uncaughtExceptions(): readonly ToyException[] {
    return this.exceptions;
  }

  private addThread(name: string, ops: readonly ToyOp[]): ToyThread {
    const t: ToyThread = {
      id: this.ts.length,
      name,
      ops,
      pc: 0,
      regs: new Map(),
      spawned: [],
      state: 'runnable',
      block: undefined,
      fresh: true,
    };
    this.ts.push(t);
    return t;
  }

  private finish(t: ToyThread): SliceEnd {
    t.state = 'done';
    this.observer?.sync(t.id, 'end', 1000 + t.id);
    for (const o of this.ts) {
      if (o.state === 'blocked' && o.block?.kind === 'join' && o.block.threadId === t.id) {
        o.state = 'runnable';
        o.block = undefined;
      }
    }
    return { kind: 'done' };
  }

  private lockId(name: string): number {
    let id = this.lockIds.get(name);
    if (id === undefined) this.lockIds.set(name, (id = 100 + this.lockIds.size));
    return id;
  }

  /** Executes op; returns a SliceEnd when the thread blocks or dies (pc not advanced on block). */
  private exec(t: ToyThread, op: ToyOp): SliceEnd | undefined {
    const obs = this.observer;
    switch (op.op) {
      case 'read': {
        const v = this.globals.get(op.loc) ?? 0;
        obs?.read(t.id, GLOBALS_OBJ, op.loc, v);
        t.regs.set(op.reg ?? 'r', v);
        return undefined;
      }
      case 'write': {
        const v = (t.regs.get(op.reg ?? 'r') ?? 0) + (op.add ?? 0);
        obs?.write(t.id, GLOBALS_OBJ, op.loc, v);
        this.globals.set(op.loc, v);
        return undefined;
      }
      case 'set':
        obs?.write(t.id, GLOBALS_OBJ, op.loc, op.value);
        this.globals.set(op.loc, op.value);
        return undefined;
      case 'acquire': {
        const id = this.lockId(op.lock);
        const owner = this.lockOwner.get(id);
        if (owner !== undefined) {
          t.state = 'blocked';
          t.block = { kind: 'lock', lockId: id, lockName: op.lock };
          return { kind: 'blocked', reason: t.block };
        }
        this.lockOwner.set(id, t.id);
        obs?.sync(t.id, 'acquire', id);
        return undefined;
      }
      case 'release': {
        const id = this.lockId(op.lock);
        if (this.lockOwner.get(id) !== t.id) return this.raise(t, 'RuntimeError', 'release unlocked lock');
        this.lockOwner.delete(id);
        obs?.sync(t.id, 'release', id);
        for (const o of this.ts) {
          if (o.state === 'blocked' && o.block?.kind === 'lock' && o.block.lockId === id) {
            o.state = 'runnable';
            o.block = undefined;
          }
        }
        return undefined;
      }
      case 'spawn': {
        const ops = this.program.functions?.[op.fn];
        if (!ops) throw new Error(`toy: no function ${op.fn}`);
        const c = this.addThread(`Thread-${this.ts.length}`, ops);
        t.spawned.push(c.id);
        obs?.sync(t.id, 'start', 1000 + c.id);
        return undefined;
      }
      case 'join': {
        const target = this.ts[t.spawned[op.nth]!]!;
        if (target.state !== 'done') {
          t.state = 'blocked';
          t.block = { kind: 'join', threadId: target.id };
          return { kind: 'blocked', reason: t.block };
        }
        obs?.sync(t.id, 'join', 1000 + target.id);
        return undefined;
      }
      case 'assert': {
        const v = this.globals.get(op.loc) ?? 0;
        obs?.read(t.id, GLOBALS_OBJ, op.loc, v);
        if (v !== op.eq) return this.raise(t, 'AssertionError', `${op.loc} == ${v}, expected ${op.eq}`);
        return undefined;
      }
      case 'local':
        return undefined;
    }
  }

  private raise(t: ToyThread, type: string, message: string): SliceEnd {
    this.exceptions.push({ thread: t.id, type, message, line: t.pc + 1 });
    this.steps++;
    this.clock++;
    return this.finish(t);
  }
}

/** Toy counter: `threads` threads each doing `increments` unlocked (or locked) `count += 1`. */
export function toyCounter(threads: number, increments: number, locked = false): ToyProgram {
  const body: ToyOp[] = [];
  for (let i = 0; i < increments; i++) {
    if (locked) body.push({ op: 'acquire', lock: 'lock' });
    body.push({ op: 'read', loc: 'count' }, { op: 'write', loc: 'count', add: 1 });
    if (locked) body.push({ op: 'release', lock: 'lock' });
  }
  const main: ToyOp[] = [];
  for (let i = 0; i < threads; i++) main.push({ op: 'spawn', fn: 'worker' });
  for (let i = 0; i < threads; i++) main.push({ op: 'join', nth: i });
  return { globals: { count: 0 }, main, functions: { worker: body } };
}
