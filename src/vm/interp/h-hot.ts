// Stage: VM interpreter. Opcode handlers for the frequent ops: int fast paths, subscripts, range
// loops, globals and names, instance attributes and methods with per-site caches, calls, return, registered in handlers.ts's table. Must not depend on the simulation layer.
import { PyObject, PyType, dealloc, decref, heap } from '../objects/base.js';
import { PyBuiltin, PyFunction, PyInstance, PyModule } from '../objects/callables.js';
import { PyDict, type DictEntry } from '../objects/containers.js';
import { typeError } from '../objects/exceptions.js';
import { PyIter, PyRangeIter, rangeIterType } from '../objects/iterators.js';
import { False, None, PyInt, True, intType, newInt, newStr, strType, type PyStr } from '../objects/scalars.js';
import { getAttr, setAttr } from '../ops/attr.js';
import { inlineValuesOn, storeInstanceValue } from '../memory/inline-values.js';
import { Cmp, richCompare, richCompareGen } from '../ops/compare.js';
import { Bin, binaryOp, binaryOpGen, inplaceOp, inplaceOpGen } from '../ops/numeric.js';
import { contains, getItem, iterNext, setItem } from '../ops/seq.js';
import { directCall, frameTakesArgs, framedCall, pushFrame, releaseCallSlots } from './calls.js';
import {
  binaryNative, callNative, forIterNative, forIterUser, getItemNative, loadProperty, resumableCall, setItemNative,
  storeAttrHook, storeProperty, userDunder, userProperty,
} from './native.js';
import type { Decoded } from './decode.js';
import { Ret, popCallerSlots, type Frame, type VmThread } from './frame.js';
import { Op } from './ops.js';
import { BLOCKED, vm } from './state.js';
import { exceptionMatches } from './support.js';
import { Cold, H, blockedInNested, evalFlags, itemKey, nameError } from './handlers.js';

function opBinaryAddEtc(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const ops = f.d.ops;
  const stack = f.stack;
  let sp = f.sp;
  const b = stack[sp - 1]!;
  const a = stack[sp - 2]!;
  let r: PyObject;
  if (a.type === intType && b.type === intType) {
    const av = (a as PyInt).v;
    const bv = (b as PyInt).v;
    const s = typeof av === 'number' && typeof bv === 'number' ? av + bv : NaN;
    r = s <= MAX_SAFE && s >= -MAX_SAFE ? newInt(s) : addSlow(ops[i]!, a, b);
  } else if (a.type === strType && b.type === strType) {
    r = newStr((a as PyStr).v + (b as PyStr).v);
  } else if (a.type.isHeap || b.type.isHeap) {
    return binaryNative(th, f, i, ops[i] === Op.BINARY_ADD ? binaryOpGen(Bin.Add, a, b) : inplaceOpGen(Bin.Add, a, b));
  } else r = addSlow(ops[i]!, a, b);
  stack[--sp] = null;
  stack[sp - 1] = r;
  if (--a.refcnt === 0) dealloc(a);
  if (--b.refcnt === 0) dealloc(b);
  f.sp = sp;
  return Cold.Next;
}

function opBinarySubtractEtc(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const ops = f.d.ops;
  const stack = f.stack;
  let sp = f.sp;
  const b = stack[sp - 1]!;
  const a = stack[sp - 2]!;
  let r: PyObject;
  if (a.type === intType && b.type === intType) {
    const av = (a as PyInt).v;
    const bv = (b as PyInt).v;
    const s = typeof av === 'number' && typeof bv === 'number' ? av - bv : NaN;
    r = s <= MAX_SAFE && s >= -MAX_SAFE ? newInt(s) : subSlow(ops[i]!, a, b);
  } else if (a.type.isHeap || b.type.isHeap) {
    return binaryNative(th, f, i, ops[i] === Op.BINARY_SUBTRACT ? binaryOpGen(Bin.Sub, a, b) : inplaceOpGen(Bin.Sub, a, b));
  } else r = subSlow(ops[i]!, a, b);
  stack[--sp] = null;
  stack[sp - 1] = r;
  if (--a.refcnt === 0) dealloc(a);
  if (--b.refcnt === 0) dealloc(b);
  f.sp = sp;
  return Cold.Next;
}

