// Stage: VM interpreter. Opcode handlers for building containers, strings and slices, unpacking,
// closures and cells, MAKE_FUNCTION, imports and f-string formatting, registered in handlers.ts's table. Must not depend on the simulation layer.
import { PyObject, decref, incref, xdecref } from '../objects/base.js';
import type { PyCode } from '../objects/callables.js';
import { PyDict, PyList, PyTuple, newTuple } from '../objects/containers.js';
import { NameError, UnboundLocalError, pyThrow, valueError } from '../objects/exceptions.js';
import { PySlice } from '../objects/iterators.js';
import { None, newStr, type PyStr } from '../objects/scalars.js';
import { PySet } from '../objects/set.js';
import { toArray } from '../ops/seq.js';
import { updateFrom } from '../ops/set-algebra.js';
import { makeFunction } from './calls.js';
import type { Frame, VmThread } from './frame.js';
import { Op } from './ops.js';
import { vm } from './state.js';
import { formatValue, importName, importFrom, unpackEx, buildMapUnpack } from './support.js';
import { Cold, H, freeName } from './handlers.js';

function opBuildTuple(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  const items = stack.slice(sp - arg, sp) as PyObject[];
  for (let k = sp - arg; k < sp; k++) stack[k] = null;
  sp -= arg;
  stack[sp++] = newTuple(items);
  f.sp = sp;
  return Cold.Next;
}

function opBuildList(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  const items = stack.slice(sp - arg, sp) as PyObject[];
  for (let k = sp - arg; k < sp; k++) stack[k] = null;
  sp -= arg;
  stack[sp++] = new PyList(items);
  f.sp = sp;
  return Cold.Next;
}

function opBuildSet(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  const s = new PySet();
  try {
    for (let k = sp - arg; k < sp; k++) s.add(stack[k]!);
  } catch (e) {
    decref(s);
    throw e;
  }
  for (let k = sp - arg; k < sp; k++) {
    decref(stack[k]!);
    stack[k] = null;
  }
  sp -= arg;
  stack[sp++] = s;
  f.sp = sp;
  return Cold.Next;
}

function opBuildMap(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  const m = new PyDict();
  try {
    for (let k = sp - 2 * arg; k < sp; k += 2) m.set(stack[k]!, stack[k + 1]!);
  } catch (e) {
    decref(m);
    throw e;
  }
  for (let k = sp - 2 * arg; k < sp; k++) {
    decref(stack[k]!);
    stack[k] = null;
  }
  sp -= 2 * arg;
  stack[sp++] = m;
  f.sp = sp;
  return Cold.Next;
}

function opBuildConstKeyMap(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  const keys = stack[sp - 1] as PyTuple;
  const m = new PyDict();
  try {
    for (let k = 0; k < arg; k++) m.set(keys.items[k]!, stack[sp - 1 - arg + k]!);
  } catch (e) {
    decref(m);
    throw e;
  }
  for (let k = sp - 1 - arg; k < sp; k++) {
    decref(stack[k]!);
    stack[k] = null;
  }
  sp -= arg + 1;
  stack[sp++] = m;
  f.sp = sp;
  return Cold.Next;
}

function opBuildString(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  let s = '';
  for (let k = sp - arg; k < sp; k++) s += (stack[k] as PyStr).v;
  for (let k = sp - arg; k < sp; k++) {
    decref(stack[k]!);
    stack[k] = null;
  }
  sp -= arg;
  stack[sp++] = newStr(s);
  f.sp = sp;
  return Cold.Next;
}

function opBuildSlice(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  const step = arg === 3 ? stack[--sp]! : (None.refcnt++, None);
  const stop = stack[--sp]!;
  const start = stack[--sp]!;
  stack[sp] = stack[sp + 1] = stack[sp + 2] = null;
  stack[sp++] = new PySlice(start, stop, step);
  f.sp = sp;
  return Cold.Next;
}

function opBuildListUnpackEtc(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const ops = f.d.ops;
  const stack = f.stack;
  let sp = f.sp;
  const all: PyObject[] = [];
  // BUILD_SET_UNPACK: _PySet_Update per operand (a set operand merges its table).
  const set = ops[i] === Op.BUILD_SET_UNPACK ? new PySet() : null;
  try {
    for (let k = sp - arg; k < sp; k++) {
      if (set) updateFrom(set, stack[k]!);
      else for (const x of toArray(stack[k]!)) all.push(x);
    }
  } catch (e) {
    for (const x of all) decref(x);
    if (set) decref(set);
    throw e;
  }
  for (let k = sp - arg; k < sp; k++) {
    decref(stack[k]!);
    stack[k] = null;
  }
  sp -= arg;
  const op = ops[i];
  let r: PyObject;
  if (op === Op.BUILD_LIST_UNPACK) r = new PyList(all);
  else if (set) r = set;
  else r = newTuple(all);
  stack[sp++] = r;
  f.sp = sp;
  return Cold.Next;
}

