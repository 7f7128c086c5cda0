// Stage: VM interpreter. Handlers for the opcodes CPython 3.12 added on top of 3.11's (RETURN_CONST,
// END_FOR, LOAD_FAST_AND_CLEAR for inlined comprehensions, BINARY_SLICE/STORE_SLICE,
// CALL_INTRINSIC_1). Registered in handlers.ts's table. Must not depend on the simulation layer or
// on version numbers (version differences arrive as decode-time data, vm.tables.xt).
import { PyObject, decref, incref } from '../objects/base.js';
import { pyThrow } from '../objects/exceptions.js';
import { getAttr } from '../ops/attr.js';
import { directCall } from './calls.js';
import { BLOCKED } from './state.js';
import { PySlice } from '../objects/iterators.js';
import { PyCell } from '../objects/callables.js';
import { None } from '../objects/scalars.js';
import { unaryPositive } from '../ops/numeric.js';
import type { Frame, VmThread } from './frame.js';
import { Op } from './ops.js';
import { vm } from './state.js';
import { Cold, H, unbound } from './handlers.js';

/** RETURN_CONST: return a constant; like RETURN_VALUE, returning to a Python caller does not switch. */
function opReturnConst(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const v = f.d.consts[arg]!;
  v.refcnt++;
  f.stack[f.sp++] = v;
  return H[Op.RETURN_VALUE_XT]!(th, f, i, arg, nested);
}

function popN(f: Frame, n: number): Cold {
  for (let k = 0; k < n; k++) {
    const v = f.stack[--f.sp];
    f.stack[f.sp] = null;
    if (v) decref(v);
  }
  return Cold.Next;
}

/** END_FOR: 3.12 pops the iterator and the last value; 3.13's pops one (a POP_TOP follows). */
function opEndFor(_th: VmThread, f: Frame): Cold {
  return popN(f, 2);
}

function opEndFor313(_th: VmThread, f: Frame): Cold {
  return popN(f, 1);
}

/** LOAD_FAST_AND_CLEAR: move a local (possibly unbound: NULL) onto the stack. */
function opLoadFastAndClear(_th: VmThread, f: Frame, _i: number, arg: number): Cold {
  f.stack[f.sp++] = f.locals[arg] ?? null;
  f.locals[arg] = null;
  return Cold.Next;
}

/** MAKE_CELL in the prologue: the frame's cell (made at frame creation, or here for module code). */
function opMakeCellXt(_th: VmThread, f: Frame, _i: number, arg: number): Cold {
  if (f.cells[arg] === undefined) {
    const slot = f.d.code.varnames.indexOf(cellName(f, arg));
    const v = slot >= 0 ? f.locals[slot] ?? null : null;
    if (slot >= 0) f.locals[slot] = null;
    f.cells[arg] = new PyCell(v);
  }
  return Cold.Next;
}

function cellName(f: Frame, k: number): string {
  const c = f.d.code;
  return k < c.cellvars.length ? c.cellvars[k]! : c.freevars[k - c.cellvars.length]!;
}

/** MAKE_CELL inside the body (inlined comprehension): a fresh empty cell in the slot. */
function opMakeCellFresh(_th: VmThread, f: Frame, _i: number, arg: number): Cold {
  const old = f.cells[arg];
  f.cells[arg] = new PyCell(null);
  if (old) decref(old);
  return Cold.Next;
}

/*
 * A fast slot that is also a cell (arg = slot | cell index << 16): a plain value in f.locals when
 * an inlined comprehension uses the slot as an ordinary local, else the cell in f.cells.
 */
function opLoadFastAndClearCell(_th: VmThread, f: Frame, _i: number, arg: number): Cold {
  const slot = arg & 0xffff;
  const k = arg >>> 16;
  const v = f.locals[slot] ?? null;
  if (v !== null) {
    f.locals[slot] = null;
    f.stack[f.sp++] = v;
  } else {
    f.stack[f.sp++] = f.cells[k] ?? null;
    f.cells[k] = new PyCell(null);
  }
  return Cold.Next;
}

function opStoreFastCell(_th: VmThread, f: Frame, _i: number, arg: number): Cold {
  const slot = arg & 0xffff;
  const k = arg >>> 16;
  const v = f.stack[--f.sp] ?? null;
  f.stack[f.sp] = null;
  const oldLocal = f.locals[slot] ?? null;
  if (v instanceof PyCell) {
    const old = f.cells[k];
    f.cells[k] = v;
    f.locals[slot] = null;
    if (old) decref(old);
  } else f.locals[slot] = v;
  if (oldLocal) decref(oldLocal);
  return Cold.Next;
}

function opLoadFastCell(_th: VmThread, f: Frame, _i: number, arg: number): Cold {
  const v = f.locals[arg & 0xffff] ?? f.cells[arg >>> 16];
  if (!v) return unbound(f, arg & 0xffff);
  incref(v);
  f.stack[f.sp++] = v;
  return Cold.Next;
}