function opCompareOp(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  const b = stack[sp - 1]!;
  const a = stack[sp - 2]!;
  let r: PyObject;
  if (arg < 6 && a.type === intType && b.type === intType && typeof (a as PyInt).v === 'number' && typeof (b as PyInt).v === 'number') {
    r = cmpNum(arg, (a as PyInt).v as number, (b as PyInt).v as number) ? True : False;
    r.refcnt++;
  } else if (arg < 6 && (a.type.isHeap || b.type.isHeap)) {
    return binaryNative(th, f, i, richCompareGen(arg as Cmp, a, b)); // user __eq__/__lt__... as frames
  } else r = compareSlow(arg, a, b);
  stack[--sp] = null;
  stack[sp - 1] = r;
  if (--a.refcnt === 0) dealloc(a);
  if (--b.refcnt === 0) dealloc(b);
  f.sp = sp;
  return Cold.Next;
}

function opBinarySubscr(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  const st = vm;
  let sp = f.sp;
  const k = stack[sp - 1]!;
  const o = stack[sp - 2]!;
  if (o.type.isHeap) {
    const gi = userDunder(o, '__getitem__');
    if (gi !== null) return getItemNative(th, f, i, o, k, gi); // Python __getitem__ as a frame
  }
  const r = getItem(o, k);
  if (st.observer !== null) st.observer.read(th.id, o.id, itemKey(k), r);
  stack[--sp] = null;
  stack[sp - 1] = r;
  decref(o);
  decref(k);
  f.sp = sp;
  return Cold.Next;
}

function opStoreSubscr(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  const st = vm;
  let sp = f.sp;
  const k = stack[sp - 1]!;
  const o = stack[sp - 2]!;
  const v = stack[sp - 3]!;
  if (o.type.isHeap) {
    const si = userDunder(o, '__setitem__');
    if (si !== null) return setItemNative(th, f, i, o, k, v, si); // Python __setitem__ as a frame
  }
  setItem(o, k, v);
  if (st.observer !== null) st.observer.write(th.id, o.id, itemKey(k), v);
  stack[sp - 1] = stack[sp - 2] = stack[sp - 3] = null;
  sp -= 3;
  decref(k);
  decref(o);
  decref(v);
  f.sp = sp;
  return Cold.Next;
}

function opForIter(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  let pc = f.pc;
  const it = stack[sp - 1]!;
  let x: PyObject | null;
  if (it.type === rangeIterType) {
    const ri = it as PyRangeIter;
    if (ri.remaining > 0) {
      ri.remaining--;
      const v = ri.cur;
      ri.cur = v + ri.step;
      x = newInt(v);
    } else x = null;
  } else if (it instanceof PyIter) {
    if (it.gen !== null && !it.done) return forIterNative(th, f, i, it, arg);
    x = it.next();
  } else {
    const next = userDunder(it, '__next__');
    if (next !== null) return forIterUser(th, f, i, it, next, arg); // Python __next__ as a frame
    x = iterNext(it);
  }
  if (x !== null) stack[sp++] = x;
  else {
    stack[--sp] = null;
    decref(it);
    pc = arg;
  }
  f.sp = sp;
  f.pc = pc;
  return Cold.Next;
}

function opLoadGlobal(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const d = f.d;
  const stack = f.stack;
  const st = vm;
  let sp = f.sp;
  const name = d.names[arg]!;
  const g = f.globals;
  let v = g.getStr(name);
  if (v === undefined) {
    v = f.builtins.getStr(name);
    if (v === undefined) nameError(name);
  } else if (st.observer !== null) st.observer.read(th.id, g.id, name, v);
  v.refcnt++;
  stack[sp++] = v;
  f.sp = sp;
  return Cold.Next;
}

function opStoreGlobal(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const d = f.d;
  const stack = f.stack;
  const st = vm;
  let sp = f.sp;
  const name = d.names[arg]!;
  const v = stack[sp - 1]!;
  f.globals.setStr(name, null, v);
  if (st.observer !== null) st.observer.write(th.id, f.globals.id, name, v);
  stack[--sp] = null;
  decref(v);
  f.sp = sp;
  return Cold.Next;
}

function opLoadName(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const d = f.d;
  const stack = f.stack;
  const st = vm;
  let sp = f.sp;
  const name = d.names[arg]!;
  const ns = f.nameLocals!;
  let v = ns.getStr(name);
  let owner: PyDict = ns;
  if (v === undefined && ns !== f.globals) {
    v = f.globals.getStr(name);
    owner = f.globals;
  }
  if (v === undefined) {
    v = f.builtins.getStr(name);
    if (v === undefined) nameError(name);
  } else if (st.observer !== null) st.observer.read(th.id, owner.id, name, v);
  v.refcnt++;
  stack[sp++] = v;
  f.sp = sp;
  return Cold.Next;
}

