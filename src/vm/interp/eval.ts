// Stage: VM interpreter. The dispatch loop: a switch over pre-decoded op ids, CPython 3.8 stack
// and block-stack semantics, refcounts where ceval.c counts them, 3.8 switch points (loop-top
// checks after DISPATCH instructions, frame start, handler entry) and in-loop Python calls.
import { PyObject, PyType, decref, incref, xdecref } from '../objects/base.js';
import { PyCell, PyFunction, PyInstance, PyMethod, PyModule, strKey, type PyCode } from '../objects/callables.js';
import { PyDict, PyList, PyTuple, newTuple } from '../objects/containers.js';
import {
  NameError, PyException, PyThrow, UnboundLocalError, newException, pyThrow, typeError, valueError,
} from '../objects/exceptions.js';
import { PyRangeIter, PySlice, PyIter } from '../objects/iterators.js';
import { False, None, PyInt, PyStr, True, newBool, newInt, newStr } from '../objects/scalars.js';
import { PySet } from '../objects/set.js';
import { getAttr, setAttr, delAttr, bindAttr } from '../ops/attr.js';
import { Cmp, richCompare, truthy } from '../ops/compare.js';
import { Bin, binaryOp, inplaceOp, unaryInvert, unaryNegative, unaryPositive } from '../ops/numeric.js';
import { contains, delItem, getItem, getIter, iterNext, setItem, toArray } from '../ops/seq.js';
import { kwFromDict } from './bind.js';
import { directCall, framedCall, makeFunction, pushFrame, RECURSION_LIMIT } from './calls.js';
import { BLOCK_EXCEPT_HANDLER, BLOCK_FINALLY, Frame, Ret, type VmThread } from './frame.js';
import { Op } from './ops.js';
import { BLOCKED, vm } from './state.js';
import { toPyException, exceptionMatches, doRaise, formatValue, importName, importFrom, unpackEx, buildMapUnpack } from './support.js';
import { reportUncaught } from './traceback.js';

export const enum Slice { Switch = 1, Blocked = 2, Done = 3, StepLimit = 4 }

function unbound(f: Frame, i: number): never {
  const name = f.d.code.varnames[i]!;
  return pyThrow(UnboundLocalError, `local variable '${name}' referenced before assignment`);
}

function nameError(name: string): never {
  return pyThrow(NameError, `name '${name}' is not defined`);
}

function freeName(f: Frame, i: number): string {
  const c = f.d.code;
  return i < c.cellvars.length ? c.cellvars[i]! : c.freevars[i - c.cellvars.length]!;
}

function depthOf(th: VmThread): number {
  let n = 0;
  for (let f = th.frame; f; f = f.back) n++;
  return n;
}

/** Run a nested frame (already pushed, nestedBase) to completion: result new ref or PyThrow. */
export function runNested(th: VmThread, f: Frame): PyObject {
  vm.nestDepth++;
  try {
    const r = execute(th, Infinity, true);
    return r as PyObject;
  } finally {
    vm.nestDepth--;
  }
  void f;
}

/**
 * Execute `th` until a switch point with clock >= untilTick (top-level runs), a block, the end
 * of the thread, or (nested runs) the return of the nested base frame.
 */
