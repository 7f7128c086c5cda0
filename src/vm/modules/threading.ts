// Stage: VM simulated modules. `threading`: Thread (target/args/kwargs/name, start, join, run,
// is_alive, name, ident, daemon), Lock and RLock (acquire/release/locked/with), Event,
// current_thread, main_thread, active_count. Blocking calls return BLOCKED with the thread's
// block reason set; the CALL is retried when the thread runs again (see interp/eval.ts).
import { PyObject, PyType, decref, incref, makeType, xdecref } from '../objects/base.js';
import { PyBuiltin, PyFunction, PyInstance, strKey, type KwArgs } from '../objects/callables.js';
import { PyDict, PyTuple, newTuple } from '../objects/containers.js';
import { RuntimeError, pyThrow, typeError, valueError } from '../objects/exceptions.js';
import { None, PyFloat, PyInt, PyStr, newBool, newInt, newNone, newStr } from '../objects/scalars.js';
import { truthy } from '../ops/compare.js';
import { repr } from '../ops/repr.js';
import { getAttrOrNull } from '../ops/attr.js';
import { methods } from '../builtins/args.js';
import type { VmThread } from '../interp/frame.js';
import { BLOCKED, vm } from '../interp/state.js';
import { registerModule } from './registry.js';

export interface ThreadNative {
  target: PyObject | null;
  args: PyObject | null;
  kwargs: PyObject | null;
  name: string;
  daemon: boolean;
  started: boolean;
  vmThread: VmThread | null;
}

export interface LockState {
  id: number;
  reentrant: boolean;
  owner: VmThread | null;
  count: number;
  name: string;
}

export const threadType = makeType('Thread', null, 'instance');
threadType.module = 'threading';
threadType.hasInstanceDict = true;
export const lockType = makeType('lock', null, 'lock');
lockType.module = '_thread';
export const rlockType = makeType('RLock', null, 'lock');
rlockType.module = '_thread';
export const eventType = makeType('Event', null, 'instance');
eventType.module = 'threading';
eventType.hasInstanceDict = true;

/** Live locks by object id (the machine asks whether a lock waiter may run again). */
export const locks = new Map<number, LockState>();

export function threadNative(o: PyObject): ThreadNative {
  const n = (o as PyInstance).native as ThreadNative | null;
  if (!n) return pyThrow(RuntimeError, 'thread.__init__() not called');
  return n;
}

function lockOf(o: PyObject): LockState {
  return (o as PyInstance).native as LockState;
}

function kwOrPos(args: PyObject[], kw: KwArgs | null, i: number, name: string): PyObject | null {
  // (no read past the array's end: V8 handles those out-of-bounds loads on a slow path)
  if (i < args.length) return args[i]!;
  return kw === null ? null : (kw.get(name) ?? null);
}

/** target.__name__ for the default thread name (null when there is no target or no str name). */
function targetName(target: PyObject | null): string | null {
  if (!target || target === None) return null;
  if (target instanceof PyFunction || target instanceof PyBuiltin) return target.name;
  const n = getAttrOrNull(target, '__name__');
  if (n === null) return null;
  const r = n instanceof PyStr ? n.v : null;
  decref(n);
  return r;
}

/**
 * A Thread instance. CPython keeps _target/_args/_kwargs in the instance __dict__: they die with
 * the Thread object and the collector sees them; here they live in `native`, so clear and
 * traverse include them.
 */
class PyThreadObject extends PyInstance {
  override clear(): void {
    const n = this.native as ThreadNative | null;
    if (n) {
      const { target, args, kwargs } = n;
      n.target = n.args = n.kwargs = null;
      xdecref(target);
      xdecref(args);
      xdecref(kwargs);
    }
    super.clear();
  }
  override traverse(visit: (o: PyObject) => void): void {
    super.traverse(visit);
    const n = this.native as ThreadNative | null;
    if (n) {
      if (n.target) visit(n.target);
      if (n.args) visit(n.args);
      if (n.kwargs) visit(n.kwargs);
    }
  }
}