function opStoreName(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const d = f.d;
  const stack = f.stack;
  const st = vm;
  let sp = f.sp;
  const name = d.names[arg]!;
  const v = stack[sp - 1]!;
  const ns = f.nameLocals!;
  ns.setStr(name, null, v);
  if (st.observer !== null) st.observer.write(th.id, ns.id, name, v);
  stack[--sp] = null;
  decref(v);
  f.sp = sp;
  return Cold.Next;
}

function opLoadAttr(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const d = f.d;
  const stack = f.stack;
  const st = vm;
  let sp = f.sp;
  const o = stack[sp - 1]!;
  const name = d.names[arg]!;
  let r: PyObject | undefined;
  if (o instanceof PyInstance) {
    // Per-site cache: the type has no class attribute, getset or custom getattr by this name.
    if (d.icType[i] === o.type && d.icVer[i] === heap.typeVersion && o.dict !== null) {
      const e = siteEntry(d, i, o.dict, name);
      if (e !== null) {
        r = e.value;
        r.refcnt++;
      }
    }
    if (r === undefined) {
      const p = userProperty(o, name, false);
      if (p !== null) return loadProperty(th, f, i, o, p); // the getter runs as a frame
      r = loadInstanceAttr(d, i, o, name);
    }
    if (st.observer !== null) st.observer.read(th.id, o.id, name, r, d.lines[i]);
  } else r = getAttr(o, name);
  stack[sp - 1] = r;
  decref(o);
  f.sp = sp;
  return Cold.Next;
}

function opStoreAttr(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const d = f.d;
  const stack = f.stack;
  const st = vm;
  let sp = f.sp;
  const o = stack[sp - 1]!;
  const v = stack[sp - 2]!;
  const name = d.names[arg]!;
  if (o instanceof PyInstance) {
    if (d.icType[i] === o.type && d.icVer[i] === heap.typeVersion) {
      // The site's entry in the instance dict, when stores go straight into the dict (values
      // are not kept inline: memory/inline-values.ts).
      const e = o.dict !== null && !inlineValuesOn() ? siteEntry(d, i, o.dict, name) : null;
      if (e !== null) o.dict!.storeAt(e, v);
      else storeInstanceValue(o, name, null, v);
    } else {
      if (o.type.customSetAttr) {
        const c = storeAttrHook(th, f, i, o, v, name); // a Python __setattr__ runs as a frame
        if (c !== null) return c;
      }
      const p = userProperty(o, name, true);
      if (p !== null) return storeProperty(th, f, i, o, v, p); // the setter runs as a frame
      storeInstanceAttr(d, i, o, name, v);
    }
    if (st.observer !== null) st.observer.write(th.id, o.id, name, v);
  } else setAttr(o, name, v);
  stack[sp - 1] = stack[sp - 2] = null;
  sp -= 2;
  decref(v); // CPython's order: the value, then the owner
  decref(o);
  f.sp = sp;
  return Cold.Next;
}

function opLoadMethod(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const d = f.d;
  const stack = f.stack;
  const st = vm;
  let sp = f.sp;
  const o = stack[sp - 1]!;
  const name = d.names[arg]!;
  const t = o.type;
  let m: PyObject | null = null;
  if (d.icType[i] === t && d.icVer[i] === heap.typeVersion) m = d.icObj[i]!;
  else m = methodFor(d, i, o, name);
  if (m !== null && !(o instanceof PyInstance && o.dict !== null && inDict(d, i, o.dict, name))) {
    m.refcnt++;
    stack[sp - 1] = m;
    stack[sp++] = o; // the stack's reference to o moves up one slot
    if (st.observer !== null && o instanceof PyInstance) st.observer.read(th.id, o.id, name, m, d.lines[i]);
  } else {
    const r = getAttr(o, name);
    if (st.observer !== null && o instanceof PyInstance) st.observer.read(th.id, o.id, name, r);
    stack[sp - 1] = null;
    stack[sp++] = r;
    decref(o);
  }
  f.sp = sp;
  return Cold.Next;
}