export function execute(th: VmThread, untilTick: number, nested: boolean): PyObject | Slice {
  let check = th.frame!.fresh;
  let ran = 0;
  let reraise = false;
  const st = vm;
  const maxSteps = st.maxSteps;
  outer: for (;;) {
    const f = th.frame!;
    f.fresh = false;
    const d = f.d;
    const ops = d.ops;
    const args = d.args;
    const sw = d.sw;
    const cost = d.cost;
    const stack = f.stack;
    const locals = f.locals;
    const consts = d.consts;
    let sp = f.sp;
    let pc = f.pc;
    try {
      for (;;) {
        if (check) {
          check = false;
          if (!nested && ran > 0 && st.clock >= untilTick && d.skip[pc] === 0) {
            f.pc = pc;
            f.sp = sp;
            return Slice.Switch;
          }
        }
        if (st.steps >= maxSteps) {
          f.pc = pc;
          f.sp = sp;
          if (nested) pyThrow(vm.builtins.getStr('RuntimeError') as PyType, 'gilsim: step limit reached');
          return Slice.StepLimit;
        }
        const i = pc++;
        const arg = args[i]!;
        f.pc = pc;
        f.sp = sp;
        st.clock += cost[i]!;
        st.steps++;
        ran++;
        switch (ops[i]) {
          case Op.NOP:
          case Op.EXTENDED_ARG:
            continue;
          case Op.LOAD_FAST: {
            const v = locals[arg];
            if (v == null) unbound(f, arg);
            v!.refcnt++;
            stack[sp++] = v!;
            continue;
          }
          case Op.STORE_FAST: {
            const old = locals[arg];
            locals[arg] = stack[--sp]!;
            stack[sp] = null;
            if (old) decref(old);
            continue;
          }
          case Op.DELETE_FAST: {
            const old = locals[arg];
            if (!old) unbound(f, arg);
            locals[arg] = null;
            decref(old!);
            break;
          }
          case Op.LOAD_CONST: {
            const v = consts[arg]!;
            v.refcnt++;
            stack[sp++] = v;
            continue;
          }
          case Op.POP_TOP: {
            const v = stack[--sp]!;
            stack[sp] = null;
            decref(v);
            continue;
          }
          case Op.ROT_TWO: {
            const a = stack[sp - 1]!;
            stack[sp - 1] = stack[sp - 2]!;
            stack[sp - 2] = a;
            continue;
          }
          case Op.ROT_THREE: {
            const top = stack[sp - 1]!;
            stack[sp - 1] = stack[sp - 2]!;
            stack[sp - 2] = stack[sp - 3]!;
            stack[sp - 3] = top;
            continue;
          }
          case Op.ROT_FOUR: {
            const top = stack[sp - 1]!;
            stack[sp - 1] = stack[sp - 2]!;
            stack[sp - 2] = stack[sp - 3]!;
            stack[sp - 3] = stack[sp - 4]!;
            stack[sp - 4] = top;
            continue;
          }
          case Op.DUP_TOP: {
            const v = stack[sp - 1]!;
            v.refcnt++;
            stack[sp++] = v;
            continue;
          }
          case Op.DUP_TOP_TWO: {
            const a = stack[sp - 2]!;
            const b = stack[sp - 1]!;
            a.refcnt++;
            b.refcnt++;
            stack[sp++] = a;
            stack[sp++] = b;
            continue;
          }
          case Op.UNARY_POSITIVE:
          case Op.UNARY_NEGATIVE:
          case Op.UNARY_INVERT:
          case Op.UNARY_NOT: {
            const v = stack[sp - 1]!;
            const op = ops[i];
            const r = op === Op.UNARY_NOT ? newBool(!truthy(v)) : op === Op.UNARY_NEGATIVE ? unaryNegative(v) : op === Op.UNARY_POSITIVE ? unaryPositive(v) : unaryInvert(v);
            stack[sp - 1] = r;
            decref(v);
            break;
          }
          case Op.BINARY_ADD:
          case Op.INPLACE_ADD: {
            const b = stack[sp - 1]!;
            const a = stack[sp - 2]!;
            let r: PyObject;
            if (a instanceof PyInt && b instanceof PyInt && typeof a.v === 'number' && typeof b.v === 'number' && a.type === b.type && !a.type.isHeap) {
              const s = a.v + b.v;
              r = Number.isSafeInteger(s) && a.type !== True.type ? newInt(s) : binaryOp(Bin.Add, a, b);
            } else if (a instanceof PyStr && b instanceof PyStr && !a.type.isHeap) {
              r = newStr(a.v + b.v);
            } else {
              r = ops[i] === Op.BINARY_ADD ? binaryOp(Bin.Add, a, b) : inplaceOp(Bin.Add, a, b);
            }
            stack[--sp] = null;
            stack[sp - 1] = r;
            decref(a);
            decref(b);
            break;
          }
          case Op.BINARY_SUBTRACT:
          case Op.INPLACE_SUBTRACT: {
            const b = stack[sp - 1]!;
            const a = stack[sp - 2]!;
            let r: PyObject;
            if (a instanceof PyInt && b instanceof PyInt && typeof a.v === 'number' && typeof b.v === 'number' && a.type === b.type && !a.type.isHeap && a.type !== True.type) {
              const s = a.v - b.v;
              r = Number.isSafeInteger(s) ? newInt(s) : binaryOp(Bin.Sub, a, b);
            } else r = ops[i] === Op.BINARY_SUBTRACT ? binaryOp(Bin.Sub, a, b) : inplaceOp(Bin.Sub, a, b);
            stack[--sp] = null;
            stack[sp - 1] = r;
            decref(a);
            decref(b);
            break;
          }
          case Op.BINARY_MULTIPLY: case Op.BINARY_MATRIX_MULTIPLY: case Op.BINARY_TRUE_DIVIDE:
          case Op.BINARY_FLOOR_DIVIDE: case Op.BINARY_MODULO: case Op.BINARY_POWER: case Op.BINARY_LSHIFT:
          case Op.BINARY_RSHIFT: case Op.BINARY_AND: case Op.BINARY_XOR: case Op.BINARY_OR: {
            const b = stack[sp - 1]!;
            const a = stack[sp - 2]!;
            const r = binaryOp(BIN_OF[ops[i]!]!, a, b);
            stack[--sp] = null;
            stack[sp - 1] = r;
            decref(a);
            decref(b);
            break;
          }
          case Op.INPLACE_MULTIPLY: case Op.INPLACE_MATRIX_MULTIPLY: case Op.INPLACE_TRUE_DIVIDE:
          case Op.INPLACE_FLOOR_DIVIDE: case Op.INPLACE_MODULO: case Op.INPLACE_POWER: case Op.INPLACE_LSHIFT:
          case Op.INPLACE_RSHIFT: case Op.INPLACE_AND: case Op.INPLACE_XOR: case Op.INPLACE_OR: {
            const b = stack[sp - 1]!;
            const a = stack[sp - 2]!;
            const r = inplaceOp(BIN_OF[ops[i]!]!, a, b);
            stack[--sp] = null;
            stack[sp - 1] = r;
            decref(a);
            decref(b);
            break;
          }
          case Op.BINARY_SUBSCR: {
            const k = stack[sp - 1]!;
            const o = stack[sp - 2]!;
            const r = getItem(o, k);
            if (st.observer) st.observer.read(th.id, o.id, itemKey(k), r);
            stack[--sp] = null;
            stack[sp - 1] = r;
            decref(o);
            decref(k);
            break;
          }
          case Op.STORE_SUBSCR: {
            const k = stack[sp - 1]!;
            const o = stack[sp - 2]!;
            const v = stack[sp - 3]!;
            setItem(o, k, v);
            if (st.observer) st.observer.write(th.id, o.id, itemKey(k), v);
            stack[sp - 1] = stack[sp - 2] = stack[sp - 3] = null;
            sp -= 3;
            decref(k);
            decref(o);
            decref(v);
            break;
          }
          case Op.DELETE_SUBSCR: {
            const k = stack[sp - 1]!;
            const o = stack[sp - 2]!;
            delItem(o, k);
            if (st.observer) st.observer.write(th.id, o.id, itemKey(k), None);
            stack[sp - 1] = stack[sp - 2] = null;
            sp -= 2;
            decref(k);
            decref(o);
            break;
          }
          case Op.GET_ITER: {
            const o = stack[sp - 1]!;
            const it = getIter(o);
            stack[sp - 1] = it;
            decref(o);
            break;
          }
          case Op.FOR_ITER: {
            const it = stack[sp - 1]!;
            const x = it instanceof PyRangeIter ? it.next() : it instanceof PyIter ? it.next() : iterNext(it);
            if (x !== null) stack[sp++] = x;
            else {
              stack[--sp] = null;
              decref(it);
              pc = arg;
            }
            break;
          }
          case Op.JUMP_FORWARD:
            pc = arg;
            continue;
          case Op.JUMP_ABSOLUTE:
            pc = arg;
            break;
          case Op.POP_JUMP_IF_FALSE:
          case Op.POP_JUMP_IF_TRUE: {
            const v = stack[--sp]!;
            stack[sp] = null;
            let t: boolean;
            if (v === True) t = true;
            else if (v === False) t = false;
            else {
              t = truthy(v);
              check = true;
            }
            decref(v);
            if (t === (ops[i] === Op.POP_JUMP_IF_TRUE)) pc = arg;
            continue;
          }
          case Op.JUMP_IF_FALSE_OR_POP:
          case Op.JUMP_IF_TRUE_OR_POP: {
            const v = stack[sp - 1]!;
            let t: boolean;
            if (v === True) t = true;
            else if (v === False) t = false;
            else {
              t = truthy(v);
              check = true;
            }
            if (t === (ops[i] === Op.JUMP_IF_TRUE_OR_POP)) pc = arg;
            else {
              stack[--sp] = null;
              decref(v);
            }
            continue;
          }
          case Op.COMPARE_OP: {
            const b = stack[sp - 1]!;
            const a = stack[sp - 2]!;
            let r: PyObject;
            if (arg < 6) {
              if (a instanceof PyInt && b instanceof PyInt && typeof a.v === 'number' && typeof b.v === 'number' && !a.type.isHeap && !b.type.isHeap) {
                r = newBool(cmpNum(arg, a.v, b.v));
              } else r = richCompare(arg as Cmp, a, b);
            } else if (arg === 6) r = newBool(contains(b, a));
            else if (arg === 7) r = newBool(!contains(b, a));
            else if (arg === 8) r = newBool(a === b);
            else if (arg === 9) r = newBool(a !== b);
            else r = newBool(exceptionMatches(a, b));
            stack[--sp] = null;
            stack[sp - 1] = r;
            decref(a);
            decref(b);
            break;
          }
          case Op.LOAD_GLOBAL: {
            const name = d.names[arg]!;
            let v = f.globals.getStr(name);
            if (v === undefined) {
              v = f.builtins.getStr(name);
              if (v === undefined) nameError(name);
            } else if (st.observer) st.observer.read(th.id, f.globals.id, name, v);
            v!.refcnt++;
            stack[sp++] = v!;
            break;
          }
          case Op.STORE_GLOBAL: {
            const name = d.names[arg]!;
            const v = stack[sp - 1]!;
            f.globals.setStr(name, null, v);
            if (st.observer) st.observer.write(th.id, f.globals.id, name, v);
            stack[--sp] = null;
            decref(v);
            break;
          }
          case Op.DELETE_GLOBAL: {
            const name = d.names[arg]!;
            if (!f.globals.deleteStr(name)) nameError(name);
            break;
          }
          case Op.LOAD_NAME: {
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
            } else if (st.observer) st.observer.read(th.id, owner.id, name, v);
            v!.refcnt++;
            stack[sp++] = v!;
            break;
          }
          case Op.STORE_NAME: {
            const name = d.names[arg]!;
            const v = stack[sp - 1]!;
            f.nameLocals!.setStr(name, null, v);
            if (st.observer) st.observer.write(th.id, f.nameLocals!.id, name, v);
            stack[--sp] = null;
            decref(v);
            break;
          }
          case Op.DELETE_NAME: {
            const name = d.names[arg]!;
            if (!f.nameLocals!.deleteStr(name)) nameError(name);
            break;
          }
          case Op.LOAD_ATTR: {
            const o = stack[sp - 1]!;
            const name = d.names[arg]!;
            let r: PyObject | undefined;
            if (o instanceof PyInstance && o.dict !== null && o.type.isHeap) {
              const cls = o.type.lookup(name);
              if (cls === null) r = o.dict.getStr(name);
              if (r !== undefined) r.refcnt++;
              else r = getAttr(o, name);
              if (st.observer) st.observer.read(th.id, o.id, name, r);
            } else {
              r = getAttr(o, name);
              if (st.observer && o instanceof PyInstance) st.observer.read(th.id, o.id, name, r);
            }
            stack[sp - 1] = r;
            decref(o);
            break;
          }
          case Op.STORE_ATTR: {
            const o = stack[sp - 1]!;
            const v = stack[sp - 2]!;
            const name = d.names[arg]!;
            if (o instanceof PyInstance && o.type.isHeap && o.type.lookup(name) === null) {
              o.ensureDict().setStr(name, null, v);
            } else setAttr(o, name, v);
            if (st.observer && o instanceof PyInstance) st.observer.write(th.id, o.id, name, v);
            stack[sp - 1] = stack[sp - 2] = null;
            sp -= 2;
            decref(o);
            decref(v);
            break;
          }
          case Op.DELETE_ATTR: {
            const o = stack[sp - 1]!;
            delAttr(o, d.names[arg]!);
            if (st.observer && o instanceof PyInstance) st.observer.write(th.id, o.id, d.names[arg]!, None);
            stack[--sp] = null;
            decref(o);
            break;
          }
          case Op.LOAD_METHOD: {
            const o = stack[sp - 1]!;
            const name = d.names[arg]!;
            const t = o.type;
            const m = t.lookup(name);
            if (m !== null && !t.customGetAttr && (m instanceof PyFunction || ((m as { isMethod?: boolean }).isMethod === true)) &&
              !(o instanceof PyInstance && o.dict !== null && o.dict.getStr(name) !== undefined) && !(o instanceof PyType) && !(o instanceof PyModule)) {
              m.refcnt++;
              stack[sp - 1] = m;
              stack[sp++] = o; // the stack's reference to o moves up one slot
              if (st.observer && o instanceof PyInstance) st.observer.read(th.id, o.id, name, m);
            } else {
              const r = getAttr(o, name);
              if (st.observer && o instanceof PyInstance) st.observer.read(th.id, o.id, name, r);
              stack[sp - 1] = null;
              stack[sp++] = r;
              decref(o);
            }
            break;
          }
          case Op.CALL_METHOD: {
            const meth = stack[sp - arg - 2];
            let base: number;
            let callable: PyObject;
            let start: number;
            let n: number;
            if (meth != null) {
              callable = meth;
              start = sp - arg - 1;
              n = arg + 1;
              base = sp - arg - 2;
            } else {
              callable = stack[sp - arg - 1]!;
              start = sp - arg;
              n = arg;
              base = sp - arg - 2;
            }
            const nf = framedCall(callable, stack, start, n, null, null);
            if (nf !== null) {
              nf.callerPop = sp - base;
              f.sp = sp;
              pushFrame(th, nf, depthOf(th) + 1);
              check = true;
              continue outer;
            }
            const r = directCall(callable, stack, start, n, null, null);
            if (r === BLOCKED) {
              pc = i;
              f.pc = i;
              if (nested) blockedInNested();
              return Slice.Blocked;
            }
            for (let k = sp - 1; k >= base; k--) {
              const v = stack[k];
              stack[k] = null;
              if (v) decref(v);
            }
            sp = base;
            stack[sp++] = r;
            break;
          }
          case Op.CALL_FUNCTION: {
            const base = sp - arg - 1;
            const callable = stack[base]!;
            const nf = framedCall(callable, stack, base + 1, arg, null, null);
            if (nf !== null) {
              nf.callerPop = arg + 1;
              f.sp = sp;
              pushFrame(th, nf, depthOf(th) + 1);
              check = true;
              continue outer;
            }
            const r = directCall(callable, stack, base + 1, arg, null, null);
            if (r === BLOCKED) {
              pc = i;
              f.pc = i;
              if (nested) blockedInNested();
              return Slice.Blocked;
            }
            for (let k = sp - 1; k >= base; k--) {
              const v = stack[k]!;
              stack[k] = null;
              decref(v);
            }
            sp = base;
            stack[sp++] = r;
            break;
          }
          case Op.CALL_FUNCTION_KW: {
            const names = stack[sp - 1] as PyTuple;
            const nkw = names.items.length;
            const base = sp - arg - 2;
            const callable = stack[base]!;
            const npos = arg - nkw;
            const kwNames = names.items.map((s) => (s as PyStr).v);
            const kwValues = stack.slice(base + 1 + npos, base + 1 + arg) as PyObject[];
            const nf = framedCall(callable, stack, base + 1, npos, kwNames, kwValues);
            if (nf !== null) {
              nf.callerPop = arg + 2;
              f.sp = sp;
              pushFrame(th, nf, depthOf(th) + 1);
              check = true;
              continue outer;
            }
            const r = directCall(callable, stack, base + 1, npos, kwNames, kwValues);
            if (r === BLOCKED) {
              pc = i;
              f.pc = i;
              if (nested) blockedInNested();
              return Slice.Blocked;
            }
            for (let k = sp - 1; k >= base; k--) {
              const v = stack[k]!;
              stack[k] = null;
              decref(v);
            }
            sp = base;
            stack[sp++] = r;
            break;
          }
          case Op.CALL_FUNCTION_EX: {
            const hasKw = (arg & 1) !== 0;
            const kwd = hasKw ? (stack[sp - 1] as PyObject) : null;
            const posIdx = hasKw ? sp - 2 : sp - 1;
            const pos = stack[posIdx]!;
            const base = posIdx - 1;
            const callable = stack[base]!;
            const posItems = pos instanceof PyTuple ? pos.items : toArrayBorrowed(pos, callable);
            let kwNames: string[] | null = null;
            let kwValues: PyObject[] | null = null;
            if (kwd) {
              if (!(kwd instanceof PyDict)) typeError(`${funcDesc(callable)} argument after ** must be a mapping, not ${kwd.type.name}`);
              const kv = kwFromDict(kwd as PyDict);
              kwNames = kv.names;
              kwValues = kv.values;
            }
            const nf = framedCall(callable, posItems, 0, posItems.length, kwNames, kwValues);
            if (nf !== null) {
              nf.callerPop = sp - base;
              f.sp = sp;
              pushFrame(th, nf, depthOf(th) + 1);
              check = true;
              continue outer;
            }
            const r = directCall(callable, posItems, 0, posItems.length, kwNames, kwValues);
            if (r === BLOCKED) {
              pc = i;
              f.pc = i;
              if (nested) blockedInNested();
              return Slice.Blocked;
            }
            for (let k = sp - 1; k >= base; k--) {
              const v = stack[k]!;
              stack[k] = null;
              decref(v);
            }
            sp = base;
            stack[sp++] = r;
            break;
          }
          case Op.RETURN_VALUE: {
            const rv = stack[--sp]!;
            stack[sp] = null;
            f.sp = sp;
            f.release();
            const back = f.back;
            th.frame = back;
            f.back = null;
            if (f.nestedBase) return rv;
            if (back === null) {
              decref(rv);
              th.state = 'done';
              return Slice.Done;
            }
            let bsp = back.sp;
            for (let k = 0; k < f.callerPop; k++) {
              const v = back.stack[--bsp];
              back.stack[bsp] = null;
              if (v) decref(v);
            }
            back.sp = bsp;
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
            check = true;
            continue outer;
          }
          case Op.BUILD_TUPLE: {
            const items = stack.slice(sp - arg, sp) as PyObject[];
            for (let k = sp - arg; k < sp; k++) stack[k] = null;
            sp -= arg;
            stack[sp++] = newTuple(items);
            break;
          }
          case Op.BUILD_LIST: {
            const items = stack.slice(sp - arg, sp) as PyObject[];
            for (let k = sp - arg; k < sp; k++) stack[k] = null;
            sp -= arg;
            stack[sp++] = new PyList(items);
            break;
          }
          case Op.BUILD_SET: {
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
            break;
          }
          case Op.BUILD_MAP: {
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
            break;
          }
          case Op.BUILD_CONST_KEY_MAP: {
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
            break;
          }
          case Op.BUILD_STRING: {
            let s = '';
            for (let k = sp - arg; k < sp; k++) s += (stack[k] as PyStr).v;
            for (let k = sp - arg; k < sp; k++) {
              decref(stack[k]!);
              stack[k] = null;
            }
            sp -= arg;
            stack[sp++] = newStr(s);
            break;
          }
          case Op.BUILD_SLICE: {
            const step = arg === 3 ? stack[--sp]! : (None.refcnt++, None);
            const stop = stack[--sp]!;
            const start = stack[--sp]!;
            stack[sp] = stack[sp + 1] = stack[sp + 2] = null;
            stack[sp++] = new PySlice(start, stop, step);
            break;
          }
          case Op.BUILD_LIST_UNPACK: case Op.BUILD_TUPLE_UNPACK: case Op.BUILD_TUPLE_UNPACK_WITH_CALL:
          case Op.BUILD_SET_UNPACK: {
            const all: PyObject[] = [];
            try {
              for (let k = sp - arg; k < sp; k++) for (const x of toArray(stack[k]!)) all.push(x);
            } catch (e) {
              for (const x of all) decref(x);
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
            else if (op === Op.BUILD_SET_UNPACK) {
              const s = new PySet();
              for (const x of all) {
                s.add(x);
                decref(x);
              }
              r = s;
            } else r = newTuple(all);
            stack[sp++] = r;
            break;
          }
          case Op.BUILD_MAP_UNPACK:
          case Op.BUILD_MAP_UNPACK_WITH_CALL: {
            const m = buildMapUnpack(stack.slice(sp - arg, sp) as PyObject[], ops[i] === Op.BUILD_MAP_UNPACK_WITH_CALL, stack[sp - arg - 2 - ((arg >> 8) & 0xff)] ?? null);
            for (let k = sp - arg; k < sp; k++) {
              decref(stack[k]!);
              stack[k] = null;
            }
            sp -= arg;
            stack[sp++] = m;
            break;
          }
          case Op.LIST_APPEND: {
            const v = stack[--sp]!;
            stack[sp] = null;
            (stack[sp - arg] as PyList).items.push(v);
            break;
          }
          case Op.SET_ADD: {
            const v = stack[sp - 1]!;
            (stack[sp - 1 - arg] as PySet).add(v);
            stack[--sp] = null;
            decref(v);
            break;
          }
          case Op.MAP_ADD: {
            const v = stack[sp - 1]!;
            const k = stack[sp - 2]!;
            (stack[sp - 2 - arg] as PyDict).set(k, v);
            stack[sp - 1] = stack[sp - 2] = null;
            sp -= 2;
            decref(v);
            decref(k);
            break;
          }
          case Op.UNPACK_SEQUENCE: {
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
            break;
          }
          case Op.UNPACK_EX: {
            const seq = stack[sp - 1]!;
            const parts = unpackEx(seq, arg & 0xff, arg >> 8);
            sp--;
            for (let k = parts.length - 1; k >= 0; k--) stack[sp++] = parts[k]!;
            decref(seq);
            break;
          }
          case Op.LOAD_CLOSURE: {
            const c = f.cells[arg]!;
            incref(c);
            stack[sp++] = c;
            break;
          }
          case Op.LOAD_DEREF: {
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
            break;
          }
          case Op.LOAD_CLASSDEREF: {
            const name = freeName(f, arg);
            let v = f.nameLocals ? f.nameLocals.getStr(name) : undefined;
            if (v === undefined) {
              const c = f.cells[arg]!;
              v = c.ref ?? undefined;
              if (v === undefined) pyThrow(NameError, `free variable '${name}' referenced before assignment in enclosing scope`);
            }
            v!.refcnt++;
            stack[sp++] = v!;
            break;
          }
          case Op.STORE_DEREF: {
            const c = f.cells[arg]!;
            const v = stack[--sp]!;
            stack[sp] = null;
            const old = c.ref;
            c.ref = v;
            if (st.observer) st.observer.write(th.id, c.id, 'cell', v);
            xdecref(old);
            break;
          }
          case Op.DELETE_DEREF: {
            const c = f.cells[arg]!;
            const old = c.ref;
            if (!old) pyThrow(UnboundLocalError, `local variable '${freeName(f, arg)}' referenced before assignment`);
            c.ref = null;
            decref(old!);
            break;
          }
          case Op.MAKE_FUNCTION: {
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
            break;
          }
          case Op.LOAD_BUILD_CLASS: {
            const bc = f.builtins.getStr('__build_class__')!;
            incref(bc);
            stack[sp++] = bc;
            break;
          }
          case Op.IMPORT_NAME: {
            const fromlist = stack[sp - 1]!;
            const level = stack[sp - 2]!;
            const m = importName(d.names[arg]!, fromlist, f.d.lines[i]!);
            stack[--sp] = null;
            stack[sp - 1] = m;
            decref(fromlist);
            decref(level);
            break;
          }
          case Op.IMPORT_FROM: {
            const m = stack[sp - 1]!;
            stack[sp++] = importFrom(m, d.names[arg]!);
            break;
          }
          case Op.FORMAT_VALUE: {
            const spec = (arg & 4) ? stack[--sp] as PyStr : null;
            const v = stack[sp - 1]!;
            const r = formatValue(v, arg & 3, spec ? spec.v : '');
            stack[sp - 1] = r;
            decref(v);
            if (spec) {
              stack[sp] = null;
              decref(spec);
            }
            break;
          }
          case Op.PRINT_EXPR:
            stack[--sp] = null;
            break;
          case Op.SETUP_FINALLY:
            f.blocks.push(BLOCK_FINALLY, arg, sp);
            break;
          case Op.POP_BLOCK:
            f.blocks.length -= 3;
            break;
          case Op.BEGIN_FINALLY:
            stack[sp++] = null;
            continue;
          case Op.CALL_FINALLY:
            stack[sp++] = newInt(pc);
            pc = arg;
            continue;
          case Op.POP_FINALLY: {
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
            break;
          }
          case Op.END_FINALLY: {
            const exc = stack[--sp] ?? null;
            stack[sp] = null;
            if (exc === null) continue;
            if (exc instanceof PyInt) {
              pc = Number(exc.v);
              decref(exc);
              continue;
            }
            const val = stack[--sp]! as PyException;
            stack[sp] = null;
            const tb = stack[--sp]!;
            stack[sp] = null;
            f.sp = sp;
            decref(exc);
            decref(tb);
            reraise = true;
            throw new PyThrow(val);
          }
          case Op.POP_EXCEPT: {
            const level = f.blocks.pop()!;
            f.blocks.pop();
            const type = f.blocks.pop()!;
            if (type !== BLOCK_EXCEPT_HANDLER) pyThrow(vm.builtins.getStr('SystemError') as PyType, 'popped block is not an except handler');
            // ceval pops exactly the three saved exc_info slots: a return value may sit below them
            // (`return x` inside an except clause: LOAD x, ROT_FOUR, POP_EXCEPT).
            sp = unwindExceptHandler(th, stack, sp, Math.max(level, sp - 3));
            break;
          }
          case Op.RAISE_VARARGS: {
            const cause = arg === 2 ? stack[--sp]! : null;
            const excObj = arg >= 1 ? stack[--sp]! : null;
            stack[sp] = stack[sp + 1] = null;
            f.sp = sp;
            if (arg === 0) reraise = true;
            doRaise(th, excObj, cause);
            break;
          }
          case Op.SETUP_WITH: {
            const mgr = stack[sp - 1]!;
            const enter = mgr.type.lookup('__enter__');
            const exit = mgr.type.lookup('__exit__');
            if (!enter || !exit) pyThrow(vm.builtins.getStr('AttributeError') as PyType, enter ? '__exit__' : '__enter__');
            const res = directCall(enter!, [mgr], 0, 1, null, null);
            if (res === BLOCKED) {
              pc = i;
              f.pc = i;
              if (nested) blockedInNested();
              return Slice.Blocked;
            }
            const boundExit = bindAttr(exit!, mgr);
            stack[sp - 1] = boundExit;
            decref(mgr);
            f.blocks.push(BLOCK_FINALLY, arg, sp);
            stack[sp++] = res;
            break;
          }
          case Op.WITH_CLEANUP_START: {
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
            const res = directCall(exitFn, [a0, a1, a2], 0, 3, null, null);
            decref(exitFn);
            if (exc != null) exc.refcnt++;
            stack[sp++] = exc ?? null;
            stack[sp++] = res;
            break;
          }
          case Op.WITH_CLEANUP_FINISH: {
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
            break;
          }
          default:
            pyThrow(vm.builtins.getStr('SystemError') as PyType, `gilsim: unsupported opcode ${f.d.opnames[i]}`);
        }
        if (sw[i] === 1) check = true;
      }
    } catch (e) {
      const exc = toPyException(e);
      const r = unwind(th, exc, reraise, nested);
      reraise = false;
      if (r === 0) {
        check = true;
        continue outer;
      }
      return r;
    }
  }
}

