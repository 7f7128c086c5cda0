// Stage: VM interpreter. Opcode handlers for the block stack: try/finally, except handlers,
// with statements and raise, registered in handlers.ts's table. Must not depend on the simulation layer.
import { PyObject, PyType, decref, xdecref } from '../objects/base.js';
import { PyException, PyThrow, pyThrow } from '../objects/exceptions.js';
import { None, PyInt, newInt } from '../objects/scalars.js';
import { bindAttr } from '../ops/attr.js';
import { truthy } from '../ops/compare.js';
import { directCall } from './calls.js';
import { isPythonCallable, setupWithNative, withCleanupNative } from './native.js';
import { PyFunction } from '../objects/callables.js';
import { BLOCK_EXCEPT_HANDLER, BLOCK_FINALLY, type Frame, type VmThread } from './frame.js';
import { Op } from './ops.js';
import { BLOCKED, vm } from './state.js';
import { doRaise } from './support.js';
import { Cold, H, blockedInNested, evalFlags, unwindExceptHandler } from './handlers.js';

function opPrintExpr(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  stack[--sp] = null;
  f.sp = sp;
  return Cold.Next;
}

function opSetupFinally(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  let sp = f.sp;
  f.blocks.push(BLOCK_FINALLY, arg, sp);
  f.sp = sp;
  return Cold.Next;
}

function opPopBlock(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {

  f.blocks.length -= 3;
  return Cold.Next;
}

function opBeginFinally(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  stack[sp++] = null;
  f.sp = sp;
  return Cold.Next;
}

function opCallFinally(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  let pc = f.pc;
  stack[sp++] = newInt(pc);
  pc = arg;
  f.sp = sp;
  f.pc = pc;
  return Cold.Next;
}

function opPopFinally(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  const res = arg ? stack[--sp] : null;
  const exc = stack[--sp] ?? null;
  stack[sp] = null;
  if (exc === null || exc instanceof PyInt) xdecref(exc);
  else {
    decref(exc);
    decref(stack[--sp]!);
    stack[sp] = null;
    decref(stack[--sp]!);
    stack[sp] = null;
    const level = f.blocks.pop()!;
    f.blocks.length -= 2;
    sp = unwindExceptHandler(th, stack, sp, level);
  }
  if (arg) stack[sp++] = res!;
  f.sp = sp;
  return Cold.Next;
}

function opEndFinally(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  let pc = f.pc;
  do {
    const exc = stack[--sp] ?? null;
    stack[sp] = null;
    if (exc === null) break;
    if (exc instanceof PyInt) {
      pc = Number(exc.v);
      decref(exc);
      break;
    }
    const val = stack[--sp]! as PyException;
    stack[sp] = null;
    const tb = stack[--sp]!;
    stack[sp] = null;
    f.sp = sp;
    decref(exc);
    decref(tb);
    evalFlags.reraise = true;
    throw new PyThrow(val);
  } while (false);
  f.sp = sp;
  f.pc = pc;
  return Cold.Next;
}

function opPopExcept(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  const level = f.blocks.pop()!;
  f.blocks.pop();
  const type = f.blocks.pop()!;
  if (type !== BLOCK_EXCEPT_HANDLER) pyThrow(vm.builtins.getStr('SystemError') as PyType, 'popped block is not an except handler');
  // ceval pops exactly the three saved exc_info slots: a return value may sit below them
  // (`return x` inside an except clause: LOAD x, ROT_FOUR, POP_EXCEPT).
  sp = unwindExceptHandler(th, stack, sp, Math.max(level, sp - 3));
  f.sp = sp;
  return Cold.Next;
}

function opRaiseVarargs(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  const cause = arg === 2 ? stack[--sp]! : null;
  const excObj = arg >= 1 ? stack[--sp]! : null;
  stack[sp] = stack[sp + 1] = null;
  f.sp = sp;
  if (arg === 0) evalFlags.reraise = true;
  doRaise(th, excObj, cause);
  f.sp = sp;
  return Cold.Next;
}

function opSetupWith(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  let pc = f.pc;
  const mgr = stack[sp - 1]!;
  const enter = mgr.type.lookup('__enter__');
  const exit = mgr.type.lookup('__exit__');
  if (!enter || !exit) pyThrow(vm.builtins.getStr('AttributeError') as PyType, enter ? '__exit__' : '__enter__');
  if (enter instanceof PyFunction) return setupWithNative(th, f, i, arg, mgr, enter, exit!); // __enter__ as a frame
  const res = directCall(enter!, [mgr], 0, 1, null, null);
  if (res === BLOCKED) {
    pc = i;
    f.pc = i;
    if (nested) blockedInNested();
    return Cold.Blocked;
  }
  const boundExit = bindAttr(exit!, mgr);
  stack[sp - 1] = boundExit;
  decref(mgr);
  f.blocks.push(BLOCK_FINALLY, arg, sp);
  stack[sp++] = res;
  f.sp = sp;
  f.pc = pc;
  return Cold.Next;
}

function opWithCleanupStart(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  const exc = stack[sp - 1];
  let exitFn: PyObject;
  let a0: PyObject = None;
  let a1: PyObject = None;
  let a2: PyObject = None;
  if (exc == null) {
    exitFn = stack[sp - 2]!;
    stack[sp - 2] = null;
    sp--;
    stack[sp] = null;
    stack[sp - 1] = null;
  } else {
    a0 = exc;
    a1 = stack[sp - 2]!;
    a2 = stack[sp - 3]!;
    exitFn = stack[sp - 7]!;
    stack[sp - 7] = stack[sp - 6]!;
    stack[sp - 6] = stack[sp - 5]!;
    stack[sp - 5] = stack[sp - 4]!;
    stack[sp - 4] = null;
    f.blocks[f.blocks.length - 1]!--;
  }
  f.sp = sp;
  if (isPythonCallable(exitFn)) return withCleanupNative(th, f, i, exitFn, exc ?? null, a0, a1, a2); // __exit__ as a frame
  const res = directCall(exitFn, [a0, a1, a2], 0, 3, null, null);
  decref(exitFn);
  if (exc != null) exc.refcnt++;
  stack[sp++] = exc ?? null;
  stack[sp++] = res;
  f.sp = sp;
  return Cold.Next;
}

function opWithCleanupFinish(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  const res = stack[--sp]!;
  const exc = stack[--sp] ?? null;
  stack[sp] = stack[sp + 1] = null;
  const suppress = exc !== null && exc !== None ? truthy(res) : false;
  decref(res);
  xdecref(exc);
  if (suppress) {
    const level = f.blocks.pop()!;
    f.blocks.length -= 2;
    sp = unwindExceptHandler(th, stack, sp, level);
    stack[sp++] = null;
  }
  f.sp = sp;
  return Cold.Next;
}


H[Op.PRINT_EXPR] = opPrintExpr;
H[Op.SETUP_FINALLY] = opSetupFinally;
H[Op.POP_BLOCK] = opPopBlock;
H[Op.BEGIN_FINALLY] = opBeginFinally;
H[Op.CALL_FINALLY] = opCallFinally;
H[Op.POP_FINALLY] = opPopFinally;
H[Op.END_FINALLY] = opEndFinally;
H[Op.POP_EXCEPT] = opPopExcept;
H[Op.RAISE_VARARGS] = opRaiseVarargs;
H[Op.SETUP_WITH] = opSetupWith;
H[Op.WITH_CLEANUP_START] = opWithCleanupStart;
H[Op.WITH_CLEANUP_FINISH] = opWithCleanupFinish;