/** LOAD_LOCALS (3.12+ class bodies): the body's namespace. */
function opLoadLocals(_th: VmThread, f: Frame): Cold {
  const ns = f.nameLocals;
  if (ns === null) return pyThrow(vm.builtins.getStr('SystemError') as never, 'no locals found');
  incref(ns);
  f.stack[f.sp++] = ns;
  return Cold.Next;
}

/** LOAD_FROM_DICT_OR_DEREF: the name from the namespace LOAD_LOCALS pushed, else the cell (LOAD_CLASSDEREF). */
function opLoadFromDictOrDeref(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const ns = f.stack[--f.sp]!;
  f.stack[f.sp] = null;
  decref(ns); // the same mapping as f.nameLocals, which LOAD_CLASSDEREF reads
  return H[Op.LOAD_CLASSDEREF]!(th, f, i, arg, nested);
}

/** [start, stop] on top -> one slice object (owns both references). */
function sliceOnTop(f: Frame): void {
  const stack = f.stack;
  const stop = stack[--f.sp]!;
  stack[f.sp] = null;
  const start = stack[f.sp - 1]!;
  None.refcnt++;
  stack[f.sp - 1] = new PySlice(start, stop, None);
}

/** BINARY_SLICE: container[start:stop] through BINARY_SUBSCR's path (observer included). */
function opBinarySlice(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  sliceOnTop(f);
  return H[Op.BINARY_SUBSCR]!(th, f, i, arg, nested);
}

function opStoreSlice(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  sliceOnTop(f);
  return H[Op.STORE_SUBSCR]!(th, f, i, arg, nested);
}

/**
 * LOAD_SUPER_ATTR (arg: name << 2 | two-arg bit << 1 | method bit): [super, class, self] ->
 * super(class, self).name, as [NULL, attr] for a method load ([attr, NULL] when NULL follows).
 */
function opLoadSuperAttr(_th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  const self = stack[--f.sp]!;
  stack[f.sp] = null;
  const cls = stack[--f.sp]!;
  stack[f.sp] = null;
  const sup = stack[--f.sp]!;
  stack[f.sp] = null;
  let r: PyObject;
  try {
    const so = directCall(sup, [cls, self], 0, 2, null, null);
    if (so === BLOCKED) return pyThrow(vm.builtins.getStr('RuntimeError') as never, 'gilsim: blocking super()');
    try {
      r = getAttr(so, f.d.names[arg >> 2]!);
    } finally {
      decref(so);
    }
  } finally {
    decref(self);
    decref(cls);
    decref(sup);
  }
  void i;
  void nested;
  if (arg & 1) {
    if (vm.tables.xt?.nullAfterCallable) {
      stack[f.sp++] = r;
      stack[f.sp++] = null;
    } else {
      stack[f.sp++] = null;
      stack[f.sp++] = r;
    }
  } else stack[f.sp++] = r;
  return Cold.Next;
}

/** CALL_INTRINSIC_1 by the version's intrinsic names. */
function opCallIntrinsic1(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const name = vm.tables.xt?.intrinsics1[arg] ?? '';
  if (name === 'INTRINSIC_LIST_TO_TUPLE') return H[Op.LIST_TO_TUPLE]!(th, f, i, arg, nested);
  if (name === 'INTRINSIC_UNARY_POSITIVE') {
    const v = f.stack[f.sp - 1]!;
    f.stack[f.sp - 1] = unaryPositive(v);
    decref(v);
    return Cold.Next;
  }
  return H[Op.UNKNOWN]!(th, f, i, arg, nested); // SystemError: unsupported
}

H[Op.RETURN_CONST] = opReturnConst;
H[Op.END_FOR] = opEndFor;
H[Op.END_FOR_313] = opEndFor313;
H[Op.LOAD_FAST_AND_CLEAR] = opLoadFastAndClear;
H[Op.BINARY_SLICE] = opBinarySlice;
H[Op.STORE_SLICE] = opStoreSlice;
H[Op.CALL_INTRINSIC_1] = opCallIntrinsic1;
H[Op.LOAD_LOCALS] = opLoadLocals;
H[Op.LOAD_FROM_DICT_OR_DEREF] = opLoadFromDictOrDeref;
H[Op.LOAD_SUPER_ATTR] = opLoadSuperAttr;
H[Op.MAKE_CELL_XT] = opMakeCellXt;
H[Op.MAKE_CELL_FRESH] = opMakeCellFresh;
H[Op.LOAD_FAST_AND_CLEAR_CELL] = opLoadFastAndClearCell;
H[Op.STORE_FAST_CELL] = opStoreFastCell;
H[Op.LOAD_FAST_CELL] = opLoadFastCell;