function opBuildMapUnpackEtc(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const ops = f.d.ops;
  const stack = f.stack;
  let sp = f.sp;
  const m = buildMapUnpack(stack.slice(sp - arg, sp) as PyObject[], ops[i] === Op.BUILD_MAP_UNPACK_WITH_CALL, stack[sp - arg - 2 - ((arg >> 8) & 0xff)] ?? null);
  for (let k = sp - arg; k < sp; k++) {
    decref(stack[k]!);
    stack[k] = null;
  }
  sp -= arg;
  stack[sp++] = m;
  f.sp = sp;
  return Cold.Next;
}

function opListAppend(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  const v = stack[--sp]!;
  stack[sp] = null;
  (stack[sp - arg] as PyList).items.push(v);
  f.sp = sp;
  return Cold.Next;
}

function opSetAdd(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  const v = stack[sp - 1]!;
  (stack[sp - 1 - arg] as PySet).add(v);
  stack[--sp] = null;
  decref(v);
  f.sp = sp;
  return Cold.Next;
}

function opMapAdd(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  const v = stack[sp - 1]!;
  const k = stack[sp - 2]!;
  (stack[sp - 2 - arg] as PyDict).set(k, v);
  stack[sp - 1] = stack[sp - 2] = null;
  sp -= 2;
  decref(v);
  decref(k);
  f.sp = sp;
  return Cold.Next;
}

function opUnpackSequence(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  const seq = stack[sp - 1]!;
  let items: PyObject[];
  if ((seq instanceof PyTuple || seq instanceof PyList) && seq.items.length === arg) {
    items = seq.items.slice();
    for (const x of items) incref(x);
  } else {
    items = toArray(seq);
    if (items.length !== arg) {
      for (const x of items) decref(x);
      if (items.length < arg) valueError(`not enough values to unpack (expected ${arg}, got ${items.length})`);
      valueError(`too many values to unpack (expected ${arg})`);
    }
  }
  sp--;
  for (let k = arg - 1; k >= 0; k--) stack[sp++] = items[k]!;
  decref(seq);
  f.sp = sp;
  return Cold.Next;
}

function opUnpackEx(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  const seq = stack[sp - 1]!;
  const parts = unpackEx(seq, arg & 0xff, arg >> 8);
  sp--;
  for (let k = parts.length - 1; k >= 0; k--) stack[sp++] = parts[k]!;
  decref(seq);
  f.sp = sp;
  return Cold.Next;
}

function opLoadClosure(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  const c = f.cells[arg]!;
  incref(c);
  stack[sp++] = c;
  f.sp = sp;
  return Cold.Next;
}

function opLoadDeref(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const d = f.d;
  const stack = f.stack;
  const st = vm;
  let sp = f.sp;
  const c = f.cells[arg]!;
  const v = c.ref;
  if (v === null) {
    const name = freeName(f, arg);
    if (arg < f.d.code.cellvars.length) pyThrow(UnboundLocalError, `local variable '${name}' referenced before assignment`);
    pyThrow(NameError, `free variable '${name}' referenced before assignment in enclosing scope`);
  }
  if (st.observer) st.observer.read(th.id, c.id, 'cell', v!);
  v!.refcnt++;
  stack[sp++] = v!;
  f.sp = sp;
  return Cold.Next;
}

function opLoadClassderef(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  const name = freeName(f, arg);
  let v = f.nameLocals ? f.nameLocals.getStr(name) : undefined;
  if (v === undefined) {
    const c = f.cells[arg]!;
    v = c.ref ?? undefined;
    if (v === undefined) pyThrow(NameError, `free variable '${name}' referenced before assignment in enclosing scope`);
  }
  v!.refcnt++;
  stack[sp++] = v!;
  f.sp = sp;
  return Cold.Next;
}

