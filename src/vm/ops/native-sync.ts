// Stage: VM generic operations. Running a resumable builtin (objects/native-call.ts) to the end
// from JS: each requested call runs nested (no switch points, no blocking), as C code calling
// Python did before gilsim ran such calls as frames. Must not depend on the simulation layer.
import { PyObject, PyType } from '../objects/base.js';
import type { BuiltinFn, KwArgs, PyBuiltin } from '../objects/callables.js';
import { PyThrow, pyThrow } from '../objects/exceptions.js';
import type { GenBuiltinFn, NativeGen } from '../objects/native-call.js';
import { BLOCKED, vm } from '../interp/state.js';
import { toPyException } from '../interp/support.js';
import { callObject } from './call.js';

/** A blocking builtin (lock.acquire, join, sleep) reached from a nested call: RuntimeError. */
export function blockedNested(): never {
  vm.thread.block = undefined;
  vm.thread.state = 'runnable';
  return pyThrow(vm.builtins.getStr('RuntimeError') as PyType, 'gilsim: not supported yet: blocking call (lock, join, sleep) inside a nested call');
}

/** Drive g to its end, making each requested call nested; exceptions go back into g. */
export function runSync<T>(g: NativeGen<T>): T {
  let send: PyObject | undefined;
  let err: PyThrow | null = null;
  for (;;) {
    let step: IteratorResult<unknown, T>;
    if (err !== null) {
      const e = err;
      err = null;
      step = g.throw(e);
    } else step = g.next(send as PyObject);
    if (step.done) return step.value;
    const r = step.value as { fn: PyObject; args: PyObject[]; kw: KwArgs | null };
    try {
      send = callObject(r.fn, r.args, r.kw);
      if (send === BLOCKED) blockedNested();
    } catch (e) {
      err = asThrow(e, g);
    }
  }
}

/** A JS exception as the PyThrow to send into g (g is closed and e rethrown when it is no Python error). */
export function asThrow(e: unknown, g: NativeGen<unknown>): PyThrow {
  if (e instanceof PyThrow) return e;
  try {
    return new PyThrow(toPyException(e));
  } catch {
    g.return(undefined);
    throw e;
  }
}

/** Make b resumable: its CALL sites run `gen` as a native frame, JS callers run it nested. */
export function resumable(b: PyBuiltin, gen: GenBuiltinFn): PyBuiltin {
  b.gen = gen;
  b.fn = ((a: PyObject[], kw: KwArgs | null) => runSync(gen(a, kw))) as BuiltinFn;
  return b;
}