threadType.newFn = (t) => new PyThreadObject(t);
methods(threadType, {
  __init__: (a, kw) => {
    const self = a[0] as PyInstance;
    const target = kwOrPos(a, kw, 2, 'target');
    const name = kwOrPos(a, kw, 3, 'name');
    const args = kwOrPos(a, kw, 4, 'args');
    const kwargs = kwOrPos(a, kw, 5, 'kwargs');
    const daemon = kw?.get('daemon') ?? null;
    for (const o of [target, args, kwargs]) if (o && o !== None) incref(o);
    self.native = {
      target: target && target !== None ? target : null,
      args: args && args !== None ? args : null,
      kwargs: kwargs && kwargs !== None ? kwargs : null,
      name: name && name !== None ? (name as PyStr).v : vm.profile.vm.defaultThreadName(++vm.threadCounter, targetName(target)),
      daemon: daemon ? truthy(daemon) : false,
      started: false,
      vmThread: null,
    } satisfies ThreadNative;
    return newNone();
  },
  start: (a) => {
    const th = vm.thread;
    const n = threadNative(a[0]!);
    if (th.startedChild && th.startedChild === n.vmThread) {
      th.startedChild = null;
      return newNone();
    }
    if (n.started) pyThrow(RuntimeError, 'threads can only be started once');
    n.started = true;
    n.vmThread = vm.spawn!(a[0]!, n.name);
    if (vm.observer) vm.observer.sync(th.id, 'start', n.vmThread.id);
    if (vm.nestDepth > 0) return newNone();
    th.startedChild = n.vmThread;
    th.state = 'blocked';
    th.block = { kind: 'start', threadId: n.vmThread.id };
    return BLOCKED;
  },
  run: () => newNone(), // replaced by the machine's entry logic; calling run() directly is rare
  join: (a) => {
    const th = vm.thread;
    const n = threadNative(a[0]!);
    if (!n.started) pyThrow(RuntimeError, 'cannot join thread before it is started');
    const t = n.vmThread!;
    if (t === th) pyThrow(RuntimeError, 'cannot join current thread');
    if (t.state === 'done') {
      if (vm.observer) vm.observer.sync(th.id, 'join', t.id);
      return newNone();
    }
    if (vm.nestDepth > 0) pyThrow(RuntimeError, 'gilsim: not supported yet: join() inside a nested call');
    th.state = 'blocked';
    th.block = { kind: 'join', threadId: t.id };
    return BLOCKED;
  },
  is_alive: (a) => {
    const n = threadNative(a[0]!);
    return newBool(n.started && n.vmThread !== null && n.vmThread.state !== 'done');
  },
  getName: (a) => newStr(threadNative(a[0]!).name),
  setName: (a) => {
    threadNative(a[0]!).name = (a[1] as PyStr).v;
    return newNone();
  },
  isDaemon: (a) => newBool(threadNative(a[0]!).daemon),
  setDaemon: (a) => {
    threadNative(a[0]!).daemon = truthy(a[1]!);
    return newNone();
  },
});
threadType.getset.set('name', {
  get: (o) => newStr(threadNative(o).name),
  set: (o, v) => {
    threadNative(o).name = (v as PyStr).v;
  },
});
threadType.getset.set('ident', {
  get: (o) => {
    const t = threadNative(o).vmThread;
    return t ? newInt(139900000000000 + t.id * 4096) : newNone();
  },
});
threadType.getset.set('daemon', {
  get: (o) => newBool(threadNative(o).daemon),
  set: (o, v) => {
    threadNative(o).daemon = truthy(v!);
  },
});

function newLock(t: PyType, reentrant: boolean): PyInstance {
  const o = new PyInstance(t);
  const st: LockState = { id: o.id, reentrant, owner: null, count: 0, name: '' };
  o.native = st;
  st.name = `${reentrant ? 'RLock' : 'Lock'}@${o.id}`;
  locks.set(o.id, st);
  return o;
}

lockType.newFn = (t) => newLock(t, false);
rlockType.newFn = (t) => newLock(t, true);

function acquire(a: PyObject[], kw: KwArgs | null): PyObject {
  const o = a[0]!;
  const st = lockOf(o);
  const th = vm.thread;
  let blocking = true;
  let timeout = -1;
  if (a.length > 1 || kw !== null) {
    // (lock.acquire() without arguments, the common call, skips the argument parsing)
    const blockingO = kwOrPos(a, kw, 1, 'blocking');
    const timeoutO = kwOrPos(a, kw, 2, 'timeout');
    blocking = blockingO ? truthy(blockingO) : true;
    timeout = timeoutO instanceof PyFloat ? timeoutO.v : timeoutO instanceof PyInt ? Number(timeoutO.v) : -1;
    if (!blocking && timeout !== -1) valueError("can't specify a timeout for a non-blocking call");
  }
  // (both fields read up front: V8 has their feedback when the first contended call comes)
  const free = st.count === 0;
  const reentry = st.reentrant && st.owner === th;
  if (free || reentry) {
    st.count++;
    st.owner = th;
    th.heldLocks.push(st.name);
    if (vm.observer) vm.observer.sync(th.id, 'acquire', st.id);
    return newBool(true);
  }
  return contended(st, th, blocking, timeout);
}

