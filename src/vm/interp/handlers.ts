// Stage: VM interpreter. The opcode handler table: every opcode the dispatch loop (eval.ts) does
// not run inline is a small function here or in the h-*.ts files, so V8 optimises each on its
// own (quickly) and a rarely used one never deoptimises the loop. A handler works on the frame
// through f.sp / f.pc (in sync when it is called) and returns how the loop continues.
import { PyObject, PyType, decref, xdecref } from '../objects/base.js';
import { PyFunction, PyMethod } from '../objects/callables.js';
import { PyTuple, newTuple } from '../objects/containers.js';
import { NameError, PyException, PyThrow, UnboundLocalError, newException, pyThrow, typeError } from '../objects/exceptions.js';
import { noteNameError } from './suggestions.js';
import { PyInt, PyStr } from '../objects/scalars.js';
import { Bin } from '../ops/numeric.js';
import { toArray } from '../ops/seq.js';
import type { Frame, VmThread } from './frame.js';
import { Op } from './ops.js';
import { vm } from './state.js';

/** How the loop continues after a handler (f.sp / f.pc hold the new stack pointer and pc). */
export const enum Cold {
  /** Next instruction; the op's switch kind decides the loop-top check. */
  Next = 0,
  /** Next instruction with a loop-top check (truth test of a non-bool). */
  Check = 1,
  /** The thread's frame changed (call pushed one, return popped one): reload it, check first. */
  Frame = 2,
  /** The thread blocked; f.pc points back at the instruction (retried when it runs again). */
  Blocked = 3,
  /** The nested base frame returned evalFlags.ret (leave the nested loop). */
  Return = 4,
  /** The thread's last frame returned. */
  Done = 5,
  /** The frame changed back to a caller whose instruction has no loop-top check (native frame done). */
  FrameQuiet = 6,
}

export type Handler = (th: VmThread, f: Frame, i: number, arg: number, nested: boolean) => Cold;

function unsupported(_th: VmThread, f: Frame, i: number): Cold {
  return pyThrow(vm.builtins.getStr('SystemError') as PyType, `gilsim: unsupported opcode ${f.d.opnames[i]}`);
}

/** Handlers by op id (filled by the h-*.ts modules). */
export const H: Handler[] = [];
for (let k = 0; k < 256; k++) H.push(unsupported);

/** Set by ops that re-raise (no new traceback entry); the loop's exception handler reads it. */
export const evalFlags = {
  reraise: false,
  /** The value a nested base frame returned (Cold.Return). */
  ret: null as PyObject | null,
};

export function unbound(f: Frame, i: number): never {
  const name = f.d.code.varnames[i]!;
  const m = vm.profile.vm.messages.unboundLocal;
  return pyThrow(UnboundLocalError, m ? m(name) : `local variable '${name}' referenced before assignment`);
}

export function nameError(name: string): never {
  const exc = newException(NameError, `name '${name}' is not defined`);
  noteNameError(exc, name, vm.thread.frame); // for 3.10's "Did you mean" when printed
  throw new PyThrow(exc);
}

export function freeName(f: Frame, i: number): string {
  const c = f.d.code;
  return i < c.cellvars.length ? c.cellvars[i]! : c.freevars[i - c.cellvars.length]!;
}

export function blockedInNested(): never {
  vm.thread.block = undefined;
  vm.thread.state = 'runnable';
  return pyThrow(vm.builtins.getStr('RuntimeError') as PyType, 'gilsim: not supported yet: blocking call (lock, join, sleep) inside a nested call');
}

export const BIN_OF: Bin[] = [];
BIN_OF[Op.BINARY_MULTIPLY] = Bin.Mul; BIN_OF[Op.INPLACE_MULTIPLY] = Bin.Mul;
BIN_OF[Op.BINARY_MATRIX_MULTIPLY] = Bin.MatMul; BIN_OF[Op.INPLACE_MATRIX_MULTIPLY] = Bin.MatMul;
BIN_OF[Op.BINARY_TRUE_DIVIDE] = Bin.TrueDiv; BIN_OF[Op.INPLACE_TRUE_DIVIDE] = Bin.TrueDiv;
BIN_OF[Op.BINARY_FLOOR_DIVIDE] = Bin.FloorDiv; BIN_OF[Op.INPLACE_FLOOR_DIVIDE] = Bin.FloorDiv;
BIN_OF[Op.BINARY_MODULO] = Bin.Mod; BIN_OF[Op.INPLACE_MODULO] = Bin.Mod;
BIN_OF[Op.BINARY_POWER] = Bin.Pow; BIN_OF[Op.INPLACE_POWER] = Bin.Pow;
BIN_OF[Op.BINARY_LSHIFT] = Bin.LShift; BIN_OF[Op.INPLACE_LSHIFT] = Bin.LShift;
BIN_OF[Op.BINARY_RSHIFT] = Bin.RShift; BIN_OF[Op.INPLACE_RSHIFT] = Bin.RShift;
BIN_OF[Op.BINARY_AND] = Bin.And; BIN_OF[Op.INPLACE_AND] = Bin.And;
BIN_OF[Op.BINARY_XOR] = Bin.Xor; BIN_OF[Op.INPLACE_XOR] = Bin.Xor;
BIN_OF[Op.BINARY_OR] = Bin.Or; BIN_OF[Op.INPLACE_OR] = Bin.Or;

export function itemKey(k: PyObject): string {
  if (k instanceof PyStr) return "['" + k.v + "']";
  if (k instanceof PyInt) return '[' + String(k.v) + ']';
  return '[#' + k.id + ']';
}

export function funcDesc(c: PyObject): string {
  if (c instanceof PyFunction) return `${c.qualname}()`;
  if (c instanceof PyMethod && c.func instanceof PyFunction) return `${c.func.qualname}()`;
  return `${c.type.name} object`;
}

/** The items of a * argument that is not a tuple, held by a temporary tuple until the call ends. */
export function toArrayBorrowed(o: PyObject, callable: PyObject): PyObject[] {
  let items: PyObject[];
  try {
    items = toArray(o);
  } catch (e) {
    if (e instanceof PyThrow && e.exc.type.name === 'TypeError' && !o.type.lookup('__iter__')) {
      decref(e.exc);
      typeError(`${funcDesc(callable)} argument after * must be an iterable, not ${o.type.name}`);
    }
    throw e;
  }
  const t = newTuple(items);
  tempTuples.push(t);
  return t.items;
}

export const tempTuples: PyTuple[] = [];
/** Release the temporary argument tuples made since `mark` (CPython frees them after the call). */
export function releaseTemps(mark: number): void {
  while (tempTuples.length > mark) decref(tempTuples.pop()!);
}

/** UNWIND_EXCEPT_HANDLER: pop to level+3, then restore the previous exc_info from 3 values. */
export function unwindExceptHandler(th: VmThread, stack: (PyObject | null)[], sp: number, level: number): number {
  while (sp > level + 3) {
    const v = stack[--sp];
    stack[sp] = null;
    xdecref(v);
  }
  const type = stack[--sp] ?? null;
  stack[sp] = null;
  const value = stack[--sp] ?? null;
  stack[sp] = null;
  const tb = stack[--sp] ?? null;
  stack[sp] = null;
  const old = th.excValue;
  th.excValue = value instanceof PyException ? value : null;
  if (value && !(value instanceof PyException)) decref(value);
  xdecref(old);
  xdecref(type);
  xdecref(tb);
  return sp;
}