function opCallMethod(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  const meth = stack[sp - arg - 2];
  const base = sp - arg - 2;
  if (meth != null) return callAt(th, f, i, meth, base + 1, arg + 1, base, sp, nested);
  return callAt(th, f, i, stack[sp - arg - 1]!, sp - arg, arg, base, sp, nested);
}

function opCallFunction(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  const base = sp - arg - 1;
  return callAt(th, f, i, stack[base]!, base + 1, arg, base, sp, nested);
}

function opReturnValue(th: VmThread, f: Frame, i: number, arg: number, nested: boolean): Cold {
  const stack = f.stack;
  let sp = f.sp;
  const rv = stack[--sp]!;
  stack[sp] = null;
  f.sp = sp;
  return frameReturn(th, f, rv);
}


const MAX_SAFE = Number.MAX_SAFE_INTEGER;

function cmpNum(op: number, a: number, b: number): boolean {
  switch (op) {
    case 0: return a < b;
    case 1: return a <= b;
    case 2: return a === b;
    case 3: return a !== b;
    case 4: return a > b;
    default: return a >= b;
  }
}

function addSlow(op: number, a: PyObject, b: PyObject): PyObject {
  return op === Op.BINARY_ADD ? binaryOp(Bin.Add, a, b) : inplaceOp(Bin.Add, a, b);
}

function subSlow(op: number, a: PyObject, b: PyObject): PyObject {
  return op === Op.BINARY_SUBTRACT ? binaryOp(Bin.Sub, a, b) : inplaceOp(Bin.Sub, a, b);
}

/** COMPARE_OP beyond int < int: rich comparison, in / not in, is / is not, exception match. */
function compareSlow(arg: number, a: PyObject, b: PyObject): PyObject {
  if (arg < 6) return richCompare(arg as Cmp, a, b);
  let t: boolean;
  if (arg === 6) t = contains(b, a);
  else if (arg === 7) t = !contains(b, a);
  else if (arg === 8) t = a === b;
  else if (arg === 9) t = a !== b;
  else t = exceptionMatches(a, b);
  const r = t ? True : False;
  r.refcnt++;
  return r;
}

/** The entry for `name` in an instance dict, remembered per site (null: absent). */
export function siteEntry(d: Decoded, i: number, dict: PyDict, name: string): DictEntry | null {
  const e = d.icEntry[i]!;
  if (e !== null && d.icDict[i] === dict && !e.dead) return e;
  const found = dict.map.get(name);
  if (found === undefined) return null;
  d.icDict[i] = dict;
  d.icEntry[i] = found;
  return found;
}

/** LOAD_METHOD: does the instance dict hold `name` (shadowing the method)? Absence is remembered per site. */
export function inDict(d: Decoded, i: number, dict: PyDict, name: string): boolean {
  if (d.icDict[i] === dict && d.icKeys[i] === dict.keysVer) return false;
  if (dict.map.has(name)) return true;
  d.icDict[i] = dict;
  d.icKeys[i] = dict.keysVer;
  return false;
}

/** Instance attribute load off the cached path; fills the site's cache when the name is plain. */
function loadInstanceAttr(d: Decoded, i: number, o: PyInstance, name: string): PyObject {
  const t = o.type;
  if (t.isHeap && !t.customGetAttr && t.lookup(name) === null && t.findGetSet(name) === undefined) {
    d.icType[i] = t;
    d.icVer[i] = heap.typeVersion;
    const v = o.dict !== null ? o.dict.getStr(name) : undefined;
    if (v !== undefined) {
      v.refcnt++;
      return v;
    }
  }
  return getAttr(o, name);
}

function storeInstanceAttr(d: Decoded, i: number, o: PyInstance, name: string, v: PyObject): void {
  const t = o.type;
  if (t.isHeap && !t.customSetAttr && t.lookup(name) === null && t.findGetSet(name) === undefined) {
    d.icType[i] = t;
    d.icVer[i] = heap.typeVersion;
    storeInstanceValue(o, name, null, v);
  } else setAttr(o, name, v);
}

/**
 * LOAD_METHOD's type-side test: the unbound method (PyFunction or method descriptor) when the
 * call can skip the bound-method object, else null. Cached per site by type and type version.
 */
