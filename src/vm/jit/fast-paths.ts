// Stage: VM compiler to JavaScript. Inline fast paths for the hottest handler ops of a compiled
// frame: the common case of the handler written out at the site (range loops, small int
// arithmetic and comparisons, cached instance attributes, built-in methods), guarded, with the
// handler itself called otherwise. Each must do exactly what its handler (interp/h-hot.ts) does
// in that case; test/unit/vm/jit-differential.test.ts checks compiled frames against the
// interpreter loop. Objects that die are left to eval.ts (emit.ts's decrefDefer/deallocExit).
// Pure text generation: must not depend on the VM's objects.
import { Op } from '../interp/ops.js';
import { Exit, deallocExit, decrefDefer } from './exits.js';

/** f and st brought up to date before an observer call (it may read the frame's line). */
const SYNC = 'f.pc = pc; f.sp = sp; st.clock = clock; st.steps = steps;';
/** An observer may print a value's repr, which may run Python code (nested frames advance the clock). */
const RELOAD = 'clock = st.clock; steps = st.steps;';

/**
 * JS statements for instruction i that, when the guard holds, run `pre` (pc past it, its cost
 * counted), do the op on the locals (pc, sp, clock, steps; f and st synced only around calls
 * that may look at them) and fall through; otherwise run `call` (the fallback: nothing done or
 * counted yet). Null: no fast path for the op. Free names as in emit.ts; `line`: the
 * instruction's line (observers get it); `sw`: the instruction is a switch point; `inlineValues`:
 * the version keeps instance attribute values inline (memory/inline-values.ts).
 */
export function fastPath(op: number, i: number, arg: number, line: number, pre: string, call: string, sw: boolean, inlineValues: boolean): string | null {
  switch (op) {
    case Op.FOR_ITER:
      // A range iterator with values left: the next int (the exhausted case jumps: handler).
      return `{ const it = stack[sp - 1];
if (it.type === rangeIterType && it.remaining > 0) { ${pre} it.remaining--; const v = it.cur; it.cur = v + it.step; stack[sp++] = newInt(v); }
else ${call} }`;
    case Op.BINARY_ADD:
    case Op.INPLACE_ADD:
      return intArith('+', pre, call);
    case Op.BINARY_SUBTRACT:
    case Op.INPLACE_SUBTRACT:
      return intArith('-', pre, call);
    case Op.COMPARE_OP:
      if (arg >= 6) return null;
      return `{ const b = stack[sp - 1]; const a = stack[sp - 2]; let av, bv;
if (a.type === intType && b.type === intType && typeof (av = a.v) === 'number' && typeof (bv = b.v) === 'number') {
  ${pre} const r = av ${CMP[arg]} bv ? True : False; r.refcnt++; stack[--sp] = null; stack[sp - 1] = r; a.refcnt--; b.refcnt--; }
else ${call} }`;
    case Op.LOAD_ATTR:
      // An instance attribute the site's cache vouches for (no class attribute, property or
      // custom __getattr__ by that name), present in the instance dict.
      return `{ const o = stack[sp - 1]; let e;
if (o instanceof PyInstance && d.icType[${i}] === o.type && d.icVer[${i}] === heap.typeVersion && o.dict !== null && (e = siteEntry(d, ${i}, o.dict, name${i})) !== null) {
  ${pre} const r = e.value; r.refcnt++;
  if (st.observer !== null) ${observedRead('r', line, i)}
  stack[sp - 1] = r; ${decrefDefer('o')} ${deallocExit(sw)} }
else ${call} }`;
    case Op.STORE_ATTR:
      // (where instances keep values inline, 3.11+, every store goes through the handler)
      if (inlineValues) return null;
      return `{ const o = stack[sp - 1]; let e;
if (o instanceof PyInstance && d.icType[${i}] === o.type && d.icVer[${i}] === heap.typeVersion && o.dict !== null && (e = siteEntry(d, ${i}, o.dict, name${i})) !== null) {
  ${pre} const v = stack[sp - 2]; o.dict.storeAt(e, v);
  if (st.observer !== null) { ${SYNC} st.observer.write(th.id, o.id, name${i}, v); ${RELOAD} }
  stack[sp - 1] = stack[sp - 2] = null; sp -= 2;
  ${decrefDefer('v')} ${decrefDefer('o')} ${deallocExit(sw)} }
else ${call} }`;
    case Op.LOAD_METHOD:
      // A method the site's cache found on the type, not shadowed by the instance dict: the
      // unbound method and the object (no bound-method object).
      return `{ const o = stack[sp - 1]; let m;
if (d.icType[${i}] === o.type && d.icVer[${i}] === heap.typeVersion && (m = d.icObj[${i}]) !== null && !(o instanceof PyInstance && o.dict !== null && inDict(d, ${i}, o.dict, name${i}))) {
  ${pre} m.refcnt++; stack[sp - 1] = m; stack[sp++] = o;
  if (st.observer !== null && o instanceof PyInstance) ${observedRead('m', line, i)} }
else ${call} }`;
    case Op.CALL_METHOD: {
      // A method of a built-in type (lock.acquire, list.append...) with at most one argument,
      // called directly, as callAt does: arguments in a fresh array, then the stack slots
      // released from the top (at most three objects can die: the dead locals).
      if (arg > 1) return null;
      const release: string[] = [];
      for (let k = arg + 1; k >= 0; k--) release.push(`{ const v = stack[base + ${k}]; stack[base + ${k}] = null; if (v !== null) { ${decrefDefer('v')} } }`);
      return `{ const base = sp - ${arg + 2}; const m = stack[base];
if (m !== null && m instanceof PyBuiltin && m.gen === null) {
  ${pre} ${SYNC} const r = m.fn(argsOf(stack, base + 1, ${arg + 1}), null); ${RELOAD}
  if (r === BLOCKED) { pc = ${i}; x = nested ? ${Exit.BlockedNested} : ${Exit.Blocked}; break run; }
  ${release.join(' ')} stack[base] = r; sp = base + 1; ${deallocExit(sw)} }
else ${call} }`;
    }
    default:
      return null;
  }
}

/**
 * The observer's read of attribute name<i> of o, value v: an observer with plain reads (the
 * lost-update detector) is called as is, any other with f and st in sync around the call.
 */
function observedRead(v: string, line: number, i: number): string {
  const call = `st.observer.read(th.id, o.id, name${i}, ${v}, ${line});`;
  return `{ if (st.observerPlain) ${call} else { ${SYNC} ${call} ${RELOAD} } }`;
}

/** COMPARE_OP's first six arguments as JS operators on numbers. */
const CMP = ['<', '<=', '===', '!==', '>', '>='];

/** int op int within the safe-integer range (ints own nothing: their dealloc is a no-op). */
function intArith(operator: string, pre: string, call: string): string {
  return `{ const b = stack[sp - 1]; const a = stack[sp - 2]; let av, bv, s;
if (a.type === intType && b.type === intType && typeof (av = a.v) === 'number' && typeof (bv = b.v) === 'number' && (s = av ${operator} bv) <= ${Number.MAX_SAFE_INTEGER} && s >= -${Number.MAX_SAFE_INTEGER}) {
  ${pre} stack[--sp] = null; stack[sp - 1] = newInt(s); a.refcnt--; b.refcnt--; }
else ${call} }`;
}

/** The op's name operand the fast path reads (LOAD_ATTR/STORE_ATTR: the attribute name). */
export function needsName(op: number): boolean {
  return op === Op.LOAD_ATTR || op === Op.STORE_ATTR || op === Op.LOAD_METHOD;
}