function blockedInNested(): never {
  vm.thread.block = undefined;
  vm.thread.state = 'runnable';
  return pyThrow(vm.builtins.getStr('RuntimeError') as PyType, 'gilsim: not supported yet: blocking call (lock, join, sleep) inside a nested call');
}

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

const BIN_OF: Bin[] = [];
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

function itemKey(k: PyObject): string {
  if (k instanceof PyStr) return "['" + k.v + "']";
  if (k instanceof PyInt) return '[' + String(k.v) + ']';
  return '[#' + k.id + ']';
}

function funcDesc(c: PyObject): string {
  if (c instanceof PyFunction) return `${c.qualname}()`;
  if (c instanceof PyMethod && c.func instanceof PyFunction) return `${c.func.qualname}()`;
  return `${c.type.name} object`;
}

function toArrayBorrowed(o: PyObject, callable: PyObject): PyObject[] {
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
  // The items are owned by this temporary array; release them after the call (leak-free enough:
  // hold them in a tuple that replaces the stack operand).
  const t = newTuple(items);
  const stackHolder = t.items;
  tempTuples.push(t);
  return stackHolder;
}

const tempTuples: PyTuple[] = [];
export function releaseTemps(): void {
  while (tempTuples.length) decref(tempTuples.pop()!);
}