function methodFor(d: Decoded, i: number, o: PyObject, name: string): PyObject | null {
  const t = o.type;
  const m = t.lookup(name);
  const ok = m !== null && !t.customGetAttr && (m instanceof PyFunction || (m instanceof PyBuiltin && m.isMethod)) &&
    !(o instanceof PyModule) && !(o instanceof PyType);
  const r = ok ? m : null;
  d.icType[i] = t;
  d.icVer[i] = heap.typeVersion;
  d.icObj[i] = r;
  return r;
}

/** The arguments stack[start .. start+n) as a fresh array (literals for the usual small counts). */
export function argsOf(stack: (PyObject | null)[], start: number, n: number): PyObject[] {
  switch (n) {
    case 0: return [];
    case 1: return [stack[start]!];
    case 2: return [stack[start]!, stack[start + 1]!];
    case 3: return [stack[start]!, stack[start + 1]!, stack[start + 2]!];
    default: return stack.slice(start, start + n) as PyObject[];
  }
}

/**
 * CALL_FUNCTION / CALL_METHOD: call `callable` with stack[start .. start+n). Leaves the result
 * on the stack (f.sp updated), pushes a frame, or reports a block (f.pc back at the call).
 */
function callAt(th: VmThread, f: Frame, i: number, callable: PyObject, start: number, n: number, base: number, sp: number, nested: boolean): Cold {
  const stack = f.stack;
  let r: PyObject;
  if (callable instanceof PyBuiltin) {
    if (callable.gen !== null) return callNative(th, f, i, callable.gen(argsOf(stack, start, n), null), base, sp);
    r = callable.fn(argsOf(stack, start, n), null);
  } else {
    const nf = framedCall(callable, stack, start, n, null, null);
    if (nf !== null) {
      frameTakesArgs(stack, start, n);
      nf.callerPop = sp - base;
      f.sp = sp;
      pushFrame(th, nf);
      return Cold.Frame;
    }
    const g = resumableCall(callable, stack, start, n, null, null);
    if (g !== null) return callNative(th, f, i, g, base, sp);
    r = directCall(callable, stack, start, n, null, null);
  }
  if (r === BLOCKED) {
    f.pc = i;
    if (nested) blockedInNested();
    return Cold.Blocked;
  }
  releaseCallSlots(stack, base, sp);
  stack[base] = r;
  f.sp = base + 1;
  return Cold.Next;
}

/**
 * RETURN_VALUE after the value was popped (f.sp current): release the frame and hand the value
 * to the caller's stack (Cold.Frame), out of the nested loop (Cold.Return) or end the thread.
 */
function frameReturn(th: VmThread, f: Frame, rv: PyObject): Cold {
  f.release();
  const back = f.back;
  th.frame = back;
  f.back = null;
  if (f.nestedBase) {
    evalFlags.ret = rv;
    return Cold.Return;
  }
  if (back === null) {
    decref(rv);
    th.state = 'done';
    return Cold.Done;
  }
  popCallerSlots(back, f);
  if (f.ret === Ret.Init) {
    const self = f.initSelf!;
    if (rv !== None) {
      const tn = rv.type.name;
      decref(rv);
      decref(self);
      typeError(`__init__() should return None, not '${tn}'`);
    }
    decref(rv);
    back.stack[back.sp++] = self;
  } else back.stack[back.sp++] = rv;
  return Cold.Frame;
}

H[Op.BINARY_ADD] = opBinaryAddEtc;
H[Op.INPLACE_ADD] = opBinaryAddEtc;
H[Op.BINARY_SUBTRACT] = opBinarySubtractEtc;
H[Op.INPLACE_SUBTRACT] = opBinarySubtractEtc;
H[Op.COMPARE_OP] = opCompareOp;
H[Op.BINARY_SUBSCR] = opBinarySubscr;
H[Op.STORE_SUBSCR] = opStoreSubscr;
H[Op.FOR_ITER] = opForIter;
H[Op.LOAD_GLOBAL] = opLoadGlobal;
H[Op.STORE_GLOBAL] = opStoreGlobal;
H[Op.LOAD_NAME] = opLoadName;
H[Op.STORE_NAME] = opStoreName;
H[Op.LOAD_ATTR] = opLoadAttr;
H[Op.STORE_ATTR] = opStoreAttr;
H[Op.LOAD_METHOD] = opLoadMethod;
H[Op.CALL_METHOD] = opCallMethod;
H[Op.CALL_FUNCTION] = opCallFunction;
H[Op.RETURN_VALUE] = opReturnValue;