function opStoreDeref(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  const st = vm;
  let sp = f.sp;
  const c = f.cells[arg]!;
  const v = stack[--sp]!;
  stack[sp] = null;
  const old = c.ref;
  c.ref = v;
  if (st.observer) st.observer.write(th.id, c.id, 'cell', v);
  xdecref(old);
  f.sp = sp;
  return Cold.Next;
}

function opDeleteDeref(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {

  const c = f.cells[arg]!;
  const old = c.ref;
  if (!old) pyThrow(UnboundLocalError, `local variable '${freeName(f, arg)}' referenced before assignment`);
  c.ref = null;
  decref(old!);
  return Cold.Next;
}

function opMakeFunction(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  const qual = stack[--sp] as PyStr;
  const code = stack[--sp] as PyCode;
  const closure = arg & 8 ? stack[--sp]! : null;
  const ann = arg & 4 ? stack[--sp]! : null;
  const kwdefs = arg & 2 ? stack[--sp]! : null;
  const defs = arg & 1 ? stack[--sp]! : null;
  for (let k = sp; k < sp + 6; k++) stack[k] = null;
  const fn = makeFunction(code, qual.v, f.globals, defs, kwdefs, closure);
  xdecref(ann);
  decref(qual);
  decref(code);
  stack[sp++] = fn;
  f.sp = sp;
  return Cold.Next;
}

function opLoadBuildClass(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  const bc = f.builtins.getStr('__build_class__')!;
  incref(bc);
  stack[sp++] = bc;
  f.sp = sp;
  return Cold.Next;
}

function opImportName(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const d = f.d;
  const stack = f.stack;
  let sp = f.sp;
  const fromlist = stack[sp - 1]!;
  const level = stack[sp - 2]!;
  const m = importName(d.names[arg]!, fromlist, f.d.lines[i]!);
  stack[--sp] = null;
  stack[sp - 1] = m;
  decref(fromlist);
  decref(level);
  f.sp = sp;
  return Cold.Next;
}

function opImportFrom(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const d = f.d;
  const stack = f.stack;
  let sp = f.sp;
  const m = stack[sp - 1]!;
  stack[sp++] = importFrom(m, d.names[arg]!);
  f.sp = sp;
  return Cold.Next;
}

function opFormatValue(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  const spec = (arg & 4) ? stack[--sp] as PyStr : null;
  const v = stack[sp - 1]!;
  const r = formatValue(v, arg & 3, spec ? spec.v : '');
  stack[sp - 1] = r;
  decref(v);
  if (spec) {
    stack[sp] = null;
    decref(spec);
  }
  f.sp = sp;
  return Cold.Next;
}


H[Op.BUILD_TUPLE] = opBuildTuple;
H[Op.BUILD_LIST] = opBuildList;
H[Op.BUILD_SET] = opBuildSet;
H[Op.BUILD_MAP] = opBuildMap;
H[Op.BUILD_CONST_KEY_MAP] = opBuildConstKeyMap;
H[Op.BUILD_STRING] = opBuildString;
H[Op.BUILD_SLICE] = opBuildSlice;
H[Op.BUILD_LIST_UNPACK] = opBuildListUnpackEtc;
H[Op.BUILD_TUPLE_UNPACK] = opBuildListUnpackEtc;
H[Op.BUILD_TUPLE_UNPACK_WITH_CALL] = opBuildListUnpackEtc;
H[Op.BUILD_SET_UNPACK] = opBuildListUnpackEtc;
H[Op.BUILD_MAP_UNPACK] = opBuildMapUnpackEtc;
H[Op.BUILD_MAP_UNPACK_WITH_CALL] = opBuildMapUnpackEtc;
H[Op.LIST_APPEND] = opListAppend;
H[Op.SET_ADD] = opSetAdd;
H[Op.MAP_ADD] = opMapAdd;
H[Op.UNPACK_SEQUENCE] = opUnpackSequence;
H[Op.UNPACK_EX] = opUnpackEx;
H[Op.LOAD_CLOSURE] = opLoadClosure;
H[Op.LOAD_DEREF] = opLoadDeref;
H[Op.LOAD_CLASSDEREF] = opLoadClassderef;
H[Op.STORE_DEREF] = opStoreDeref;
H[Op.DELETE_DEREF] = opDeleteDeref;
H[Op.MAKE_FUNCTION] = opMakeFunction;
H[Op.LOAD_BUILD_CLASS] = opLoadBuildClass;
H[Op.IMPORT_NAME] = opImportName;
H[Op.IMPORT_FROM] = opImportFrom;
H[Op.FORMAT_VALUE] = opFormatValue;