/** UNWIND_EXCEPT_HANDLER: pop to level+3, then restore the previous exc_info from 3 values. */
function unwindExceptHandler(th: VmThread, stack: (PyObject | null)[], sp: number, level: number): number {
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

/**
 * Exception unwinding (ceval's exception_unwind): returns 0 when a handler was entered (continue
 * the loop), a Slice when the thread ended, or throws PyThrow out of a nested run.
 */
function unwind(th: VmThread, exc: PyException, reraise: boolean, nested: boolean): 0 | Slice {
  let addTb = !reraise;
  if (!reraise && exc.tb.length === 0 && th.excValue && th.excValue !== exc && exc.context === null) {
    incref(th.excValue);
    exc.context = th.excValue;
  }
  for (;;) {
    const f = th.frame!;
    if (addTb) exc.tb.push({ filename: f.d.code.filename, name: f.d.code.name, line: f.line });
    addTb = true;
    const blocks = f.blocks;
    const stack = f.stack;
    while (blocks.length) {
      const level = blocks.pop()!;
      const handler = blocks.pop()!;
      const type = blocks.pop()!;
      if (type === BLOCK_EXCEPT_HANDLER) {
        f.sp = unwindExceptHandler(th, stack, f.sp, level);
        continue;
      }
      let sp = f.sp;
      while (sp > level) {
        const v = stack[--sp];
        stack[sp] = null;
        xdecref(v);
      }
      blocks.push(BLOCK_EXCEPT_HANDLER, -1, sp);
      const old = th.excValue;
      None.refcnt += old ? 1 : 2;
      stack[sp++] = None; // traceback slot
      stack[sp++] = old ?? None;
      if (old) incref(old.type);
      stack[sp++] = old ? old.type : None;
      th.excValue = exc;
      incref(exc);
      None.refcnt++;
      stack[sp++] = None;
      stack[sp++] = exc; // transfers the error state's reference
      incref(exc.type);
      stack[sp++] = exc.type;
      f.sp = sp;
      f.pc = handler;
      return 0;
    }
    // No handler in this frame: the frame exits with the exception.
    f.release();
    th.frame = f.back;
    f.back = null;
    if (f.initSelf && f.ret === Ret.Init) decref(f.initSelf);
    if (f.nestedBase) throw new PyThrow(exc);
    const back = th.frame;
    if (back === null) {
      reportUncaught(th, exc);
      th.state = 'done';
      return Slice.Done;
    }
    let bsp = back.sp;
    for (let k = 0; k < f.callerPop; k++) {
      const v = back.stack[--bsp];
      back.stack[bsp] = null;
      xdecref(v);
    }
    back.sp = bsp;
  }
}

export { newException, PyCell, RECURSION_LIMIT, nested_unused };
const nested_unused = 0;