/** acquire() of a lock another thread holds (apart, so that V8 keeps it out of the hot path). */
function contended(st: LockState, th: VmThread, blocking: boolean, timeout: number): PyObject {
  if (!blocking || timeout === 0) {
    if (vm.observer) vm.observer.sync(th.id, 'peek', st.id);
    return newBool(false);
  }
  if (vm.nestDepth > 0) return pyThrow(RuntimeError, 'gilsim: not supported yet: contended lock acquire inside a nested call');
  th.state = 'blocked';
  th.block = { kind: 'lock', lockId: st.id, lockName: st.name };
  return BLOCKED;
}

function release(a: PyObject[]): PyObject {
  const st = lockOf(a[0]!);
  const th = vm.thread;
  if (st.reentrant && st.owner !== th) pyThrow(RuntimeError, 'cannot release un-acquired lock');
  if (st.count === 0) pyThrow(RuntimeError, 'release unlocked lock');
  st.count--;
  const owner = st.owner;
  if (owner) {
    const held = owner.heldLocks;
    const i = held.lastIndexOf(st.name);
    if (i === held.length - 1) held.pop();
    else if (i >= 0) held.splice(i, 1);
  }
  if (st.count === 0) st.owner = null;
  if (vm.observer) vm.observer.sync(th.id, 'release', st.id);
  return newNone();
}

/** Lock.acquire / Lock.release as built-in functions (loop kernels recognise them: src/vm/kernel). */
export { acquire as lockAcquire, release as lockRelease };

for (const t of [lockType, rlockType]) {
  methods(t, {
    acquire,
    release,
    __enter__: (a) => acquire([a[0]!], null),
    __exit__: (a) => {
      decref(release([a[0]!]));
      return newBool(false);
    },
    locked: (a) => {
      const st = lockOf(a[0]!);
      if (vm.observer) vm.observer.sync(vm.thread.id, 'peek', st.id);
      return newBool(st.count > 0);
    },
  });
}

eventType.newFn = (t) => {
  const o = new PyInstance(t);
  o.native = { flag: false };
  return o;
};
methods(eventType, {
  set: (a) => (((a[0] as PyInstance).native as { flag: boolean }).flag = true, newNone()),
  clear: (a) => (((a[0] as PyInstance).native as { flag: boolean }).flag = false, newNone()),
  is_set: (a) => newBool(((a[0] as PyInstance).native as { flag: boolean }).flag),
  wait: (a) => {
    if (((a[0] as PyInstance).native as { flag: boolean }).flag) return newBool(true);
    return pyThrow(RuntimeError, 'gilsim: not supported yet: Event.wait() on an unset event');
  },
});

function currentThreadObj(): PyObject {
  const th = vm.thread;
  if (!th.pyThread) th.pyThread = makeThreadObj(th);
  incref(th.pyThread);
  return th.pyThread;
}

export function makeThreadObj(th: VmThread): PyInstance {
  const o = new PyInstance(threadType);
  o.native = { target: null, args: null, kwargs: null, name: th.name, daemon: false, started: true, vmThread: th } satisfies ThreadNative;
  return o;
}

function def(d: PyDict, name: string, f: (a: PyObject[], kw: KwArgs | null) => PyObject): void {
  d.setStr(name, strKey(name), new PyBuiltin(name, f));
}

registerModule('threading', (d) => {
  d.setStr('Thread', strKey('Thread'), threadType);
  d.setStr('Lock', strKey('Lock'), lockType);
  d.setStr('RLock', strKey('RLock'), rlockType);
  d.setStr('Event', strKey('Event'), eventType);
  def(d, 'current_thread', currentThreadObj);
  def(d, 'currentThread', currentThreadObj);
  def(d, 'main_thread', () => {
    const m = vm.threads[0]!;
    if (!m.pyThread) m.pyThread = makeThreadObj(m);
    incref(m.pyThread);
    return m.pyThread;
  });
  def(d, 'active_count', () => newInt(vm.threads.filter((t) => t.state !== 'done').length));
  def(d, 'get_ident', () => newInt(139900000000000 + vm.thread.id * 4096));
  void newTuple;
  void PyTuple;
  void repr;
  void typeError;
});

export function describeThreadRepr(o: PyObject): string {
  const n = threadNative(o);
  const st = !n.started ? 'initial' : n.vmThread?.state === 'done' ? 'stopped' : 'started';
  return `<Thread(${n.name}, ${st}${n.vmThread && st !== 'initial' ? ' ' + (139900000000000 + n.vmThread.id * 4096) : ''})>`;
}
